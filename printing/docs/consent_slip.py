"""The consent slip the buyer signs (BRIEF 4.3, CONSENT.md K3): every field of the record."""

from __future__ import annotations

from pos.domain.enums import ConsentMethod
from pos.domain.views import ConsentSlipView, SlipPurpose
from printing.docs.common import number_block, operator_block, place_block
from printing.i18n import date_text, label, labels, t
from printing.layout import Document, Page

HASH_CHARS = 16


def _purpose(page: Page, block: SlipPurpose, lang: str) -> None:
    mark = "[X]" if block.ticked else "[ ]"
    if block.ticked:
        need = t("slip.required", lang) if block.required else t("slip.optional", lang)
    else:
        need = t("slip.not_given", lang)
    page.text(f"{mark} {label('purpose', block.purpose, lang)} - {need}", indent=4)
    if not block.ticked:
        return
    page.text(
        t("slip.data", lang, items=labels("category", block.data_categories, lang)),
        first_indent=4,
        indent=6,
    )
    recipients = (
        labels("recipient", block.recipients, lang)
        if block.recipients
        else t("slip.no_recipients", lang)
    )
    page.text(t("slip.recipients", lang, items=recipients), first_indent=4, indent=6)
    validity = (
        t("slip.valid_until", lang, date=date_text(block.valid_until))
        if block.valid_until
        else t("slip.valid_purpose", lang)
    )
    page.text(validity, first_indent=4, indent=6)


def build(slip: ConsentSlipView, lang: str, columns: int, *, sample: bool = False) -> Document:
    """The slip in `lang` for a paper `columns` wide."""
    page = Page("consent-slip", columns)
    if sample:
        page.center(t("sample", lang), bold=True)
    if slip.copy:
        page.center(t("slip.copy", lang), bold=True)
    page.title(t("slip.title", lang))
    page.rule()
    operator_block(page, slip.operator, lang)
    if slip.responsible is not None:
        who = slip.responsible
        page.text(t("slip.responsible", lang, name=who.name, position=who.position))
        page.text(t("slip.responsible_contact", lang, email=who.email, phone=who.phone))
    page.rule()
    page.text(
        t("slip.policy", lang, label=slip.policy_label, date=date_text(slip.policy_effective))
    )
    page.text(t("slip.hash", lang, hash=slip.policy_sha256[:HASH_CHARS]))
    page.text(t("slip.contract", lang, sale_type=label("sale_type", slip.sale_type, lang)))
    page.rule()
    page.heading(t("slip.purposes", lang))
    for block in slip.purposes:
        _purpose(page, block, lang)
    page.rule()
    page.text(t("slip.collected", lang, items=labels("category", slip.data_categories, lang)))
    recipients = (
        labels("recipient", slip.recipients, lang)
        if slip.recipients
        else t("slip.no_recipients", lang)
    )
    page.text(t("slip.recipients_all", lang, items=recipients))
    page.text(t("slip.cross_border", lang, yesno=t("yes" if slip.cross_border else "no", lang)))
    page.text(t("slip.published", lang, yesno=t("yes" if slip.published else "no", lang)))
    page.text(t("slip.storage", lang))
    page.heading(t("slip.withdraw_heading", lang))
    page.text(t("slip.withdraw", lang, email=slip.operator.email))
    page.rule()
    page.field(t("buyer", lang), slip.buyer_name, bold=True)
    if slip.masked_iin:
        page.field(t("iin", lang), slip.masked_iin)
    place_block(
        page,
        lang,
        store_name=slip.store_name,
        store_code=slip.store_code,
        register_code=slip.register_code,
        staff_name=slip.staff_name,
        staff_label="cashier",
        at=slip.at,
        timezone=slip.timezone,
    )
    if slip.method is ConsentMethod.PREPRINTED_FORM and slip.form_number:
        page.text(t("slip.form_number", lang, number=slip.form_number))
    number_block(page, t("slip.number", lang), str(slip.consent_id))
    page.qr(str(slip.consent_id))
    page.rule()
    page.text(t("slip.agreement", lang))
    page.signature(t("slip.signature", lang))
    page.text(t("slip.template", lang, name=slip.slip_template))
    if sample:
        page.center(t("sample", lang), bold=True)
    if slip.copy:
        page.center(t("slip.copy", lang), bold=True)
    return page.done()
