"""The hash-chained audit log: appending entries and verifying the chain.

Each entry's hash covers its content and the previous entry's hash, and `audit_head`
holds the newest link, so an altered, inserted or deleted row (the last one included)
breaks verification at a named entry.
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

from pos.storage.models import AuditEntry, AuditHead

GENESIS = "0" * 64


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


def append(session: Session, entries: Iterable[PendingEntry]) -> None:
    """Chain and insert entries. Call inside a write transaction (BEGIN IMMEDIATE)."""
    head = session.get(AuditHead, 1)
    seq, prev = (head.seq, head.hash) if head else (0, GENESIS)
    rows: list[dict[str, Any]] = []
    for e in entries:
        seq += 1
        fields = sorted(set(e.fields))
        entities = canonical_entities(e.entities)
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
    if head is None:
        session.add(AuditHead(id=1, seq=seq, hash=prev))
    else:
        head.seq, head.hash = seq, prev


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
