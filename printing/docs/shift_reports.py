"""The X report, the Z report (shift close with the blind count) and the cash in/out slip.

The figures are `ShiftTotals` as the service computed them (pos.domain.shifts): this
module lays them out, it never adds anything up itself, so the paper, the screen and
head office show the same numbers.
"""

from __future__ import annotations

from pos.domain.money import format_tiyn
from pos.domain.shifts import CashMoveKind, CashMoveView, ShiftView
from printing.docs.common import place_block
from printing.i18n import datetime_text, label, t
from printing.layout import Document, Page


def build_x(view: ShiftView, lang: str, columns: int) -> Document:
    page = Page("x-report", columns)
    _head(page, view, lang, z=False)
    page.center(t("shift.x_note", lang))
    return page.done()


def build_z(view: ShiftView, lang: str, columns: int) -> Document:
    page = Page("z-report", columns)
    _head(page, view, lang, z=True)
    if view.counted_tiyn is not None and view.difference_tiyn is not None:
        page.pair(t("shift.counted", lang), format_tiyn(view.counted_tiyn), bold=True)
        diff = view.difference_tiyn
        word = (
            t("shift.balanced", lang)
            if diff == 0
            else t("shift.shortage", lang)
            if diff < 0
            else t("shift.surplus", lang)
        )
        page.pair(f"{t('shift.difference', lang)} {word}", format_tiyn(diff), bold=True)
    page.blank()
    page.signature(t("cash.signature", lang))
    return page.done()


def _head(page: Page, view: ShiftView, lang: str, *, z: bool) -> None:
    tot = view.totals
    page.center(view.store_name, bold=True)
    page.title(t("shift.z_title" if z else "shift.x_title", lang))
    page.center(t("shift.number", lang, number=view.number), bold=True)
    place_block(
        page,
        lang,
        store_name=view.store_name,
        store_code=view.store_code,
        register_code=view.register_code,
        staff_name="",
        at=view.at,
        timezone=view.timezone,
    )
    page.field(t("shift.opened", lang), datetime_text(view.opened_at, view.timezone))
    if view.opened_by:
        page.field(t("shift.opened_by", lang), view.opened_by)
    if z and view.closed_at is not None:
        page.field(t("shift.closed", lang), datetime_text(view.closed_at, view.timezone))
        if view.closed_by:
            page.field(t("shift.closed_by", lang), view.closed_by)
    page.rule()
    page.pair(t("shift.sales", lang, n=tot.sales_count), format_tiyn(tot.sales_tiyn), bold=True)
    for method, amount in sorted(tot.sales_by_method.items()):
        page.pair(
            t("shift.by_method", lang, method=label("payment", method, lang)), format_tiyn(amount)
        )
    page.pair(
        t("shift.returns", lang, n=tot.refunds_count), format_tiyn(tot.refunds_tiyn), bold=True
    )
    for method, amount in sorted(tot.refunds_by_method.items()):
        page.pair(
            t("shift.by_method", lang, method=label("payment", method, lang)), format_tiyn(amount)
        )
    page.pair(t("shift.discounts", lang), format_tiyn(tot.discounts_tiyn))
    for rate, amount in sorted(tot.vat_by_rate.items()):
        page.pair(t("shift.vat", lang, rate=rate), format_tiyn(amount))
    for rate, amount in sorted(tot.refund_vat_by_rate.items()):
        page.pair(t("shift.vat_refunded", lang, rate=rate), format_tiyn(-amount))
    page.pair(t("shift.net", lang), format_tiyn(tot.net_tiyn), bold=True)
    if tot.repayments_count:
        # Not sales (the sale was counted when made): shown apart, outside the net.
        page.pair(
            t("shift.repayments", lang, n=tot.repayments_count),
            format_tiyn(tot.repayments_tiyn),
            bold=True,
        )
        for method, amount in sorted(tot.repayments_by_method.items()):
            page.pair(
                t("shift.by_method", lang, method=label("payment", method, lang)),
                format_tiyn(amount),
            )
    page.rule()
    page.heading(t("shift.cash_heading", lang))
    page.pair(t("shift.float", lang), format_tiyn(tot.float_tiyn))
    page.pair(t("shift.cash_sales", lang), format_tiyn(tot.cash_sales_tiyn))
    page.pair(t("shift.cash_refunds", lang), format_tiyn(tot.cash_refunds_tiyn))
    if tot.cash_repayments_tiyn:
        page.pair(t("shift.cash_repayments", lang), format_tiyn(tot.cash_repayments_tiyn))
    page.pair(t("shift.cash_in", lang, n=tot.cash_in_count), format_tiyn(tot.cash_in_tiyn))
    page.pair(t("shift.cash_out", lang, n=tot.cash_out_count), format_tiyn(tot.cash_out_tiyn))
    page.pair(t("shift.expected", lang), format_tiyn(tot.expected_cash_tiyn), bold=True)


def build_cash_slip(move: CashMoveView, lang: str, columns: int) -> Document:
    page = Page("cash-slip", columns)
    page.center(move.store_name, bold=True)
    page.title(t("cash.in_title" if move.kind is CashMoveKind.IN else "cash.out_title", lang))
    page.center(t("shift.number", lang, number=move.shift_number))
    place_block(
        page,
        lang,
        store_name=move.store_name,
        store_code="",
        register_code=move.register_code,
        staff_name=move.staff_name,
        staff_label="cashier",
        at=move.at,
        timezone=move.timezone,
    )
    page.rule()
    page.pair(t("cash.amount", lang), format_tiyn(move.amount_tiyn), bold=True)
    page.field(t("cash.reason", lang), move.reason)
    page.blank()
    page.signature(t("cash.signature", lang))
    return page.done()
