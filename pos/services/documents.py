"""Views of stored records for printing again: a consent slip, a sale, a request confirmation.

Reads only; the print job that uses them is what gets audited (print.done / print.failed).
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

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
from pos.domain.errors import NotFound
from pos.domain.masking import mask_iin
from pos.domain.views import (
    ConsentSlipView,
    OperatorInfo,
    RequestConfirmationView,
    SaleView,
    SlipPurpose,
)
from pos.services import settings
from pos.services.context import ServiceContext
from pos.services.lookups import local_date, obligations, sale_view, staff_name, store_info
from pos.storage.models import (
    Buyer,
    BuyerPurpose,
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


def _validity(session: Session, consent: Consent, timezone: str) -> dict[Purpose, dt.date | None]:
    """Each ticked purpose's end date as printed on the original slip.

    The current purpose row holds it while it still names this consent; otherwise it is
    worked out again from the slip's date and the validity setting.
    """
    rows = session.scalars(
        select(BuyerPurpose).where(
            BuyerPurpose.buyer_id == consent.buyer_id, BuyerPurpose.consent_id == consent.id
        )
    ).all()
    out: dict[Purpose, dt.date | None] = {Purpose(r.purpose): r.valid_until for r in rows}
    days = settings.get(session, settings.CONSENT_VALIDITY)
    slip_day = local_date(consent.slip_at, timezone)
    for p in consent.purposes:
        purpose = Purpose(p.purpose)
        if p.ticked and purpose not in out:
            term = days.get(purpose.value)
            out[purpose] = slip_day + dt.timedelta(days=int(term)) if term else None
    return out


def consent_slip(ctx: ServiceContext, consent_id: uuid.UUID) -> ConsentSlipView:
    """The slip of a recorded consent, rebuilt from the consent, its buyer and the store."""
    ctx.actor.require(Role.CASHIER, "reprinting a consent slip")
    with ctx.db.read_session() as session:
        consent = session.get(Consent, consent_id)
        if consent is None:
            raise NotFound(f"no consent {consent_id}")
        buyer = session.get(Buyer, consent.buyer_id)
        if buyer is None:  # pragma: no cover - the consent row goes with its buyer
            raise NotFound(f"no consent {consent_id}")
        store = session.get(Store, consent.store_id)
        register = session.get(Register, consent.register_id)
        policy = session.get(PolicyVersion, consent.policy_version_id)
        timezone = store.timezone if store else "Asia/Almaty"
        validity = _validity(session, consent, timezone)
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
    ctx.actor.require(Role.CASHIER, "printing a receipt")
    with ctx.db.read_session() as session:
        row = session.get(Sale, sale_id)
        if row is None:
            raise NotFound(f"no sale {sale_id}")
        return sale_view(session, row)


def request_confirmation(ctx: ServiceContext, request_id: uuid.UUID) -> RequestConfirmationView:
    """The confirmation of a withdrawal or written refusal, rebuilt from the request.

    Purposes are those whose consent events were written with the request (same time);
    an event carrying a blocker names a purpose kept because of an obligation.
    """
    ctx.actor.require(Role.SALES_MANAGER, "reprinting a request confirmation")
    with ctx.db.read_session() as session:
        request = session.get(SubjectRequest, request_id)
        if request is None:
            raise NotFound(f"no request {request_id}")
        info = store_info(session, ctx.actor)
        store = session.get(Store, request.store_id)
        buyer = session.get(Buyer, request.buyer_id) if request.buyer_id else None
        at = request.answered_at or request.received_at
        withdrawn: list[Purpose] = []
        kept: list[Purpose] = []
        blocked_until: dt.date | None = None
        if buyer is not None:
            events = session.scalars(
                select(ConsentEvent).where(
                    ConsentEvent.buyer_id == buyer.id,
                    ConsentEvent.at >= request.received_at,
                    ConsentEvent.at <= at,
                )
            ).all()
            for e in events:
                purpose = Purpose(e.purpose)
                if e.blocker:
                    kept.append(purpose)
                elif e.state == ConsentState.WITHDRAWN.value:
                    withdrawn.append(purpose)
            if kept:
                dues = [o.last_due for o in obligations(session, buyer.id) if o.last_due]
                blocked_until = max(dues) if dues else None
        order = {p: i for i, p in enumerate(Purpose)}
        return RequestConfirmationView(
            request_id=request.id,
            kind=RequestKind(request.kind),
            outcome=RequestOutcome(request.outcome),
            buyer_name=(
                " ".join(x for x in (buyer.surname, buyer.given_name, buyer.patronymic) if x)
                if buyer
                else ""
            ),
            masked_iin=mask_iin(buyer.iin) if buyer else "",
            purposes=tuple(sorted(set(withdrawn), key=order.__getitem__)),
            kept_purposes=tuple(sorted(set(kept), key=order.__getitem__)),
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
