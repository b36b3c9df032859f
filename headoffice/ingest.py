"""Storing a pushed batch: each event once, answered one by one, in one transaction.

Inserts use ON CONFLICT DO NOTHING against the (store, event id) and (store, register,
seq) unique constraints, so concurrent or repeated pushes of the same events store them
once; what was not inserted is then told apart as a duplicate or a sequence clash.
Side effects (buyer records, directives to other stores, destruction) run only for the
events this call actually stored, so a repeated batch changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from headoffice import anchors, directives, incidents, retention, shifts
from headoffice.auth import StoreRef
from headoffice.config import Keys
from headoffice.db import HeadOfficeDB
from headoffice.keystore import KeyRing
from headoffice.models import DestroyedBuyer, EventRow, RegisterRow
from headoffice.payloads import protect, redact
from headoffice.people import Projector, event_context
from pos.domain.events import EventType
from protocol.wire import (
    EventResult,
    EventStatus,
    PushResponse,
    RegisterStatus,
    WireEvent,
    seq_taken_reason,
)

KNOWN_TYPES = frozenset(t.value for t in EventType)
_EVENTS = EventRow.__table__
_REGISTERS = RegisterRow.__table__


__all__ = ["event_context", "push"]


def push(
    db: HeadOfficeDB,
    keys: Keys,
    store: StoreRef,
    events: Sequence[WireEvent],
    now: dt.datetime,
) -> PushResponse:
    """Store a batch for `store` and answer each event."""
    answers: dict[uuid.UUID, EventResult] = {}
    fresh: dict[uuid.UUID, WireEvent] = {}
    # Content compared canonically: a resend with other content is a conflict, not a duplicate.
    digests = {ev.id: anchors.digest(keys, ev) for ev in reversed(events)}
    for ev in events:
        if ev.id in answers or ev.id in fresh:
            continue
        if ev.type not in KNOWN_TYPES:
            answers[ev.id] = _result(
                ev.id, status=EventStatus.REJECTED, reason=f"unknown event type {ev.type!r}"
            )
        elif (
            reason := retention.invalid(ev) or incidents.invalid(ev) or shifts.invalid(ev)
        ) is not None:
            answers[ev.id] = _result(ev.id, status=EventStatus.REJECTED, reason=reason)
        else:
            fresh[ev.id] = ev
    ordered = sorted(fresh.values(), key=lambda e: (e.register_id, e.seq))

    ring = keys.ring(now)
    with db.session() as session, session.begin():
        registers = sorted({ev.register_id for ev in events})
        _lock_registers(db, session, store, registers, now)
        destroyed = _destroyed(session, store, ordered)
        ring.preload(
            (store.pk, ev.buyer_id)
            for ev in ordered
            if ev.buyer_id is not None and ev.buyer_id not in destroyed
        )
        rows = [_row(store, ev, keys, ring, now, destroyed, digests[ev.id]) for ev in ordered]
        inserted = _insert(db, session, rows) if rows else set()
        missed = [ev for ev in ordered if ev.id not in inserted]
        _answer_not_inserted(session, store, missed, answers)
        destroying = frozenset(
            b for ev in ordered if ev.type == EventType.BUYER_DESTROYED and (b := _buyer(ev))
        )
        for conflict in anchors.conflicting(session, store, missed, digests, now, destroying):
            answers[conflict] = _result(conflict, status=EventStatus.CONFLICT)
        repeats = _repeated_otherwise(events, digests, keys)
        for ev, content in repeats.values():
            anchors.record_conflict(session, store, ev, content, ["payload"], now)
        stored = [ev for ev in ordered if ev.id in inserted]
        for ev in stored:
            answers[ev.id] = _result(ev.id, status=EventStatus.STORED)
        _count(session, store, stored, now)
        retention.record(db, session, store, stored, now)
        incidents.record(session, store, stored, now)
        projector = Projector(db, session, keys, store, now, ring)
        projector.preload(ev.payload.get("buyer_id") for ev in stored)
        for ev in stored:
            if ev.buyer_id is None or ev.buyer_id not in destroyed:
                projector.apply(ev.type, ev.register_id, ev.payload, ev.id)
            if ev.type == EventType.BUYER_DESTROYED:
                _send_back(db, session, store, ev, now)
        projector.finish()
        statuses = register_statuses(session, store, registers)
        incidents.note_gaps(session, store, statuses, now)  # a gap is an incident (K14)
        # Keys first: data committed next must open. (A key left by a rollback is reused.)
        ring.before_commit()
    if ring.after_commit():
        # A destruction or an erasure: the retired keys are gone from the key store; the
        # old row versions go from SQLite's WAL too (PostgreSQL's stay, and open no more).
        checkpoint(db)
    return PushResponse(
        results=_in_request_order(events, answers, set(repeats)), registers=statuses
    )


def checkpoint(db: HeadOfficeDB) -> None:
    """SQLite: fold the WAL into the file and cut it to zero bytes."""
    if db.dialect != "sqlite":
        return
    raw = db.engine.raw_connection()
    try:
        raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


def _buyer(ev: WireEvent) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(ev.payload.get("buyer_id")))
    except ValueError:
        return None


def _send_back(
    db: HeadOfficeDB, session: Session, store: StoreRef, ev: WireEvent, now: dt.datetime
) -> None:
    """Backups cannot resurrect: the register that destroyed a buyer gets the destruction
    back as a directive, which a copy of it restored later pulls and applies."""
    buyer_id = ev.payload.get("buyer_id")
    try:
        destroyed = uuid.UUID(str(buyer_id))
    except ValueError:
        return
    directives.replay_destruction(
        db,
        session,
        store_pk=store.pk,
        register_id=ev.register_id,
        buyer_id=destroyed,
        cause=ev.payload.get("cause"),
        now=now,
    )


_COLUMNS = (
    "store_pk",
    "event_id",
    "register_id",
    "seq",
    "type",
    "buyer_id",
    "payload",
    "created_at",
    "received_at",
    "digest",
)
_STAGING = """
CREATE TEMP TABLE IF NOT EXISTS incoming_events (
    store_pk integer, event_id uuid, register_id uuid, seq bigint, type varchar(64),
    buyer_id uuid, payload jsonb, created_at timestamp, received_at timestamp,
    digest varchar(64)
) ON COMMIT DELETE ROWS
"""
_FROM_STAGING = f"""
INSERT INTO events ({", ".join(_COLUMNS)})
SELECT {", ".join(_COLUMNS)} FROM incoming_events ORDER BY register_id, seq
ON CONFLICT DO NOTHING RETURNING event_id
"""


def _insert(db: HeadOfficeDB, session: Session, rows: list[dict[str, Any]]) -> set[uuid.UUID]:
    """Insert what is new; returns the event ids actually inserted."""
    if db.dialect != "postgresql":
        result = session.execute(
            db.insert(_EVENTS).on_conflict_do_nothing().returning(_EVENTS.c.event_id), rows
        )
        return {r[0] for r in result}
    # PostgreSQL: COPY into a per-connection staging table, then one INSERT ... SELECT.
    # A multi-row VALUES statement of a thousand events costs more to build and parse
    # than storing them; COPY streams them in at close to its raw speed.
    raw: Any = session.connection().connection.dbapi_connection
    with raw.cursor() as cur:
        cur.execute(_STAGING)
        with cur.copy(f"COPY incoming_events ({', '.join(_COLUMNS)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(
                    (
                        row["store_pk"],
                        row["event_id"],
                        row["register_id"],
                        row["seq"],
                        row["type"],
                        row["buyer_id"],
                        json.dumps(row["payload"], ensure_ascii=False, separators=(",", ":")),
                        _naive_utc(row["created_at"]),
                        _naive_utc(row["received_at"]),
                        row["digest"],
                    )
                )
        cur.execute(_FROM_STAGING)
        return {r[0] for r in cur.fetchall()}


def _naive_utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def _result(event_id: uuid.UUID, status: EventStatus, reason: str | None = None) -> EventResult:
    # Built from values head office made itself: skip re-validating a thousand answers.
    return EventResult.model_construct(id=event_id, status=status, reason=reason)


def _repeated_otherwise(
    events: Sequence[WireEvent], digests: dict[uuid.UUID, str], keys: Keys
) -> dict[int, tuple[WireEvent, str]]:
    """Repeats within the batch (by position) whose content differs from the id's first."""
    out: dict[int, tuple[WireEvent, str]] = {}
    seen: set[uuid.UUID] = set()
    for at, ev in enumerate(events):
        if ev.id in seen:
            content = anchors.digest(keys, ev)
            if content != digests[ev.id]:
                out[at] = (ev, content)
        seen.add(ev.id)
    return out


def _in_request_order(
    events: Sequence[WireEvent],
    answers: dict[uuid.UUID, EventResult],
    conflicting: set[int],
) -> list[EventResult]:
    out = []
    seen: set[uuid.UUID] = set()
    for at, ev in enumerate(events):
        answer = answers[ev.id]
        if at in conflicting:
            answer = _result(ev.id, status=EventStatus.CONFLICT)
        elif ev.id in seen and answer.acknowledged:
            # The same event twice in one batch: stored once, the repeat is a duplicate.
            answer = _result(ev.id, status=EventStatus.DUPLICATE)
        seen.add(ev.id)
        out.append(answer)
    return out


def _row(
    store: StoreRef,
    ev: WireEvent,
    keys: Keys,
    ring: KeyRing,
    now: dt.datetime,
    destroyed: set[uuid.UUID],
    digest: str | None,
) -> dict[str, Any]:
    payload = ev.payload
    buyer_id = ev.buyer_id
    if buyer_id is not None and buyer_id in destroyed:
        # Arrived after the buyer's destruction here (e.g. replayed from a backup); no
        # digest of the buyer's values is kept either.
        payload, buyer_id, digest = redact(payload), None, None
    return {
        "store_pk": store.pk,
        "event_id": ev.id,
        "register_id": ev.register_id,
        "seq": ev.seq,
        "type": ev.type,
        "buyer_id": buyer_id,
        "payload": protect(
            payload,
            event_context(store.pk, ev.id),
            linked=buyer_id is not None,
            # A buyer's values under the buyer's own key; an event of no buyer holds
            # nothing personal, and the master key seals whatever it might.
            cipher=ring.cipher_for(store.pk, buyer_id) if buyer_id is not None else keys.cipher,
        ),
        "created_at": ev.created_at,
        "received_at": now,
        "digest": digest,
    }


def _destroyed(session: Session, store: StoreRef, events: Sequence[WireEvent]) -> set[uuid.UUID]:
    ids = {ev.buyer_id for ev in events if ev.buyer_id is not None}
    if not ids:
        return set()
    return set(
        session.scalars(
            select(DestroyedBuyer.buyer_id).where(
                DestroyedBuyer.store_pk == store.pk, DestroyedBuyer.buyer_id.in_(ids)
            )
        )
    )


def _lock_registers(
    db: HeadOfficeDB,
    session: Session,
    store: StoreRef,
    registers: Sequence[uuid.UUID],
    now: dt.datetime,
) -> None:
    """Make sure each register has its row, and hold it so its counts stay exact."""
    session.execute(
        db.insert(_REGISTERS).on_conflict_do_nothing(),
        [
            {
                "store_pk": store.pk,
                "register_id": r,
                "max_seq": 0,
                "stored": 0,
                "first_seen_at": now,
                "last_seen_at": now,
            }
            for r in registers
        ],
    )
    lock = select(_REGISTERS.c.id).where(
        _REGISTERS.c.store_pk == store.pk, _REGISTERS.c.register_id.in_(registers)
    )
    if db.dialect == "postgresql":
        lock = lock.order_by(_REGISTERS.c.id).with_for_update()
    session.execute(lock).all()


def _answer_not_inserted(
    session: Session,
    store: StoreRef,
    missed: Sequence[WireEvent],
    answers: dict[uuid.UUID, EventResult],
) -> None:
    if not missed:
        return
    known = set(
        session.scalars(
            select(EventRow.event_id).where(
                EventRow.store_pk == store.pk, EventRow.event_id.in_([ev.id for ev in missed])
            )
        )
    )
    for ev in missed:
        if ev.id in known:
            answers[ev.id] = _result(ev.id, status=EventStatus.DUPLICATE)
        else:
            answers[ev.id] = _result(
                ev.id,
                status=EventStatus.REJECTED,
                reason=seq_taken_reason(ev.seq),
            )


def _count(
    session: Session, store: StoreRef, stored: Sequence[WireEvent], now: dt.datetime
) -> None:
    per: dict[uuid.UUID, list[int]] = defaultdict(list)
    for ev in stored:
        per[ev.register_id].append(ev.seq)
    for register_id, seqs in per.items():
        top = max(seqs)
        session.execute(
            update(RegisterRow)
            .where(RegisterRow.store_pk == store.pk, RegisterRow.register_id == register_id)
            .values(
                stored=RegisterRow.stored + len(seqs),
                max_seq=case((RegisterRow.max_seq > top, RegisterRow.max_seq), else_=top),
                last_seen_at=now,
            )
        )


def register_statuses(
    session: Session,
    store: StoreRef,
    registers: Sequence[uuid.UUID] | None = None,
    *,
    ranges: bool = False,
) -> list[RegisterStatus]:
    """Per register: highest sequence number, how many are held, how many are missing."""
    query = select(_REGISTERS).where(_REGISTERS.c.store_pk == store.pk)
    if registers is not None:
        query = query.where(_REGISTERS.c.register_id.in_(registers))
    out = []
    for row in session.execute(query.order_by(_REGISTERS.c.register_id)).mappings():
        missing = int(row["max_seq"]) - int(row["stored"])
        out.append(
            RegisterStatus(
                register_id=row["register_id"],
                max_seq=int(row["max_seq"]),
                stored=int(row["stored"]),
                missing=missing,
                missing_ranges=gaps(session, store, row["register_id"])
                if ranges and missing
                else [],
            )
        )
    return out


def gaps(
    session: Session, store: StoreRef, register_id: uuid.UUID, limit: int = 100
) -> list[tuple[int, int]]:
    """The first runs of sequence numbers head office has not received."""
    seq = EventRow.seq
    previous = select(
        seq.label("seq"),
        _lag(seq).label("prev"),
    ).where(EventRow.store_pk == store.pk, EventRow.register_id == register_id)
    sub = previous.subquery()
    rows = session.execute(
        select(sub.c.prev, sub.c.seq)
        .where(sub.c.seq - sub.c.prev > 1)
        .order_by(sub.c.seq)
        .limit(limit)
    ).all()
    return [(int(prev) + 1, int(cur) - 1) for prev, cur in rows]


def _lag(column: Any) -> Any:
    # The first stored number counts as following 0, so a missing start shows as a gap.
    return func.coalesce(func.lag(column).over(order_by=column), 0)


def stored_events(
    session: Session, store: StoreRef, register_id: uuid.UUID | None, after_seq: int, limit: int
) -> list[EventRow]:
    query = select(EventRow).where(EventRow.store_pk == store.pk, EventRow.seq > after_seq)
    if register_id is not None:
        query = query.where(EventRow.register_id == register_id)
    return list(session.scalars(query.order_by(EventRow.register_id, EventRow.seq).limit(limit)))
