"""Buyers as head office knows them: one record per store's buyer, linked across stores.

Each store makes its own buyer ids. Records of one person are linked by the blind
indexes of IIN (and of phone, where a record has no IIN), so a withdrawal or a written
refusal recorded at one store becomes a directive to every other store holding that
person, addressed with that store's own buyer id.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.orm import Session

from headoffice import directives
from headoffice.auth import StoreRef
from headoffice.config import Keys
from headoffice.db import HeadOfficeDB
from headoffice.models import BuyerRecord, DestroyedBuyer, EventRow
from headoffice.payloads import PERSONAL_KEYS, redact
from pos.domain.enums import Purpose
from pos.domain.events import EventType
from protocol.wire import DestructionBody, RefusalBody, WithdrawalBody

ALL_PURPOSES = tuple(p.value for p in Purpose)
GIVEN = "given"
WITHDRAWN = "withdrawn"
RESTRICTED = "restricted"
REFUSAL_SENT = "refusal_sent"
DESTRUCTION_SENT = "destruction_sent"
HEADOFFICE = "headoffice"


def record_context(store_pk: int, buyer_id: uuid.UUID, field: str) -> str:
    return f"buyer:{store_pk}:{buyer_id}.{field}"


@dataclass
class Projector:
    """Applies one store's newly stored events to head office's view of its buyers."""

    db: HeadOfficeDB
    session: Session
    keys: Keys
    store: StoreRef
    now: dt.datetime

    def __post_init__(self) -> None:
        # This store's records touched by the batch, loaded once (None: none held).
        self._cache: dict[uuid.UUID, BuyerRecord | None] = {}

    def preload(self, buyer_ids: Iterable[object]) -> None:
        """Load in one query the records a batch's events will touch."""
        wanted = {u for u in (_uuid(b) for b in buyer_ids) if u is not None} - set(self._cache)
        if not wanted:
            return
        found = self.session.scalars(
            select(BuyerRecord).where(
                BuyerRecord.store_pk == self.store.pk, BuyerRecord.buyer_id.in_(wanted)
            )
        ).all()
        self._cache.update(dict.fromkeys(wanted))
        self._cache.update({r.buyer_id: r for r in found})

    def record(self, buyer_id: uuid.UUID) -> BuyerRecord | None:
        if buyer_id not in self._cache:
            self._cache[buyer_id] = self.session.scalar(
                select(BuyerRecord).where(
                    BuyerRecord.store_pk == self.store.pk, BuyerRecord.buyer_id == buyer_id
                )
            )
        return self._cache[buyer_id]

    def apply(self, event_type: str, register_id: uuid.UUID, payload: dict[str, Any]) -> None:
        """Update the buyer records for one event (payload as the till sent it)."""
        if payload.get("redacted"):
            return
        buyer_id = _uuid(payload.get("buyer_id"))
        if buyer_id is None:
            return
        if event_type in (EventType.BUYER_REGISTERED, EventType.BUYER_UPDATED):
            data = payload.get("data")
            if isinstance(data, dict):
                self._store_data(buyer_id, register_id, data, payload.get("status"))
        elif event_type == EventType.CONSENT_GIVEN:
            self._set_purposes(buyer_id, _purposes(payload.get("purposes")), GIVEN)
        elif event_type == EventType.CONSENT_EXPIRED:
            self._set_purposes(buyer_id, _purposes(payload.get("purposes")), "expired")
        elif event_type == EventType.CONSENT_WITHDRAWN:
            self._withdrawn(buyer_id, payload)
        elif event_type == EventType.BUYER_RESTRICTED:
            self._restricted(buyer_id, payload)
        elif event_type == EventType.BUYER_DESTROYED:
            self._destroyed(buyer_id, payload)

    # --- records ------------------------------------------------------------------------

    def _store_data(
        self, buyer_id: uuid.UUID, register_id: uuid.UUID, data: dict[str, Any], status: object
    ) -> None:
        cipher = self.keys.cipher
        row = self.record(buyer_id)
        if row is None:
            row = BuyerRecord(
                store_pk=self.store.pk,
                register_id=register_id,
                buyer_id=buyer_id,
                status="active",
                fields={},
                purposes={},
                created_at=self.now,
                updated_at=self.now,
            )
            self.session.add(row)
            self._cache[buyer_id] = row
        fields = dict(row.fields)
        plain: dict[str, Any] = {}
        for name, value in data.items():
            if name not in PERSONAL_KEYS:
                continue
            if value in (None, ""):
                fields.pop(name, None)
                continue
            plain[name] = value
            fields[name] = cipher.encrypt(
                json.dumps(value, ensure_ascii=False), record_context(self.store.pk, buyer_id, name)
            )
        row.fields = fields
        if "iin" in data:
            row.iin_index = self.keys.blind.of("iin", str(plain["iin"])) if "iin" in plain else None
        if "phone" in data:
            row.phone_index = (
                self.keys.blind.of("phone", str(plain["phone"])) if "phone" in plain else None
            )
        if status == RESTRICTED:
            row.status = RESTRICTED
        row.updated_at = self.now

    def _set_purposes(self, buyer_id: uuid.UUID, purposes: Iterable[str], state: str) -> None:
        row = self.record(buyer_id)
        if row is None:
            return
        row.purposes = {**row.purposes, **dict.fromkeys(purposes, state)}
        row.updated_at = self.now

    def _withdrawn(self, buyer_id: uuid.UUID, payload: dict[str, Any]) -> None:
        listed = payload.get("purposes")
        full = listed is None or bool(payload.get("full"))
        purposes = ALL_PURPOSES if full else tuple(_purposes(listed))
        self._set_purposes(buyer_id, purposes, WITHDRAWN)
        row = self.record(buyer_id)
        if row is None:
            return
        if payload.get("expressed_by") != HEADOFFICE:
            # A withdrawal head office itself sent was sent to every store already.
            self._propagate_withdrawal(row, purposes, full, payload.get("reference"))
        self._erase(row, payload.get("erased_fields"))

    def _propagate_withdrawal(
        self, row: BuyerRecord, purposes: tuple[str, ...], full: bool, reference: object
    ) -> None:
        for other in linked_records(self.session, row):
            held = {p for p, s in other.purposes.items() if s == GIVEN}
            if full:
                if other.purposes and not held:
                    continue
                send: list[str] | None = None
                marked = tuple(held) if other.purposes else ALL_PURPOSES
            else:
                wanted = [p for p in purposes if p in held or not other.purposes]
                if not wanted:
                    continue
                send = sorted(wanted)
                marked = tuple(wanted)
            directives.issue(
                self.db,
                self.session,
                WithdrawalBody(
                    buyer_id=other.buyer_id,
                    purposes=send,
                    reference=str(reference)[:200] if reference else None,
                ),
                store_pk=other.store_pk,
                register_id=other.register_id,
                origin="store",
                issued_by=f"store:{self.store.code}",
                now=self.now,
            )
            other.purposes = {**other.purposes, **dict.fromkeys(marked, WITHDRAWN)}

    def _restricted(self, buyer_id: uuid.UUID, payload: dict[str, Any]) -> None:
        row = self.record(buyer_id)
        if row is None:
            return
        row.status = RESTRICTED
        withdrawn = _purposes(payload.get("withdrawn"))
        row.purposes = {**row.purposes, **dict.fromkeys(withdrawn, WITHDRAWN)}
        self._propagate_refusal(row, payload.get("reference"))
        self._erase(row, payload.get("erased_fields"))

    def _destroyed(self, buyer_id: uuid.UUID, payload: dict[str, Any]) -> None:
        """Pass on what the buyer asked for at this store, then forget them here."""
        row = self.record(buyer_id)
        cause = payload.get("cause")
        if row is not None and cause == "withdrawal":
            # A full withdrawal destroys at once; the till redacts its withdrawal event in
            # the same transaction, so this event is what says the buyer withdrew it all.
            self._propagate_withdrawal(row, ALL_PURPOSES, True, None)
        elif row is not None and cause == "written_refusal":
            self._propagate_refusal(row, None)
        elif row is not None and cause == "request":
            self._propagate_destruction(row)
        self.purge(buyer_id)

    def _propagate_destruction(self, row: BuyerRecord) -> None:
        for other in linked_records(self.session, row):
            if other.status == DESTRUCTION_SENT:
                continue
            directives.issue(
                self.db,
                self.session,
                DestructionBody(
                    buyer_id=other.buyer_id,
                    reason="the buyer asked another store to destroy their data",
                ),
                store_pk=other.store_pk,
                register_id=other.register_id,
                origin="store",
                issued_by=f"store:{self.store.code}",
                now=self.now,
            )
            other.status = DESTRUCTION_SENT

    def _propagate_refusal(self, row: BuyerRecord, reference: object) -> None:
        text = str(reference or "written refusal recorded at another store")[:200]
        for other in linked_records(self.session, row):
            if other.status in (RESTRICTED, REFUSAL_SENT, DESTRUCTION_SENT):
                continue
            directives.issue(
                self.db,
                self.session,
                RefusalBody(buyer_id=other.buyer_id, reference=text),
                store_pk=other.store_pk,
                register_id=other.register_id,
                origin="store",
                issued_by=f"store:{self.store.code}",
                now=self.now,
            )
            other.status = REFUSAL_SENT

    def _erase(self, row: BuyerRecord, fields: object) -> None:
        """Drop the values the store erased because no purpose justifies them any more."""
        names = [f for f in fields if f in PERSONAL_KEYS] if isinstance(fields, list) else []
        if not names:
            return
        row.fields = {k: v for k, v in row.fields.items() if k not in names}
        if "iin" in names:
            row.iin_index = None
        if "phone" in names:
            row.phone_index = None
        erase_from_events(self.session, self.store.pk, row.buyer_id, names)

    def purge(self, buyer_id: uuid.UUID) -> None:
        """Remove what head office holds about this store's buyer (policy 1.10, 1.11)."""
        self.session.flush()  # pending changes to the record first, then delete it by SQL
        purge_buyer(self.db, self.session, self.store.pk, buyer_id, self.now)
        self._cache[buyer_id] = None


def purge_buyer(
    db: HeadOfficeDB, session: Session, store_pk: int, buyer_id: uuid.UUID, now: dt.datetime
) -> int:
    """Delete the record, unlink and redact its events; returns how many events were touched."""
    session.execute(
        delete(BuyerRecord).where(
            BuyerRecord.store_pk == store_pk, BuyerRecord.buyer_id == buyer_id
        )
    )
    session.execute(
        db.insert(DestroyedBuyer.__table__)
        .values(store_pk=store_pk, buyer_id=buyer_id, at=now)
        .on_conflict_do_nothing()
    )
    rows = session.execute(
        select(EventRow.id, EventRow.type, EventRow.payload).where(
            EventRow.store_pk == store_pk, EventRow.buyer_id == buyer_id
        )
    ).all()
    for pk, _type, payload in rows:
        session.execute(
            update(EventRow).where(EventRow.id == pk).values(payload=redact(payload), buyer_id=None)
        )
    return len(rows)


def erase_from_events(
    session: Session, store_pk: int, buyer_id: uuid.UUID, names: list[str]
) -> None:
    """Remove these personal values from the buyer's stored events."""
    rows = session.execute(
        select(EventRow.id, EventRow.payload).where(
            EventRow.store_pk == store_pk,
            EventRow.buyer_id == buyer_id,
            EventRow.type.in_([EventType.BUYER_REGISTERED.value, EventType.BUYER_UPDATED.value]),
        )
    ).all()
    for pk, payload in rows:
        data = payload.get("data")
        if isinstance(data, dict) and any(n in data for n in names):
            kept = {k: v for k, v in data.items() if k not in names}
            session.execute(
                update(EventRow).where(EventRow.id == pk).values(payload={**payload, "data": kept})
            )


def linked_records(session: Session, row: BuyerRecord) -> list[BuyerRecord]:
    """Other records of the same person: same IIN, or same phone where an IIN is missing."""
    conditions = []
    if row.iin_index:
        conditions.append(BuyerRecord.iin_index == row.iin_index)
    if row.phone_index:
        if row.iin_index:
            conditions.append(
                and_(BuyerRecord.phone_index == row.phone_index, BuyerRecord.iin_index.is_(None))
            )
        else:
            conditions.append(BuyerRecord.phone_index == row.phone_index)
    if not conditions:
        return []
    return list(
        session.scalars(
            select(BuyerRecord)
            .where(or_(*conditions), BuyerRecord.id != row.id)
            .order_by(BuyerRecord.id)
        ).all()
    )


def _uuid(value: object) -> uuid.UUID | None:
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            return None
    return None


def _purposes(value: object) -> list[str]:
    if not isinstance(value, list):
        return []
    return [p for p in value if isinstance(p, str) and p in ALL_PURPOSES]
