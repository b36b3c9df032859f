"""Head office's audit (`officer_audit`): append-only and hash-chained.

Each entry carries its place (`seq`, from a counter whose row lock serializes appends), the
previous entry's hash and its own: the SHA-256 of the previous hash and the entry's
canonical JSON. Database triggers refuse updates and deletes; someone who drops them and
edits, removes or cuts entries off the end breaks the chain, and `pos-headoffice check`
names the first entry that does not verify. The counter keeps the newest `seq`, so a cut
tail shows as well.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from headoffice.db import HeadOfficeDB
from headoffice.directives import next_value
from headoffice.models import CounterRow, OfficerAudit

GENESIS = "0" * 64
COUNTER = "officer_audit"
DIRECTIVE_COUNTER = "directive"  # headoffice.directives.issue's


def entry_hash(
    prev: str, seq: int, at: dt.datetime, actor: str, action: str, detail: dict[str, Any]
) -> str:
    material = json.dumps(
        [
            prev,
            seq,
            at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
            actor,
            action,
            detail,
        ],
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def append(
    db: HeadOfficeDB,
    session: Session,
    actor: str,
    action: str,
    detail: dict[str, Any],
    now: dt.datetime,
) -> OfficerAudit:
    """Add an entry at the end of the chain (the counter row stays locked until commit)."""
    if db.dialect == "postgresql":
        # Directives and audit entries are often made in one transaction: take the
        # directive counter's lock first, always, so two of them never wait on each other.
        session.execute(
            select(CounterRow.value).where(CounterRow.name == DIRECTIVE_COUNTER).with_for_update()
        )
    seq = next_value(db, session, COUNTER)
    prev = GENESIS
    if seq > 1:
        prev = (
            session.scalar(select(OfficerAudit.hash).where(OfficerAudit.seq == seq - 1)) or GENESIS
        )
    actor = actor[:100]
    row = OfficerAudit(
        at=now,
        officer=actor,
        action=action,
        detail=detail,
        seq=seq,
        prev_hash=prev,
        hash=entry_hash(prev, seq, now, actor, action, detail),
    )
    session.add(row)
    session.flush()
    return row


@dataclass(frozen=True)
class ChainReport:
    entries: int
    broken: str | None  # the first finding, naming the entry; None: the chain verifies


def verify(session: Session) -> ChainReport:
    """Walk the chain in order; the first entry that does not verify is named."""
    prev = GENESIS
    expected = 1
    count = 0
    rows = session.execute(
        select(
            OfficerAudit.id,
            OfficerAudit.seq,
            OfficerAudit.at,
            OfficerAudit.officer,
            OfficerAudit.action,
            OfficerAudit.detail,
            OfficerAudit.prev_hash,
            OfficerAudit.hash,
        ).order_by(OfficerAudit.seq.is_(None), OfficerAudit.seq, OfficerAudit.id)
    )
    for pk, seq, at, actor, action, detail, prev_hash, digest in rows:
        count += 1
        if seq is None:
            return ChainReport(count, f"entry id {pk} is outside the chain (no sequence number)")
        if seq != expected:
            return ChainReport(
                count, f"entry {expected} is missing (the next one held is entry {seq})"
            )
        if prev_hash != prev:
            return ChainReport(count, f"entry {seq} does not follow entry {seq - 1}")
        if entry_hash(prev, seq, at, actor, action, detail) != digest:
            return ChainReport(count, f"entry {seq} was altered (its hash does not match)")
        prev = str(digest)
        expected += 1
    head = session.scalar(select(CounterRow.value).where(CounterRow.name == COUNTER)) or 0
    if head > count:
        return ChainReport(
            count, f"entries {count + 1} to {head} are missing from the end of the audit"
        )
    return ChainReport(count, None)
