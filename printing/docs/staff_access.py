"""The staff access list on paper: who had which role at this till, and from when.

Built from plain values (the window and the CLI read the list through
`pos.services.staff.access_list`, which audits the reading); staff names are printed
as they are, everything else comes from the printed-text catalogue.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from pos.domain.enums import Role
from printing.docs.common import place_block
from printing.i18n import datetime_text, label, t
from printing.layout import Document, Page


@dataclass(frozen=True, slots=True)
class AccessLine:
    """From `at`, `name` had `role` (None: access closed); `by` names who changed it
    ("" when the till itself did, at setup)."""

    at: dt.datetime
    staff_id: uuid.UUID
    name: str
    role: Role | None
    by: str


@dataclass(frozen=True, slots=True)
class StaffAccessSheet:
    """Everything the paper shows: the store, who prints it and when, the changes oldest first."""

    store_name: str
    store_code: str
    register_code: str
    staff_name: str
    at: dt.datetime
    timezone: str
    lines: tuple[AccessLine, ...]


def build(sheet: StaffAccessSheet, lang: str, columns: int) -> Document:
    """The list in `lang` for a paper `columns` wide."""
    page = Page("staff-access", columns)
    page.title(t("staff_access.title", lang))
    page.text(t("staff_access.note", lang))
    page.rule()
    for line in sheet.lines:
        page.pair(line.name, datetime_text(line.at, sheet.timezone), bold=True)
        if line.role is None:
            page.text(t("staff_access.closed", lang), indent=2, first_indent=2)
        else:
            role = label("role", line.role, lang)
            page.text(t("staff_access.role", lang, role=role), indent=2, first_indent=2)
        who = line.by or t("staff_access.system", lang)
        page.text(t("staff_access.by", lang, who=who), indent=2, first_indent=2)
    if not sheet.lines:
        page.text(t("none", lang))
    page.rule()
    page.text(t("staff_access.count", lang, n=len(sheet.lines)))
    place_block(
        page,
        lang,
        store_name=sheet.store_name,
        store_code=sheet.store_code,
        register_code=sheet.register_code,
        staff_name=sheet.staff_name,
        staff_label="staff_access.printed_by",
        at=sheet.at,
        timezone=sheet.timezone,
    )
    page.signature(t("staff_access.signature", lang))
    return page.done()
