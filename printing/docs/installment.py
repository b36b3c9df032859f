"""The installment (or credit) summary: bank, term, down payment, monthly amount, schedule."""

from __future__ import annotations

from pos.domain.enums import SaleType
from pos.domain.errors import Code, NotFound
from pos.domain.money import format_tiyn
from pos.domain.views import SaleView
from printing.docs.common import place_block
from printing.i18n import date_text, label, local_date_text, percent_text, t
from printing.layout import Document, Page
from printing.outcomes import Paper

# One source for what the paper is called: its title and the outcome the window shows.
TITLES = {
    Paper.INSTALLMENT: "credit.title.installment",
    Paper.CREDIT_SUMMARY: "credit.title.credit",
}


def paper_for(kind: SaleType) -> Paper:
    """The summary a credit or installment sale prints, as its outcome names it."""
    return Paper.INSTALLMENT if kind is SaleType.INSTALLMENT else Paper.CREDIT_SUMMARY


def build(sale: SaleView, lang: str, columns: int, *, sample: bool = False) -> Document:
    """The summary in `lang`; NotFound when the sale has no credit or installment."""
    credit = sale.credit
    if credit is None:
        raise NotFound(Code.PRINT_NO_CREDIT)
    page = Page("installment", columns)
    if sample:
        page.center(t("sample", lang), bold=True)
    page.title(t(TITLES[paper_for(credit.kind)], lang))
    page.text(
        t(
            "credit.receipt",
            lang,
            number=sale.receipt_no,
            date=local_date_text(sale.created_at, sale.timezone),
        )
    )
    place_block(
        page,
        lang,
        store_name=sale.store_name,
        store_code=sale.store_code,
        register_code=sale.register_code,
        staff_name=sale.staff_name,
    )
    page.rule()
    page.text(t("receipt.bank", lang, bank=credit.partner_bank))
    page.text(t("receipt.product", lang, product=credit.product))
    page.text(t("receipt.term", lang, term=t("months", lang, n=credit.term_months)))
    if credit.annual_rate is not None:
        page.text(t("credit.rate", lang, rate=percent_text(credit.annual_rate, lang)))
    page.pair(t("credit.principal", lang), format_tiyn(credit.principal_tiyn))
    page.pair(t("credit.down_payment", lang), format_tiyn(credit.down_payment_tiyn))
    page.pair(t("credit.monthly", lang), format_tiyn(credit.monthly_payment_tiyn), bold=True)
    page.pair(t("credit.outstanding", lang), format_tiyn(credit.outstanding_tiyn))
    page.text(t("credit.status", lang, status=label("credit_status", credit.status, lang)))
    if credit.bank_form_reference:
        page.text(t("credit.bank_form", lang, ref=credit.bank_form_reference))
    page.rule()
    page.heading(t("credit.schedule", lang))
    for item in credit.schedule:
        page.pair(f"{item.number:>2}. {date_text(item.due)}", format_tiyn(item.amount_tiyn))
    page.rule()
    if sale.buyer_masked_name:
        page.field(t("buyer", lang), sale.buyer_masked_name)
    if sample:
        page.center(t("sample", lang), bold=True)
    return page.done()
