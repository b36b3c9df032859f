"""Views of stored records for printing again: a consent slip, a sale, a request confirmation.

The print job that uses them is what gets audited (print.done / print.failed). A consent
slip is kept as it was signed: its content is stored at signing, sealed under the buyer's
link key (so destruction destroys it), and a reprint comes from that content marked COPY,
never from the buyer's current data; each reprint is audited.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

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
from pos.domain.errors import Code, NotFound
from pos.domain.masking import mask_iin
from pos.domain.views import (
    ConsentSlipView,
    ObligationInfo,
    OperatorInfo,
    RequestConfirmationView,
    ResponsiblePerson,
    SaleView,
    SlipPurpose,
)
from pos.services import settings
from pos.services.context import Action, ServiceContext
from pos.services.lookups import obligations, sale_view, staff_name, store_info
from pos.services.uow import UnitOfWork
from pos.storage import queries, sealing
from pos.storage.models import (
    Buyer,
    BuyerLinkKey,
    Consent,
    ConsentEvent,
    PolicyVersion,
    Register,
    Sale,
    SignedSlip,
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


# --- the signed slip -------------------------------------------------------------------


def _slip_context(consent_id: uuid.UUID) -> str:
    return f"slip:{consent_id}"


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def slip_content(slip: ConsentSlipView) -> bytes:
    """The slip's content as data: every field it was printed from."""
    op = slip.operator
    data: dict[str, Any] = {
        "consent_id": str(slip.consent_id),
        "operator": {"name": op.name, "bin": op.bin, "email": op.email, "address": op.address},
        "policy_label": slip.policy_label,
        "policy_effective": slip.policy_effective.isoformat(),
        "policy_sha256": slip.policy_sha256,
        "slip_template": slip.slip_template,
        "sale_type": slip.sale_type.value,
        "purposes": [
            {
                "purpose": p.purpose.value,
                "ticked": p.ticked,
                "required": p.required,
                "data_categories": [c.value for c in p.data_categories],
                "recipients": [r.value for r in p.recipients],
                "valid_until": _day(p.valid_until),
            }
            for p in slip.purposes
        ],
        "data_categories": [c.value for c in slip.data_categories],
        "recipients": [r.value for r in slip.recipients],
        "cross_border": slip.cross_border,
        "published": slip.published,
        "buyer_name": slip.buyer_name,
        "masked_iin": slip.masked_iin,
        "store_name": slip.store_name,
        "store_code": slip.store_code,
        "register_code": slip.register_code,
        "staff_name": slip.staff_name,
        "at": slip.at.isoformat(),
        "timezone": slip.timezone,
        "language": slip.language,
        "method": slip.method.value,
        "form_number": slip.form_number,
    }
    if slip.responsible is not None:
        # Only when set: a slip without one keeps the content it always had.
        data["responsible"] = dataclasses.asdict(slip.responsible)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def slip_from_content(data: bytes) -> ConsentSlipView:
    d = json.loads(data)
    return ConsentSlipView(
        consent_id=uuid.UUID(d["consent_id"]),
        operator=OperatorInfo(**d["operator"]),
        policy_label=d["policy_label"],
        policy_effective=dt.date.fromisoformat(d["policy_effective"]),
        policy_sha256=d["policy_sha256"],
        slip_template=d["slip_template"],
        sale_type=SaleType(d["sale_type"]),
        purposes=tuple(
            SlipPurpose(
                purpose=Purpose(p["purpose"]),
                ticked=p["ticked"],
                required=p["required"],
                data_categories=tuple(DataCategory(c) for c in p["data_categories"]),
                recipients=tuple(RecipientCategory(r) for r in p["recipients"]),
                valid_until=_date(p["valid_until"]),
            )
            for p in d["purposes"]
        ),
        data_categories=tuple(DataCategory(c) for c in d["data_categories"]),
        recipients=tuple(RecipientCategory(r) for r in d["recipients"]),
        cross_border=d["cross_border"],
        published=d["published"],
        buyer_name=d["buyer_name"],
        masked_iin=d["masked_iin"],
        store_name=d["store_name"],
        store_code=d["store_code"],
        register_code=d["register_code"],
        staff_name=d["staff_name"],
        at=dt.datetime.fromisoformat(d["at"]),
        timezone=d["timezone"],
        language=d["language"],
        method=ConsentMethod(d["method"]),
        form_number=d["form_number"],
        responsible=ResponsiblePerson(**d["responsible"]) if d.get("responsible") else None,
    )


def keep_signed_slip(
    uow: UnitOfWork, buyer_id: uuid.UUID, slip: ConsentSlipView, *, new_buyer: bool
) -> None:
    """Store what the signed slip showed, sealed under the buyer's link key (same transaction)."""
    if new_buyer:
        # Written with the unit's other insert-only rows, in one statement per table.
        key = sealing.new_key()
        uow.insert(BuyerLinkKey, buyer_id=buyer_id, key=key, created_at=uow.now)
    else:
        uow.flush()  # a key this unit made for the buyer is still buffered
        ring = sealing.KeyRing(uow.session, uow.now)
        key = ring.key_for(buyer_id)
        ring.save()
    uow.insert(
        SignedSlip,
        consent_id=slip.consent_id,
        buyer_id=buyer_id,
        sealed=sealing.seal(key, slip_content(slip), _slip_context(slip.consent_id)),
    )


def _signed_slip(session: Session, consent: Consent) -> ConsentSlipView | None:
    row = session.get(SignedSlip, consent.id)
    key = sealing.existing_key(session, consent.buyer_id) if row is not None else None
    if row is None or key is None:
        return None
    data = sealing.unseal(key, row.sealed, _slip_context(consent.id))
    return slip_from_content(data) if data is not None else None


def consent_slip(ctx: ServiceContext, consent_id: uuid.UUID) -> ConsentSlipView:
    """A recorded consent's slip as it was signed, marked COPY; the reprint is audited.

    A consent signed before slips were kept (schema 0003) is rebuilt from its record, as
    before, and the audit entry says so."""
    # A signed slip names the buyer and what they agreed to: a sales manager's to reprint.
    ctx.actor.require(visibility.SLIP_REPRINT, Action.REPRINT_SLIP)
    with UnitOfWork(ctx) as uow:
        session = uow.session
        consent = session.get(Consent, consent_id)
        if consent is None:
            raise NotFound(Code.CONSENT_NOT_FOUND, consent_id=consent_id)
        slip = _signed_slip(session, consent)
        source = "signed"
        if slip is None:
            slip, source = _rebuilt_slip(session, consent), "rebuilt"
        uow.audit(
            "consent.slip_reprinted",
            {"consent": consent.id, "buyer": consent.buyer_id},
            [f"source:{source}"],
        )
        uow.commit()
    return dataclasses.replace(slip, copy=True)


def _rebuilt_slip(session: Session, consent: Consent) -> ConsentSlipView:
    """The slip rebuilt from the consent, its buyer and the store (consents before 0003)."""
    buyer = session.get(Buyer, consent.buyer_id)
    if buyer is None:  # pragma: no cover - the consent row goes with its buyer
        raise NotFound(Code.CONSENT_NOT_FOUND, consent_id=consent.id)
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
        recipients=tuple(r for r in RecipientCategory if r.value in consent.recipient_categories),
        cross_border=consent.cross_border,
        published=consent.published,
        buyer_name=" ".join(x for x in (buyer.surname, buyer.given_name, buyer.patronymic) if x),
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
        obligation: ObligationInfo | None = None
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
            owed = list(obligations(session, buyer.id)) if kept else []
            if kind is RequestKind.WITHDRAWAL:
                # As privacy.withdraw: only an outstanding obligation keeps anything.
                kept = {Purpose.CREDIT} & kept if owed else set()
            if kept and kind in (RequestKind.WRITTEN_REFUSAL, RequestKind.WITHDRAWAL):
                dues = [o.last_due for o in owed if o.last_due]
                blocked_until = max(dues) if dues else None
            if RequestOutcome(request.outcome) is RequestOutcome.REFUSED and owed:
                obligation = owed[0]  # the reason the buyer is told, as privacy refused it
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
            obligation=obligation,
            at=at,
            timezone=store.timezone if store else info.timezone,
            store_name=store.name if store else info.store_name,
            store_code=store.code if store else info.store_code,
            register_code=info.register_code,
            staff_name=staff_name(session, request.staff_id),
            operator=settings.operator_from(session),
            erased_now=(
                kind is RequestKind.WITHDRAWAL
                and request.outcome == RequestOutcome.FULFILLED.value
                and not kept
            ),
        )
