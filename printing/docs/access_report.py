"""The access report handed to the buyer (policy 4.1.2, 4.2.1): everything held about them."""

from __future__ import annotations

import datetime as dt

from pos.domain.money import format_tiyn
from pos.domain.views import AccessReport
from printing.docs.common import operator_block
from printing.i18n import date_text, datetime_text, label, labels, t
from printing.layout import Document, Page


def _value(name: str, value: object, lang: str) -> str:
    if isinstance(value, dt.date):
        return date_text(value)
    if name == "id_doc_type":
        return label("doc_type", str(value), lang)
    return str(value)


def build(report: AccessReport, lang: str, columns: int, *, sample: bool = False) -> Document:
    """The report in `lang` for a paper `columns` wide."""
    page = Page("access-report", columns)
    tz = report.timezone

    def when(at: dt.datetime) -> str:
        return datetime_text(at, tz)

    if sample:
        page.center(t("sample", lang), bold=True)
    page.title(t("report.title", lang))
    page.text(t("report.generated", lang, at=when(report.generated_at)))
    page.field(t("store", lang), report.store_name)
    if report.operator is not None:
        page.rule()
        operator_block(page, report.operator, lang)

    buyer = report.buyer
    page.rule()
    page.heading(t("report.data", lang))
    for name, value in buyer.data.as_dict().items():
        if value not in (None, ""):
            page.field(label("field", name, lang), _value(name, value, lang))
    if buyer.current_policy_label:
        policy = t("report.policy", lang, label=buyer.current_policy_label)
        if buyer.reconsent_needed:
            policy += f" ({t('report.reconsent', lang)})"
        page.text(policy)

    page.rule()
    page.heading(t("report.purposes", lang))
    for status in buyer.purposes:
        line = t(
            "report.purpose_status",
            lang,
            purpose=label("purpose_short", status.purpose, lang),
            state=label("state", status.state, lang),
            since=when(status.since),
            policy=status.policy_label,
        )
        if status.valid_until:
            line += ", " + t("until_date", lang, date=date_text(status.valid_until))
        page.text(line, indent=2)
    if not buyer.purposes:
        page.text(t("none", lang))

    page.rule()
    page.heading(t("report.consents", lang))
    for consent in report.consents:
        page.text(str(consent.id))
        page.text(
            t(
                "report.consent",
                lang,
                date=when(consent.given_at),
                sale_type=label("sale_type", consent.sale_type, lang),
                policy=consent.policy_label,
                hash=consent.policy_sha256[:12],
            ),
            first_indent=2,
            indent=4,
        )
        method = label("method", consent.method, lang)
        if consent.form_number:
            method += f" {consent.form_number}"
        page.text(method, first_indent=2, indent=4)
        for event in consent.events:
            extra = event.blocker or event.reference
            page.text(
                f"{when(event.at)} {label('purpose_short', event.purpose, lang)}: "
                f"{label('state', event.state, lang)}" + (f" [{extra}]" if extra else ""),
                first_indent=2,
                indent=4,
            )
    if not report.consents:
        page.text(t("none", lang))

    page.rule()
    page.heading(t("report.purchases", lang))
    for sale in report.purchases:
        ref = f"{sale.store_code}/{sale.register_code}/{sale.receipt_no}"
        page.text(
            t(
                "report.purchase",
                lang,
                date=when(sale.created_at),
                ref=ref,
                payment=label("payment", sale.payment_method, lang),
            ),
            indent=2,
        )
        page.pair("", format_tiyn(sale.total_tiyn))
        for ret in report.returns:
            if ret.sale_id == sale.id:
                page.text(
                    t("report.return", lang, number=ret.return_no, date=when(ret.created_at)),
                    indent=4,
                )
                page.pair("", format_tiyn(-ret.total_tiyn))
    if not report.purchases:
        page.text(t("none", lang))

    page.rule()
    page.heading(t("report.credits", lang))
    for credit in report.credits:
        page.text(
            f"{label('payment', credit.kind.value, lang)}, {credit.partner_bank}, {credit.product}, "
            f"{t('months', lang, n=credit.term_months)}, {label('credit_status', credit.status, lang)}",
            indent=2,
        )
        page.pair(t("credit.outstanding", lang), format_tiyn(credit.outstanding_tiyn), indent=2)
    if not report.credits:
        page.text(t("none", lang))

    page.rule()
    page.heading(t("report.disclosures", lang))
    for disclosure in report.disclosures:
        page.text(
            f"{when(disclosure.at)}: {label('recipient', disclosure.recipient_category, lang)}, "
            f"{disclosure.recipient_name}",
            indent=2,
        )
        if disclosure.purpose is not None:
            basis = t(
                "report.purpose", lang, purpose=label("purpose_short", disclosure.purpose, lang)
            )
        else:
            basis = t("report.legal_basis", lang, basis=disclosure.legal_basis or "-")
        page.text(basis, first_indent=2, indent=4)
        if disclosure.receipt:
            page.text(
                t("report.for_receipt", lang, ref=disclosure.receipt), first_indent=2, indent=4
            )
        page.text(
            t("slip.data", lang, items=labels("category", disclosure.data_categories, lang)),
            first_indent=2,
            indent=4,
        )
    if not report.disclosures:
        page.text(t("none", lang))

    page.rule()
    page.heading(t("report.requests", lang))
    for request in report.requests:
        page.text(
            t(
                "report.request",
                lang,
                date=when(request.received_at),
                kind=label("kind", request.kind, lang),
                outcome=label("outcome", request.outcome, lang),
            ),
            indent=2,
        )
    if not report.requests:
        page.text(t("none", lang))
    if sample:
        page.center(t("sample", lang), bold=True)
    return page.done()
