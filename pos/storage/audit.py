"""The hash-chained audit log: appending entries and verifying the chain.

Each entry's hash covers its content and the previous entry's hash, and `audit_head`
holds the newest link, so an altered, inserted or deleted row (the last one included)
breaks verification at a named entry.

An entry that ties ids to a buyer (it names the buyer, or their consent, disclosure or
request) keeps its ids sealed under the buyer's link key (pos/storage/sealing.py): the
action, time and field names stay readable, the ids open only while the buyer exists.
The hash covers the sealed form, so when destruction deletes the key (at the
`buyer.destroyed` entry) the chain still verifies and the links are gone (policy 1.11).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from pos.storage import sealing
from pos.storage.models import AuditEntry, AuditHead, AuditLink, Consent, Disclosure, SubjectRequest

GENESIS = "0" * 64
SEALED = "sealed"
# The entry that records a destruction: it stays readable and forgets the buyer's key.
DESTROYED = "buyer.destroyed"
# Entities whose row names its buyer: an entry naming one is sealed under that buyer.
_OWNED_BY_BUYER: dict[str, Any] = {
    "consent": Consent,
    "disclosure": Disclosure,
    "request": SubjectRequest,
    "subject_request": SubjectRequest,
}


@dataclass(frozen=True, slots=True)
class PendingEntry:
    at: dt.datetime
    store_id: uuid.UUID | None
    register_id: uuid.UUID | None
    actor: str
    action: str
    entities: Mapping[str, Any]
    fields: Sequence[str]


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple | set | frozenset):
        items = [_plain(v) for v in value]
        return sorted(items) if isinstance(value, set | frozenset) else items
    return value


def canonical_entities(entities: Mapping[str, Any]) -> dict[str, Any]:
    return {str(k): _plain(v) for k, v in sorted(entities.items())}


def entry_hash(
    *,
    seq: int,
    at: dt.datetime,
    store_id: uuid.UUID | None,
    register_id: uuid.UUID | None,
    actor: str,
    action: str,
    entities: Mapping[str, Any],
    fields: Sequence[str],
    prev_hash: str,
) -> str:
    body = {
        "seq": seq,
        "at": at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
        "store": str(store_id) if store_id else None,
        "register": str(register_id) if register_id else None,
        "actor": actor,
        "action": action,
        "entities": canonical_entities(entities),
        "fields": list(fields),
        "prev": prev_hash,
    }
    blob = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


def _as_id(value: Any) -> uuid.UUID | None:
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            return None
    return None


def linked_buyer(session: Session, entities: Mapping[str, Any]) -> uuid.UUID | None:
    """The buyer an entry ties its ids to: named, or owning a named consent/disclosure/request."""
    buyer = _as_id(entities.get("buyer"))
    if buyer is not None:
        return buyer
    for name, model in _OWNED_BY_BUYER.items():
        record = _as_id(entities.get(name))
        if record is not None:
            row = session.get(model, record)
            owner = getattr(row, "buyer_id", None) if row is not None else None
            if owner is not None:
                return owner  # type: ignore[no-any-return]
    return None


def _context(seq: int) -> str:
    return f"audit:{seq}"


def append(session: Session, entries: Iterable[PendingEntry]) -> None:
    """Chain and insert entries. Call inside a write transaction (BEGIN IMMEDIATE)."""
    head = session.get(AuditHead, 1)
    seq, prev = (head.seq, head.hash) if head else (0, GENESIS)
    rows: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    pending = list(entries)
    owners = [None if e.action == DESTROYED else linked_buyer(session, e.entities) for e in pending]
    ring: sealing.KeyRing | None = None
    if any(owners):
        ring = sealing.KeyRing(session, pending[0].at)
        ring.preload(o for o in owners if o is not None)
    for e, buyer in zip(pending, owners, strict=True):
        seq += 1
        fields = sorted(set(e.fields))
        entities = canonical_entities(e.entities)
        if e.action == DESTROYED:
            # Everything sealed for this buyer so far (this batch included) stays shut.
            destroyed = _as_id(entities.get("buyer"))
            if destroyed is not None:
                ring = ring or sealing.KeyRing(session, e.at)
                ring.forget(destroyed)
                links = [r for r in links if r["buyer_id"] != destroyed]
        elif buyer is not None and ring is not None:
            plain = json.dumps(entities, sort_keys=True, separators=(",", ":")).encode()
            sealed = sealing.seal(ring.key_for(buyer), plain, _context(seq))
            entities = {SEALED: sealing.to_text(sealed)}
            links.append({"seq": seq, "buyer_id": buyer})
        digest = entry_hash(
            seq=seq,
            at=e.at,
            store_id=e.store_id,
            register_id=e.register_id,
            actor=e.actor,
            action=e.action,
            entities=entities,
            fields=fields,
            prev_hash=prev,
        )
        rows.append(
            {
                "seq": seq,
                "at": e.at,
                "store_id": e.store_id,
                "register_id": e.register_id,
                "actor": e.actor,
                "action": e.action,
                "entities": entities,
                "fields": fields,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    if not rows:
        return
    session.execute(insert(AuditEntry), rows)
    if ring is not None:
        ring.save()
    if links:
        session.execute(insert(AuditLink), links)
    if head is None:
        session.add(AuditHead(id=1, seq=seq, hash=prev))
    else:
        head.seq, head.hash = seq, prev


@dataclass(frozen=True, slots=True)
class OpenedEntry:
    """An audit entry of a live buyer, its sealed ids opened."""

    seq: int
    at: dt.datetime
    actor: str
    action: str
    entities: dict[str, Any]
    fields: list[str]


def buyer_entries(session: Session, buyer_id: uuid.UUID) -> list[OpenedEntry]:
    """The audit entries sealed for a buyer who still exists, oldest first; [] once destroyed."""
    key = sealing.existing_key(session, buyer_id)
    if key is None:
        return []
    seqs = select(AuditLink.seq).where(AuditLink.buyer_id == buyer_id)
    out = []
    for e in session.scalars(
        select(AuditEntry).where(AuditEntry.seq.in_(seqs)).order_by(AuditEntry.seq)
    ):
        sealed = e.entities.get(SEALED)
        plain = (
            sealing.unseal(key, sealing.from_text(sealed), _context(e.seq))
            if isinstance(sealed, str)
            else None
        )
        entities = json.loads(plain) if plain is not None else dict(e.entities)
        out.append(OpenedEntry(e.seq, e.at, e.actor, e.action, entities, list(e.fields)))
    return out


@dataclass(frozen=True, slots=True)
class ChainReport:
    entries: int
    broken_seq: int | None
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _stream(session: Session, batch: int = 5000) -> Iterator[AuditEntry]:
    last = 0
    while True:
        chunk = session.scalars(
            select(AuditEntry).where(AuditEntry.seq > last).order_by(AuditEntry.seq).limit(batch)
        ).all()
        if not chunk:
            return
        yield from chunk
        last = chunk[-1].seq
        session.expunge_all()


def verify_chain(session: Session) -> ChainReport:
    """Walk the chain from the first entry; name the first entry that does not verify."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    for e in _stream(session):
        if e.seq != expected_seq:
            return ChainReport(
                count,
                expected_seq,
                f"audit entry {expected_seq} is missing (deleted)"
                if e.seq > expected_seq
                else f"audit entry {e.seq} is out of order",
            )
        if e.prev_hash != prev:
            return ChainReport(
                count, e.seq, f"audit entry {e.seq} does not link to entry {e.seq - 1}"
            )
        digest = entry_hash(
            seq=e.seq,
            at=e.at,
            store_id=e.store_id,
            register_id=e.register_id,
            actor=e.actor,
            action=e.action,
            entities=e.entities,
            fields=e.fields,
            prev_hash=e.prev_hash,
        )
        if digest != e.hash:
            return ChainReport(count, e.seq, f"audit entry {e.seq} was altered ({e.action})")
        prev = e.hash
        expected_seq += 1
        count += 1
    head = session.get(AuditHead, 1)
    last_seq = expected_seq - 1
    if head is None:
        if count:
            return ChainReport(count, last_seq, "the audit head record is missing")
        return ChainReport(0, None, None)
    if head.seq != last_seq:
        if head.seq > last_seq:
            return ChainReport(
                count, last_seq + 1, f"audit entry {last_seq + 1} is missing (deleted)"
            )
        return ChainReport(
            count, head.seq + 1, f"audit entry {head.seq + 1} was added outside the app"
        )
    if head.hash != prev:
        return ChainReport(count, last_seq, f"audit entry {last_seq} does not match the audit head")
    return ChainReport(count, None, None)


# --- anchoring at head office ----------------------------------------------------------

# The setting holding the last audit head head office acknowledged for this register:
# {"seq": N, "hash": "...", "anchored_at": ISO time}. Cutting the chain's end below it is
# found by `pos check` (check_anchor) and, at the next sync, by head office.
ANCHOR_SETTING = "audit_anchor"


def head_point(session: Session) -> tuple[int, str]:
    """The chain's newest entry as the head records it (0 and GENESIS when empty)."""
    head = session.get(AuditHead, 1)
    return (head.seq, head.hash) if head is not None else (0, GENESIS)


def hash_at(session: Session, seq: int) -> str | None:
    """The hash of entry `seq` (GENESIS for 0), None when there is no such entry."""
    if seq == 0:
        return GENESIS
    return session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == seq))


def saved_anchor(session: Session) -> dict[str, Any] | None:
    from pos.storage.models import Setting

    row = session.get(Setting, ANCHOR_SETTING)
    value = dict(row.value) if row is not None and isinstance(row.value, dict) else None
    if not value or not isinstance(value.get("seq"), int) or not value.get("hash"):
        return None
    return value


def check_anchor(session: Session) -> str | None:
    """Why the chain no longer holds the entry head office last anchored (None: it does)."""
    anchor = saved_anchor(session)
    if anchor is None:
        return None
    seq, expected = int(anchor["seq"]), str(anchor["hash"])
    when = str(anchor.get("anchored_at") or "")
    try:
        day = dt.datetime.fromisoformat(when).astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        day = "an earlier sync"
    found = hash_at(session, seq)
    if found is None:
        return f"cut: entry {seq} (anchored at head office on {day}) is missing"
    if found != expected:
        return f"entry {seq} (anchored at head office on {day}) was changed"
    return None
