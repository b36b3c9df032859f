"""Directives from head office to tills: issued, pulled page by page after a cursor, acknowledged."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence

from pydantic import BaseModel, TypeAdapter
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from headoffice.auth import StoreRef
from headoffice.crypto import CryptoError, Decrypter, is_encrypted
from headoffice.db import HeadOfficeDB
from headoffice.keystore import KeyRing
from headoffice.models import (
    CounterRow,
    DestroyedBuyer,
    DirectiveAckRow,
    DirectiveRow,
    PolicyRow,
    RegisterRow,
)
from pos.domain.policy import text_sha256
from protocol.wire import (
    AckResponse,
    AckResult,
    DestructionBody,
    Directive,
    DirectiveAck,
    DirectiveBody,
    DirectivePage,
    PolicyBody,
)

_BODY: TypeAdapter[DirectiveBody] = TypeAdapter(DirectiveBody)
# A till's `buyer.destroyed` cause when a head-office directive made it destroy.
HEADOFFICE_CAUSE = "headoffice"
PAGE_BYTES = 8_000_000
# Free text about one buyer (a refusal's reference, a destruction's reason) may name them:
# kept under that buyer's key, so it goes with the key.
SEALED = ("reference", "reason")
ERASED = "(erased at head office with the buyer's data)"


def directive_context(directive_id: uuid.UUID, key: str) -> str:
    return f"directive:{directive_id}.{key}"


class PolicyConflict(Exception):
    """That policy version is already published."""


def next_value(db: HeadOfficeDB, session: Session, name: str) -> int:
    """Advance a counter; its row stays locked until commit, so values commit in order."""
    table = CounterRow.__table__
    stmt = (
        db.insert(table)
        .values(name=name, value=1)
        .on_conflict_do_update(index_elements=["name"], set_={"value": table.c.value + 1})
        .returning(table.c.value)
    )
    return int(session.execute(stmt).scalar_one())


def issue(
    db: HeadOfficeDB,
    session: Session,
    body: BaseModel,
    *,
    store_pk: int | None,
    register_id: uuid.UUID | None,
    origin: str,
    issued_by: str,
    now: dt.datetime,
    ring: KeyRing | None = None,
) -> DirectiveRow:
    """Add a directive for a register, a store, or (store_pk None) every store. With a key
    ring, the free text of a directive about one buyer is sealed under that buyer's key."""
    directive_id = uuid.uuid4()
    data = body.model_dump(mode="json")
    buyer = data.get("buyer_id")
    if ring is not None and store_pk is not None and isinstance(buyer, str):
        cipher = ring.cipher_for(store_pk, uuid.UUID(buyer))
        for key in SEALED:
            if data.get(key):
                data[key] = cipher.encrypt(
                    json.dumps(data[key], ensure_ascii=False), directive_context(directive_id, key)
                )
    row = DirectiveRow(
        seq=next_value(db, session, "directive"),
        id=directive_id,
        store_pk=store_pk,
        register_id=register_id,
        kind=str(data["kind"]),
        origin=origin,
        body=data,
        issued_by=issued_by[:120],
        issued_at=now,
    )
    session.add(row)
    return row


def replay_destruction(
    db: HeadOfficeDB,
    session: Session,
    *,
    store_pk: int,
    register_id: uuid.UUID,
    buyer_id: uuid.UUID,
    cause: object,
    now: dt.datetime,
) -> DirectiveRow | None:
    """Send a store's own destruction back to the register that made it.

    The till that destroyed the buyer answers "already applied"; a copy of that till made
    before the destruction and restored later pulls the directive at its next sync and
    destroys the buyer again. A destruction a head-office directive caused has its
    directive already (cause "headoffice"): nothing more is sent.
    """
    if cause == HEADOFFICE_CAUSE:
        return None
    why = cause if isinstance(cause, str) and cause.isidentifier() else "destruction"
    return issue(
        db,
        session,
        DestructionBody(
            buyer_id=buyer_id,
            reason=f"destroyed at this store ({why[:40]}) on {now:%Y-%m-%d}; "
            "replayed so that a restored copy destroys it again",
        ),
        store_pk=store_pk,
        register_id=register_id,
        origin="store",
        issued_by="headoffice:replay",
        now=now,
    )


def replay_known_destructions(db: HeadOfficeDB, session: Session, now: dt.datetime) -> int:
    """Send back every destruction head office knows of that its store has no directive for.

    Destructions recorded before head office sent them back (`replay_destruction`) would
    otherwise come back with a restored copy; run once by `pos-headoffice migrate`, then a
    no-op. The register is not kept with a destroyed buyer: the whole store gets it, and a
    register that never held the buyer answers "not found". Returns how many were sent.
    """
    sent = {
        (store_pk, str(body.get("buyer_id")))
        for store_pk, body in session.execute(
            select(DirectiveRow.store_pk, DirectiveRow.body).where(
                DirectiveRow.kind == "destruction"
            )
        )
    }
    count = 0
    for store_pk, buyer_id, at in session.execute(
        select(DestroyedBuyer.store_pk, DestroyedBuyer.buyer_id, DestroyedBuyer.at).order_by(
            DestroyedBuyer.at
        )
    ):
        if (store_pk, str(buyer_id)) in sent:
            continue
        issue(
            db,
            session,
            DestructionBody(
                buyer_id=buyer_id,
                reason=f"destroyed at this store on {at:%Y-%m-%d}; "
                "replayed so that a restored copy destroys it again",
            ),
            store_pk=store_pk,
            register_id=None,
            origin="store",
            issued_by="headoffice:replay",
            now=now,
        )
        count += 1
    return count


def _visible(store: StoreRef, register_id: uuid.UUID) -> object:
    return or_(
        DirectiveRow.store_pk.is_(None),
        and_(
            DirectiveRow.store_pk == store.pk,
            or_(DirectiveRow.register_id.is_(None), DirectiveRow.register_id == register_id),
        ),
    )


def to_wire(row: DirectiveRow, keys: Decrypter | None = None) -> Directive:
    body = dict(row.body)
    for key in SEALED:
        if is_encrypted(body.get(key)):
            try:
                if keys is None:
                    raise CryptoError("no keys to open a sealed directive text")
                body[key] = json.loads(keys.decrypt(body[key], directive_context(row.id, key)))
            except CryptoError:
                body[key] = ERASED  # the buyer was destroyed since: their key is gone
    return Directive(
        id=row.id,
        seq=row.seq,
        issued_at=row.issued_at,
        origin="headoffice" if row.origin == "headoffice" else "store",
        body=_BODY.validate_python(body),
    )


def pull(
    session: Session,
    store: StoreRef,
    register_id: uuid.UUID,
    after: int,
    limit: int,
    keys: Decrypter | None = None,
) -> DirectivePage:
    """This register's directives after the cursor, oldest first."""
    rows = session.scalars(
        select(DirectiveRow)
        .where(DirectiveRow.seq > after, _visible(store, register_id))  # type: ignore[arg-type]
        .order_by(DirectiveRow.seq)
        .limit(limit + 1)
    ).all()
    page: list[DirectiveRow] = []
    size = 0
    for row in rows[:limit]:
        # Policy texts can be megabytes: a page stops at about PAGE_BYTES (one at least).
        size += len(str(row.body.get("text", ""))) * 2 + 500
        # A price list's part: about 300 bytes a product on the wire.
        size += len(row.body.get("items", ())) * 300
        if page and size > PAGE_BYTES:
            break
        page.append(row)
    return DirectivePage(
        directives=[to_wire(r, keys) for r in page],
        cursor=page[-1].seq if page else after,
        more=len(rows) > len(page),
    )


def record_acks(
    db: HeadOfficeDB,
    session: Session,
    store: StoreRef,
    acks: Sequence[DirectiveAck],
    now: dt.datetime,
) -> AckResponse:
    """Record what each register did; an ack for a directive it cannot see is refused alike,
    and so is an ack for another store's register (policy directives go to every store)."""
    results = []
    for ack in acks:
        if not register_owned(db, session, store, ack.register_id, now):
            results.append(
                AckResult(
                    directive_id=ack.directive_id,
                    accepted=False,
                    reason="that register is not this store's",
                )
            )
            continue
        row = session.scalar(
            select(DirectiveRow).where(
                DirectiveRow.id == ack.directive_id,
                _visible(store, ack.register_id),  # type: ignore[arg-type]
            )
        )
        if row is None:
            results.append(
                AckResult(directive_id=ack.directive_id, accepted=False, reason="unknown directive")
            )
            continue
        # The first answer stands: a till that re-applies after a crash says "already applied".
        session.execute(
            db.insert(DirectiveAckRow.__table__)
            .values(
                directive_seq=row.seq,
                register_id=ack.register_id,
                store_pk=store.pk,
                outcome=ack.outcome.value,
                detail=ack.detail,
                applied_at=ack.applied_at,
                received_at=now,
            )
            .on_conflict_do_nothing()
        )
        results.append(AckResult(directive_id=ack.directive_id, accepted=True))
    return AckResponse(results=results)


def register_owned(
    db: HeadOfficeDB, session: Session, store: StoreRef, register_id: uuid.UUID, now: dt.datetime
) -> bool:
    """The register is this store's: the first store head office saw with it. A register
    no store has shown yet becomes this store's."""
    owner = session.scalar(
        select(RegisterRow.store_pk)
        .where(RegisterRow.register_id == register_id)
        .order_by(RegisterRow.id)
        .limit(1)
    )
    if owner is None:
        session.execute(
            db.insert(RegisterRow.__table__)
            .values(
                store_pk=store.pk,
                register_id=register_id,
                max_seq=0,
                stored=0,
                first_seen_at=now,
                last_seen_at=now,
            )
            .on_conflict_do_nothing()
        )
        return True
    return bool(owner == store.pk)


def publish_policy(
    db: HeadOfficeDB,
    session: Session,
    text: str,
    *,
    label: str,
    effective: dt.date,
    language: str,
    issued_by: str,
    now: dt.datetime,
) -> DirectiveRow:
    """Keep a new policy version and send it to every store (those added later too)."""
    exists = session.scalar(
        select(PolicyRow.id).where(PolicyRow.label == label, PolicyRow.language == language)
    )
    if exists is not None:
        raise PolicyConflict(f"policy version {label} ({language}) is already published")
    digest = text_sha256(text)
    session.add(
        PolicyRow(
            id=uuid.uuid4(),
            label=label,
            language=language,
            effective_date=effective,
            text=text,
            text_sha256=digest,
            published_at=now,
        )
    )
    body = PolicyBody(
        label=label, effective_date=effective, language=language, text=text, text_sha256=digest
    )
    return issue(
        db,
        session,
        body,
        store_pk=None,
        register_id=None,
        origin="headoffice",
        issued_by=issued_by,
        now=now,
    )
