"""Consent at the counter (BRIEF 4.3): draft and print the slip, then record it once signed.

`preview_consent` validates and builds the slip without writing anything; only
`record_consent`, called after the buyer signed, writes the buyer, the consent, its
events, the audit entry and the outbox events, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from pos.domain.buyer import BuyerData, CleanBuyer, clean_buyer
from pos.domain.enums import (
    BuyerStatus,
    ConsentMethod,
    ConsentState,
    DataCategory,
    Purpose,
    RecipientCategory,
    Role,
)
from pos.domain.errors import Code, Conflict, Refused, ValidationError
from pos.domain.events import EventType
from pos.domain.ids import new_id
from pos.domain.masking import mask_iin
from pos.domain.minimization import (
    FIELD_CATEGORY,
    PURPOSE_CATEGORIES,
    PURPOSE_RECIPIENTS,
    Requirements,
    SaleNeeds,
    requirements_for,
)
from pos.domain.views import BuyerView, ConsentSlipView, OperatorInfo, SlipPurpose
from pos.services import settings
from pos.services.buyer_store import apply_buyer_data, buyer_payload, erase_from_outbox
from pos.services.context import Action, ServiceContext
from pos.services.documents import keep_signed_slip
from pos.services.lookups import (
    buyer_data,
    buyer_view,
    current_policy_label,
    get_buyer_row,
    local_date,
    policy_for,
    staff_name,
    store_info,
)
from pos.services.uow import UnitOfWork
from pos.storage import queries
from pos.storage.models import (
    Buyer,
    BuyerPurpose,
    Consent,
    ConsentEvent,
    ConsentPurpose,
    PolicyVersion,
)

SLIP_TEMPLATE = "slip-1"
SLIP_LANGUAGES = ("ru", "kk", "en")


@dataclass(frozen=True, slots=True)
class ConsentDraft:
    """What the cashier has entered; nothing of it is stored until `record_consent`."""

    needs: SaleNeeds
    buyer: BuyerData = field(default_factory=BuyerData)
    buyer_id: uuid.UUID | None = None  # a returning buyer
    language: str = "ru"
    method: ConsentMethod = ConsentMethod.PAPER_SLIP_SIGNED
    form_number: str | None = None
    consent_id: uuid.UUID = field(default_factory=new_id)
    drafted_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class _Prepared:
    clean: CleanBuyer
    new_fields: frozenset[str]
    requirements: Requirements
    purposes: frozenset[Purpose]
    categories: tuple[DataCategory, ...]
    policy: PolicyVersion
    operator: OperatorInfo
    validity: dict[Purpose, dt.date | None]


def _validity(
    session: Session, purposes: frozenset[Purpose], today: dt.date
) -> dict[Purpose, dt.date | None]:
    days = settings.get(session, settings.CONSENT_VALIDITY)
    out: dict[Purpose, dt.date | None] = {}
    for p in purposes:
        term = days.get(p.value)
        out[p] = today + dt.timedelta(days=int(term)) if term else None
    return out


def _prepare(
    session: Session, ctx: ServiceContext, draft: ConsentDraft, now: dt.datetime
) -> _Prepared:
    if draft.language not in SLIP_LANGUAGES:
        raise ValidationError(Code.CONSENT_SLIP_LANGUAGE, languages=tuple(SLIP_LANGUAGES))
    if draft.method is ConsentMethod.PREPRINTED_FORM and not (draft.form_number or "").strip():
        raise ValidationError(Code.CONSENT_FORM_NUMBER, field="form_number")
    requirements = requirements_for(draft.needs)
    if not requirements.carries_personal_data:
        raise ValidationError(Code.CONSENT_NOT_NEEDED)
    if draft.needs.sale_type.value != "cash" or draft.needs.insurance:
        ctx.actor.require(Role.SALES_MANAGER, Action.SPECIAL_CONSENT)
    info = store_info(session, ctx.actor)
    today = local_date(now, info.timezone)
    operator = settings.require_operator(session)
    label = current_policy_label(session, today)
    if label is None:
        raise Refused(Code.POLICY_NONE_IN_EFFECT)
    policy = policy_for(session, label, draft.language)
    if policy is None:  # the label came from a row, so only a concurrent delete gets here
        raise Refused(Code.POLICY_NO_TEXT)

    given = draft.buyer.given_fields()
    if draft.buyer_id is not None:
        buyer = get_buyer_row(session, draft.buyer_id)
        if buyer.status != BuyerStatus.ACTIVE.value:
            raise Refused(Code.CONSENT_BUYER_REFUSED)
        stored = buyer_data(buyer)
        merged = draft.buyer.merged_over(stored)
        new_fields = frozenset(f for f in given if getattr(draft.buyer, f) != getattr(stored, f))
        # Data already held stays under its earlier consents; only new data must fit this sale.
        widened = Requirements(
            required_fields=requirements.required_fields,
            allowed_fields=requirements.allowed_fields | (stored.given_fields() - new_fields),
            one_of=requirements.one_of,
            required_purposes=requirements.required_purposes,
        )
        clean = clean_buyer(merged, widened, today=today)
    else:
        new_fields = frozenset(given)
        clean = clean_buyer(draft.buyer, requirements, today=today)
    if clean.data.iin and "iin" in new_fields:
        taken = queries.buyer_id_by_iin(session, clean.data.iin)
        if taken is not None and taken != draft.buyer_id:
            raise Conflict(Code.BUYER_IIN_REGISTERED, field="iin")
    purposes = requirements.required_purposes
    collected = {FIELD_CATEGORY[f] for f in clean.data.given_fields()} | {
        DataCategory.PURCHASE_HISTORY
    }
    categories = tuple(c for c in DataCategory if c in collected)
    return _Prepared(
        clean=clean,
        new_fields=new_fields,
        requirements=requirements,
        purposes=purposes,
        categories=categories,
        policy=policy,
        operator=operator,
        validity=_validity(session, purposes, today),
    )


def _slip(
    session: Session, ctx: ServiceContext, draft: ConsentDraft, prep: _Prepared, at: dt.datetime
) -> ConsentSlipView:
    info = store_info(session, ctx.actor)
    blocks = []
    for p in Purpose:
        ticked = p in prep.purposes
        blocks.append(
            SlipPurpose(
                purpose=p,
                ticked=ticked,
                required=p in prep.requirements.required_purposes and p is not Purpose.MARKETING,
                data_categories=tuple(c for c in PURPOSE_CATEGORIES[p] if c in prep.categories),
                recipients=PURPOSE_RECIPIENTS[p],
                valid_until=prep.validity.get(p) if ticked else None,
            )
        )
    recipients = tuple(
        r for r in RecipientCategory if any(r in PURPOSE_RECIPIENTS[p] for p in prep.purposes)
    )
    d = prep.clean.data
    return ConsentSlipView(
        consent_id=draft.consent_id,
        operator=prep.operator,
        policy_label=prep.policy.label,
        policy_effective=prep.policy.effective_date,
        policy_sha256=prep.policy.text_sha256,
        slip_template=SLIP_TEMPLATE,
        sale_type=draft.needs.sale_type,
        purposes=tuple(blocks),
        data_categories=prep.categories,
        recipients=recipients,
        cross_border=False,
        published=False,
        buyer_name=" ".join(x for x in (d.surname, d.given_name, d.patronymic) if x),
        masked_iin=mask_iin(d.iin),
        store_name=info.store_name,
        store_code=info.store_code,
        register_code=info.register_code,
        staff_name=staff_name(session, ctx.actor.staff_id),
        at=at,
        timezone=info.timezone,
        language=draft.language,
        method=draft.method,
        form_number=(draft.form_number or "").strip() or None,
        responsible=settings.responsible_from(session),
    )


def preview_consent(ctx: ServiceContext, draft: ConsentDraft) -> ConsentSlipView:
    """Validate the draft and build its slip. Writes nothing."""
    ctx.actor.require(Role.CASHIER, Action.TAKE_CONSENT)
    at = draft.drafted_at or ctx.clock()
    with ctx.db.read_session() as session:
        prep = _prepare(session, ctx, draft, at)
        return _slip(session, ctx, draft, prep, at)


@dataclass(frozen=True, slots=True)
class RecordedConsent:
    consent_id: uuid.UUID
    buyer: BuyerView
    slip: ConsentSlipView


def record_consent(
    ctx: ServiceContext, draft: ConsentDraft, *, slip_printed: bool = False
) -> RecordedConsent:
    """The buyer signed: write buyer, consent, events, audit and outbox in one transaction."""
    ctx.actor.require(Role.CASHIER, Action.RECORD_CONSENT)
    with UnitOfWork(ctx) as uow:
        consent, buyer, prep = _record(uow, draft, slip_printed)
        uow.flush()
        session = uow.session
        view = buyer_view(
            session,
            buyer,
            local_date(uow.now, store_info(session, ctx.actor).timezone),
            role=ctx.actor.role,
        )
        slip = _slip(session, ctx, draft, prep, consent.slip_at)
        uow.commit()
        return RecordedConsent(consent_id=consent.id, buyer=view, slip=slip)


def record_consent_in(
    uow: UnitOfWork, draft: ConsentDraft, *, slip_printed: bool = False
) -> tuple[uuid.UUID, uuid.UUID]:
    """`record_consent` inside a caller's unit of work; returns (consent id, buyer id)."""
    uow.actor.require(Role.CASHIER, Action.RECORD_CONSENT)
    consent, buyer, _ = _record(uow, draft, slip_printed)
    return consent.id, buyer.id


def _record(
    uow: UnitOfWork, draft: ConsentDraft, slip_printed: bool
) -> tuple[Consent, Buyer, _Prepared]:
    ctx, session, now = uow.ctx, uow.session, uow.now
    slip_at = draft.drafted_at or now
    prep = _prepare(session, ctx, draft, now)
    if session.get(Consent, draft.consent_id) is not None:
        raise Conflict(Code.CONSENT_ALREADY_RECORDED)
    clean = prep.clean

    replaced: list[str] = []
    if draft.buyer_id is None:
        buyer = Buyer(
            store_id=ctx.actor.store_id,
            status=BuyerStatus.ACTIVE.value,
            created_at=now,
            updated_at=now,
        )
        apply_buyer_data(uow, buyer, clean, prep.new_fields, new=True)
        session.add(buyer)
        new_buyer = True
    else:
        buyer = get_buyer_row(session, draft.buyer_id)
        # A value the buyer replaces here is erased like a correction's, copies included.
        replaced = sorted(f for f in prep.new_fields if getattr(buyer, f) is not None)
        erase_from_outbox(uow, buyer.id, replaced)
        if prep.new_fields:
            apply_buyer_data(uow, buyer, clean, prep.new_fields, new=False)
            buyer.updated_at = now
        new_buyer = False

    consent = Consent(
        id=draft.consent_id,
        buyer_id=buyer.id,
        policy_version_id=prep.policy.id,
        policy_label=prep.policy.label,
        policy_sha256=prep.policy.text_sha256,
        slip_template=SLIP_TEMPLATE,
        sale_type=draft.needs.sale_type.value,
        language=draft.language,
        operator_name=prep.operator.name,
        operator_bin=prep.operator.bin,
        operator_contact=prep.operator.contact,
        data_categories=[c.value for c in prep.categories],
        recipient_categories=sorted(
            {r.value for p in prep.purposes for r in PURPOSE_RECIPIENTS[p]}
        ),
        valid_until=None,
        method=draft.method.value,
        form_number=(draft.form_number or "").strip() or None,
        store_id=ctx.actor.store_id,
        register_id=ctx.actor.register_id,
        staff_id=ctx.actor.staff_id,
        slip_at=slip_at,
        given_at=now,
    )
    session.add(consent)
    # The slip as signed, kept sealed under the buyer's key: a reprint shows this, not
    # whatever the buyer row says later.
    keep_signed_slip(uow, buyer.id, _slip(session, ctx, draft, prep, slip_at), new_buyer=new_buyer)
    for p in Purpose:
        uow.insert(
            ConsentPurpose,
            consent_id=consent.id,
            purpose=p.value,
            ticked=p in prep.purposes,
            required=p in prep.requirements.required_purposes and p is not Purpose.MARKETING,
            data_categories=[c.value for c in PURPOSE_CATEGORIES[p] if c in prep.categories],
            recipient_categories=[r.value for r in PURPOSE_RECIPIENTS[p]],
            valid_until=prep.validity.get(p) if p in prep.purposes else None,
        )

    previous = (
        {} if new_buyer else {bp.purpose: bp for bp in queries.buyer_purposes(session, buyer.id)}
    )
    for p in sorted(prep.purposes):
        before = previous.get(p.value)
        state = (
            ConsentState.RENEWED
            if before is not None and ConsentState(before.state).allows_processing
            else ConsentState.GIVEN
        )
        uow.insert(
            ConsentEvent,
            id=new_id(),
            consent_id=consent.id,
            buyer_id=buyer.id,
            purpose=p.value,
            state=state.value,
            at=now,
            store_id=ctx.actor.store_id,
            register_id=ctx.actor.register_id,
            staff_id=ctx.actor.staff_id,
            expressed_by="buyer",
            representative_doc=None,
            slip_printed=slip_printed,
            form_number=consent.form_number,
            reference=None,
            blocker=None,
        )
        if before is None:
            uow.insert(
                BuyerPurpose,
                buyer_id=buyer.id,
                purpose=p.value,
                state=state.value,
                consent_id=consent.id,
                policy_label=consent.policy_label,
                since=now,
                valid_until=prep.validity.get(p),
            )
        else:
            before.state = state.value
            before.consent_id = consent.id
            before.policy_label = consent.policy_label
            before.since = now
            before.valid_until = prep.validity.get(p)

    purpose_names = [f"purpose:{p.value}" for p in sorted(prep.purposes)]
    if new_buyer:
        uow.audit(
            "buyer.registered", {"buyer": buyer.id, "consent": consent.id}, sorted(prep.new_fields)
        )
    elif prep.new_fields:
        uow.audit(
            "buyer.updated", {"buyer": buyer.id, "consent": consent.id}, sorted(prep.new_fields)
        )
    uow.audit("consent.given", {"buyer": buyer.id, "consent": consent.id}, purpose_names)
    if new_buyer:
        uow.emit(EventType.BUYER_REGISTERED, buyer_payload(buyer), buyer_id=buyer.id)
    elif prep.new_fields:
        uow.emit(
            EventType.BUYER_UPDATED,
            {**buyer_payload(buyer, prep.new_fields), "erased": replaced},
            buyer_id=buyer.id,
        )
    uow.emit(
        EventType.CONSENT_GIVEN, consent_payload(consent, prep, slip_printed), buyer_id=buyer.id
    )
    return consent, buyer, prep


def consent_payload(consent: Consent, prep: _Prepared, slip_printed: bool) -> dict[str, object]:
    return {
        "consent_id": str(consent.id),
        "buyer_id": str(consent.buyer_id),
        "policy_version_id": str(consent.policy_version_id),
        "policy_label": consent.policy_label,
        "policy_sha256": consent.policy_sha256,
        "slip_template": consent.slip_template,
        "sale_type": consent.sale_type,
        "language": consent.language,
        "operator_name": consent.operator_name,
        "operator_bin": consent.operator_bin,
        "purposes": sorted(p.value for p in prep.purposes),
        "valid_until": {p.value: (d.isoformat() if d else None) for p, d in prep.validity.items()},
        "data_categories": list(consent.data_categories),
        "recipient_categories": list(consent.recipient_categories),
        "cross_border": False,
        "published": False,
        "method": consent.method,
        "form_number": consent.form_number,
        "slip_printed": slip_printed,
        "given_at": consent.given_at.isoformat(),
        "staff_id": str(consent.staff_id),
    }
