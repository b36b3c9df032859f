"""Monotonic counters (receipt numbers, outbox sequence) kept in the database."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session


def next_value(session: Session, name: str, step: int = 1) -> int:
    """Increase the counter and return its new value; the first value is `step`.

    Inside a write transaction this is gap-free and never repeats, also after a crash.
    """
    row = session.execute(
        text(
            "INSERT INTO counters (name, value) VALUES (:name, :step) "
            "ON CONFLICT (name) DO UPDATE SET value = value + :step RETURNING value"
        ),
        {"name": name, "step": step},
    ).scalar_one()
    return int(row)
