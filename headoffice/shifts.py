"""Every store's cash shifts as their tills report them (BRIEF 9.1): opened with the float,
cash moves, and the close with the blind count and the Z figures.

The events are kept as pushed in `events` (no personal data in them); this module checks
their shape on arrival and reads them back for `pos-headoffice shifts list`: one line per
shift with its Z totals, or "open" for a shift not yet closed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from pydantic import BaseModel, ValidationError
from sqlalchemy import select

from headoffice.db import HeadOfficeDB
from headoffice.models import EventRow, Store
from pos.domain.events import EventType
from protocol.wire import (
    CashMovedBody,
    ShiftClosedBody,
    ShiftOpenedBody,
    ShiftTotalsBody,
    WireEvent,
)

_BODIES: dict[str, type[BaseModel]] = {
    EventType.SHIFT_OPENED: ShiftOpenedBody,
    EventType.CASH_MOVED: CashMovedBody,
    EventType.SHIFT_CLOSED: ShiftClosedBody,
}


def invalid(ev: WireEvent) -> str | None:
    """Why head office cannot keep this shift event (None: it can, or it is not one)."""
    body = _BODIES.get(ev.type)
    if body is None:
        return None
    if ev.buyer_id is not None:
        return f"a {ev.type} event names no buyer"
    try:
        body.model_validate(ev.payload)
    except ValidationError as exc:
        first = exc.errors()[0]  # where and what, never the value
        where = ".".join(str(p) for p in first["loc"]) or "payload"
        return f"{ev.type} payload: {where}: {first['msg']}"
    return None


@dataclass(frozen=True, slots=True)
class ShiftLine:
    store_code: str
    register_id: uuid.UUID
    shift_id: uuid.UUID
    number: int
    opened_at: dt.datetime
    float_tiyn: int
    cash_moves: int
    closed_at: dt.datetime | None = None
    counted_tiyn: int | None = None
    difference_tiyn: int | None = None
    totals: ShiftTotalsBody | None = None


def overview(db: HeadOfficeDB, *, store_code: str | None = None) -> list[ShiftLine]:
    """Each shift reported, newest first: the open ones, and the closed ones with Z."""
    # Keyed by store too: another store's events naming this shift's id change nothing here.
    opened: dict[tuple[str, uuid.UUID], ShiftOpenedBody] = {}
    closed: dict[tuple[str, uuid.UUID], ShiftClosedBody] = {}
    moves: dict[tuple[str, uuid.UUID], int] = {}
    with db.session() as session:
        query = (
            select(EventRow.type, EventRow.payload, Store.code)
            .join(Store, Store.id == EventRow.store_pk)
            .where(EventRow.type.in_(list(_BODIES)))
        )
        if store_code is not None:
            query = query.where(Store.code == store_code)
        for kind, payload, code in session.execute(query):
            if kind == EventType.SHIFT_OPENED:
                o = ShiftOpenedBody.model_validate(payload)
                opened[(code, o.shift_id)] = o
            elif kind == EventType.SHIFT_CLOSED:
                z = ShiftClosedBody.model_validate(payload)
                closed[(code, z.shift_id)] = z
            else:
                m = CashMovedBody.model_validate(payload)
                moves[(code, m.shift_id)] = moves.get((code, m.shift_id), 0) + 1
    out: list[ShiftLine] = []
    for (code, shift_id), o in opened.items():
        c = closed.get((code, shift_id))
        out.append(
            ShiftLine(
                store_code=code,
                register_id=o.register_id,
                shift_id=shift_id,
                number=o.number,
                opened_at=o.opened_at,
                float_tiyn=o.float_tiyn,
                cash_moves=moves.get((code, shift_id), 0),
                closed_at=c.closed_at if c else None,
                counted_tiyn=c.counted_tiyn if c else None,
                difference_tiyn=c.difference_tiyn if c else None,
                totals=c.totals if c else None,
            )
        )
    out.sort(key=lambda line: (line.opened_at, line.number), reverse=True)
    return out
