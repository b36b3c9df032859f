"""The receipt of a credit or installment repayment taken at the till."""

from __future__ import annotations

from pos.domain.enums import CreditStatus, SaleType
from pos.domain.money import format_tiyn
from pos.services.credit_payments import CreditPaymentSlip
from printing.docs.common import place_block
from printing.i18n import t
from printing.layout import Document, Page


def build(slip: CreditPaymentSlip, lang: str, columns: int) -> Document:
    """The receipt in `lang` for a paper `columns` wide."""
    page = Page("credit-payment", columns)
    kind = "installment" if slip.kind is SaleType.INSTALLMENT else "credit"
    page.title(t(f"payment.title.{kind}", lang))
    page.rule()
    place_block(
        page,
        lang,
        store_name=slip.store_name,
        store_code=slip.store_code,
        register_code=slip.register_code,
        staff_name=slip.staff_name,
        at=slip.at,
        timezone=slip.timezone,
    )
    page.rule()
    page.text(t("payment.sale", lang, number=slip.receipt_no))
    page.text(t("receipt.bank", lang, bank=slip.partner_bank))
    page.text(t("receipt.product", lang, product=slip.product))
    page.pair(t("payment.amount", lang), format_tiyn(slip.amount_tiyn), bold=True)
    page.pair(t("credit.outstanding", lang), format_tiyn(slip.outstanding_tiyn))
    if slip.status is CreditStatus.REPAID:
        page.text(t("payment.repaid", lang))
    if slip.buyer_masked_name:
        page.rule()
        page.field(t("buyer", lang), slip.buyer_masked_name)
    return page.done()
