"""The buyer's rights: withdrawal, written refusal, destruction, rectification (policy 4.2, 5.2).

Each request is recorded with its dates and outcome (SubjectRequest), also when refused,
so head office can show a regulator when it was answered. Refusals and blockers are
explained in words without personal data ("an installment with Halyk Bank is outstanding
until 2027-05-25").
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from dataclasses import dataclass, replace

from pos.domain.acts import DestructionAct
from pos.domain.buyer import BuyerData, clean_buyer
from pos.domain.enums import (
    BuyerStatus,
    ConsentState,
    Purpose,
    RequestKind,
    RequestOutcome,
    Role,
)
from pos.domain.errors import Code, Conflict, Message, NotFound, Refused, ValidationError, message
from pos.domain.events import EventType
from pos.domain.ids import new_id
from pos.domain.masking import mask_iin
from pos.domain.minimization import (
    BUYER_FIELDS,
    describe_fields,
    field_list,
    purposes_justifying,
)
from pos.domain.money import Money
from pos.domain.references import check_reference
from pos.domain.requests import answer_due
from pos.domain.views import BuyerView, ObligationInfo, RequestConfirmationView
from pos.services import settings
from pos.services.buyer_store import (
    apply_buyer_data,
    buyer_payload,
    erase_from_outbox,
    refresh_name_keys,
)
from pos.services.context import Action, ServiceContext
from pos.services.destruction import destroy_in, erased_at
from pos.services.lookups import (
    buyer_data,
    buyer_view,
    get_buyer_row,
    local_date,
    obligations,
    staff_name,
    store_info,
)
from pos.services.uow import UnitOfWork
from pos.storage import queries
from pos.storage.models import Buyer, BuyerPurpose, ConsentEvent, SubjectRequest

MAX_REFERENCE = 200


# --- helpers --------------------------------------------------------------------------


def _existing_buyer(uow: UnitOfWork, buyer_id: uuid.UUID) -> Buyer:
    buyer = uow.session.get(Buyer, buyer_id)
    if buyer is None:
        when = erased_at(uow.session, buyer_id)
        if when is not None:
            raise Conflict(Code.BUYER_DESTROYED, buyer_id=buyer_id, day=when.date())
        raise NotFound(Code.BUYER_NOT_FOUND, buyer_id=buyer_id)
    return buyer


def describe_obligation(o: ObligationInfo) -> Message:
    """The outstanding credit or installment, as the reason inside a refusal."""
    amount = Money(o.outstanding_tiyn)
    if o.last_due is None:
        return message(
            Code.CREDIT_OUTSTANDING_OPEN, kind=o.kind, bank=o.partner_bank, amount=amount
        )
    return message(
        Code.CREDIT_OUTSTANDING, kind=o.kind, bank=o.partner_bank, amount=amount, until=o.last_due
    )


def blocker_code(o: ObligationInfo) -> str:
    return f"credit_outstanding:{o.arrangement_id}"


def _reference(value: str | None, *, required: bool) -> str | None:
    text = " ".join((value or "").split())
    if required and not text:
        raise ValidationError(Code.REQUEST_REFERENCE_MISSING, field="reference")
    if len(text) > MAX_REFERENCE:
        raise ValidationError(Code.REQUEST_REFERENCE_TOO_LONG, field="reference", n=MAX_REFERENCE)
    check_reference(text)  # it outlives the buyer: a document reference, not personal data
    return text or None


def record_request(
    uow: UnitOfWork,
    buyer_id: uuid.UUID | None,
    kind: RequestKind,
    outcome: RequestOutcome,
    *,
    detail: str | None = None,
    reference: str | None = None,
) -> SubjectRequest:
    """Record a buyer's request with its outcome, its audit entry and its event for head
    office (kind, dates and the due date; the buyer only by id)."""
    answered = None if outcome is RequestOutcome.PENDING else uow.now
    received = local_date(uow.now, store_info(uow.session, uow.actor).timezone)
    req = SubjectRequest(
        buyer_id=buyer_id,
        kind=kind.value,
        received_at=uow.now,
        answered_at=answered,
        outcome=outcome.value,
        detail=detail,
        reference=reference,
        store_id=uow.actor.store_id,
        staff_id=uow.actor.staff_id,
    )
    uow.session.add(req)
    uow.audit(
        f"request.{outcome.value}",
        {"request": req.id, "buyer": buyer_id} if buyer_id else {"request": req.id},
        [f"kind:{kind.value}"],
    )
    uow.emit(
        EventType.SUBJECT_REQUEST,
        {
            "request_id": str(req.id),
            "buyer_id": str(buyer_id) if buyer_id else None,
            "kind": kind.value,
            "outcome": outcome.value,
            "received_at": uow.now.isoformat(),
            # Head office watches answers against this (the store's calendar date).
            "due": answer_due(kind, received).isoformat(),
            "answered_at": answered.isoformat() if answered else None,
            "detail": detail,
            "reference": reference,
        },
        buyer_id=buyer_id,
    )
    return req


def _refuse_request(
    ctx: ServiceContext,
    buyer_id: uuid.UUID,
    kind: RequestKind,
    refusal: Refused,
    reference: str | None,
) -> Refused:
    """Record that a request was refused (in its own transaction) and return the error to raise.

    The request keeps the refusal's English line: it is a record for head office. The error
    carries the request's id (`request_id`), so the window and the CLI can print the buyer
    the refusal with its reason (documents.request_confirmation rebuilds it)."""
    with UnitOfWork(ctx) as uow:
        req = record_request(
            uow, buyer_id, kind, RequestOutcome.REFUSED, detail=str(refusal), reference=reference
        )
        uow.commit()
    refusal.request_id = req.id  # type: ignore[attr-defined]
    return refusal


def _confirmation(
    uow: UnitOfWork,
    req: SubjectRequest,
    buyer: Buyer,
    purposes: Collection[Purpose],
    kept: Collection[Purpose],
    blocked_until: dt.date | None,
    *,
    erased_now: bool = False,
) -> RequestConfirmationView:
    info = store_info(uow.session, uow.actor)
    return RequestConfirmationView(
        request_id=req.id,
        kind=RequestKind(req.kind),
        outcome=RequestOutcome(req.outcome),
        buyer_name=" ".join(p for p in (buyer.surname, buyer.given_name, buyer.patronymic) if p),
        masked_iin=mask_iin(buyer.iin),
        purposes=tuple(sorted(purposes)),
        kept_purposes=tuple(sorted(kept)),
        detail=req.detail,
        reference=req.reference,
        blocked_until=blocked_until,
        at=uow.now,
        timezone=info.timezone,
        store_name=info.store_name,
        store_code=info.store_code,
        register_code=info.register_code,
        staff_name=staff_name(uow.session, uow.actor.staff_id),
        operator=settings.operator_from(uow.session),
        erased_now=erased_now,
    )


def _withdraw_purposes(
    uow: UnitOfWork,
    buyer: Buyer,
    current: dict[Purpose, BuyerPurpose],
    purposes: Collection[Purpose],
    *,
    expressed_by: str,
    reference: str | None,
) -> list[str]:
    """Mark purposes withdrawn and erase the data no remaining purpose justifies."""
    for p in sorted(purposes):
        row = current[p]
        row.state = ConsentState.WITHDRAWN.value
        row.since = uow.now
        uow.insert(
            ConsentEvent,
            id=new_id(),
            consent_id=row.consent_id,
            buyer_id=buyer.id,
            purpose=p.value,
            state=ConsentState.WITHDRAWN.value,
            at=uow.now,
            store_id=uow.actor.store_id,
            register_id=uow.actor.register_id,
            staff_id=uow.actor.staff_id,
            expressed_by=expressed_by,
            representative_doc=None,
            slip_printed=False,
            form_number=None,
            reference=reference,
            blocker=None,
        )
    remaining = set(current) - set(purposes)
    return _erase_unjustified(uow, buyer, remaining)


def _erase_unjustified(uow: UnitOfWork, buyer: Buyer, remaining: Collection[Purpose]) -> list[str]:
    """Erase the values no remaining purpose justifies, from the row and from every outbox
    payload of the buyer; returns the field names erased (the events' `erased` list)."""
    erased = [
        f
        for f in BUYER_FIELDS
        if getattr(buyer, f) is not None and not (purposes_justifying(f) & set(remaining))
    ]
    for f in erased:
        setattr(buyer, f, None)
    if erased:
        if "iin" in erased:
            buyer.sex = None
        buyer.phone_rev = buyer.phone_rev if buyer.phone else None
        buyer.updated_at = uow.now
        refresh_name_keys(uow, buyer, new=False)
        erase_from_outbox(uow, buyer.id, erased)
    return erased


# --- withdrawal -----------------------------------------------------------------------


def withdrawal_blockers(
    ctx: ServiceContext, buyer_id: uuid.UUID, purposes: Collection[Purpose] | None
) -> list[Refused]:
    """Why withdrawing these purposes (None: all) would be refused now; empty if it would not.

    It names the buyer's credits and what they owe: a sales manager's, as the withdrawal."""
    ctx.actor.require(Role.SALES_MANAGER, Action.WITHDRAW)
    with ctx.db.read_session() as session:
        get_buyer_row(session, buyer_id)
        return _blockers(list(obligations(session, buyer_id)), purposes)


def _blockers(owed: list[ObligationInfo], purposes: Collection[Purpose] | None) -> list[Refused]:
    if not owed:
        return []
    if purposes is None or Purpose.CREDIT in purposes:
        return [Refused(Code.WITHDRAWAL_BLOCKED, obligation=describe_obligation(o)) for o in owed]
    return []


@dataclass(frozen=True, slots=True)
class _Plan:
    purposes: frozenset[Purpose]
    full: bool


def _plan(current: dict[Purpose, BuyerPurpose], purposes: Collection[Purpose] | None) -> _Plan:
    if purposes is None:
        if not current:
            raise ValidationError(Code.WITHDRAWAL_NOTHING_IN_FORCE)
        return _Plan(frozenset(current), True)
    chosen = frozenset(Purpose(p) for p in purposes)
    if not chosen:
        raise ValidationError(Code.WITHDRAWAL_NO_PURPOSE)
    missing = tuple(sorted(p for p in chosen if p not in current))
    if missing:
        raise ValidationError(Code.WITHDRAWAL_NOT_IN_FORCE, purposes=missing)
    return _Plan(chosen, chosen == frozenset(current))


def withdraw(
    ctx: ServiceContext,
    buyer_id: uuid.UUID,
    purposes: Collection[Purpose] | None,
    *,
    reference: str | None = None,
    expressed_by: str = "buyer",
) -> RequestConfirmationView:
    """Withdraw consent per purpose, or fully (None). Refused while an obligation needs it.

    Data that no remaining purpose justifies is erased at once; when nothing remains in
    force, the buyer's personal data is destroyed and their sales are kept unlinked.
    """
    ctx.actor.require(Role.SALES_MANAGER, Action.WITHDRAW)
    ref = _reference(reference, required=False)
    with UnitOfWork(ctx) as uow:
        buyer = _existing_buyer(uow, buyer_id)
        current = queries.purposes_in_force(uow.session, buyer_id)
        plan = _plan(current, purposes)
        owed = list(obligations(uow.session, buyer_id))
        blockers = _blockers(owed, plan.purposes if not plan.full else None)
        if not blockers:
            req = record_request(
                uow, buyer_id, RequestKind.WITHDRAWAL, RequestOutcome.FULFILLED, reference=ref
            )
            # Only a buyer with an outstanding obligation hears that data is kept for it.
            remaining = set(current) - plan.purposes
            kept = {Purpose.CREDIT} & remaining if owed else set()
            last_due = max((o.last_due for o in owed if o.last_due), default=None)
            confirmation = _confirmation(
                uow,
                req,
                buyer,
                plan.purposes,
                kept,
                last_due if kept else None,
                erased_now=not kept,
            )
            erased = _withdraw_purposes(
                uow, buyer, current, plan.purposes, expressed_by=expressed_by, reference=ref
            )
            uow.audit(
                "consent.withdrawn",
                {"buyer": buyer_id},
                [f"purpose:{p.value}" for p in sorted(plan.purposes)] + erased,
            )
            uow.emit(
                EventType.CONSENT_WITHDRAWN,
                {
                    "buyer_id": str(buyer_id),
                    "purposes": sorted(p.value for p in plan.purposes),
                    "full": plan.full,
                    "at": uow.now.isoformat(),
                    "reference": ref,
                    "expressed_by": expressed_by,
                    "erased": erased,
                    # The key head offices before the "erased" key read.
                    "erased_fields": erased,
                },
                # It holds no personal data, and a full withdrawal must still reach head
                # office after the destruction below strips this buyer's pending events.
                buyer_id=None if plan.full else buyer_id,
            )
            if plan.full:
                slips = destroy_in(uow, buyer, cause="withdrawal")
                confirmation = replace(confirmation, slips_to_destroy=slips)
            uow.commit()
        else:
            refusal = Refused(
                Code.WITHDRAWAL_REFUSED,
                obligation=describe_obligation(owed[0]),
                blocker=blocker_code(owed[0]),
            )
    if not blockers:
        if plan.full:
            ctx.db.checkpoint()
        return confirmation
    raise _refuse_request(ctx, buyer_id, RequestKind.WITHDRAWAL, refusal, ref)


# --- written refusal ------------------------------------------------------------------


def refuse_in_writing(
    ctx: ServiceContext,
    buyer_id: uuid.UUID,
    reference: str,
    *,
    expressed_by: str = "buyer",
) -> RequestConfirmationView:
    """Policy 5.2: processing stops now. Without an outstanding obligation the data is
    destroyed at once; otherwise it is restricted to the obligation and destroyed when it ends."""
    ctx.actor.require(Role.SALES_MANAGER, Action.REFUSE_IN_WRITING)
    ref = _reference(reference, required=True)
    with UnitOfWork(ctx) as uow:
        buyer = _existing_buyer(uow, buyer_id)
        if buyer.status == BuyerStatus.RESTRICTED.value:
            raise Conflict(Code.REFUSAL_ALREADY_RECORDED)
        current = queries.purposes_in_force(uow.session, buyer_id)
        owed = list(obligations(uow.session, buyer_id))
        if owed:
            keep = {Purpose.CREDIT} & set(current)
            last_due = max((o.last_due for o in owed if o.last_due), default=None)
            detail = (
                f"processing restricted to the outstanding {owed[0].kind.value}; "
                f"data destroyed when it is repaid"
                + (f" (last payment due {last_due:%Y-%m-%d})" if last_due else "")
            )
            req = record_request(
                uow,
                buyer_id,
                RequestKind.WRITTEN_REFUSAL,
                RequestOutcome.PENDING,
                detail=detail,
                reference=ref,
            )
            stop = set(current) - keep
            confirmation = _confirmation(uow, req, buyer, stop, keep, last_due)
            erased = _withdraw_purposes(
                uow, buyer, current, stop, expressed_by=expressed_by, reference=ref
            )
            buyer.status = BuyerStatus.RESTRICTED.value
            buyer.updated_at = uow.now
            uow.audit(
                "buyer.restricted", {"buyer": buyer_id, "request": req.id}, ["status", *erased]
            )
            uow.emit(
                EventType.BUYER_RESTRICTED,
                {
                    "buyer_id": str(buyer_id),
                    "reference": ref,
                    "at": uow.now.isoformat(),
                    "withdrawn": sorted(p.value for p in stop),
                    "kept": sorted(p.value for p in keep),
                    "erased": erased,
                    # The key head offices before the "erased" key read.
                    "erased_fields": erased,
                },
                buyer_id=buyer_id,
            )
            uow.commit()
            return confirmation
        req = record_request(
            uow,
            buyer_id,
            RequestKind.WRITTEN_REFUSAL,
            RequestOutcome.FULFILLED,
            detail="personal data destroyed; sales kept for accounting without a link to the buyer",
            reference=ref,
        )
        confirmation = _confirmation(uow, req, buyer, set(current), (), None)
        _withdraw_purposes(
            uow, buyer, current, set(current), expressed_by=expressed_by, reference=ref
        )
        slips = destroy_in(uow, buyer, cause="written_refusal")
        uow.commit()
    ctx.db.checkpoint()
    return replace(confirmation, slips_to_destroy=slips)


# --- destruction on request -----------------------------------------------------------


def destroy_buyer(
    ctx: ServiceContext,
    buyer_id: uuid.UUID,
    *,
    reason: str,
    expressed_by: str = "headoffice",
) -> DestructionAct:
    """Destroy the buyer's personal data now (store admin or head office). Refused while
    an obligation is outstanding; a second request says when it was already done.

    Returns the destruction act: which signed paper slips staff must destroy, and no
    personal data."""
    ctx.actor.require(Role.STORE_ADMIN, Action.DESTROY_BUYER)
    why = _reference(reason, required=True)
    with UnitOfWork(ctx) as uow:
        buyer = _existing_buyer(uow, buyer_id)
        owed = list(obligations(uow.session, buyer_id))
        if owed:
            refusal = Refused(Code.DESTRUCTION_BLOCKED, obligation=describe_obligation(owed[0]))
        else:
            req = record_request(
                uow,
                buyer_id,
                RequestKind.DESTRUCTION,
                RequestOutcome.FULFILLED,
                detail="personal data destroyed",
                reference=why,
            )
            current = queries.purposes_in_force(uow.session, buyer_id)
            _withdraw_purposes(
                uow, buyer, current, set(current), expressed_by=expressed_by, reference=why
            )
            cause = "request" if expressed_by == "buyer" else expressed_by
            slips = destroy_in(uow, buyer, cause=cause)
            info = store_info(uow.session, uow.actor)
            act = DestructionAct(
                number=req.id,
                at=uow.now,
                timezone=info.timezone,
                store_name=info.store_name,
                store_code=info.store_code,
                register_code=info.register_code,
                staff_name=staff_name(uow.session, uow.actor.staff_id),
                cause=cause,
                slips=slips,
            )
            uow.commit()
    if owed:
        raise _refuse_request(ctx, buyer_id, RequestKind.DESTRUCTION, refusal, why)
    ctx.db.checkpoint()
    return act


# --- rectification --------------------------------------------------------------------


def rectify(ctx: ServiceContext, buyer_id: uuid.UUID, changes: BuyerData) -> BuyerView:
    """Correct the buyer's data (policy 4.1.2): validated like new data; the audit names the
    fields changed, by whom and when, never the old or new values."""
    ctx.actor.require(Role.SALES_MANAGER, Action.CORRECT_BUYER)
    given = changes.given_fields()
    if not given:
        raise ValidationError(Code.RECTIFY_NOTHING)
    with UnitOfWork(ctx) as uow:
        buyer = _existing_buyer(uow, buyer_id)
        if buyer.status != BuyerStatus.ACTIVE.value:
            raise Refused(Code.RECTIFY_RESTRICTED)
        current = queries.purposes_in_force(uow.session, buyer_id)
        stored = buyer_data(buyer)
        changed = {f for f in given if getattr(changes, f) != getattr(stored, f)}
        unheld = {
            f
            for f in changed
            if getattr(stored, f) is None and not purposes_justifying(f) & set(current)
        }
        if unheld:
            raise Refused(Code.RECTIFY_NOT_COLLECTED, fields=field_list(unheld))
        today = local_date(uow.now, store_info(uow.session, uow.actor).timezone)
        # Validated as a whole, so a corrected date of birth is checked against the IIN held.
        clean = clean_buyer(changes.merged_over(stored), None, today=today)
        changed = {f for f in changed if getattr(clean.data, f) != getattr(stored, f)}
        if not changed:
            raise ValidationError(Code.RECTIFY_SAME)
        if "iin" in changed and clean.data.iin:
            taken = queries.buyer_id_by_iin(uow.session, clean.data.iin)
            if taken is not None and taken != buyer_id:
                raise Conflict(Code.RECTIFY_IIN_TAKEN)
        # A value replaced or removed is erased: from the row below, and from every copy
        # the outbox holds (head office erases its copies on this event's `erased` list).
        replaced = sorted(f for f in changed if getattr(stored, f) is not None)
        erase_from_outbox(uow, buyer_id, replaced)
        apply_buyer_data(uow, buyer, clean, changed, new=False)
        buyer.updated_at = uow.now
        record_request(
            uow,
            buyer_id,
            RequestKind.RECTIFICATION,
            RequestOutcome.FULFILLED,
            detail=f"corrected: {describe_fields(changed)}",
        )
        uow.audit("buyer.rectified", {"buyer": buyer_id}, sorted(changed))
        uow.emit(
            EventType.BUYER_UPDATED,
            {**buyer_payload(buyer, changed), "erased": replaced},
            buyer_id=buyer_id,
        )
        uow.flush()
        view = buyer_view(uow.session, buyer, today, role=uow.actor.role)
        uow.commit()
        return view
