"""What the buyer takes home after a withdrawal or a written refusal."""

from __future__ import annotations

from pos.domain.enums import RequestKind
from pos.domain.views import RequestConfirmationView
from printing.docs.common import number_block, operator_block, place_block, slips_block
from printing.i18n import date_text, label, labels, t
from printing.layout import Document, Page

_TITLED = {RequestKind.WITHDRAWAL, RequestKind.WRITTEN_REFUSAL}


def build(
    confirmation: RequestConfirmationView, lang: str, columns: int, *, sample: bool = False
) -> Document:
    """The confirmation in `lang` for a paper `columns` wide."""
    c = confirmation
    page = Page("confirmation", columns)
    if sample:
        page.center(t("sample", lang), bold=True)
    kind = c.kind.value if c.kind in _TITLED else "other"
    page.title(t(f"conf.title.{kind}", lang))
    if c.operator is not None:
        page.rule()
        operator_block(page, c.operator, lang)
    page.rule()
    number_block(page, t("conf.number", lang), str(c.request_id))
    if c.buyer_name:
        page.field(t("buyer", lang), c.buyer_name, bold=True)
    if c.masked_iin:
        page.field(t("iin", lang), c.masked_iin)
    page.text(t("conf.outcome", lang, outcome=label("outcome", c.outcome, lang)), bold=True)
    if c.purposes:
        page.text(t("conf.withdrawn", lang, items=labels("purpose_short", c.purposes, lang)))
    if c.kept_purposes:
        page.text(t("conf.kept", lang, items=labels("purpose_short", c.kept_purposes, lang)))
        if c.blocked_until:
            page.text(
                t("conf.blocked_until", lang, date=date_text(c.blocked_until)),
                first_indent=2,
                indent=2,
            )
    elif c.erased_now:
        page.text(t("conf.erased_now", lang))
    if c.detail:
        page.text(t("conf.detail", lang, detail=c.detail))
    if c.reference:
        page.text(t("conf.reference", lang, reference=c.reference))
    if c.kind in _TITLED:
        page.text(t(f"conf.effect.{c.kind.value}", lang))
    if c.slips_to_destroy:
        slips_block(page, c.slips_to_destroy, lang)
    page.rule()
    place_block(
        page,
        lang,
        store_name=c.store_name,
        store_code=c.store_code,
        register_code=c.register_code,
        staff_name=c.staff_name,
        at=c.at,
        timezone=c.timezone,
    )
    page.signature(t("conf.signature", lang))
    if sample:
        page.center(t("sample", lang), bold=True)
    return page.done()
