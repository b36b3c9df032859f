"""Destroying a buyer's personal data (policy 1.10, 1.11) in one transaction.

The buyer row and every personal value go; sales, credits, disclosures and requests stay
for accounting and for the regulator with the link to the person cut; no hash of IIN or
phone is kept; unsent outbox events lose their personal content and sent ones are deleted;
the audit keeps the fact and the time. With secure_delete on, freed content is zeroed;
the caller then truncates the WAL so no old page image survives there either.

Nothing kept may lead from what the person or their paper carries (a consent number, a
disclosure, a request, a receipt) to their other sales (policy 1.11): `_cut_links` clears
the row-to-row links, and the `buyer.destroyed` audit entry deletes the buyer's link key,
so the audit entries sealed under it no longer say which consent, disclosure or request
was theirs.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from pos.domain.events import EventType
from pos.services.uow import UnitOfWork
from pos.storage import audit
from pos.storage.models import (
    Buyer,
    BuyerNameKey,
    BuyerPurpose,
    Consent,
    ConsentEvent,
    ConsentPurpose,
    CreditArrangement,
    Disclosure,
    Erasure,
    OutboxEvent,
    PrintJob,
    Sale,
    SubjectRequest,
)

# Outbox payloads that stay useful without the person: keep them, minus the links.
_UNLINK_ONLY = {
    EventType.SALE_RECORDED.value,
    EventType.CREDIT_OPENED.value,
    EventType.CREDIT_PAYMENT.value,
}
_ID_KEYS = (
    "sale_id",
    "credit_id",
    "consent_id",
    "disclosure_id",
    "request_id",
    "policy_version_id",
)


def erased_at(session: Session, buyer_id: uuid.UUID) -> dt.datetime | None:
    row = session.get(Erasure, buyer_id)
    return row.at if row else None


def _redacted(event_type: str, payload: dict[str, Any]) -> dict[str, Any]:
    if event_type in _UNLINK_ONLY:
        return {**payload, "buyer_id": None, "consent_id": None}
    kept = {k: payload[k] for k in _ID_KEYS if k in payload and k != "consent_id"}
    return {"redacted": True, **kept}


def slip_numbers(session: Session, buyer_id: uuid.UUID) -> tuple[str, ...]:
    """The numbers of the buyer's signed paper slips, oldest first, one per consent (with a
    pre-printed form's number beside it): the paper staff must destroy with the data."""
    rows = session.execute(
        select(Consent.id, Consent.form_number)
        .where(Consent.buyer_id == buyer_id)
        .order_by(Consent.given_at, Consent.id)
    ).all()
    # One entry per signed paper; a pre-printed form is found by its own number too.
    return tuple(f"{c} ({form})" if form else str(c) for c, form in rows)


def _cut_links(session: Session, buyer_id: uuid.UUID) -> None:
    """Cut what would lead from a disclosure or an unsent event to the buyer's sales."""
    session.execute(
        update(Disclosure)
        .where(Disclosure.buyer_id == buyer_id)
        .values(buyer_id=None, sale_id=None)
    )
    for event in session.scalars(
        select(OutboxEvent).where(OutboxEvent.buyer_id == buyer_id, OutboxEvent.sent_at.is_(None))
    ):
        if event.type not in _UNLINK_ONLY and "sale_id" in event.payload:
            event.payload = {k: v for k, v in event.payload.items() if k != "sale_id"}


def destroy_in(uow: UnitOfWork, buyer: Buyer, *, cause: str) -> tuple[str, ...]:
    """Destroy inside the caller's unit of work; the caller checked obligations and consent.

    Returns the numbers of the buyer's paper slips, for staff to destroy."""
    session = uow.session
    buyer_id = buyer.id
    uow.flush()
    consent_ids = list(session.scalars(select(Consent.id).where(Consent.buyer_id == buyer_id)))
    slips = slip_numbers(session, buyer_id)
    _cut_links(session, buyer_id)

    session.execute(
        update(Sale).where(Sale.buyer_id == buyer_id).values(buyer_id=None, consent_id=None)
    )
    session.execute(
        update(CreditArrangement)
        .where(CreditArrangement.buyer_id == buyer_id)
        .values(buyer_id=None)
    )
    session.execute(update(Disclosure).where(Disclosure.buyer_id == buyer_id).values(buyer_id=None))
    session.execute(
        update(SubjectRequest).where(SubjectRequest.buyer_id == buyer_id).values(buyer_id=None)
    )
    session.execute(delete(PrintJob).where(PrintJob.subject_id.in_([buyer_id, *consent_ids])))

    session.execute(
        delete(OutboxEvent).where(
            OutboxEvent.buyer_id == buyer_id, OutboxEvent.sent_at.is_not(None)
        )
    )
    for event in session.scalars(
        select(OutboxEvent).where(OutboxEvent.buyer_id == buyer_id, OutboxEvent.sent_at.is_(None))
    ):
        event.payload = _redacted(event.type, event.payload)
        event.buyer_id = None

    session.execute(delete(BuyerNameKey).where(BuyerNameKey.buyer_id == buyer_id))
    session.execute(delete(BuyerPurpose).where(BuyerPurpose.buyer_id == buyer_id))
    session.execute(delete(ConsentEvent).where(ConsentEvent.buyer_id == buyer_id))
    if consent_ids:
        session.execute(delete(ConsentPurpose).where(ConsentPurpose.consent_id.in_(consent_ids)))
        session.execute(delete(Consent).where(Consent.id.in_(consent_ids)))
    session.expunge(buyer)
    session.execute(delete(Buyer).where(Buyer.id == buyer_id))
    session.add(Erasure(buyer_id=buyer_id, at=uow.now, cause=cause))

    uow.checkpoint_after = True  # no old page image of the buyer may stay in the WAL
    # This entry deletes the buyer's link key (pos/storage/audit.py).
    uow.audit(audit.DESTROYED, {"buyer": buyer_id}, [f"cause:{cause}"])
    uow.emit(
        EventType.BUYER_DESTROYED,
        {"buyer_id": str(buyer_id), "at": uow.now.isoformat(), "cause": cause},
    )
    return slips
