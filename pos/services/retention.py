"""Retention (Law 94-V art. 8, policy 1.10): consent lasts no longer than its purpose needs.

Per purpose, a period after the last use (a sale, a delivery, the end of a credit) or
after the consent's own term; when it has passed, the purpose expires and the data only it
justified is erased. A buyer with nothing left in force and no obligation outstanding is
destroyed; so is a buyer restricted by a written refusal once their credit ends. Run it at
least daily. It reports counts only.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, CursorResult, and_, delete, exists, or_, select
from sqlalchemy.orm import Session

from pos.domain.enums import (
    BuyerStatus,
    ConsentState,
    CreditStatus,
    Purpose,
    RequestKind,
    RequestOutcome,
    Role,
)
from pos.domain.events import EventType
from pos.domain.ids import new_id
from pos.services import settings
from pos.services.context import Action, ServiceContext
from pos.services.destruction import destroy_in
from pos.services.lookups import obligations, store_today
from pos.services.privacy import _erase_unjustified
from pos.services.uow import UnitOfWork
from pos.storage import queries
from pos.storage.models import (
    Buyer,
    BuyerPurpose,
    ConsentEvent,
    CreditArrangement,
    OutboxEvent,
    PrintJob,
    Sale,
    SubjectRequest,
)

DEFAULT_DAYS: dict[Purpose, int] = {
    Purpose.SALE: 1095,  # warranty and returns
    Purpose.DELIVERY: 30,
    Purpose.CREDIT: 180,  # after the last credit with us ended
    Purpose.INSURANCE: 365,
    Purpose.MARKETING: 1095,
}
BATCH = 500
PRINT_JOBS_KEPT_DAYS = 30
# Head office holds what it acknowledged; the till's copy (personal data in the payload)
# is kept a week for diagnosis, then goes. Deleted in slices so no cashier waits on it.
SENT_EVENTS_KEPT_DAYS = 7
PRUNE_SLICE = 5_000


@dataclass(frozen=True, slots=True)
class RetentionReport:
    purposes_expired: int
    buyers_destroyed: int
    buyers_kept_for_obligations: int
    sent_events_pruned: int = 0


def retention_days(ctx: ServiceContext) -> dict[Purpose, int]:
    configured = settings.read(ctx, settings.RETENTION)
    return {p: int(configured.get(p.value, DEFAULT_DAYS[p])) for p in Purpose}


def _expired_candidates(
    session: Session, purpose: Purpose, now: dt.datetime, today: dt.date, days: int
) -> list[uuid.UUID]:
    cutoff = now - dt.timedelta(days=days)
    bp = BuyerPurpose
    last_use: ColumnElement[bool] | None = None
    if purpose is Purpose.SALE:
        last_use = exists().where(Sale.buyer_id == bp.buyer_id, Sale.created_at >= cutoff)
    elif purpose is Purpose.DELIVERY:
        last_use = exists().where(
            Sale.buyer_id == bp.buyer_id, Sale.delivery.is_(True), Sale.created_at >= cutoff
        )
    elif purpose is Purpose.CREDIT:
        last_use = exists().where(
            CreditArrangement.buyer_id == bp.buyer_id,
            or_(
                CreditArrangement.status == CreditStatus.ACTIVE.value,
                CreditArrangement.closed_at >= cutoff,
            ),
        )
    outlived = and_(bp.since < cutoff, ~last_use) if last_use is not None else bp.since < cutoff
    stmt = select(bp.buyer_id).where(
        bp.purpose == purpose.value,
        bp.state.in_(queries.IN_FORCE),
        or_(bp.valid_until < today, outlived),
    )
    return list(session.scalars(stmt))


def run_retention(ctx: ServiceContext) -> RetentionReport:
    """Expire outlived purposes and destroy what nothing justifies any more (store admin)."""
    ctx.actor.require(Role.STORE_ADMIN, Action.RETENTION_RUN)
    days = retention_days(ctx)
    now = ctx.clock()
    with ctx.db.read_session() as session:
        today = store_today(session, ctx.actor, now)
        due: dict[uuid.UUID, set[Purpose]] = {}
        for purpose in Purpose:
            for buyer_id in _expired_candidates(session, purpose, now, today, days[purpose]):
                due.setdefault(buyer_id, set()).add(purpose)
        restricted = list(
            session.scalars(select(Buyer.id).where(Buyer.status == BuyerStatus.RESTRICTED.value))
        )
    expired = destroyed = kept = 0
    work = list(dict.fromkeys([*due, *restricted]))
    for start in range(0, len(work), BATCH):
        with UnitOfWork(ctx) as uow:
            for buyer_id in work[start : start + BATCH]:
                e, d, k = _apply(uow, buyer_id, due.get(buyer_id, set()))
                expired, destroyed, kept = expired + e, destroyed + d, kept + k
            uow.commit()
    sent_pruned = _prune_sent_events(ctx, now - dt.timedelta(days=SENT_EVENTS_KEPT_DAYS))
    with UnitOfWork(ctx) as uow:
        # Finished print jobs are only references, but the queue need not grow forever.
        result: CursorResult[Any] = uow.session.execute(  # type: ignore[assignment]
            delete(PrintJob).where(
                PrintJob.status.in_(("done", "cancelled")),
                PrintJob.created_at < now - dt.timedelta(days=PRINT_JOBS_KEPT_DAYS),
            )
        )
        uow.audit(
            "retention.run",
            {
                "expired": expired,
                "destroyed": destroyed,
                "kept": kept,
                "print_jobs_pruned": result.rowcount,
                "sent_events_pruned": sent_pruned,
            },
        )
        uow.commit()
    if expired or destroyed or sent_pruned:
        # Each erasing batch was checkpointed; the run ends with an empty WAL as well.
        ctx.db.checkpoint()
    return RetentionReport(expired, destroyed, kept, sent_pruned)


def _prune_sent_events(ctx: ServiceContext, before: dt.datetime) -> int:
    """Delete outbox events head office acknowledged before `before`, a slice at a time."""
    total = 0
    while True:
        with UnitOfWork(ctx) as uow:
            ids = select(OutboxEvent.id).where(
                OutboxEvent.sent_at.is_not(None), OutboxEvent.sent_at < before
            )
            result: CursorResult[Any] = uow.session.execute(  # type: ignore[assignment]
                delete(OutboxEvent).where(OutboxEvent.id.in_(ids.limit(PRUNE_SLICE)))
            )
            uow.commit()
        total += result.rowcount
        if result.rowcount < PRUNE_SLICE:
            return total


def _apply(uow: UnitOfWork, buyer_id: uuid.UUID, purposes: set[Purpose]) -> tuple[int, int, int]:
    buyer = uow.session.get(Buyer, buyer_id)
    if buyer is None:
        return 0, 0, 0
    current = queries.purposes_in_force(uow.session, buyer_id)
    owed = obligations(uow.session, buyer_id)
    # Never expire the purpose an outstanding obligation still needs.
    lapse = {p for p in purposes if p in current and not (owed and p is Purpose.CREDIT)}
    for p in sorted(lapse):
        row = current[p]
        row.state = ConsentState.EXPIRED.value
        row.since = uow.now
        uow.insert(
            ConsentEvent,
            id=new_id(),
            consent_id=row.consent_id,
            buyer_id=buyer_id,
            purpose=p.value,
            state=ConsentState.EXPIRED.value,
            at=uow.now,
            store_id=uow.actor.store_id,
            register_id=uow.actor.register_id,
            staff_id=None,
            expressed_by="system",
            representative_doc=None,
            slip_printed=False,
            form_number=None,
            reference="retention",
            blocker=None,
        )
    remaining = set(current) - lapse
    if lapse:
        erased = _erase_unjustified(uow, buyer, remaining)
        uow.audit(
            "consent.expired",
            {"buyer": buyer_id},
            [f"purpose:{p.value}" for p in sorted(lapse)] + erased,
        )
        uow.emit(
            EventType.CONSENT_EXPIRED,
            {
                "buyer_id": str(buyer_id),
                "purposes": sorted(p.value for p in lapse),
                "at": uow.now.isoformat(),
                # What the expiry erased, so head office erases its copies too.
                "erased": erased,
            },
            buyer_id=buyer_id,
        )
    restricted = buyer.status == BuyerStatus.RESTRICTED.value
    if owed:
        return len(lapse), 0, 1 if restricted or not remaining else 0
    if restricted or not remaining:
        if restricted:
            for req in uow.session.scalars(
                select(SubjectRequest).where(
                    SubjectRequest.buyer_id == buyer_id,
                    SubjectRequest.kind == RequestKind.WRITTEN_REFUSAL.value,
                    SubjectRequest.outcome == RequestOutcome.PENDING.value,
                )
            ):
                req.outcome = RequestOutcome.FULFILLED.value
                req.answered_at = uow.now
                req.detail = "obligation ended; personal data destroyed"
        destroy_in(uow, buyer, cause="retention" if not restricted else "written_refusal")
        return len(lapse), 1, 0
    return len(lapse), 0, 0
