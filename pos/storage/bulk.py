"""Insert-only rows (audit, outbox, consent events, search keys, sale lines) written in bulk.

These rows are never changed after they are written, so they skip the ORM's change
tracking: a unit of work buffers them and writes each table with one executemany when it
flushes. A batch of a thousand sales then costs a handful of statements, not thousands.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from pos.storage.models import Base


class RowBuffer:
    def __init__(self) -> None:
        self._rows: dict[Table, dict[tuple[str, ...], list[dict[str, Any]]]] = {}

    def add(self, model: type[Base], values: dict[str, Any]) -> None:
        table = model.__table__
        assert isinstance(table, Table)  # noqa: S101 - declarative models always map a Table
        by_keys = self._rows.setdefault(table, {})
        by_keys.setdefault(tuple(sorted(values)), []).append(values)

    def __bool__(self) -> bool:
        return bool(self._rows)

    def flush(self, session: Session) -> None:
        """Write everything buffered. Foreign keys are deferred, so table order does not matter."""
        rows, self._rows = self._rows, {}
        for table, groups in rows.items():
            for group in groups.values():
                session.execute(insert(table), group)

    def clear(self) -> None:
        self._rows = {}
