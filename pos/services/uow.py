"""The unit of work: one write transaction holding the change, its audit and its outbox.

Nothing is written unless `commit()` is called; leaving the block without it rolls back.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any, Self

from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.orm import Session

from pos.domain.errors import Code, Conflict, DatabaseError
from pos.domain.events import EventType
from pos.domain.ids import new_id
from pos.services.context import ServiceContext
from pos.storage import audit
from pos.storage.bulk import RowBuffer
from pos.storage.counters import next_value
from pos.storage.models import Base, OutboxEvent


class UnitOfWork:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.actor = ctx.actor
        self._session: Session | None = None
        self._audit: list[audit.PendingEntry] = []
        self.rows = RowBuffer()
        self._committed = False
        self.now = ctx.clock()
        # Set when this unit erases personal values: the WAL is then checkpointed
        # (TRUNCATE) right after commit, so no old page image keeps them.
        self.checkpoint_after = False

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside its `with` block")
        return self._session

    def __enter__(self) -> Self:
        self._session = self.ctx.db.write_session()
        self._audit = []
        self.rows.clear()
        self._committed = False
        self.checkpoint_after = False
        self.now = self.ctx.clock()
        try:
            # BEGIN IMMEDIATE now, not at the first write. Foreign keys are checked at
            # commit, so the ORM may insert related rows in any order within the unit.
            self._session.execute(text("PRAGMA defer_foreign_keys = ON"))
        except sa_exc.OperationalError as exc:
            self._session.close()
            raise _storage_error(exc) from None
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            if not self._committed:
                session.rollback()
        finally:
            session.close()
            self._session = None

    def audit(
        self,
        action: str,
        entities: Mapping[str, Any],
        fields: Iterable[str] = (),
        *,
        at: dt.datetime | None = None,
    ) -> None:
        """Record that `action` happened to these entity ids; `fields` are names, never values."""
        self._audit.append(
            audit.PendingEntry(
                at=at or self.now,
                store_id=self.actor.store_id,
                register_id=self.actor.register_id,
                actor=self.actor.label,
                action=action,
                entities=dict(entities),
                fields=tuple(fields),
            )
        )

    def emit(
        self, event_type: EventType, payload: dict[str, Any], *, buyer_id: uuid.UUID | None = None
    ) -> uuid.UUID:
        """Queue an outbox event for head office, in this same transaction."""
        register_id = self.actor.register_id
        seq = next_value(self.session, f"outbox:{register_id}")
        event_id = new_id()
        self.rows.add(
            OutboxEvent,
            {
                "id": event_id,
                "register_id": register_id,
                "seq": seq,
                "type": event_type.value,
                "payload": payload,
                "buyer_id": buyer_id,
                "created_at": self.now,
                "sent_at": None,
                "attempts": 0,
                "last_error": None,
            },
        )
        return event_id

    def insert(self, model: type[Base], **values: Any) -> None:
        """Buffer an insert-only row; it is written at the next flush or commit."""
        self.rows.add(model, values)

    def flush(self) -> None:
        """Write pending changes (not committed), so queries in this unit see them."""
        try:
            self.session.flush()
            self.rows.flush(self.session)
        except sa_exc.OperationalError as exc:
            raise _storage_error(exc) from None
        except sa_exc.IntegrityError:
            raise _clash() from None

    def commit(self) -> None:
        session = self.session
        try:
            session.flush()
            self.rows.flush(session)
            audit.append(session, self._audit)
            session.commit()
        except sa_exc.OperationalError as exc:
            session.rollback()
            raise _storage_error(exc) from None
        except sa_exc.IntegrityError:
            session.rollback()
            raise _clash() from None
        self._audit = []
        self._committed = True
        if self.checkpoint_after:
            self.ctx.db.checkpoint()

    def rollback(self) -> None:
        self.session.rollback()
        self._audit = []
        self.rows.clear()


def _clash() -> Conflict:
    # The constraint's name may echo values; say what happened without them.
    return Conflict(Code.STORAGE_CLASH)


def _storage_error(exc: sa_exc.OperationalError) -> DatabaseError:
    message = str(exc.orig).lower() if exc.orig is not None else ""
    if "full" in message:
        return DatabaseError(Code.STORAGE_DISK_FULL)
    if "locked" in message or "busy" in message:
        return DatabaseError(Code.STORAGE_BUSY)
    if "readonly" in message or "read-only" in message:
        return DatabaseError(Code.STORAGE_READ_ONLY)
    return DatabaseError(Code.STORAGE_FAILED)
