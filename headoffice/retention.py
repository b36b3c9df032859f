"""Retention runs the tills report: stored once per run, listed per register for the officer.

A till runs retention by itself at start-up and daily and sends each run's counts as a
`retention.run` event (no buyer, no personal data). Head office keeps them in
`retention_runs`; `pos-headoffice retention` lists each store's registers with their last
finished run, OVERDUE where none finished within two days or none was ever reported, so a
till whose retention stopped (left switched off, or failing) is seen.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from headoffice.auth import StoreRef
from headoffice.db import HeadOfficeDB
from headoffice.models import RegisterRow, RetentionRunRow, Store
from pos.domain.events import EventType
from protocol.wire import RetentionRunBody, WireEvent

OVERDUE_AFTER = dt.timedelta(days=2)
_RUNS = RetentionRunRow.__table__


def invalid(ev: WireEvent) -> str | None:
    """Why head office cannot keep this `retention.run` event (None: it can)."""
    if ev.type != EventType.RETENTION_RUN:
        return None
    if ev.buyer_id is not None:
        return "a retention.run event names no buyer"
    try:
        RetentionRunBody.model_validate(ev.payload)
    except ValidationError as exc:
        # Where and what, never the value: only counts should be here, but say nothing of it.
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "payload"
        return f"retention.run payload: {where}: {first['msg']}"
    return None


def record(
    db: HeadOfficeDB,
    session: Session,
    store: StoreRef,
    events: Sequence[WireEvent],
    now: dt.datetime,
) -> None:
    """Keep the runs among newly stored events (checked by `invalid` on arrival)."""
    rows = []
    for ev in events:
        if ev.type != EventType.RETENTION_RUN:
            continue
        body = RetentionRunBody.model_validate(ev.payload)
        rows.append(
            {
                "store_pk": store.pk,
                "register_id": ev.register_id,
                "event_id": ev.id,
                "run_id": body.run_id,
                "trigger": body.trigger.value,
                "started_at": body.started_at,
                "finished_at": body.finished_at,
                "purposes_expired": body.purposes_expired,
                "buyers_destroyed": body.buyers_destroyed,
                "buyers_kept": body.buyers_kept,
                "sent_events_pruned": body.sent_events_pruned,
                "errors": body.errors,
                "error": body.error,
                "received_at": now,
            }
        )
    if rows:
        session.execute(db.insert(_RUNS).on_conflict_do_nothing(), rows)


@dataclass(frozen=True, slots=True)
class RunSummary:
    started_at: dt.datetime
    trigger: str
    purposes_expired: int
    buyers_destroyed: int
    buyers_kept: int
    errors: int
    error: str | None

    def counts(self) -> str:
        return (
            f"{self.purposes_expired} purposes expired, {self.buyers_destroyed} buyers "
            f"destroyed, {self.buyers_kept} kept for outstanding credit, {self.errors} errors"
        )


@dataclass(frozen=True, slots=True)
class RegisterRetention:
    """One register's retention as head office knows it (register None: the store has
    never sent anything)."""

    store_code: str
    register_id: uuid.UUID | None
    last_finished: RunSummary | None
    # The newest run when it failed after the last finished one.
    last_failed: RunSummary | None
    overdue: bool


def overview(db: HeadOfficeDB, now: dt.datetime) -> list[RegisterRetention]:
    """Every store's registers with their last finished run and whether it is overdue."""
    out: list[RegisterRetention] = []
    with db.session() as session:
        for store in session.scalars(select(Store).order_by(Store.code)):
            registers = set(
                session.scalars(
                    select(RegisterRow.register_id).where(RegisterRow.store_pk == store.id)
                )
            ) | set(
                session.scalars(
                    select(RetentionRunRow.register_id)
                    .where(RetentionRunRow.store_pk == store.id)
                    .distinct()
                )
            )
            if not registers:
                out.append(RegisterRetention(store.code, None, None, None, True))
            for register_id in sorted(registers, key=str):
                finished = _newest(session, store.id, register_id, finished=True)
                newest = _newest(session, store.id, register_id, finished=None)
                failed = newest if newest is not None and newest.errors else None
                overdue = finished is None or now - finished.started_at > OVERDUE_AFTER
                out.append(RegisterRetention(store.code, register_id, finished, failed, overdue))
    return out


def _newest(
    session: Session, store_pk: int, register_id: uuid.UUID, *, finished: bool | None
) -> RunSummary | None:
    query = select(RetentionRunRow).where(
        RetentionRunRow.store_pk == store_pk, RetentionRunRow.register_id == register_id
    )
    if finished:
        query = query.where(RetentionRunRow.errors == 0)
    row = session.scalars(query.order_by(RetentionRunRow.started_at.desc()).limit(1)).first()
    if row is None:
        return None
    return RunSummary(
        row.started_at,
        row.trigger,
        row.purposes_expired,
        row.buyers_destroyed,
        row.buyers_kept,
        row.errors,
        row.error,
    )
