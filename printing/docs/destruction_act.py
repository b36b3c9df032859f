"""The destruction act staff sign when they destroy a buyer's paper: no personal data."""

from __future__ import annotations

from pos.domain.acts import DestructionAct
from printing.docs.common import number_block, place_block, slips_block
from printing.i18n import label, t
from printing.layout import Document, Page


def build(act: DestructionAct, lang: str, columns: int) -> Document:
    """The act in `lang` for a paper `columns` wide."""
    page = Page("destruction-act", columns)
    page.title(t("act.title", lang))
    page.rule()
    number_block(page, t("act.number", lang), str(act.number))
    place_block(
        page,
        lang,
        store_name=act.store_name,
        store_code=act.store_code,
        register_code=act.register_code,
        staff_name=act.staff_name,
        at=act.at,
        timezone=act.timezone,
    )
    page.text(t("act.reason", lang, reason=label("destruction_cause", act.cause, lang)))
    page.text(t("act.done", lang))
    page.rule()
    slips_block(page, act.slips, lang)
    page.signature(t("act.signature", lang))
    return page.done()
