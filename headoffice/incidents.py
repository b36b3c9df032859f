"""The incident register across stores (K14): what the tills report, and head office's
own findings.

A till sends an incident's whole state after every change as `incident.recorded`; head
office keeps one row per (store, incident), the newest `updated_at` winning, so a repeat
or an older state arriving late changes nothing. A sequence gap in a register's events
(head office is missing events the till numbered) is head office's own finding: it opens
one draft per register until an officer closes it. `pos-headoffice incidents list` shows
them with the authority deadline (one business day after detection,
pos.domain.incidents) and OVERDUE where it passed with no notification.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from headoffice.auth import StoreRef
from headoffice.db import HeadOfficeDB
from headoffice.models import IncidentRow, Store
from pos.domain.events import EventType
from pos.domain.incidents import (
    IncidentSeverity,
    IncidentSource,
    IncidentStatus,
    NotifyTarget,
    authority_due,
    is_overdue,
)
from protocol.wire import IncidentBody, RegisterStatus, WireEvent

# Head office's own findings are dated in Kazakhstan's time (one zone, UTC+5, since 2024).
HEADOFFICE_ZONE = "Asia/Almaty"


def invalid(ev: WireEvent) -> str | None:
    """Why head office cannot keep this `incident.recorded` event (None: it can)."""
    if ev.type != EventType.INCIDENT_RECORDED:
        return None
    if ev.buyer_id is not None:
        return "an incident.recorded event names no buyer"
    try:
        IncidentBody.model_validate(ev.payload)
    except ValidationError as exc:
        # Where and what, never the value.
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "payload"
        return f"incident.recorded payload: {where}: {first['msg']}"
    return None


def record(
    session: Session, store: StoreRef, events: Sequence[WireEvent], now: dt.datetime
) -> None:
    """Keep the newest state of each incident among newly stored events."""
    for ev in events:
        if ev.type != EventType.INCIDENT_RECORDED:
            continue
        body = IncidentBody.model_validate(ev.payload)
        row = session.scalars(
            select(IncidentRow).where(
                IncidentRow.store_pk == store.pk, IncidentRow.incident_id == body.incident_id
            )
        ).first()
        if row is None:
            row = IncidentRow(
                store_pk=store.pk, incident_id=body.incident_id, finding=None, received_at=now
            )
            session.add(row)
        elif row.updated_at >= body.updated_at:
            continue  # an older state arriving after a newer one
        row.register_id = ev.register_id
        row.source = body.source
        row.detected_at = body.detected_at
        row.recorded_at = body.recorded_at
        row.updated_at = body.updated_at
        row.what = body.what
        row.scope = body.scope
        row.categories = list(body.categories)
        row.people = body.people
        row.severity = body.severity
        row.status = body.status
        row.authority_due = body.authority_due
        row.notifications = [n.model_dump(mode="json") for n in body.notifications]
        row.closed_at = body.closed_at
        row.received_at = now
        session.flush()


def note_gaps(
    session: Session, store: StoreRef, statuses: Sequence[RegisterStatus], now: dt.datetime
) -> None:
    """Open a draft for each register with missing events and no open gap incident; close
    a draft nobody took up once the missing events arrived (they came out of order)."""
    for status in statuses:
        finding = f"gap:{status.register_id}"
        open_one = session.scalars(
            select(IncidentRow).where(
                IncidentRow.store_pk == store.pk,
                IncidentRow.finding == finding,
                IncidentRow.status != IncidentStatus.CLOSED.value,
            )
        ).first()
        if status.missing <= 0:
            if open_one is not None and open_one.status == IncidentStatus.DRAFT.value:
                open_one.status = IncidentStatus.CLOSED.value
                open_one.closed_at = now
                open_one.updated_at = now
            continue
        if open_one is not None:
            continue
        detected_on = now.astimezone(ZoneInfo(HEADOFFICE_ZONE)).date()
        session.add(
            IncidentRow(
                store_pk=store.pk,
                incident_id=uuid.uuid4(),
                register_id=status.register_id,
                source=IncidentSource.HEADOFFICE.value,
                detected_at=now,
                recorded_at=now,
                updated_at=now,
                what=(
                    f"head office is missing {status.missing} event(s) of register "
                    f"{status.register_id} (numbered through {status.max_seq}): lost or "
                    "withheld changes"
                ),
                scope="to be assessed",
                categories=[],
                people=None,
                severity=IncidentSeverity.MEDIUM.value,
                status=IncidentStatus.DRAFT.value,
                authority_due=authority_due(detected_on),
                notifications=[],
                closed_at=None,
                finding=finding,
                received_at=now,
            )
        )
        session.flush()


@dataclass(frozen=True, slots=True)
class IncidentLine:
    store_code: str
    incident_id: uuid.UUID
    register_id: uuid.UUID | None
    source: str
    status: str
    severity: str
    detected_at: dt.datetime
    what: str
    scope: str
    authority_due: dt.date
    authority_notified: bool
    overdue: bool


def overview(
    db: HeadOfficeDB, now: dt.datetime, *, store_code: str | None = None, overdue_only: bool = False
) -> list[IncidentLine]:
    """Every store's incidents, newest detection first, with the deadline state."""
    today = now.astimezone(ZoneInfo(HEADOFFICE_ZONE)).date()
    out: list[IncidentLine] = []
    with db.session() as session:
        query = select(IncidentRow, Store.code).join(Store, Store.id == IncidentRow.store_pk)
        if store_code is not None:
            query = query.where(Store.code == store_code)
        for row, code in session.execute(query.order_by(IncidentRow.detected_at.desc())):
            notified = any(n.get("to") == NotifyTarget.AUTHORITY.value for n in row.notifications)
            overdue = row.status != IncidentStatus.CLOSED.value and is_overdue(
                row.authority_due, today, authority_notified=notified
            )
            if overdue_only and not overdue:
                continue
            out.append(
                IncidentLine(
                    store_code=code,
                    incident_id=row.incident_id,
                    register_id=row.register_id,
                    source=row.source,
                    status=row.status,
                    severity=row.severity,
                    detected_at=row.detected_at,
                    what=row.what,
                    scope=row.scope,
                    authority_due=row.authority_due,
                    authority_notified=notified,
                    overdue=overdue,
                )
            )
    return out
