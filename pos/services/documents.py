"""Views of stored records for printing again: a consent slip, a sale, a request confirmation.

Reads only; the print job that uses them is what gets audited (print.done / print.failed).
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from pos.domain.enums import (
    ConsentMethod,
    ConsentState,
    DataCategory,
    Purpose,
    RecipientCategory,
    RequestKind,
    RequestOutcome,
    Role,
    SaleType,
)
from pos.domain.errors import Code, NotFound
from pos.domain.masking import mask_iin
from pos.domain.views import (
    ConsentSlipView,
    OperatorInfo,
    RequestConfirmationView,
    SaleView,
    SlipPurpose,
)
from pos.services import settings
from pos.services.context import Action, ServiceContext
from pos.services.lookups import obligations, sale_view, staff_name, store_info
from pos.storage import queries
from pos.storage.models import (
    Buyer,
    Consent,
    ConsentEvent,
    PolicyVersion,
    Register,
    Sale,
    Store,
    SubjectRequest,
)


def _operator(consent: Consent) -> OperatorInfo:
    # Stored as "e-mail; postal address" (OperatorInfo.contact); the address may hold "; ".
    email, _, address = consent.operator_contact.partition("; ")
    return OperatorInfo(
        name=consent.operator_name, bin=consent.operator_bin, email=email, address=address
    )


def _validity(consent: Consent) -> dict[Purpose, dt.date | None]:
    """Each ticked purpose's end date, as stored with the consent when it was signed."""
    return {Purpose(p.purpose): p.valid_until for p in consent.purposes if p.ticked}


def consent_slip(ctx: ServiceContext, consent_id: uuid.UUID) -> ConsentSlipView:
    """The slip of a recorded consent, rebuilt from the consent, its buyer and the store."""
    ctx.actor.require(Role.CASHIER, Action.REPRINT_SLIP)
    with ctx.db.read_session() as session:
        consent = session.get(Consent, consent_id)
        if consent is None:
            raise NotFound(Code.CONSENT_NOT_FOUND, consent_id=consent_id)
        buyer = session.get(Buyer, consent.buyer_id)
        if buyer is None:  # pragma: no cover - the consent row goes with its buyer
            raise NotFound(Code.CONSENT_NOT_FOUND, consent_id=consent_id)
        store = session.get(Store, consent.store_id)
        register = session.get(Register, consent.register_id)
        policy = session.get(PolicyVersion, consent.policy_version_id)
        timezone = store.timezone if store else "Asia/Almaty"
        validity = _validity(consent)
        order = {p: i for i, p in enumerate(Purpose)}
        blocks = sorted(consent.purposes, key=lambda p: order[Purpose(p.purpose)])
        return ConsentSlipView(
            consent_id=consent.id,
            operator=_operator(consent),
            policy_label=consent.policy_label,
            policy_effective=policy.effective_date if policy else consent.slip_at.date(),
            policy_sha256=consent.policy_sha256,
            slip_template=consent.slip_template,
            sale_type=SaleType(consent.sale_type),
            purposes=tuple(
                SlipPurpose(
                    purpose=Purpose(p.purpose),
                    ticked=p.ticked,
                    required=p.required,
                    data_categories=tuple(DataCategory(c) for c in p.data_categories),
                    recipients=tuple(RecipientCategory(r) for r in p.recipient_categories),
                    valid_until=validity.get(Purpose(p.purpose)) if p.ticked else None,
                )
                for p in blocks
            ),
            data_categories=tuple(DataCategory(c) for c in consent.data_categories),
            recipients=tuple(
                r for r in RecipientCategory if r.value in consent.recipient_categories
            ),
            cross_border=consent.cross_border,
            published=consent.published,
            buyer_name=" ".join(
                x for x in (buyer.surname, buyer.given_name, buyer.patronymic) if x
            ),
            masked_iin=mask_iin(buyer.iin),
            store_name=store.name if store else "",
            store_code=store.code if store else "",
            register_code=register.code if register else "",
            staff_name=staff_name(session, consent.staff_id),
            at=consent.slip_at,
            timezone=timezone,
            language=consent.language,
            method=ConsentMethod(consent.method),
            form_number=consent.form_number,
        )


def sale(ctx: ServiceContext, sale_id: uuid.UUID) -> SaleView:
    """A recorded sale as the receipt and the installment summary show it."""
    ctx.actor.require(Role.CASHIER, Action.PRINT_RECEIPT)
    with ctx.db.read_session() as session:
        row = session.get(Sale, sale_id)
        if row is None:
            raise NotFound(Code.SALE_NOT_FOUND, sale_id=sale_id)
        return sale_view(session, row)


def request_confirmation(ctx: ServiceContext, request_id: uuid.UUID) -> RequestConfirmationView:
    """The confirmation of a withdrawal or written refusal, rebuilt from the request.

    As `privacy.withdraw` / `refuse_in_writing` made it: the purposes are those withdrawn
    with the request (their events carry its time); the kept ones were in force then and
    still are; a refusal kept for an obligation runs to its last payment. A buyer destroyed
    since is printed without name or IIN: nothing of them is left to print.
    """
    ctx.actor.require(Role.SALES_MANAGER, Action.REPRINT_CONFIRMATION)
    with ctx.db.read_session() as session:
        request = session.get(SubjectRequest, request_id)
        if request is None:
            raise NotFound(Code.REQUEST_NOT_FOUND, request_id=request_id)
        info = store_info(session, ctx.actor)
        store = session.get(Store, request.store_id)
        buyer = session.get(Buyer, request.buyer_id) if request.buyer_id else None
        at = request.received_at
        kind = RequestKind(request.kind)
        withdrawn: set[Purpose] = set()
        kept: set[Purpose] = set()
        blocked_until: dt.date | None = None
        if buyer is not None:
            withdrawn = {
                Purpose(e.purpose)
                for e in session.scalars(
                    select(ConsentEvent).where(
                        ConsentEvent.buyer_id == buyer.id,
                        ConsentEvent.state == ConsentState.WITHDRAWN.value,
                        ConsentEvent.at >= at,
                        ConsentEvent.at <= (request.answered_at or at),
                    )
                )
            }
            kept = {
                Purpose(r.purpose)
                for r in queries.buyer_purposes(session, buyer.id)
                if ConsentState(r.state).allows_processing and r.since <= at
            } - withdrawn
            if kept and kind is RequestKind.WRITTEN_REFUSAL:
                dues = [o.last_due for o in obligations(session, buyer.id) if o.last_due]
                blocked_until = max(dues) if dues else None
        return RequestConfirmationView(
            request_id=request.id,
            kind=kind,
            outcome=RequestOutcome(request.outcome),
            buyer_name=(
                " ".join(x for x in (buyer.surname, buyer.given_name, buyer.patronymic) if x)
                if buyer
                else ""
            ),
            masked_iin=mask_iin(buyer.iin) if buyer else "",
            purposes=tuple(sorted(withdrawn)),
            kept_purposes=tuple(sorted(kept)),
            detail=request.detail,
            reference=request.reference,
            blocked_until=blocked_until,
            at=at,
            timezone=store.timezone if store else info.timezone,
            store_name=store.name if store else info.store_name,
            store_code=store.code if store else info.store_code,
            register_code=info.register_code,
            staff_name=staff_name(session, request.staff_id),
            operator=settings.operator_from(session),
        )
