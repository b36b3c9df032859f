"""The return receipt and, for a credit or installment sale, the return act for the bank.

No personal data: the original receipt by its number, the lines, the refunds by method
(with the card terminal's reference), the approver of a late return by name (staff).
"""

from __future__ import annotations

from pos.domain.enums import SaleType
from pos.domain.money import format_tiyn
from pos.domain.returns import RETURN_DAYS
from pos.domain.views import ReturnView
from pos.services.fiscal import FiscalReceipt
from printing.docs import fiscal_block
from printing.docs.common import place_block
from printing.i18n import label, quantity_text, t
from printing.layout import Document, Page


def _body(page: Page, ret: ReturnView, lang: str) -> None:
    place_block(
        page,
        lang,
        store_name=ret.store_name,
        store_code=ret.store_code,
        register_code=ret.register_code,
        staff_name=ret.staff_name,
        staff_label="cashier",
        at=ret.created_at,
        timezone=ret.timezone,
    )
    page.text(t("return.of_receipt", lang, ref=ret.receipt))
    page.rule()
    for line in ret.lines:
        page.text(f"{line.line_no}. {line.name}", indent=3)
        page.pair(
            quantity_text(line.quantity_milli, line.unit, lang),
            format_tiyn(line.amount_tiyn),
            indent=3,
        )
    page.rule()
    page.pair(t("return.total", lang), format_tiyn(ret.total_tiyn), bold=True)


def build(
    ret: ReturnView, lang: str, columns: int, *, fiscal: FiscalReceipt | None = None
) -> Document:
    """The return receipt in `lang` for a paper `columns` wide; `fiscal` is its fiscal part
    (the fiscal return's details and QR code, or the words saying it is not fiscal)."""
    page = Page("return", columns)
    if ret.copy:
        page.center(t("receipt.copy", lang), bold=True)
    fiscal_block.header(page, fiscal, marked_copy=ret.copy)
    page.center(ret.store_name, bold=True)
    page.title(t("return.title", lang, number=ret.return_no))
    _body(page, ret, lang)
    for refund in ret.refunds:
        method = label("payment", refund.method, lang)
        page.pair(t("return.refund", lang, method=method), format_tiyn(refund.amount_tiyn))
        if refund.reference:
            page.text(t("receipt.card_ref", lang, ref=refund.reference), indent=3)
    if ret.credit is not None:
        page.pair(t("return.credit_reduced", lang), format_tiyn(ret.credit_reduction_tiyn))
        page.pair(t("return.credit_left", lang), format_tiyn(ret.credit.outstanding_tiyn))
    page.text(t("return.reason", lang, reason=ret.reason))
    if ret.override_name:
        page.text(t("return.override", lang, days=RETURN_DAYS, name=ret.override_name))
        page.text(t("return.reason", lang, reason=ret.override_reason or ""))
    fiscal_block.footer(page, fiscal, ret.timezone, [])
    page.blank()
    page.signature(t("return.signature_buyer", lang))
    if ret.copy:
        page.center(t("receipt.copy", lang), bold=True)
    return page.done()


def build_act(ret: ReturnView, lang: str, columns: int) -> Document:
    """The return act the partner bank needs for a credit or installment sale."""
    page = Page("return-act", columns)
    page.center(t("return.act_title", lang), bold=True)
    page.title(t("return.title", lang, number=ret.return_no))
    if ret.credit is not None:
        kind = SaleType.CREDIT if ret.sale_type is SaleType.CREDIT else SaleType.INSTALLMENT
        page.text(t("receipt.payment", lang, method=label("payment", kind.value, lang)))
        page.text(t("receipt.bank", lang, bank=ret.credit.partner_bank))
        page.text(t("receipt.product", lang, product=ret.credit.product))
    _body(page, ret, lang)
    if ret.credit is not None:
        page.pair(t("return.credit_reduced", lang), format_tiyn(ret.credit_reduction_tiyn))
        page.pair(t("return.credit_left", lang), format_tiyn(ret.credit.outstanding_tiyn))
    page.text(t("return.reason", lang, reason=ret.reason))
    page.blank()
    page.signature(t("return.signature_store", lang))
    page.signature(t("return.signature_buyer", lang))
    return page.done()
