"""What the buyer takes home after a withdrawal or a written refusal."""

from __future__ import annotations

from pos.domain.enums import RequestKind, RequestOutcome
from pos.domain.money import format_tiyn
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
    refused = c.outcome is RequestOutcome.REFUSED
    # A written refusal kept for an obligation is accepted, its processing restricted: it
    # is not "pending", and the paper says so in one voice.
    restricted = c.kind is RequestKind.WRITTEN_REFUSAL and not refused and bool(c.kept_purposes)
    kind = c.kind.value if c.kind in _TITLED else "other"
    if refused and c.kind is RequestKind.WITHDRAWAL:
        kind = "withdrawal_refused"
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
    if restricted:
        page.text(t("conf.outcome.restricted", lang), bold=True)
    else:
        page.text(t("conf.outcome", lang, outcome=label("outcome", c.outcome, lang)), bold=True)
    if refused and c.obligation is not None:
        o = c.obligation
        page.text(
            t(
                "conf.refused.reason",
                lang,
                kind=label("payment", o.kind, lang),
                bank=o.partner_bank,
                amount=format_tiyn(o.outstanding_tiyn),
            )
        )
        if o.last_due is not None:
            page.text(t("conf.refused.until", lang, date=date_text(o.last_due)))
        else:
            page.text(t("conf.refused.open", lang))
    if c.purposes:
        page.text(t("conf.withdrawn", lang, items=labels("purpose_short", c.purposes, lang)))
    if c.kept_purposes and not refused:
        page.text(t("conf.kept", lang, items=labels("purpose_short", c.kept_purposes, lang)))
        if c.blocked_until:
            page.text(
                t("conf.blocked_until", lang, date=date_text(c.blocked_until)),
                first_indent=2,
                indent=2,
            )
    elif c.erased_now:
        page.text(t("conf.erased_now", lang))
    # The request's detail is its English record line (for head office); a withdrawal's or
    # refusal's paper says the same in the buyer's language from the lines above.
    if c.detail and c.kind not in _TITLED:
        page.text(t("conf.detail", lang, detail=c.detail))
    if c.reference:
        page.text(t("conf.reference", lang, reference=c.reference))
    if restricted:
        page.text(t("conf.effect.written_refusal.restricted", lang))
    elif c.kind in _TITLED and not refused:
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
