"""The sale receipt: lines, totals in tenge, payment; no personal data beyond a masked name."""

from __future__ import annotations

from pos.domain.discounts import DiscountKind, format_percent
from pos.domain.enums import PaymentMethod
from pos.domain.money import format_tiyn
from pos.domain.views import SaleView
from pos.services.fiscal import FiscalReceipt
from printing.docs import fiscal_block
from printing.docs.common import place_block
from printing.i18n import label, quantity_text, t
from printing.layout import Document, Page


def build(
    sale: SaleView,
    lang: str,
    columns: int,
    *,
    sample: bool = False,
    fiscal: FiscalReceipt | None = None,
) -> Document:
    """The receipt in `lang` for a paper `columns` wide; `fiscal` is its fiscal part (the
    fiscal details and QR code, or the words saying it is not, or not yet, fiscal)."""
    page = Page("receipt", columns)
    if sample:
        page.center(t("sample", lang), bold=True)
    if sale.copy:
        page.center(t("receipt.copy", lang), bold=True)
    fiscal_block.header(page, fiscal, marked_copy=sale.copy)
    page.center(sale.store_name, bold=True)
    page.title(t("receipt.title", lang, number=sale.receipt_no))
    place_block(
        page,
        lang,
        store_name=sale.store_name,
        store_code=sale.store_code,
        register_code=sale.register_code,
        staff_name=sale.staff_name,
        staff_label="cashier",
        at=sale.created_at,
        timezone=sale.timezone,
    )
    page.rule()
    for line in sale.lines:
        page.text(f"{line.line_no}. {line.name_in(lang)}", indent=3)
        page.pair(
            f"{quantity_text(line.quantity_milli, line.unit, lang)} x "
            f"{format_tiyn(line.unit_price_tiyn)}",
            format_tiyn(line.gross_tiyn),
            indent=3,
        )
        if line.discount_tiyn:
            what = _discount_what(line.discount_kind, line.discount_value)
            page.pair(
                t("receipt.line_discount", lang, what=what),
                format_tiyn(-line.discount_tiyn),
                indent=3,
            )
    page.rule()
    if sale.discount_tiyn:
        what = _discount_what(sale.discount_kind, sale.discount_value)
        page.pair(t("receipt.discount", lang, what=what), format_tiyn(-sale.discount_tiyn))
    if sale.all_discounts_tiyn:
        page.pair(t("receipt.discounts", lang), format_tiyn(sale.all_discounts_tiyn))
        if sale.discount_reason:
            page.text(t("receipt.discount_reason", lang, reason=sale.discount_reason))
        if sale.discount_approver_name:
            page.text(t("receipt.discount_approved", lang, name=sale.discount_approver_name))
    page.pair(t("receipt.total", lang), format_tiyn(sale.total_tiyn), bold=True)
    for rate, _total, vat in sale.vat_by_rate:
        if rate:
            page.pair(t("receipt.vat", lang, rate=rate), format_tiyn(vat))
        else:
            page.pair(t("receipt.no_vat", lang), format_tiyn(_total))
    if len(sale.payments) > 1:
        # A split: each method with what it paid; the change comes from the cash part.
        for part in sale.payments:
            method = label("payment", part.method, lang)
            page.pair(t("receipt.paid_by", lang, method=method), format_tiyn(part.amount_tiyn))
            if part.reference:
                page.text(t("receipt.card_ref", lang, ref=part.reference), indent=3)
    else:
        page.text(t("receipt.payment", lang, method=label("payment", sale.payment_method, lang)))
        for part in sale.payments:
            if part.reference:
                page.text(t("receipt.card_ref", lang, ref=part.reference), indent=3)
    if sale.payment_method is PaymentMethod.CASH and sale.tendered_tiyn is not None:
        page.pair(t("receipt.tendered", lang), format_tiyn(sale.tendered_tiyn))
        page.pair(t("receipt.change", lang), format_tiyn(sale.change_tiyn or 0))
    if sale.credit is not None:
        page.text(t("receipt.bank", lang, bank=sale.credit.partner_bank))
        page.text(t("receipt.product", lang, product=sale.credit.product))
        page.text(t("receipt.term", lang, term=t("months", lang, n=sale.credit.term_months)))
    if sale.delivery:
        page.text(t("receipt.delivery", lang, yesno=t("yes", lang)))
    if sale.buyer_masked_name:
        page.field(t("buyer", lang), sale.buyer_masked_name)
    fiscal_block.footer(page, fiscal, sale.timezone, sale.vat_by_rate)
    page.blank()
    page.center(t("receipt.thanks", lang))
    # Its own name as a QR code: a return starts by scanning it.
    page.qr(sale.reference)
    page.center(t("receipt.ref", lang, ref=sale.reference))
    if sale.copy:
        page.center(t("receipt.copy", lang), bold=True)
    if sample:
        page.center(t("sample", lang), bold=True)
    return page.done()


def _discount_what(kind: str | None, value: int | None) -> str:
    """ "10%" for a percent discount; nothing more for an amount (the amount is beside it)."""
    if kind == DiscountKind.PERCENT and value:
        return format_percent(value)
    return ""
