"""What a store cannot quietly take back: the events it pushed, and its tills' audit chains.

Conflicts. Every stored event keeps a keyed hash (HMAC under the index key) of its
canonical content (JSON, sorted keys). The same id pushed again with the same content is a
duplicate; with other content it is a *conflict*: not acknowledged (the till keeps its copy
and shows the problem), kept for an officer (`pos-headoffice conflicts list`) and opened as
an incident draft. A conflict row holds no payload: only ids, the resent envelope, which
parts differ and the keyed hash of the resent content. Why not an encrypted copy: the copy
stays at the till, unsent, where it can be read; head office would otherwise keep a second,
unverified set of a buyer's values outside the per-buyer keys that destruction deletes. The
hash is keyed so that it confirms no guess of a buyer's values to whoever reads the table,
and a destroyed buyer's events lose theirs (a resend of one is then a duplicate).

Anchors. After each sync a till sends its audit head (entry number and hash) and proof that
the entry head office anchored last is still in its chain unchanged. Head office keeps the
history per register; a head behind the anchor, or a proof that does not match, is a chain
cut (entries deleted from its end, the head moved back): recorded, an incident draft opened,
and the anchor stays where it was so every later sync says so again. The till keeps the
acknowledged anchor in its settings, so `pos check` finds a cut locally too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from headoffice import chain
from headoffice.auth import StoreRef
from headoffice.config import Keys
from headoffice.db import HeadOfficeDB
from headoffice.models import AuditAnchorRow, EventConflictRow, EventRow, IncidentRow, Store
from pos.domain.incidents import IncidentSeverity, IncidentSource, IncidentStatus, authority_due
from protocol.wire import (
    AnchorRequest,
    AnchorResponse,
    AnchorVerdict,
    AuditPoint,
    WireEvent,
)

HEADOFFICE_ZONE = "Asia/Almaty"
ANCHORED = "anchored"
BACKWARDS = "backwards"
_DIGEST_CONTEXT = b"kz-pos event content v1|"


# --- conflicts ------------------------------------------------------------------------


def digest(keys: Keys, ev: WireEvent) -> str:
    """Keyed hash of the event's canonical content."""
    body = {
        "id": str(ev.id),
        "register_id": str(ev.register_id),
        "seq": ev.seq,
        "type": ev.type,
        "payload": ev.payload,
        "buyer_id": str(ev.buyer_id) if ev.buyer_id else None,
        "created_at": ev.created_at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
    }
    blob = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hmac.new(
        keys.blind.key, _DIGEST_CONTEXT + blob.encode("utf-8"), hashlib.sha256
    ).hexdigest()


def conflicting(
    session: Session,
    store: StoreRef,
    events: Sequence[WireEvent],
    digests: dict[uuid.UUID, str],
    now: dt.datetime,
    destroying: frozenset[uuid.UUID] = frozenset(),
) -> set[uuid.UUID]:
    """Of events whose id head office holds, those held with other content; each is
    recorded for an officer (and opens an incident draft).

    Not a conflict: the till's own redaction of an event whose acknowledgement it missed,
    when it destroyed the buyer (`destroying`: buyers this batch destroys; their events
    held here are redacted by that destruction, and lose their digest, in this push)."""
    if not events:
        return set()
    held = {
        row.event_id: row
        for row in session.scalars(
            select(EventRow).where(
                EventRow.store_pk == store.pk, EventRow.event_id.in_([ev.id for ev in events])
            )
        )
    }
    out: set[uuid.UUID] = set()
    for ev in events:
        row = held.get(ev.id)
        if row is None or row.digest is None or row.digest == digests[ev.id]:
            continue  # not held, held from before digests, or the same content
        if ev.buyer_id is None and row.buyer_id is not None and row.buyer_id in destroying:
            continue
        differs = [
            name
            for name, mine, theirs in (
                ("register_id", ev.register_id, row.register_id),
                ("seq", ev.seq, row.seq),
                ("type", ev.type, row.type),
                ("buyer_id", ev.buyer_id, row.buyer_id),
                ("created_at", ev.created_at, row.created_at),
            )
            if mine != theirs
        ] or ["payload"]
        record_conflict(session, store, ev, digests[ev.id], differs, now)
        out.add(ev.id)
    return out


def record_conflict(
    session: Session,
    store: StoreRef,
    ev: WireEvent,
    content: str,
    differs: list[str],
    now: dt.datetime,
) -> None:
    row = session.scalars(
        select(EventConflictRow).where(
            EventConflictRow.store_pk == store.pk,
            EventConflictRow.event_id == ev.id,
            EventConflictRow.digest == content,
        )
    ).first()
    if row is None:
        session.add(
            EventConflictRow(
                store_pk=store.pk,
                event_id=ev.id,
                register_id=ev.register_id,
                seq=ev.seq,
                type=ev.type,
                differs=differs,
                digest=content,
                first_seen_at=now,
                last_seen_at=now,
                times=1,
            )
        )
    else:
        row.last_seen_at = now
        row.times += 1
    _open_draft(
        session,
        store,
        ev.register_id,
        f"conflict:{ev.register_id}",
        f"register {ev.register_id} resent event id(s) with content other than head office "
        f"holds (e.g. event {ev.id}): changed after sending, or a forged event",
        now,
    )


@dataclass(frozen=True, slots=True)
class ConflictLine:
    store_code: str
    event_id: uuid.UUID
    register_id: uuid.UUID
    seq: int
    type: str
    differs: list[str]
    first_seen_at: dt.datetime
    last_seen_at: dt.datetime
    times: int


def conflicts(db: HeadOfficeDB, store_code: str | None = None) -> list[ConflictLine]:
    query = select(EventConflictRow, Store.code).join(Store, Store.id == EventConflictRow.store_pk)
    if store_code is not None:
        query = query.where(Store.code == store_code)
    with db.session() as session:
        return [
            ConflictLine(
                code,
                r.event_id,
                r.register_id,
                r.seq,
                r.type,
                list(r.differs),
                r.first_seen_at,
                r.last_seen_at,
                r.times,
            )
            for r, code in session.execute(
                query.order_by(EventConflictRow.first_seen_at, EventConflictRow.id)
            )
        ]


# --- anchors --------------------------------------------------------------------------


def _latest(session: Session, store: StoreRef, register_id: uuid.UUID) -> AuditAnchorRow | None:
    return session.scalars(
        select(AuditAnchorRow)
        .where(
            AuditAnchorRow.store_pk == store.pk,
            AuditAnchorRow.register_id == register_id,
            AuditAnchorRow.verdict == ANCHORED,
        )
        .order_by(AuditAnchorRow.id.desc())
        .limit(1)
    ).first()


def anchor(
    session: Session, store: StoreRef, body: AnchorRequest, now: dt.datetime
) -> AnchorResponse:
    """Hold the register's new audit head, or say why it cannot be an anchor."""
    latest = _latest(session, store, body.register_id)
    head = body.head
    if latest is None:
        latest = _insert(session, store, body, ANCHORED, None, now)
        return _answer(body, AnchorVerdict.ANCHORED, latest)
    problem = _problem(latest, body)
    if problem is None and (body.proof is None or body.proof.seq != latest.seq):
        if head.seq == latest.seq and head.hash == latest.hash:
            latest.confirmed_at = now  # the same head: it proves itself
            return _answer(body, AnchorVerdict.ANCHORED, latest)
        # The till's copy of the anchor is older (an answer lost) or was changed.
        return _answer(body, AnchorVerdict.PROVE, latest)
    if problem is not None:
        _insert(session, store, body, BACKWARDS, problem, now)
        _open_draft(
            session,
            store,
            body.register_id,
            f"audit:{body.register_id}",
            f"register {body.register_id}: {problem}",
            now,
            severity=IncidentSeverity.HIGH,
        )
        return _answer(body, AnchorVerdict.BACKWARDS, latest, problem)
    if head.seq == latest.seq:
        latest.confirmed_at = now
    else:
        latest = _insert(session, store, body, ANCHORED, None, now)
    return _answer(body, AnchorVerdict.ANCHORED, latest)


def _problem(latest: AuditAnchorRow, body: AnchorRequest) -> str | None:
    head, proof = body.head, body.proof
    when = f"anchored at head office on {_day(latest.received_at)}"
    if head.seq < latest.seq or (proof is not None and proof.seq == latest.seq and not proof.hash):
        return f"audit chain cut: entry {latest.seq} ({when}) is missing; the head is {head.seq}"
    if (head.seq == latest.seq and head.hash != latest.hash) or (
        proof is not None and proof.seq == latest.seq and proof.hash != latest.hash
    ):
        return f"audit chain changed: entry {latest.seq} ({when}) no longer matches"
    return None


def _insert(
    session: Session,
    store: StoreRef,
    body: AnchorRequest,
    verdict: str,
    problem: str | None,
    now: dt.datetime,
) -> AuditAnchorRow:
    if verdict == BACKWARDS:
        # The same problem at every sync is one row, confirmed again.
        last = session.scalars(
            select(AuditAnchorRow)
            .where(
                AuditAnchorRow.store_pk == store.pk,
                AuditAnchorRow.register_id == body.register_id,
            )
            .order_by(AuditAnchorRow.id.desc())
            .limit(1)
        ).first()
        if (
            last is not None
            and last.verdict == BACKWARDS
            and (last.seq, last.hash, last.problem) == (body.head.seq, body.head.hash, problem)
        ):
            last.confirmed_at = now
            return last
    row = AuditAnchorRow(
        store_pk=store.pk,
        register_id=body.register_id,
        seq=body.head.seq,
        hash=body.head.hash,
        verdict=verdict,
        problem=problem,
        received_at=now,
        confirmed_at=now,
    )
    session.add(row)
    session.flush()
    return row


def _answer(
    body: AnchorRequest,
    verdict: AnchorVerdict,
    latest: AuditAnchorRow,
    problem: str | None = None,
) -> AnchorResponse:
    return AnchorResponse(
        register_id=body.register_id,
        verdict=verdict,
        anchor=AuditPoint(seq=latest.seq, hash=latest.hash),
        anchored_at=latest.received_at,
        problem=problem,
    )


@dataclass(frozen=True, slots=True)
class RegisterAnchors:
    register_id: uuid.UUID
    anchors: int
    anchor: AuditAnchorRow | None
    last_report: AuditAnchorRow | None

    @property
    def backwards(self) -> bool:
        return self.last_report is not None and self.last_report.verdict == BACKWARDS


def check_store(db: HeadOfficeDB, store_code: str) -> list[RegisterAnchors] | None:
    """Per register of the store: its anchors and the last head it reported (None: no
    such store)."""
    with db.session() as session:
        pk = session.scalar(select(Store.id).where(Store.code == store_code))
        if pk is None:
            return None
        rows = list(
            session.scalars(
                select(AuditAnchorRow)
                .where(AuditAnchorRow.store_pk == pk)
                .order_by(AuditAnchorRow.register_id, AuditAnchorRow.id)
            )
        )
        session.expunge_all()
    per: dict[uuid.UUID, list[AuditAnchorRow]] = {}
    for r in rows:
        per.setdefault(r.register_id, []).append(r)
    out = []
    for register_id, history in per.items():
        good = [r for r in history if r.verdict == ANCHORED]
        last = max(history, key=lambda r: (r.confirmed_at, r.id))
        out.append(RegisterAnchors(register_id, len(good), good[-1] if good else None, last))
    return out


def accept(
    db: HeadOfficeDB, store_code: str, register_id: uuid.UUID, officer: str, now: dt.datetime
) -> AuditAnchorRow | None:
    """An officer takes the register's last head, reported behind its anchor, as its new
    anchor (after looking into it, e.g. a till restored from a copy); None: nothing to take."""
    with db.session() as session, session.begin():
        pk = session.scalar(select(Store.id).where(Store.code == store_code))
        if pk is None:
            return None
        last = session.scalars(
            select(AuditAnchorRow)
            .where(AuditAnchorRow.store_pk == pk, AuditAnchorRow.register_id == register_id)
            .order_by(AuditAnchorRow.id.desc())
            .limit(1)
        ).first()
        if last is None or last.verdict != BACKWARDS:
            return None
        row = AuditAnchorRow(
            store_pk=pk,
            register_id=register_id,
            seq=last.seq,
            hash=last.hash,
            verdict=ANCHORED,
            problem=f"accepted by officer {officer[:100]} after: {last.problem or ''}"[:300],
            received_at=now,
            confirmed_at=now,
        )
        session.add(row)
        session.flush()
        # The officer's decision is kept where every officer action is: the chained audit.
        chain.append(
            db,
            session,
            officer,
            "anchor_accepted",
            {"store": store_code, "register": str(register_id), "seq": row.seq},
            now,
        )
        session.expunge(row)
        return row


# --- incident drafts ------------------------------------------------------------------


def _day(at: dt.datetime) -> str:
    return at.astimezone(ZoneInfo(HEADOFFICE_ZONE)).date().isoformat()


def _open_draft(
    session: Session,
    store: StoreRef,
    register_id: uuid.UUID,
    finding: str,
    what: str,
    now: dt.datetime,
    *,
    severity: IncidentSeverity = IncidentSeverity.MEDIUM,
) -> None:
    """One open incident draft per finding (K14), as head office's own."""
    open_one = session.scalars(
        select(IncidentRow.id).where(
            IncidentRow.store_pk == store.pk,
            IncidentRow.finding == finding,
            IncidentRow.status != IncidentStatus.CLOSED.value,
        )
    ).first()
    if open_one is not None:
        return
    session.add(
        IncidentRow(
            store_pk=store.pk,
            incident_id=uuid.uuid4(),
            register_id=register_id,
            source=IncidentSource.HEADOFFICE.value,
            detected_at=now,
            recorded_at=now,
            updated_at=now,
            what=what[:500],
            scope="to be assessed",
            categories=[],
            people=None,
            severity=severity.value,
            status=IncidentStatus.DRAFT.value,
            authority_due=authority_due(now.astimezone(ZoneInfo(HEADOFFICE_ZONE)).date()),
            notifications=[],
            closed_at=None,
            finding=finding,
            received_at=now,
        )
    )
    session.flush()
