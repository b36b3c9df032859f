"""The outbox's copies of personal values, and their erasure.

An outbox payload is a copy of the buyer's data as it was when the event was written
(`buyer.registered` holds every value given then). When a value is erased at the till
(a correction, a withdrawal, a written refusal, an expiry), every payload of that buyer
loses it in the same transaction, sent or not: a sent event's copy would otherwise keep
the value in pos.db, and an unsent one would still carry it to head office.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from pos.domain.minimization import BUYER_FIELDS
from pos.storage.models import OutboxEvent

_PERSONAL = frozenset(BUYER_FIELDS)


def without_values(payload: dict[str, Any], names: frozenset[str]) -> dict[str, Any]:
    """The payload with the named personal fields removed at any depth."""
    out: dict[str, Any] = {}
    for key, item in payload.items():
        if key in names:
            continue
        out[key] = without_values(item, names) if isinstance(item, dict) else item
    return out


def strip_buyer_values(session: Session, buyer_id: uuid.UUID, fields: Iterable[str]) -> int:
    """Remove these fields' values from every outbox payload of the buyer, sent or not.

    Runs inside the caller's transaction (flush its pending rows first); returns how many
    events changed. The erased names themselves (an event's `erased` list) are kept: only
    a key that holds a value of that field is removed.
    """
    names = frozenset(fields) & _PERSONAL
    if not names:
        return 0
    rows = session.execute(
        select(OutboxEvent.id, OutboxEvent.payload).where(OutboxEvent.buyer_id == buyer_id)
    ).all()
    changed = 0
    for event_id, payload in rows:
        kept = without_values(payload, names)
        if kept != payload:
            session.execute(
                update(OutboxEvent)
                .where(OutboxEvent.id == event_id)
                .values(payload=kept)
                .execution_options(synchronize_session=False)
            )
            changed += 1
    return changed
