"""How far head office trusts a store: only for its own buyers.

A withdrawal, written refusal or destruction a store reports goes on to other stores only
when that store registered the buyer with a signed consent (a `consent.given` of its own
for that buyer, received before the request) and only to records of the same IIN: a phone
number alone links nothing. Every propagation is in head office's audit with the asking
store, the till's staff label and the reference; past a daily threshold a store's further
propagations are held until an officer approves or rejects them
(`pos-headoffice review`). A store acknowledges only its own registers' directives.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, TypeAdapter
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from headoffice import chain, directives
from headoffice.auth import StoreRef
from headoffice.crypto import is_encrypted
from headoffice.db import HeadOfficeDB
from headoffice.incidents import HEADOFFICE_ZONE
from headoffice.keystore import KeyRing
from headoffice.models import (
    BuyerRecord,
    EventRow,
    HeldPropagation,
    IncidentRow,
    OfficerAudit,
)
from pos.domain.events import EventType
from pos.domain.incidents import IncidentSeverity, IncidentSource, IncidentStatus, authority_due
from pos.domain.masking import scrub
from protocol.wire import DirectiveBody

ENV_DAILY_LIMIT = "HEADOFFICE_PROPAGATIONS_PER_DAY"
DEFAULT_DAILY_LIMIT = 20
PROPAGATION = "propagation"
HELD, APPROVED, REJECTED, VOID = "held", "approved", "rejected", "void"
_BODY: TypeAdapter[DirectiveBody] = TypeAdapter(DirectiveBody)
_STAFF_KEYS = ("actor", "actor_label", "staff", "staff_name", "staff_id")


def daily_limit() -> int:
    """Propagations a store may cause per UTC day before the rest wait for review."""
    raw = os.environ.get(ENV_DAILY_LIMIT, "").strip()
    try:
        return max(0, int(raw)) if raw else DEFAULT_DAILY_LIMIT
    except ValueError:
        return DEFAULT_DAILY_LIMIT


@dataclass(frozen=True)
class Asking:
    """The store's request being propagated: which event, which till user, which reference."""

    store: StoreRef
    event_id: uuid.UUID | None
    staff: str | None
    reference: str | None

    @classmethod
    def of(cls, store: StoreRef, event_id: uuid.UUID | None, payload: dict[str, Any]) -> Asking:
        staff = next((str(payload[k]) for k in _STAFF_KEYS if payload.get(k)), None)
        ref = payload.get("reference")
        return cls(
            store,
            event_id,
            scrub(staff)[:100] if staff else None,
            scrub(str(ref))[:200] if ref else None,
        )

    def detail(self, kind: str) -> dict[str, Any]:
        return {
            "kind": kind,
            "store": self.store.code,
            "event_id": str(self.event_id) if self.event_id else None,
            "staff": self.staff,
            "reference": self.reference,
        }


def registered_with_consent(
    session: Session, store_pk: int, buyer_id: uuid.UUID, before_event: uuid.UUID | None
) -> bool:
    """This store sent a consent for this buyer before the request (in arrival order)."""
    query = select(EventRow.id).where(
        EventRow.store_pk == store_pk,
        EventRow.buyer_id == buyer_id,
        EventRow.type == EventType.CONSENT_GIVEN.value,
    )
    if before_event is not None:
        request = session.scalar(
            select(EventRow.id).where(
                EventRow.store_pk == store_pk, EventRow.event_id == before_event
            )
        )
        if request is not None:
            query = query.where(EventRow.id < request)
    return session.scalar(query.limit(1)) is not None


def allowed(
    db: HeadOfficeDB,
    session: Session,
    row: BuyerRecord,
    others: list[BuyerRecord],
    asking: Asking,
    kind: str,
    now: dt.datetime,
) -> list[BuyerRecord]:
    """`others` (the same IIN at other stores) if this store registered the buyer with a
    consent before the request; else none, and the refused attempt is audited."""
    others = [r for r in others if r.store_pk != row.store_pk]
    if not others:
        return []
    if not registered_with_consent(session, row.store_pk, row.buyer_id, asking.event_id):
        chain.append(
            db,
            session,
            f"store:{asking.store.code}",
            "propagation_refused",
            {
                **asking.detail(kind),
                "why": "no consent from this store for the buyer before the request",
                "would_reach": len(others),
            },
            now,
        )
        return []
    return others


def _today(session: Session, store: StoreRef, now: dt.datetime) -> int:
    start = now.astimezone(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return int(
        session.scalar(
            select(func.count())
            .select_from(OfficerAudit)
            .where(
                OfficerAudit.officer == f"store:{store.code}",
                OfficerAudit.action == PROPAGATION,
                OfficerAudit.at >= start,
            )
        )
        or 0
    )


def send(
    db: HeadOfficeDB,
    session: Session,
    ring: KeyRing,
    asking: Asking,
    other: BuyerRecord,
    body: BaseModel,
    now: dt.datetime,
) -> bool:
    """Issue the directive, or hold it past the store's daily threshold; audited either
    way. True if it was sent (the caller marks the target record)."""
    kind = str(body.model_dump(mode="json")["kind"])
    detail = {**asking.detail(kind), "to_store_pk": other.store_pk, "record": other.id}
    if _today(session, asking.store, now) >= daily_limit():
        held = HeldPropagation(
            store_pk=asking.store.pk,
            target_store_pk=other.store_pk,
            target_register_id=other.register_id,
            target_buyer_id=other.buyer_id,
            kind=kind,
            body=_seal(ring, other, body, asking.event_id),
            event_id=asking.event_id,
            staff=asking.staff,
            status=HELD,
            held_at=now,
        )
        session.add(held)
        session.flush()
        _incident_draft(session, asking.store, now)
        chain.append(
            db, session, f"store:{asking.store.code}", PROPAGATION, {**detail, "held": held.id}, now
        )
        return False
    d = directives.issue(
        db,
        session,
        body,
        store_pk=other.store_pk,
        register_id=other.register_id,
        origin="store",
        issued_by=f"store:{asking.store.code}",
        now=now,
        ring=ring,
    )
    chain.append(
        db,
        session,
        f"store:{asking.store.code}",
        PROPAGATION,
        {**detail, "directive": str(d.id)},
        now,
    )
    return True


HELD_FINDING = "held-propagations"


def _incident_draft(session: Session, store: StoreRef, now: dt.datetime) -> None:
    """A store past its threshold may be forging requests: an incident draft (K14), one
    open per store."""
    open_one = session.scalar(
        select(IncidentRow.id).where(
            IncidentRow.store_pk == store.pk,
            IncidentRow.finding == HELD_FINDING,
            IncidentRow.status != IncidentStatus.CLOSED.value,
        )
    )
    if open_one is not None:
        return
    session.add(
        IncidentRow(
            store_pk=store.pk,
            incident_id=uuid.uuid4(),
            register_id=None,
            source=IncidentSource.HEADOFFICE.value,
            detected_at=now,
            recorded_at=now,
            updated_at=now,
            what=(
                f"store {store.code} asked for more than {daily_limit()} propagations to "
                "other stores in a day: held for review (`pos-headoffice review list`)"
            ),
            scope="to be assessed",
            categories=[],
            people=None,
            severity=IncidentSeverity.MEDIUM.value,
            status=IncidentStatus.DRAFT.value,
            authority_due=authority_due(now.astimezone(ZoneInfo(HEADOFFICE_ZONE)).date()),
            notifications=[],
            closed_at=None,
            finding=HELD_FINDING,
            received_at=now,
        )
    )
    session.flush()


def _held_context(held_key: str, key: str) -> str:
    return f"held:{held_key}.{key}"


def _seal(
    ring: KeyRing, other: BuyerRecord, body: BaseModel, event_id: uuid.UUID | None
) -> dict[str, Any]:
    data = body.model_dump(mode="json")
    data["_seal"] = f"{other.store_pk}:{other.buyer_id}:{event_id}"
    cipher = ring.cipher_for(other.store_pk, other.buyer_id)
    for key in directives.SEALED:
        if data.get(key):
            data[key] = cipher.encrypt(
                json.dumps(data[key], ensure_ascii=False), _held_context(data["_seal"], key)
            )
    return data


def unseal(ring: KeyRing, data: dict[str, Any]) -> BaseModel:
    data = dict(data)
    seal = str(data.pop("_seal", ""))
    for key in directives.SEALED:
        if is_encrypted(data.get(key)):
            data[key] = json.loads(ring.decrypt(data[key], _held_context(seal, key)))
    body: BaseModel = _BODY.validate_python(data)
    return body
