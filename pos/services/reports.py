"""The access report (policy 4.1.2, 4.2.1): everything held about one buyer. Reading it is audited."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from pos.domain import visibility
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
from pos.domain.views import (
    AccessReport,
    ConsentEventView,
    ConsentRecordView,
    SubjectRequestView,
)
from pos.services import settings
from pos.services.context import Action, ServiceContext
from pos.services.disclosures import disclosure_view, receipt_refs
from pos.services.lookups import (
    buyer_view,
    credit_view,
    get_buyer_row,
    local_date,
    sale_view,
    store_info,
)
from pos.services.privacy import record_request
from pos.services.returns import returns_of_buyer
from pos.services.uow import UnitOfWork
from pos.storage import queries
from pos.storage.models import (
    Consent,
    ConsentEvent,
    Disclosure,
    Sale,
    SubjectRequest,
)


def request_view(r: SubjectRequest) -> SubjectRequestView:
    return SubjectRequestView(
        id=r.id,
        kind=RequestKind(r.kind),
        received_at=r.received_at,
        answered_at=r.answered_at,
        outcome=RequestOutcome(r.outcome),
        detail=r.detail,
        reference=r.reference,
    )


def access_report(
    ctx: ServiceContext, buyer_id: uuid.UUID, *, as_subject_request: bool = True
) -> AccessReport:
    """Build the report. With `as_subject_request` the buyer's access request is recorded as answered."""
    ctx.actor.require(visibility.ACCESS_REPORT, Action.ACCESS_REPORT)
    with UnitOfWork(ctx) as uow:
        session = uow.session
        buyer = get_buyer_row(session, buyer_id)
        info = store_info(session, ctx.actor)
        today = local_date(uow.now, info.timezone)
        if as_subject_request:
            # Recorded like every other request, so it reaches head office with its due date.
            record_request(
                uow,
                buyer_id,
                RequestKind.ACCESS,
                RequestOutcome.FULFILLED,
                detail="access report handed over",
            )
            uow.flush()
        stores = {s.id: s.code for s in queries.stores(session)}
        consents = []
        for c in session.scalars(
            select(Consent).where(Consent.buyer_id == buyer_id).order_by(Consent.given_at)
        ):
            events = session.scalars(
                select(ConsentEvent)
                .where(ConsentEvent.consent_id == c.id)
                .order_by(ConsentEvent.at)
            ).all()
            consents.append(
                ConsentRecordView(
                    id=c.id,
                    policy_label=c.policy_label,
                    policy_sha256=c.policy_sha256,
                    sale_type=SaleType(c.sale_type),
                    language=c.language,
                    method=ConsentMethod(c.method),
                    form_number=c.form_number,
                    given_at=c.given_at,
                    valid_until=c.valid_until,
                    purposes=tuple(Purpose(p.purpose) for p in c.purposes if p.ticked),
                    data_categories=tuple(DataCategory(x) for x in c.data_categories),
                    recipients=tuple(RecipientCategory(x) for x in c.recipient_categories),
                    store_code=stores.get(c.store_id, ""),
                    events=tuple(
                        ConsentEventView(
                            at=e.at,
                            purpose=Purpose(e.purpose),
                            state=ConsentState(e.state),
                            expressed_by=e.expressed_by,
                            reference=e.reference,
                            blocker=e.blocker,
                        )
                        for e in events
                    ),
                )
            )
        # Consent events not tied to one consent record (withdrawals) belong to the buyer.
        sales = session.scalars(
            select(Sale).where(Sale.buyer_id == buyer_id).order_by(Sale.created_at)
        ).all()
        credits = queries.credits(session, buyer_id=buyer_id)
        disclosures = session.scalars(
            select(Disclosure).where(Disclosure.buyer_id == buyer_id).order_by(Disclosure.at)
        ).all()
        refs = receipt_refs(session, sales)
        requests = session.scalars(
            select(SubjectRequest)
            .where(SubjectRequest.buyer_id == buyer_id)
            .order_by(SubjectRequest.received_at)
        ).all()
        report = AccessReport(
            generated_at=uow.now,
            operator=settings.operator_from(session),
            store_name=info.store_name,
            timezone=info.timezone,
            # The buyer's own report: everything held, whoever prints it for them.
            buyer=buyer_view(session, buyer, today, role=Role.STORE_ADMIN),
            consents=tuple(consents),
            purchases=tuple(sale_view(session, s) for s in sales),
            credits=tuple(credit_view(c) for c in credits),
            disclosures=tuple(
                disclosure_view(d, refs.get(d.sale_id) if d.sale_id else None) for d in disclosures
            ),
            requests=tuple(request_view(r) for r in requests),
            returns=returns_of_buyer(session, buyer_id),
        )
        uow.audit("buyer.access_report", {"buyer": buyer_id}, [])
        uow.commit()
        return report
