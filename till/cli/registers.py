"""The law's registers at the till: `pos incidents ...` (K14), `pos settings responsible`
and `pos registers export` (K15).

The processing register is exported as one zip holding one CSV per section (UTF-8 with a
byte-order mark, so a spreadsheet shows Cyrillic right) and a README naming them: the
sections have different columns (purposes, the field list, the minimization matrix, the
access history), so one rectangular table each is what an inspector or counsel opens in a
spreadsheet, and the zip keeps them one file to hand over.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import os
import sys
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from pos.domain.enums import DataCategory
from pos.domain.errors import Code, ValidationError
from pos.domain.incidents import IncidentSeverity, NotifyTarget
from till.cli.common import open_till, parse_id

if TYPE_CHECKING:
    from pos.domain.incidents import IncidentView
    from pos.services.registers import ProcessingRegister

CATEGORIES = ", ".join(c.value for c in DataCategory)


def _categories(text: str) -> list[DataCategory]:
    out = []
    for part in text.split(","):
        try:
            out.append(DataCategory(part.strip()))
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"unknown data category {part.strip()!r}; categories are: {CATEGORIES}"
            ) from None
    return out


def _people(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a count of people")
    return int(text)


def register(sub: Any) -> None:
    inc = sub.add_parser("incidents", help="the incident register (breaches, K14)")
    isub = inc.add_subparsers(dest="incidents_command", metavar="ACTION", required=True)
    ia = isub.add_parser("add", help="record an incident (sales manager); no personal data")
    ia.add_argument("--what", required=True, help="what happened, without names, IINs or phones")
    ia.add_argument(
        "--scope", required=True, help="who is affected: data categories and counts of people"
    )
    ia.add_argument(
        "--detected-at",
        help="when it was detected, ISO 8601 (default now; without an offset: the store's time)",
    )
    ia.add_argument(
        "--severity",
        choices=[s.value for s in IncidentSeverity],
        default=IncidentSeverity.MEDIUM.value,
    )
    ia.add_argument(
        "--categories", type=_categories, help=f"data categories affected: {CATEGORIES}"
    )
    ia.add_argument("--people", type=_people, help="how many people are affected")
    ia.set_defaults(handler=cmd_add)
    il = isub.add_parser("list", help="show the register with each authority deadline")
    il.add_argument("--open", action="store_true", help="only incidents not closed")
    il.set_defaults(handler=cmd_list)
    inn = isub.add_parser("notify", help="record a notification made (store admin)")
    inn.add_argument("incident", help="the incident id")
    inn.add_argument("--to", required=True, choices=[t.value for t in NotifyTarget])
    inn.add_argument("--at", required=True, help="when, ISO 8601")
    inn.add_argument(
        "--reference", required=True, help="the letter's or the filing's number and date"
    )
    inn.set_defaults(handler=cmd_notify)
    ic = isub.add_parser("close", help="close an incident (store admin)")
    ic.add_argument("incident", help="the incident id")
    ic.add_argument("--note", required=True, help="how it ended, without personal data")
    ic.set_defaults(handler=cmd_close)

    reg = sub.add_parser("registers", help="the processing register (K15)")
    rsub = reg.add_subparsers(dest="registers_command", metavar="ACTION", required=True)
    rx = rsub.add_parser(
        "export", help="write the processing register and the staff access list (a zip of CSVs)"
    )
    rx.add_argument("--out", required=True, type=Path, help="the zip file to write")
    rx.set_defaults(handler=cmd_export)


def register_settings(ssub: Any) -> None:
    """`pos settings responsible` (added to `pos settings` by till.cli.core)."""
    sr = ssub.add_parser(
        "responsible",
        help="set the person responsible for personal data (printed on slips, K15)",
    )
    sr.add_argument("--name", required=True)
    sr.add_argument("--position", required=True)
    sr.add_argument("--email", required=True)
    sr.add_argument("--phone", required=True)
    sr.set_defaults(handler=cmd_settings_responsible)


def _timezone(till: Any) -> str:
    from pos.services.lookups import store_info

    with till.db.read_session() as session:
        return store_info(session, till.context().actor).timezone


def _when(text: str, zone: str) -> dt.datetime:
    """ISO 8601; without an offset it is the store's local time."""
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(Code.INCIDENT_NOT_A_TIME, text=text) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo(zone))
    return value


def _local(at: dt.datetime, zone: ZoneInfo) -> str:
    return at.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _describe(v: IncidentView, zone: ZoneInfo, today: dt.date) -> str:
    notified = [f"{n.to.value} {_local(n.at, zone)} ({n.reference})" for n in v.notifications]
    due = f"authority by {v.authority_due.isoformat()}"
    if v.authority_notified:
        due += " (notified)"
    elif v.overdue(today):
        due += " OVERDUE"
    return "\t".join(
        (
            str(v.id),
            _local(v.detected_at, zone),
            v.status.value,
            v.severity.value,
            due,
            v.what,
            v.scope or "-",
            ", ".join(c.value for c in v.categories) or "-",
            "-" if v.people is None else str(v.people),
            "; ".join(notified) or "no notification",
        )
    )


def cmd_add(args: argparse.Namespace) -> int:
    from pos.services.incidents import record_incident

    with open_till() as till:
        zone = _timezone(till)
        view = record_incident(
            till.context(),
            what=args.what,
            scope=args.scope,
            detected_at=_when(args.detected_at, zone) if args.detected_at else None,
            severity=IncidentSeverity(args.severity),
            categories=args.categories or (),
            people=args.people,
        )
    print(
        f"recorded incident {view.id}: detected {_local(view.detected_at, ZoneInfo(zone))} "
        f"({zone}); notify the authority by {view.authority_due.isoformat()}"
    )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from pos.services.incidents import list_incidents

    with open_till() as till:
        register = list_incidents(till.context(), open_only=args.open)
    zone = ZoneInfo(register.timezone)
    print("id\tdetected\tstatus\tseverity\tdeadline\twhat\tscope\tdata\tpeople\tnotifications")
    for v in register.rows:
        print(_describe(v, zone, register.today))
    print(f"{len(register.rows)} incidents ({register.timezone})")
    return 0


def cmd_notify(args: argparse.Namespace) -> int:
    from pos.services.incidents import record_notification

    incident_id = parse_id(args.incident, "incident id")
    with open_till() as till:
        zone = _timezone(till)
        view = record_notification(
            till.context(), incident_id, NotifyTarget(args.to), _when(args.at, zone), args.reference
        )
    print(f"incident {view.id}: notification to {args.to} recorded ({view.status.value})")
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    from pos.services.incidents import close_incident

    incident_id = parse_id(args.incident, "incident id")
    with open_till() as till:
        view = close_incident(till.context(), incident_id, args.note)
    print(f"incident {view.id}: closed")
    return 0


def cmd_settings_responsible(args: argparse.Namespace) -> int:
    from pos.services.registers import set_responsible

    with open_till() as till:
        set_responsible(
            till.context(),
            name=args.name,
            position=args.position,
            email=args.email,
            phone=args.phone,
        )
    print("responsible person saved; it is printed on every new consent slip")
    return 0


def record_check_failures(till: Any, failures: list[tuple[str, str]]) -> None:
    """Open incident drafts for `pos check` failures, saying what was opened. Writing into
    a damaged file may fail: then say so and how to record it by hand, never hide the
    check's own result."""
    import sqlcipher3
    from sqlalchemy.exc import SQLAlchemyError

    from pos.domain.errors import PosError
    from pos.services.incidents import open_check_drafts

    try:
        drafts = open_check_drafts(till.context(), failures)
    except (PosError, SQLAlchemyError, sqlcipher3.Error) as exc:
        reason = str(exc) if isinstance(exc, PosError) else "the database could not be written"
        print(
            f"pos: warning: could not record an incident draft ({reason}); "
            "record it with `pos incidents add`",
            file=sys.stderr,
        )
        return
    for d in drafts:
        if d.opened:
            print(
                f"incident draft {d.incident.id} opened: notify the authority by "
                f"{d.incident.authority_due.isoformat()}"
            )
        else:
            print(
                f"incident {d.incident.id}: this finding is already recorded "
                f"({d.incident.status.value})"
            )


# --- the processing register ------------------------------------------------------------


def _csv(rows: list[list[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else str(v) for v in row])
    return out.getvalue().encode("utf-8-sig")


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def sections(reg: ProcessingRegister) -> dict[str, list[list[object]]]:
    """The register's sections as tables, first row the header."""
    op, who = reg.operator, reg.responsible
    controller: list[list[object]] = [["item", "value"]]
    controller += [
        ["operator name", op.name if op else "(not set)"],
        ["operator BIN", op.bin if op else "(not set)"],
        ["operator e-mail", op.email if op else "(not set)"],
        ["operator address", op.address if op else "(not set)"],
        ["responsible person", who.name if who else "(not set)"],
        ["responsible person's position", who.position if who else "(not set)"],
        ["responsible person's e-mail", who.email if who else "(not set)"],
        ["responsible person's phone", who.phone if who else "(not set)"],
        ["cross-border transfer", _yes(reg.cross_border)],
        ["published", _yes(reg.published)],
        ["generated at (UTC)", reg.generated_at.isoformat(timespec="seconds")],
    ]
    purposes: list[list[object]] = [
        ["purpose", "legal ground", "data categories", "recipient categories", "retention (days)"]
    ]
    for p in reg.purposes:
        purposes.append(
            [
                p.purpose.value,
                p.basis,
                "; ".join(c.value for c in p.data_categories),
                "; ".join(r.value for r in p.recipients) or "none",
                p.retention_days,
            ]
        )
    recipients: list[list[object]] = [["recipient category", "ground", "data categories"]]
    for r in reg.recipients:
        ground = (
            "the buyer's consent for: " + "; ".join(p.value for p in r.purposes)
            if r.purposes
            else "a law or an authority's request, named in each disclosure"
        )
        data = "; ".join(c.value for c in r.data_categories) or "what the law or request names"
        recipients.append([r.recipient.value, ground, data])
    fields: list[list[object]] = [["field", "data category", "kept only for purposes"]]
    for name, category, justified in reg.fields:
        fields.append([name, category.value, "; ".join(p.value for p in justified)])
    matrix: list[list[object]] = [
        [
            "payment",
            "delivery",
            "insurance",
            "marketing",
            "required fields",
            "allowed fields",
            "at least one of",
            "consents needed",
        ]
    ]
    for m in reg.matrix:
        matrix.append(
            [
                m.payment.value,
                _yes(m.delivery),
                _yes(m.insurance),
                _yes(m.marketing),
                "; ".join(m.required) or "none",
                "; ".join(m.allowed) or "none",
                " | ".join("; ".join(g) for g in m.one_of) or "-",
                "; ".join(p.value for p in m.purposes) or "none",
            ]
        )
    storage: list[list[object]] = [["place", "what is kept there"]]
    storage += [[place, text] for place, text in reg.storage_places]
    storage += [[what, f"{days} days"] for what, days in reg.technical_copies]
    access: list[list[object]] = [["from (UTC)", "staff id", "name", "role", "changed by"]]
    for a in reg.access:
        role = a.role.value if a.role is not None else "no access"
        access.append([a.at.isoformat(timespec="seconds"), a.staff_id, a.name, role, a.by])
    return {
        "1_controller.csv": controller,
        "2_purposes.csv": purposes,
        "3_recipients.csv": recipients,
        "4_fields.csv": fields,
        "5_minimization_matrix.csv": matrix,
        "6_storage_places.csv": storage,
        "7_staff_access.csv": access,
    }


_README = """Processing register (Law 94-V, K15), generated by the till at {at} UTC.

Generated from the rules the till enforces (purposes, data categories, recipients,
retention periods, minimization matrix), its settings (operator, responsible person) and
its audit (staff access list). One CSV per section, UTF-8:

{files}
"""


def cmd_export(args: argparse.Namespace) -> int:
    from pos.services.registers import processing_register

    out: Path = args.out
    if out.is_dir():
        raise ValidationError(Code.CLI_IS_FOLDER, path=str(out))
    if out.exists():
        raise ValidationError(Code.REGISTERS_FILE_EXISTS, path=str(out))
    with open_till() as till:
        reg = processing_register(till.context())
    tables = sections(reg)
    readme = _README.format(
        at=reg.generated_at.isoformat(timespec="seconds"),
        files="\n".join(f"  {name}" for name in tables),
    )
    partial = out.with_name(out.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("README.txt", readme)
        for name, rows in tables.items():
            zf.writestr(name, _csv(rows))
    os.replace(partial, out)  # a half-written register never carries the final name
    print(
        f"wrote the processing register to {out}: {len(reg.purposes)} purposes, "
        f"{len(reg.matrix)} kinds of sale, {len(reg.access)} access changes"
    )
    if reg.responsible is None:
        print(
            "pos: warning: no responsible person is set (`pos settings responsible`)",
            file=sys.stderr,
        )
    return 0
