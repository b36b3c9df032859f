"""The courier's delivery slip: recipient, phone, address and the items, nothing more.

No prices, no IIN, no other buyer data: only the categories the disclosure register
records for the hand-over (pos.services.delivery_slips).
"""

from __future__ import annotations

from pos.services.delivery_slips import DeliverySlipView
from printing.docs.common import place_block
from printing.i18n import label, local_date_text, quantity_text, t
from printing.layout import Document, Page


def build(slip: DeliverySlipView, lang: str, columns: int, *, sample: bool = False) -> Document:
    """The slip in `lang` for a paper `columns` wide."""
    page = Page("delivery-slip", columns)
    if sample:
        page.center(t("sample", lang), bold=True)
    page.title(t("delivery.title", lang))
    page.text(
        t(
            "delivery.receipt",
            lang,
            receipt=slip.receipt,
            date=local_date_text(slip.sold_at, slip.timezone),
        )
    )
    place_block(
        page,
        lang,
        store_name=slip.store_name,
        store_code=slip.store_code,
        register_code=slip.register_code,
        staff_name="",
    )
    page.rule()
    if slip.full_name:
        page.field(t("delivery.recipient", lang), slip.full_name, bold=True)
    if slip.phone:
        page.field(label("field", "phone", lang), slip.phone, bold=True)
    if slip.delivery_address:
        page.field(label("field", "delivery_address", lang), slip.delivery_address, bold=True)
    page.rule()
    page.heading(t("delivery.items", lang))
    for line in slip.lines:
        page.pair(line.name_in(lang), quantity_text(line.quantity_milli, line.unit, lang))
    page.rule()
    page.text(t("delivery.note", lang))
    page.signature(t("delivery.signature", lang))
    if sample:
        page.center(t("sample", lang), bold=True)
    return page.done()
