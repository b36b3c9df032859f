"""The incident register (K14): record, notify, close and list incidents at the till.

Every change is audited and sends the incident's whole state to head office as an
`incident.recorded` event in the same transaction, so head office holds the register
with its deadlines. Texts take no personal data: what looks like an IIN or a phone
number is refused (pos.domain.references), and a machine's finding is scrubbed.

A failed `pos check` opens a draft per finding (`open_check_drafts`); the same finding
seen again while its incident is not closed opens nothing new (the unique index
`uq_incidents_open_finding` holds that even for two checks at once).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.domain.enums import DataCategory, Role
from pos.domain.errors import Code, NotFound, Refused, ValidationError
from pos.domain.events import EventType
from pos.domain.incidents import (
    IncidentRegister,
    IncidentSeverity,
    IncidentSource,
    IncidentStatus,
    IncidentView,
    Notification,
    NotifyTarget,
    authority_due,
)
from pos.domain.masking import scrub
from pos.domain.references import check_reference
from pos.services.context import Action, ServiceContext
from pos.services.lookups import local_date, store_info
from pos.services.uow import UnitOfWork
from pos.storage.models import Incident

TEXT_LIMIT = 500
REFERENCE_LIMIT = 300
# A clock a few minutes ahead of the till's is not "the future".
_SKEW = dt.timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class CheckDraft:
    """What one `pos check` finding did to the register."""

    incident: IncidentView
    opened: bool  # False: an open incident already holds this finding


def _text(value: str, name: str, limit: int = TEXT_LIMIT, *, empty_ok: bool = False) -> str:
    value = " ".join(value.split())
    if not value and not empty_ok:
        raise ValidationError(Code.INCIDENT_TEXT_EMPTY, field=name, name=name)
    if len(value) > limit:
        raise ValidationError(Code.INCIDENT_TEXT_TOO_LONG, field=name, name=name, limit=limit)
    check_reference(value, field=name)
    return value


def _time(value: dt.datetime, name: str, now: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        raise ValidationError(Code.INCIDENT_NOT_A_TIME, field=name, text=value.isoformat())
    if value > now + _SKEW:
        raise ValidationError(Code.INCIDENT_IN_FUTURE, field=name, name=name)
    return value.astimezone(dt.UTC)


def _view(row: Incident) -> IncidentView:
    return IncidentView(
        id=row.id,
        detected_at=row.detected_at,
        recorded_at=row.recorded_at,
        what=row.what,
        scope=row.scope,
        categories=tuple(DataCategory(c) for c in row.categories),
        people=row.people,
        severity=IncidentSeverity(row.severity),
        status=IncidentStatus(row.status),
        source=IncidentSource(row.source),
        authority_due=row.authority_due,
        notifications=tuple(
            Notification(
                NotifyTarget(n["to"]), dt.datetime.fromisoformat(n["at"]), str(n["reference"])
            )
            for n in row.notifications
        ),
        closed_at=row.closed_at,
        close_note=row.close_note,
    )


def _payload(row: Incident, now: dt.datetime) -> dict[str, Any]:
    return {
        "incident_id": str(row.id),
        "detected_at": row.detected_at.isoformat(),
        "recorded_at": row.recorded_at.isoformat(),
        "updated_at": now.isoformat(),
        "what": row.what,
        "scope": row.scope,
        "categories": list(row.categories),
        "people": row.people,
        "severity": row.severity,
        "status": row.status,
        "source": row.source,
        "authority_due": row.authority_due.isoformat(),
        "notifications": [
            {"to": n["to"], "at": n["at"], "reference": n["reference"]} for n in row.notifications
        ],
        "closed_at": row.closed_at.isoformat() if row.closed_at else None,
    }


def _due(session: Session, ctx: ServiceContext, detected_at: dt.datetime) -> dt.date:
    return authority_due(local_date(detected_at, store_info(session, ctx.actor).timezone))


def _changed(uow: UnitOfWork, row: Incident, action: str, fields: Iterable[str]) -> None:
    uow.audit(action, {"incident": str(row.id)}, fields)
    uow.emit(EventType.INCIDENT_RECORDED, _payload(row, uow.now))


def record_incident(
    ctx: ServiceContext,
    *,
    what: str,
    scope: str,
    detected_at: dt.datetime | None = None,
    severity: IncidentSeverity = IncidentSeverity.MEDIUM,
    categories: Sequence[DataCategory] = (),
    people: int | None = None,
) -> IncidentView:
    """Record an incident someone found (sales manager): open, with its authority deadline."""
    ctx.actor.require(Role.SALES_MANAGER, Action.RECORD_INCIDENT)
    what = _text(what, "what")
    scope = _text(scope, "scope", empty_ok=True)
    with UnitOfWork(ctx) as uow:
        detected = _time(detected_at or uow.now, "detected", uow.now)
        row = Incident(
            detected_at=detected,
            recorded_at=uow.now,
            what=what,
            scope=scope,
            categories=sorted({c.value for c in categories}),
            people=people,
            severity=severity.value,
            status=IncidentStatus.OPEN.value,
            source=IncidentSource.STAFF.value,
            finding=None,
            authority_due=_due(uow.session, ctx, detected),
            notifications=[],
            closed_at=None,
            close_note=None,
            store_id=ctx.actor.store_id,
            staff_id=ctx.actor.staff_id,
        )
        uow.session.add(row)
        _changed(uow, row, "incident.recorded", ("what", "scope", "detected_at", "severity"))
        uow.commit()
        return _view(row)


def _finding(check: str, detail: str) -> str:
    return hashlib.sha256(f"{check}\n{detail}".encode()).hexdigest()[:32]


def open_check_drafts(ctx: ServiceContext, failures: Sequence[tuple[str, str]]) -> list[CheckDraft]:
    """Open a draft incident for each failed check (name, detail) not already open.

    Runs as the till itself (`pos check` needs no person); the detail is the check's own
    words, scrubbed of anything shaped like personal data before it is kept."""
    ctx.actor.require(Role.STORE_ADMIN, Action.RECORD_INCIDENT)
    out: list[CheckDraft] = []
    with UnitOfWork(ctx) as uow:
        for check, detail in failures:
            finding = _finding(check, detail)
            existing = uow.session.scalars(
                select(Incident).where(
                    Incident.finding == finding, Incident.status != IncidentStatus.CLOSED.value
                )
            ).first()
            if existing is not None:
                out.append(CheckDraft(_view(existing), opened=False))
                continue
            what = scrub(f"pos check: {check}: {detail}")[:TEXT_LIMIT]
            row = Incident(
                detected_at=uow.now,
                recorded_at=uow.now,
                what=what,
                scope="to be assessed",
                categories=[],
                people=None,
                severity=IncidentSeverity.HIGH.value,
                status=IncidentStatus.DRAFT.value,
                source=IncidentSource.CHECK.value,
                finding=finding,
                authority_due=_due(uow.session, ctx, uow.now),
                notifications=[],
                closed_at=None,
                close_note=None,
                store_id=ctx.actor.store_id,
                staff_id=ctx.actor.staff_id,
            )
            uow.session.add(row)
            _changed(uow, row, "incident.drafted", ("what",))
            out.append(CheckDraft(_view(row), opened=True))
        uow.commit()
    return out


def _get(uow: UnitOfWork, incident_id: uuid.UUID) -> Incident:
    row = uow.session.get(Incident, incident_id)
    if row is None or row.store_id != uow.actor.store_id:
        raise NotFound(Code.INCIDENT_NOT_FOUND, incident=str(incident_id))
    if row.status == IncidentStatus.CLOSED.value:
        raise Refused(Code.INCIDENT_CLOSED, incident=str(incident_id))
    return row


def record_notification(
    ctx: ServiceContext,
    incident_id: uuid.UUID,
    to: NotifyTarget,
    at: dt.datetime,
    reference: str,
) -> IncidentView:
    """Record that the authority (or the people affected) were told (store admin).

    A draft someone notifies about is no longer a draft: it becomes open."""
    ctx.actor.require(Role.STORE_ADMIN, Action.NOTIFY_INCIDENT)
    reference = _text(reference, "reference", REFERENCE_LIMIT)
    with UnitOfWork(ctx) as uow:
        row = _get(uow, incident_id)
        when = _time(at, "notification", uow.now)
        row.notifications = [
            *row.notifications,
            {
                "to": to.value,
                "at": when.isoformat(),
                "reference": reference,
                "staff_id": str(ctx.actor.staff_id) if ctx.actor.staff_id else None,
            },
        ]
        if row.status == IncidentStatus.DRAFT.value:
            row.status = IncidentStatus.OPEN.value
        _changed(uow, row, "incident.notified", ("notifications",))
        uow.commit()
        return _view(row)


def close_incident(ctx: ServiceContext, incident_id: uuid.UUID, note: str) -> IncidentView:
    """Close an incident with a note on how it ended (store admin); a closed one is final."""
    ctx.actor.require(Role.STORE_ADMIN, Action.NOTIFY_INCIDENT)
    note = _text(note, "note")
    with UnitOfWork(ctx) as uow:
        row = _get(uow, incident_id)
        row.status = IncidentStatus.CLOSED.value
        row.closed_at = uow.now
        row.close_note = note
        _changed(uow, row, "incident.closed", ("status", "close_note"))
        uow.commit()
        return _view(row)


def list_incidents(ctx: ServiceContext, *, open_only: bool = False) -> IncidentRegister:
    """The register, newest detection first (sales manager)."""
    ctx.actor.require(Role.SALES_MANAGER, Action.INCIDENT_REGISTER)
    with ctx.db.read_session() as session:
        query = select(Incident).where(Incident.store_id == ctx.actor.store_id)
        if open_only:
            query = query.where(Incident.status != IncidentStatus.CLOSED.value)
        rows = session.scalars(query.order_by(Incident.detected_at.desc())).all()
        zone = store_info(session, ctx.actor).timezone
        return IncidentRegister(
            timezone=zone,
            today=local_date(ctx.clock(), zone),
            rows=tuple(_view(r) for r in rows),
        )
