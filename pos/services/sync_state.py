"""The till's side of sync bookkeeping: the outbox backlog, what was sent, when sync last worked.

No network here: the sync worker calls these between its requests. An event is marked
sent only after head office acknowledged it, and nothing else is remembered about
progress, so after a crash or power loss the worker simply sends what is still unsent
(head office answers a repeat as a duplicate).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update

from pos.domain.errors import Refused
from pos.services import settings
from pos.services.context import ServiceContext
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
    """Where head office is and this till's credential; refuses when not set up."""
    with ctx.db.read_session() as session:
        value = settings.get(session, settings.HEADOFFICE)
        info = store_info(session, ctx.actor)
    if not value.get("url") or not value.get("token"):
        raise Refused(
            "head office is not set up on this till: give its address and this store's "
            "credential (`pos init --headoffice URL --token T`)"
        )
    return HeadOfficeSettings(
        url=str(value["url"]),
        token=str(value["token"]),
        ca_bundle=value.get("ca_bundle") or None,
        client_cert=value.get("client_cert") or None,
        client_key=value.get("client_key") or None,
        store_code=info.store_code,
        register_id=info.register_id,
    )


def pending_events(ctx: ServiceContext, after_seq: int, limit: int) -> list[OutboxItem]:
    """Unsent events after `after_seq`, oldest first."""
    with ctx.db.read_session() as session:
        rows = session.execute(
            select(
                OutboxEvent.id,
                OutboxEvent.register_id,
                OutboxEvent.seq,
                OutboxEvent.type,
                OutboxEvent.payload,
                OutboxEvent.buyer_id,
                OutboxEvent.created_at,
            )
            .where(OutboxEvent.sent_at.is_(None), OutboxEvent.seq > after_seq)
            .order_by(OutboxEvent.seq)
            .limit(limit)
        ).all()
    return [OutboxItem(*row) for row in rows]


def mark_sent(ctx: ServiceContext, ids: Iterable[uuid.UUID], at: dt.datetime) -> int:
    """Record that head office holds these events; returns how many rows changed."""
    wanted = list(ids)
    if not wanted:
        return 0
    with UnitOfWork(ctx) as uow:
        result = uow.session.execute(
            update(OutboxEvent)
            .where(OutboxEvent.id.in_(wanted), OutboxEvent.sent_at.is_(None))
            .values(sent_at=at, last_error=None)
            .execution_options(synchronize_session=False)
        )
        uow.commit()
    return int(getattr(result, "rowcount", 0) or 0)


def mark_failed(ctx: ServiceContext, reasons: Mapping[uuid.UUID, str]) -> None:
    """Count a failed attempt for these events and keep why (one short line, no data)."""
    if not reasons:
        return
    with UnitOfWork(ctx) as uow:
        by_reason: dict[str, list[uuid.UUID]] = {}
        for event_id, reason in reasons.items():
            by_reason.setdefault(reason[:MAX_ERROR], []).append(event_id)
        for reason, ids in by_reason.items():
            uow.session.execute(
                update(OutboxEvent)
                .where(OutboxEvent.id.in_(ids), OutboxEvent.sent_at.is_(None))
                .values(attempts=OutboxEvent.attempts + 1, last_error=reason)
                .execution_options(synchronize_session=False)
            )
        uow.commit()


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
