"""Monotonic counters (receipt numbers, outbox sequence) kept in the database.

Inside one write transaction a counter is read once and then advanced in memory; the
final value is written when the transaction commits and forgotten if it rolls back, so a
batch of a thousand sales costs one counter write, and numbers never repeat or skip.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, text
from sqlalchemy.orm import Session

_KEY = "pos.counters"


def next_value(session: Session, name: str) -> int:
    """Advance the counter and return its new value (the first value is 1)."""
    pending: dict[str, int] = session.info.setdefault(_KEY, {})
    if name in pending:
        pending[name] += 1
        return pending[name]
    value = session.execute(
        text(
            "INSERT INTO counters (name, value) VALUES (:name, 1) "
            "ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value"
        ),
        {"name": name},
    ).scalar_one()
    pending[name] = int(value)
    return pending[name]


@event.listens_for(Session, "before_commit")
def _write_counters(session: Session) -> None:
    pending: dict[str, int] = session.info.get(_KEY, {})
    for name, value in pending.items():
        session.execute(
            text("UPDATE counters SET value = :value WHERE name = :name"),
            {"name": name, "value": value},
        )


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget_counters(session: Session, *_: Any) -> None:
    session.info.pop(_KEY, None)
