"""Buyers as head office knows them: one record per store's buyer, linked across stores.

Each store makes its own buyer ids. Records of one person are linked by the blind
indexes of IIN (and of phone, where a record has no IIN, for the officer's search), so a
withdrawal or a written refusal recorded at one store becomes a directive to every other
store holding that person, addressed with that store's own buyer id: by IIN only, and only
for a buyer that store registered with a consent (headoffice.trust).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.orm import Session

from headoffice import trust
from headoffice.auth import StoreRef
from headoffice.config import Keys
from headoffice.crypto import FieldCipher, is_encrypted
from headoffice.db import HeadOfficeDB
from headoffice.keystore import KeyRing, KeyStore
from headoffice.models import BuyerRecord, DestroyedBuyer, EventRow
from headoffice.payloads import LINKED_KEYS, PERSONAL_KEYS, redact
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


def event_context(store_pk: int, event_id: uuid.UUID) -> str:
    return f"event:{store_pk}:{event_id}"


def erased_names(payload: dict[str, Any]) -> list[str]:
    """The fields an event says the till erased: `erased` (pos.domain's BuyerField values),
    or `erased_fields` from tills of before; an event with neither erases nothing."""
    names: list[str] = []
    for key in ("erased", "erased_fields"):
        value = payload.get(key)
        if isinstance(value, list):
            names.extend(f for f in value if isinstance(f, str) and f in PERSONAL_KEYS)
    return list(dict.fromkeys(names))


@dataclass
class Projector:
    """Applies one store's newly stored events to head office's view of its buyers."""

    db: HeadOfficeDB
    session: Session
    keys: Keys
    store: StoreRef
    now: dt.datetime
    ring: KeyRing

    def __post_init__(self) -> None:
        # This store's records touched by the batch, loaded once (None: none held).
        self._cache: dict[uuid.UUID, BuyerRecord | None] = {}
        # Buyers who lost values in this batch: re-encrypted under a fresh key in finish().
        self._rekey: set[uuid.UUID] = set()
        # The event being applied: who asks, for the propagation audit (headoffice.trust).
        self._asking = trust.Asking(self.store, None, None, None)

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

    def apply(
        self,
        event_type: str,
        register_id: uuid.UUID,
        payload: dict[str, Any],
        event_id: uuid.UUID | None = None,
    ) -> None:
        """Update the buyer records for one event (payload as the till sent it)."""
        if payload.get("redacted"):
            return
        buyer_id = _uuid(payload.get("buyer_id"))
        if buyer_id is None:
            return
        self._asking = trust.Asking.of(self.store, event_id, payload)
        if event_type in (EventType.BUYER_REGISTERED, EventType.BUYER_UPDATED):
            data = payload.get("data")
            if isinstance(data, dict):
                self._store_data(buyer_id, register_id, data, payload.get("status"))
            row = self.record(buyer_id)
            if row is not None and event_type == EventType.BUYER_UPDATED:
                # A correction: the listed fields' old values go everywhere; the new ones
                # (in this event and now in the record) stay.
                given = data if isinstance(data, dict) else {}
                self._erase(row, erased_names(payload), keep=given, event_id=event_id)
        elif event_type == EventType.CONSENT_GIVEN:
            self._set_purposes(buyer_id, _purposes(payload.get("purposes")), GIVEN)
        elif event_type == EventType.CONSENT_EXPIRED:
            self._set_purposes(buyer_id, _purposes(payload.get("purposes")), "expired")
            row = self.record(buyer_id)
            if row is not None:
                self._erase(row, erased_names(payload))
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
        cipher = self.ring.cipher_for(self.store.pk, buyer_id)
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
        row.key_id = cipher.current_id
        for kind in ("iin", "phone"):
            if kind in data:
                digest = self.keys.blind.of(kind, str(plain[kind])) if kind in plain else None
                self.ring.set_index(self.store.pk, buyer_id, kind, digest)
        if status == RESTRICTED:
            row.status = RESTRICTED
        row.updated_at = self.now

    def _targets(self, row: BuyerRecord, kind: str) -> list[BuyerRecord]:
        """Where this store's request may go: other stores' records of the same IIN (never
        by phone alone), for a buyer it registered with a consent first (headoffice.trust)."""
        # Index entries of this batch (a buyer registered in it) must be found too.
        self.ring.write_indexes()
        index = self.keys.store.indexes_of(row.store_pk, row.buyer_id)
        if "iin" not in index:
            return []
        refs = set(self.keys.store.holders("iin", index["iin"]))
        refs.discard((row.store_pk, row.buyer_id))
        others = records_of(self.session, refs)
        return trust.allowed(self.db, self.session, row, others, self._asking, kind, self.now)

    def _send(self, other: BuyerRecord, body: BaseModel) -> bool:
        """Issued (True), or held for an officer past the store's daily threshold."""
        return trust.send(self.db, self.session, self.ring, self._asking, other, body, self.now)

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
        self._erase(row, erased_names(payload))

    def _propagate_withdrawal(
        self, row: BuyerRecord, purposes: tuple[str, ...], full: bool, reference: object
    ) -> None:
        for other in self._targets(row, "withdrawal"):
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
            body = WithdrawalBody(
                buyer_id=other.buyer_id,
                purposes=send,
                reference=str(reference)[:200] if reference else None,
            )
            if not self._send(other, body):
                continue
            other.purposes = {**other.purposes, **dict.fromkeys(marked, WITHDRAWN)}

    def _restricted(self, buyer_id: uuid.UUID, payload: dict[str, Any]) -> None:
        row = self.record(buyer_id)
        if row is None:
            return
        row.status = RESTRICTED
        withdrawn = _purposes(payload.get("withdrawn"))
        row.purposes = {**row.purposes, **dict.fromkeys(withdrawn, WITHDRAWN)}
        self._propagate_refusal(row, payload.get("reference"))
        self._erase(row, erased_names(payload))

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
        for other in self._targets(row, "destruction"):
            if other.status == DESTRUCTION_SENT:
                continue
            body = DestructionBody(
                buyer_id=other.buyer_id,
                reason="the buyer asked another store to destroy their data",
            )
            if self._send(other, body):
                other.status = DESTRUCTION_SENT

    def _propagate_refusal(self, row: BuyerRecord, reference: object) -> None:
        text = str(reference or "written refusal recorded at another store")[:200]
        for other in self._targets(row, "refusal"):
            if other.status in (RESTRICTED, REFUSAL_SENT, DESTRUCTION_SENT):
                continue
            if self._send(other, RefusalBody(buyer_id=other.buyer_id, reference=text)):
                other.status = REFUSAL_SENT

    def _erase(
        self,
        row: BuyerRecord,
        names: list[str],
        *,
        keep: dict[str, Any] | None = None,
        event_id: uuid.UUID | None = None,
    ) -> None:
        """Drop the values the store erased (no purpose justifies them, the buyer corrected
        them, a refusal): from the record (unless `keep` holds a new value), from the
        buyer's other events, and, by a fresh key at the end of the batch, from every copy."""
        if not names:
            return
        kept = keep or {}
        gone = [n for n in names if kept.get(n) in (None, "")]
        row.fields = {k: v for k, v in row.fields.items() if k not in gone}
        for kind in ("iin", "phone"):
            if kind in gone:
                self.ring.set_index(self.store.pk, row.buyer_id, kind, None)
        erase_from_events(self.session, self.store.pk, row.buyer_id, names, but=event_id)
        self._rekey.add(row.buyer_id)

    def finish(self) -> None:
        """Re-encrypt what is kept of each buyer who lost values under a fresh key; the
        old key is deleted after the commit, so the erased values stop opening anywhere."""
        for buyer_id in sorted(self._rekey):
            row = self.record(buyer_id)
            if row is not None:
                self.session.flush()
                rekey_buyer(self.session, self.ring, row)
        self._rekey.clear()

    def purge(self, buyer_id: uuid.UUID) -> None:
        """Remove what head office holds about this store's buyer (policy 1.10, 1.11)."""
        self.session.flush()  # pending changes to the record first, then delete it by SQL
        purge_buyer(self.db, self.session, self.ring, self.store.pk, buyer_id, self.now)
        self._cache[buyer_id] = None
        self._rekey.discard(buyer_id)


def purge_buyer(
    db: HeadOfficeDB,
    session: Session,
    ring: KeyRing,
    store_pk: int,
    buyer_id: uuid.UUID,
    now: dt.datetime,
) -> int:
    """Delete the record, unlink and redact its events, and (after the commit) the buyer's
    keys and blind indexes; returns how many events were touched."""
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
        select(EventRow.id, EventRow.event_id, EventRow.payload).where(
            EventRow.store_pk == store_pk, EventRow.buyer_id == buyer_id
        )
    ).all()
    master = ring.master
    for pk, event_id, payload in rows:
        kept = _unlinked(redact(payload), event_context(store_pk, event_id), ring, master)
        session.execute(
            # The content digest goes too: it was of the buyer's values (headoffice.anchors).
            update(EventRow)
            .where(EventRow.id == pk)
            .values(payload=kept, buyer_id=None, digest=None)
        )
    ring.destroy(store_pk, buyer_id)
    return len(rows)


def _unlinked(
    payload: dict[str, Any], context: str, ring: KeyRing, master: FieldCipher
) -> dict[str, Any]:
    """A redacted payload's values kept for accounting (a sale's lines), moved from the
    buyer's key to the master key: no longer the buyer's, and they must survive the key."""
    out: dict[str, Any] = {}
    for key, item in payload.items():
        where = f"{context}.{key}"
        if is_encrypted(item):
            if key in LINKED_KEYS:
                out[key] = master.encrypt(ring.decrypt(item, where), where)
            # anything else still encrypted was the buyer's: it goes
        elif isinstance(item, dict):
            out[key] = _unlinked(item, where, ring, master)
        else:
            out[key] = item
    return out


def rekey_buyer(session: Session, ring: KeyRing, row: BuyerRecord) -> int:
    """Re-encrypt the record and the buyer's events under a fresh key (the old ones are
    deleted after the commit); returns how many values were re-encrypted."""
    fresh = ring.rekey(row.store_pk, row.buyer_id)
    count = 0
    fields = {}
    for name, token in row.fields.items():
        where = record_context(row.store_pk, row.buyer_id, name)
        fields[name] = fresh.encrypt(ring.decrypt(token, where), where)
        count += 1
    row.fields = fields
    row.key_id = fresh.current_id
    events = session.execute(
        select(EventRow.id, EventRow.event_id, EventRow.payload).where(
            EventRow.store_pk == row.store_pk, EventRow.buyer_id == row.buyer_id
        )
    ).all()
    for pk, event_id, payload in events:
        new, n = reencrypt(payload, event_context(row.store_pk, event_id), ring, fresh)
        if n:
            session.execute(update(EventRow).where(EventRow.id == pk).values(payload=new))
            count += n
    return count


def reencrypt(
    payload: dict[str, Any], context: str, ring: KeyRing, fresh: FieldCipher
) -> tuple[dict[str, Any], int]:
    """Every ciphertext of a payload opened (by whatever key) and sealed under `fresh`."""
    count = 0

    def walk(value: dict[str, Any], base: str) -> dict[str, Any]:
        nonlocal count
        out: dict[str, Any] = {}
        for key, item in value.items():
            where = f"{base}.{key}"
            if is_encrypted(item):
                out[key] = fresh.encrypt(ring.decrypt(item, where), where)
                count += 1
            elif isinstance(item, dict):
                out[key] = walk(item, where)
            else:
                out[key] = item
        return out

    return walk(payload, context), count


def erase_from_events(
    session: Session,
    store_pk: int,
    buyer_id: uuid.UUID,
    names: list[str],
    *,
    but: uuid.UUID | None = None,
) -> None:
    """Remove these personal values from the buyer's stored events (but the one given)."""
    query = select(EventRow.id, EventRow.payload).where(
        EventRow.store_pk == store_pk,
        EventRow.buyer_id == buyer_id,
        EventRow.type.in_([EventType.BUYER_REGISTERED.value, EventType.BUYER_UPDATED.value]),
    )
    if but is not None:
        query = query.where(EventRow.event_id != but)
    rows = session.execute(query).all()
    for pk, payload in rows:
        data = payload.get("data")
        if isinstance(data, dict) and any(n in data for n in names):
            kept = {k: v for k, v in data.items() if k not in names}
            session.execute(
                update(EventRow).where(EventRow.id == pk).values(payload={**payload, "data": kept})
            )


def linked_records(session: Session, store: KeyStore, row: BuyerRecord) -> list[BuyerRecord]:
    """Other records of the same person: same IIN, or same phone where an IIN is missing."""
    index = store.indexes_of(row.store_pk, row.buyer_id)
    refs: set[tuple[int, uuid.UUID]] = set()
    if "iin" in index:
        refs.update(store.holders("iin", index["iin"]))
    if "phone" in index:
        refs.update(
            store.holders("phone", index["phone"], without="iin" if "iin" in index else None)
        )
    refs.discard((row.store_pk, row.buyer_id))
    return records_of(session, refs)


def records_of(session: Session, refs: Iterable[tuple[int, uuid.UUID]]) -> list[BuyerRecord]:
    """The records of these (store, buyer) pairs that head office holds, oldest first."""
    wanted = sorted(set(refs))
    if not wanted:
        return []
    found: list[BuyerRecord] = []
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        found.extend(
            session.scalars(
                select(BuyerRecord).where(
                    or_(
                        *(
                            and_(BuyerRecord.store_pk == s, BuyerRecord.buyer_id == b)
                            for s, b in chunk
                        )
                    )
                )
            ).all()
        )
    return sorted(found, key=lambda r: r.id)


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


def reshred(db: HeadOfficeDB, store: KeyStore) -> int:
    """Delete from the key store what head office's database says must be gone: every key
    and index of a destroyed buyer (a key store restored from a backup, or a stop between
    a destruction's commit and its key deletion), and a buyer's keys other than the one
    their record names (a stop between a re-encryption and the old key's deletion).
    Returns how many keys were deleted. Run at start-up and by `pos-headoffice reshred`."""
    deleted = 0
    last: tuple[int, uuid.UUID] | None = None
    while True:
        with db.session() as session:
            query = select(DestroyedBuyer.store_pk, DestroyedBuyer.buyer_id).order_by(
                DestroyedBuyer.store_pk, DestroyedBuyer.buyer_id
            )
            if last is not None:
                query = query.where(
                    or_(
                        DestroyedBuyer.store_pk > last[0],
                        and_(DestroyedBuyer.store_pk == last[0], DestroyedBuyer.buyer_id > last[1]),
                    )
                )
            batch = [(int(s), b) for s, b in session.execute(query.limit(5000)).all()]
        if not batch:
            break
        deleted += store.forget_buyers(batch, checkpoint=False)
        last = batch[-1]
    several = store.buyers_with_several_keys()
    if several:
        with db.session() as session:
            current = {(r.store_pk, r.buyer_id): r.key_id for r in records_of(session, several)}
        stale: list[str] = []
        for ref, held in store.keys_of(several).items():  # newest first
            ids = [k.key_id for k in held]
            if current.get(ref) in ids:
                # Older than the key the record names: left by a stop after a re-key
                # committed. A newer one (a re-key rolled back) may seal data: it stays
                # until the buyer's next re-key or destruction deletes every key they have.
                stale.extend(ids[ids.index(str(current[ref])) + 1 :])
        deleted += store.delete_keys(stale)
    store.checkpoint()
    return deleted
