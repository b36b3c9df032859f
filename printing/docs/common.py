"""Blocks several documents share: the seller, the store, the staff member and the time."""

from __future__ import annotations

import datetime as dt

from pos.domain.views import OperatorInfo
from printing.i18n import datetime_text, t
from printing.layout import Page


def operator_block(page: Page, operator: OperatorInfo, lang: str) -> None:
    """The seller's name, BIN and contact (policy 5.9)."""
    page.field(t("operator", lang), operator.name)
    page.field(t("bin", lang), operator.bin)
    page.field(t("email", lang), operator.email)
    page.field(t("address", lang), operator.address)


def place_block(
    page: Page,
    lang: str,
    *,
    store_name: str,
    store_code: str,
    register_code: str,
    staff_name: str,
    staff_label: str = "staff",
    at: dt.datetime | None = None,
    timezone: str = "Asia/Almaty",
) -> None:
    """Store, register, staff member and the time in the store's zone."""
    page.field(t("store", lang), f"{store_name} ({store_code})" if store_code else store_name)
    page.field(t("register", lang), register_code)
    if staff_name:
        page.field(t(staff_label, lang), staff_name)
    if at is not None:
        page.field(t("date_time", lang), datetime_text(at, timezone))


def number_block(page: Page, label: str, number: str) -> None:
    """A label, then an id on its own line(s), so it can be read and typed back."""
    page.text(label)
    page.text(number)


def slips_block(page: Page, slips: tuple[str, ...], lang: str) -> None:
    """The signed paper slips staff must destroy with the data, one number a line."""
    if not slips:
        page.text(t("slips.none", lang))
        return
    page.text(t("slips.destroy", lang, n=len(slips)), bold=True)
    for number in slips:
        page.text(number, indent=2)
