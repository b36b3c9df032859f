"""The till's side of sync bookkeeping: the outbox backlog, what was sent, when sync last worked.

No network here: the sync worker calls these between its requests. An event is marked
sent only after head office acknowledged it, and nothing else is remembered about
progress, so after a crash or power loss the worker simply sends what is still unsent
(head office answers a repeat as a duplicate).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Text, func, select, text, type_coerce, update

from pos.domain import visibility
from pos.domain.errors import Code, Refused
from pos.services import settings
from pos.services.context import Action, ServiceContext
from pos.services.lookups import store_info
from pos.services.uow import UnitOfWork
from pos.storage.models import OutboxEvent

SYNC_STATE = "sync_state"
MAX_ERROR = 300


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the window shows: how much waits, when sync last worked, the last error."""

    backlog: int
    # Events head office refused (kept, retried next cycle); their reason is in last_error.
    rejected: int
    last_success: dt.datetime | None
    last_error: str | None
    last_attempt: dt.datetime | None
    configured: bool


@dataclass(frozen=True, slots=True)
class HeadOfficeSettings:
    url: str
    token: str
    ca_bundle: str | None
    client_cert: str | None
    client_key: str | None
    store_code: str
    register_id: uuid.UUID


# An outbox event as the worker names it when marking: (register id, sequence number).
OutboxRef = tuple[uuid.UUID, int]


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: uuid.UUID
    register_id: uuid.UUID
    seq: int
    type: str
    payload: dict[str, Any]
    buyer_id: uuid.UUID | None
    created_at: dt.datetime

    def wire(self) -> dict[str, Any]:
        """The event as the protocol carries it (plain JSON values)."""
        return {
            "id": str(self.id),
            "register_id": str(self.register_id),
            "seq": self.seq,
            "type": self.type,
            "payload": self.payload,
            "buyer_id": str(self.buyer_id) if self.buyer_id else None,
            "created_at": self.created_at.isoformat(),
        }

    @property
    def ref(self) -> OutboxRef:
        return (self.register_id, self.seq)


def _iso(value: object) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) and value else None


def status(ctx: ServiceContext) -> SyncStatus:
    """Backlog size, rejected events, last success and last error."""
    with ctx.db.read_session() as session:
        backlog, rejected = session.execute(
            select(
                func.count(),
                func.count(OutboxEvent.last_error),
            ).where(OutboxEvent.sent_at.is_(None))
        ).one()
        state = settings.get(session, SYNC_STATE)
        configured = bool(settings.get(session, settings.HEADOFFICE).get("url"))
    return SyncStatus(
        backlog=int(backlog),
        rejected=int(rejected),
        last_success=_iso(state.get("last_success")),
        last_error=state.get("last_error"),
        last_attempt=_iso(state.get("last_attempt")),
        configured=configured,
    )


def headoffice_settings(ctx: ServiceContext) -> HeadOfficeSettings:
    """Where head office is and this till's credential; refuses when not set up, and
    anyone below a store admin (the till's sync acts with that role)."""
    ctx.actor.require(visibility.SECRET_SETTINGS, Action.READ_CREDENTIAL)
    with ctx.db.read_session() as session:
        value = settings.get(session, settings.HEADOFFICE)
        info = store_info(session, ctx.actor)
    if not value.get("url") or not value.get("token"):
        raise Refused(Code.SYNC_NOT_SET_UP)
    return HeadOfficeSettings(
        url=str(value["url"]),
        token=str(value["token"]),
        ca_bundle=value.get("ca_bundle") or None,
        client_cert=value.get("client_cert") or None,
        client_key=value.get("client_key") or None,
        store_code=info.store_code,
        register_id=info.register_id,
    )


def _unsent(
    ctx: ServiceContext, payload: Any, after_seq: int, limit: int
) -> Sequence[Sequence[Any]]:
    """Unsent events after `after_seq`, oldest first, the payload read as `payload` says.

    The payloads hold buyers' values for head office: only the till's sync (or a store
    admin) reads them."""
    ctx.actor.require(visibility.OUTBOX_PAYLOADS, Action.READ_OUTBOX)
    with ctx.db.read_session() as session:
        return session.execute(
            select(
                OutboxEvent.id,
                OutboxEvent.register_id,
                OutboxEvent.seq,
                OutboxEvent.type,
                payload,
                OutboxEvent.buyer_id,
                OutboxEvent.created_at,
            )
            .where(OutboxEvent.sent_at.is_(None), OutboxEvent.seq > after_seq)
            .order_by(OutboxEvent.seq)
            .limit(limit)
        ).all()


def pending_events(ctx: ServiceContext, after_seq: int, limit: int) -> list[OutboxItem]:
    """Unsent events after `after_seq`, oldest first."""
    return [OutboxItem(*row) for row in _unsent(ctx, OutboxEvent.payload, after_seq, limit)]


@dataclass(frozen=True, slots=True)
class RawOutboxItem:
    """An unsent event with its payload as the JSON text stored, not decoded."""

    id: uuid.UUID
    register_id: uuid.UUID
    seq: int
    type: str
    payload_json: str
    buyer_id: uuid.UUID | None
    created_at: dt.datetime

    @property
    def ref(self) -> OutboxRef:
        return (self.register_id, self.seq)


def pending_raw(ctx: ServiceContext, after_seq: int, limit: int) -> list[RawOutboxItem]:
    """As `pending_events`, with each payload left as its stored JSON text (the sender
    passes it on as it is instead of decoding and encoding it again)."""
    raw = type_coerce(OutboxEvent.payload, Text)
    return [RawOutboxItem(*row) for row in _unsent(ctx, raw, after_seq, limit)]


def _runs(refs: Iterable[OutboxRef]) -> list[tuple[uuid.UUID, int, int]]:
    """Consecutive sequence numbers grouped per register: (register, first, last)."""
    runs: list[tuple[uuid.UUID, int, int]] = []
    for register_id, seq in sorted(set(refs)):
        if runs and runs[-1][0] == register_id and runs[-1][2] == seq - 1:
            runs[-1] = (register_id, runs[-1][1], seq)
        else:
            runs.append((register_id, seq, seq))
    return runs


def _where_in(run: tuple[uuid.UUID, int, int]) -> tuple[Any, ...]:
    register_id, first, last = run
    return (
        OutboxEvent.register_id == register_id,
        OutboxEvent.seq >= first,
        OutboxEvent.seq <= last,
        OutboxEvent.sent_at.is_(None),
    )


def mark_sent(ctx: ServiceContext, refs: Iterable[OutboxRef], at: dt.datetime) -> int:
    """Record that head office holds these events; returns how many rows changed.

    Events are named by (register, seq) and updated by ranges of consecutive numbers:
    a thousand-id IN list costs SQLite a hundred times more on a large till.
    """
    runs = _runs(refs)
    if not runs:
        return 0
    changed = 0
    with UnitOfWork(ctx) as uow:
        for run in runs:
            result = uow.session.execute(
                update(OutboxEvent)
                .where(*_where_in(run))
                .values(sent_at=at, last_error=None)
                .execution_options(synchronize_session=False)
            )
            changed += int(getattr(result, "rowcount", 0) or 0)
        uow.commit()
    return changed


def mark_failed(ctx: ServiceContext, refs: Iterable[OutboxRef], reason: str) -> None:
    """Count a failed attempt for these events and keep why (one short line, no data)."""
    runs = _runs(refs)
    if not runs:
        return
    with UnitOfWork(ctx) as uow:
        for run in runs:
            uow.session.execute(
                update(OutboxEvent)
                .where(*_where_in(run))
                .values(attempts=OutboxEvent.attempts + 1, last_error=reason[:MAX_ERROR])
                .execution_options(synchronize_session=False)
            )
        uow.commit()


def renumber_unsent(ctx: ServiceContext, refs: Iterable[OutboxRef], above: int) -> int:
    """Number afresh the unsent events from the first of `refs` on, after `above`.

    A till restored from a copy of POS_HOME reuses sequence numbers head office already
    holds from the events the till made after that copy; head office refuses them as taken.
    Those events, and every unsent one after them (so their order is kept), move past
    `above` (head office's highest number for the register) and past every number this
    till holds; the counter follows. Returns how many events moved.
    """
    by_register: dict[uuid.UUID, int] = {}
    for register_id, seq in refs:
        by_register[register_id] = min(seq, by_register.get(register_id, seq))
    moved = 0
    with UnitOfWork(ctx) as uow:
        session = uow.session
        for register_id, first in by_register.items():
            name = f"outbox:{register_id}"
            held = session.scalar(
                select(func.max(OutboxEvent.seq)).where(OutboxEvent.register_id == register_id)
            )
            counter = session.scalar(
                text("SELECT value FROM counters WHERE name = :n"), {"n": name}
            )
            start = max(above, int(held or 0), int(counter or 0))
            ids = session.scalars(
                select(OutboxEvent.id)
                .where(
                    OutboxEvent.register_id == register_id,
                    OutboxEvent.sent_at.is_(None),
                    OutboxEvent.seq >= first,
                )
                .order_by(OutboxEvent.seq)
            ).all()
            for n, event_id in enumerate(ids, start=1):
                session.execute(
                    update(OutboxEvent)
                    .where(OutboxEvent.id == event_id)
                    .values(seq=start + n, last_error=None)
                    .execution_options(synchronize_session=False)
                )
            session.execute(
                text(
                    "INSERT INTO counters (name, value) VALUES (:n, :v) "
                    "ON CONFLICT (name) DO UPDATE SET value = :v"
                ),
                {"n": name, "v": start + len(ids)},
            )
            if ids:
                uow.audit(
                    "outbox.renumbered",
                    {"register": register_id},
                    [f"events:{len(ids)}", f"after:{start}"],
                )
            moved += len(ids)
        uow.commit()
    return moved


def _update_state(ctx: ServiceContext, **changes: Any) -> dict[str, Any]:
    with UnitOfWork(ctx) as uow:
        state = settings.get(uow.session, SYNC_STATE)
        state.update(changes)
        settings.put(uow.session, SYNC_STATE, state)
        uow.commit()
    return state


def record_cycle(ctx: ServiceContext, at: dt.datetime, error: str | None) -> None:
    """Remember when sync last ran, and either that it worked or why it did not."""
    if error is None:
        _update_state(
            ctx, last_attempt=at.isoformat(), last_success=at.isoformat(), last_error=None
        )
    else:
        _update_state(ctx, last_attempt=at.isoformat(), last_error=error[:MAX_ERROR])


def directive_cursor(ctx: ServiceContext) -> int:
    """The last head-office directive sequence number this till has applied."""
    with ctx.db.read_session() as session:
        return int(settings.get(session, SYNC_STATE).get("directive_cursor", 0))


def pending_acks(ctx: ServiceContext) -> list[dict[str, Any]]:
    """Directive outcomes not yet reported to head office."""
    with ctx.db.read_session() as session:
        return list(settings.get(session, SYNC_STATE).get("pending_acks", []))


def save_pull(ctx: ServiceContext, cursor: int, acks: list[dict[str, Any]]) -> None:
    """Advance the directive cursor and queue the outcomes to report, together."""
    _update_state(ctx, directive_cursor=cursor, pending_acks=acks)


def drop_acks(ctx: ServiceContext, directive_ids: Iterable[str]) -> None:
    """Forget outcomes head office has received."""
    done = set(directive_ids)
    with UnitOfWork(ctx) as uow:
        state = settings.get(uow.session, SYNC_STATE)
        state["pending_acks"] = [
            a for a in state.get("pending_acks", []) if a.get("directive_id") not in done
        ]
        settings.put(uow.session, SYNC_STATE, state)
        uow.commit()
