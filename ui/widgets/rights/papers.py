"""The rights papers as the dialog previews them: the printed layout, as plain text."""

from __future__ import annotations

from pos.domain.views import AccessReport, RequestConfirmationView

COLUMNS = 48


def report_text(report: AccessReport, language: str) -> str:
    from printing.docs import access_report

    return "\n".join(access_report.build(report, language, COLUMNS).lines())


def confirmation_text(view: RequestConfirmationView, language: str) -> str:
    from printing.docs import confirmation

    return "\n".join(confirmation.build(view, language, COLUMNS).lines())
