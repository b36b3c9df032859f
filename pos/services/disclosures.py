"""The disclosure register (policy 4.3.2, 4.4.2): the one door personal data leaves through.

Personal data goes only to the recipient categories the policy names (couriers and postal
services, partner banks, insurers, counterparties under contract, authorized government
bodies). A transfer is refused unless the buyer's consent to the purpose covering that
recipient is in force, or, for a government body, a legal basis reference is given. Each
transfer is recorded, audited and sent to head office in the same transaction: a credit
sale records its bank, a delivery its hand-over to the courier, staff record the rest.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.domain.enums import BuyerStatus, DataCategory, Purpose, RecipientCategory, Role
from pos.domain.errors import Code, Conflict, NotFound, Refused, ValidationError
from pos.domain.events import EventType
from pos.domain.masking import mask_name, scrub
from pos.domain.minimization import (
    FIELD_CATEGORY,
    PURPOSE_CATEGORIES,
    PURPOSE_RECIPIENTS,
    SaleNeeds,
    requirements_for,
)
from pos.domain.references import check_reference
from pos.domain.views import (
    DisclosureRegister,
    DisclosureRegisterRow,
    DisclosureView,
    PendingDelivery,
)
from pos.services.context import Action, ServiceContext
from pos.services.lookups import buyer_data, get_buyer_row, local_date, staff_name, store_info
from pos.services.uow import UnitOfWork
from pos.storage import queries
from pos.storage.models import (
    Buyer,
    ConsentPurpose,
    Disclosure,
    Register,
    Sale,
    Store,
)

MAX_RECIPIENT_NAME = 200
MAX_LEGAL_BASIS = 300
DELIVERY_RECIPIENTS: tuple[RecipientCategory, ...] = PURPOSE_RECIPIENTS[Purpose.DELIVERY]


def parse_recipient(value: str | RecipientCategory) -> RecipientCategory:
    """The recipient category named by `value`; any other is refused, naming those allowed."""
    if isinstance(value, RecipientCategory):
        return value
    text = value.strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return RecipientCategory(text)
    except ValueError:
        raise ValidationError(
            Code.DISCLOSURE_RECIPIENT_UNKNOWN,
            field="recipient_category",
            allowed=tuple(RecipientCategory),
        ) from None


def purpose_for_recipient(category: RecipientCategory) -> Purpose | None:
    for purpose, recipients in PURPOSE_RECIPIENTS.items():
        if category in recipients:
            return purpose
    return None


def _document_text(value: str | None, what: str, limit: int) -> str | None:
    """A company name or a document reference: never a person's IIN, phone or e-mail,
    which would outlive the buyer's destruction in the register."""
    text = " ".join((value or "").split())
    if not text:
        return None
    if len(text) > limit:
        raise ValidationError(Code.DISCLOSURE_TEXT_TOO_LONG, field=what, n=limit)
    if scrub(text) != text:
        raise ValidationError(Code.DISCLOSURE_PERSONAL_TEXT, field=what)
    return text


def receipt_refs(session: Session, sales: Iterable[Sale]) -> dict[uuid.UUID, str]:
    """'ALM-01/1/42' for each sale: store, register and the number printed on the receipt."""
    stores = {s.id: s.code for s in queries.stores(session)}
    registers = {r.id: r.code for r in session.scalars(select(Register))}
    return {
        s.id: f"{stores.get(s.store_id, '?')}/{registers.get(s.register_id, '?')}/{s.receipt_no}"
        for s in sales
    }


def disclosure_view(d: Disclosure, receipt: str | None = None) -> DisclosureView:
    return DisclosureView(
        id=d.id,
        at=d.at,
        recipient_category=RecipientCategory(d.recipient_category),
        recipient_name=d.recipient_name,
        purpose=Purpose(d.purpose) if d.purpose else None,
        legal_basis=d.legal_basis,
        data_categories=tuple(DataCategory(c) for c in d.data_categories),
        sale_id=d.sale_id,
        receipt=receipt,
    )


def _check_consent(
    uow: UnitOfWork, buyer: Buyer, category: RecipientCategory, purpose: Purpose
) -> None:
    """The buyer's consent to `purpose` is in force today and its slip named `category`."""
    session = uow.session
    if buyer.status == BuyerStatus.RESTRICTED.value and purpose is not Purpose.CREDIT:
        raise Refused(Code.DISCLOSURE_RESTRICTED)
    row = queries.purposes_in_force(session, buyer.id).get(purpose)
    today = local_date(uow.now, store_info(session, uow.actor).timezone)
    # In force by state, and not past the end date its slip printed (retention may not
    # have run yet).
    in_force = row is not None and (row.valid_until is None or row.valid_until >= today)
    if in_force and row is not None:
        named = session.scalar(
            select(ConsentPurpose.recipient_categories).where(
                ConsentPurpose.consent_id == row.consent_id,
                ConsentPurpose.purpose == purpose.value,
            )
        )
        # A consent whose slip did not list this kind of recipient does not cover it.
        in_force = named is None or category.value in named
    if not in_force:
        raise Refused(Code.DISCLOSURE_NO_CONSENT, purpose=purpose, recipient=category)


def record_disclosure_in(
    uow: UnitOfWork,
    buyer_id: uuid.UUID,
    category: RecipientCategory | str,
    recipient_name: str,
    data_categories: Iterable[DataCategory | str],
    *,
    legal_basis: str | None = None,
    sale_id: uuid.UUID | None = None,
) -> DisclosureView:
    session = uow.session
    category = parse_recipient(category)
    buyer = get_buyer_row(session, buyer_id)
    name = _document_text(recipient_name, "recipient_name", MAX_RECIPIENT_NAME)
    if name is None:
        raise ValidationError(Code.DISCLOSURE_RECIPIENT_MISSING, field="recipient_name")
    cats = tuple(dict.fromkeys(DataCategory(c) for c in data_categories))
    if not cats:
        raise ValidationError(Code.DISCLOSURE_DATA_MISSING, field="data_categories")
    # Kept after destruction: a document reference, never an IIN or a phone number.
    check_reference(" ".join((legal_basis or "").split()) or None, field="legal_basis")
    basis = _document_text(legal_basis, "legal_basis", MAX_LEGAL_BASIS)
    purpose: Purpose | None = None
    if category is RecipientCategory.GOVERNMENT:
        # Not a consent purpose (BRIEF 4.1): the law is the basis, and it must be named.
        if basis is None:
            raise Refused(Code.DISCLOSURE_BASIS_MISSING)
    else:
        purpose = purpose_for_recipient(category)
        if purpose is None:
            raise ValidationError(Code.DISCLOSURE_NO_PURPOSE, recipient=category)
        _check_consent(uow, buyer, category, purpose)
        outside = [c for c in cats if c not in PURPOSE_CATEGORIES[purpose]]
        if outside:
            raise Refused(Code.DISCLOSURE_NOT_COVERED, categories=tuple(outside), purpose=purpose)
    row = Disclosure(
        buyer_id=buyer_id,
        recipient_category=category.value,
        recipient_name=name,
        purpose=purpose.value if purpose else None,
        legal_basis=basis,
        data_categories=[c.value for c in cats],
        sale_id=sale_id,
        at=uow.now,
        store_id=uow.actor.store_id,
        register_id=uow.actor.register_id,
        staff_id=uow.actor.staff_id,
    )
    session.add(row)
    uow.audit(
        "disclosure.recorded",
        {"buyer": buyer_id, "disclosure": row.id},
        [f"category:{c.value}" for c in cats],
    )
    uow.emit(
        EventType.DISCLOSURE_RECORDED,
        {
            "disclosure_id": str(row.id),
            "buyer_id": str(buyer_id),
            "recipient_category": category.value,
            "recipient_name": name,
            "purpose": row.purpose,
            "legal_basis": basis,
            "data_categories": row.data_categories,
            "sale_id": str(sale_id) if sale_id else None,
            "staff_id": str(uow.actor.staff_id) if uow.actor.staff_id else None,
            "at": uow.now.isoformat(),
        },
        buyer_id=buyer_id,
    )
    return disclosure_view(row)


def record_disclosure(
    ctx: ServiceContext,
    buyer_id: uuid.UUID,
    category: RecipientCategory | str,
    recipient_name: str,
    data_categories: Iterable[DataCategory | str],
    *,
    legal_basis: str | None = None,
    sale_id: uuid.UUID | None = None,
) -> DisclosureView:
    """Record a transfer of the buyer's data (sales manager), refusing one without a basis."""
    ctx.actor.require(Role.SALES_MANAGER, Action.DISCLOSE)
    with UnitOfWork(ctx) as uow:
        receipt = None
        if sale_id is not None:
            sale = uow.session.get(Sale, sale_id)
            if sale is None:
                raise NotFound(Code.SALE_NOT_FOUND, sale_id=sale_id)
            receipt = receipt_refs(uow.session, [sale])[sale.id]
            if sale.buyer_id != buyer_id:
                raise Refused(Code.DISCLOSURE_OTHER_BUYER, receipt=receipt)
        view = record_disclosure_in(
            uow,
            buyer_id,
            category,
            recipient_name,
            data_categories,
            legal_basis=legal_basis,
            sale_id=sale_id,
        )
        uow.commit()
        return dataclasses.replace(view, receipt=receipt)


# --- deliveries: the hand-over to a courier or postal service ----------------------------

_DELIVERY_FIELDS = requirements_for(SaleNeeds(delivery=True)).allowed_fields


def delivery_categories(buyer: Buyer) -> tuple[DataCategory, ...]:
    """What the courier gets: the data a delivery sale asks for (name, phone, delivery
    address), as far as the buyer gave it; never the IIN or ID document of a credit buyer."""
    held = {FIELD_CATEGORY[f] for f in buyer_data(buyer).given_fields() & _DELIVERY_FIELDS}
    return tuple(c for c in PURPOSE_CATEGORIES[Purpose.DELIVERY] if c in held)


def hand_over_delivery_in(
    uow: UnitOfWork,
    sale_id: uuid.UUID,
    courier: str,
    category: RecipientCategory | str = RecipientCategory.COURIER,
    *,
    buyer_id: uuid.UUID | None = None,
) -> DisclosureView:
    """Record that the parcel of a delivery sale, with its label, went to `courier`
    (with `buyer_id`: refused unless the sale is that buyer's)."""
    session = uow.session
    category = parse_recipient(category)
    sale = session.get(Sale, sale_id)
    if sale is None:
        raise NotFound(Code.SALE_NOT_FOUND, sale_id=sale_id)
    receipt = receipt_refs(session, [sale])[sale.id]
    if not sale.delivery:
        raise Refused(Code.DELIVERY_NOT_DELIVERY, receipt=receipt)
    if category not in DELIVERY_RECIPIENTS:
        raise ValidationError(
            Code.DELIVERY_RECIPIENT, field="recipient_category", allowed=DELIVERY_RECIPIENTS
        )
    if sale.buyer_id is None:
        raise Refused(Code.DELIVERY_NO_BUYER, receipt=receipt)
    if buyer_id is not None and sale.buyer_id != buyer_id:
        raise Refused(Code.DISCLOSURE_OTHER_BUYER, receipt=receipt)
    earlier = session.scalar(
        select(Disclosure).where(
            Disclosure.sale_id == sale.id,
            Disclosure.recipient_category.in_([c.value for c in DELIVERY_RECIPIENTS]),
        )
    )
    if earlier is not None:
        tz = store_info(session, uow.actor).timezone
        raise Conflict(
            Code.DELIVERY_HANDED_OVER,
            receipt=receipt,
            recipient=earlier.recipient_name,
            date=local_date(earlier.at, tz),
        )
    view = hand_over_recorded_in(uow, sale.id, sale.buyer_id, courier, category)
    return dataclasses.replace(view, receipt=receipt)


def hand_over_recorded_in(
    uow: UnitOfWork,
    sale_id: uuid.UUID,
    buyer_id: uuid.UUID,
    courier: str,
    category: RecipientCategory | str = RecipientCategory.COURIER,
) -> DisclosureView:
    """The hand-over of a delivery sale the caller knows (e.g. recorded in this unit of work,
    not flushed yet, as the seed does): the register row, its audit entry and event."""
    category = parse_recipient(category)
    if category not in DELIVERY_RECIPIENTS:
        raise ValidationError(
            Code.DELIVERY_RECIPIENT, field="recipient_category", allowed=DELIVERY_RECIPIENTS
        )
    buyer = get_buyer_row(uow.session, buyer_id)
    return record_disclosure_in(
        uow, buyer.id, category, courier, delivery_categories(buyer), sale_id=sale_id
    )


def hand_over_delivery(
    ctx: ServiceContext,
    sale_id: uuid.UUID,
    courier: str,
    category: RecipientCategory | str = RecipientCategory.COURIER,
    *,
    buyer_id: uuid.UUID | None = None,
) -> DisclosureView:
    """Hand a delivery to a courier (sales manager): one register row, one event."""
    ctx.actor.require(Role.SALES_MANAGER, Action.HAND_OVER_DELIVERY)
    with UnitOfWork(ctx) as uow:
        view = hand_over_delivery_in(uow, sale_id, courier, category, buyer_id=buyer_id)
        uow.commit()
        return view


def sale_by_receipt(ctx: ServiceContext, receipt: str) -> uuid.UUID:
    """The sale a receipt names: its number at this register, or STORE/REGISTER/NUMBER."""
    text = receipt.strip()
    parts = text.split("/")
    if len(parts) not in (1, 3) or not parts[-1].isdigit():
        raise ValidationError(Code.RECEIPT_FORM, field="receipt", text=text)
    number = int(parts[-1])
    with ctx.db.read_session() as session:
        register_id: uuid.UUID | None = ctx.actor.register_id
        if len(parts) == 3:
            register_id = session.scalar(
                select(Register.id)
                .join(Store, Store.id == Register.store_id)
                .where(Store.code == parts[0].strip(), Register.code == parts[1].strip())
            )
        found = (
            session.scalar(
                select(Sale.id).where(Sale.register_id == register_id, Sale.receipt_no == number)
            )
            if register_id is not None
            else None
        )
    if found is None:
        raise NotFound(Code.RECEIPT_NOT_FOUND, receipt=text)
    return found


def pending_deliveries(
    ctx: ServiceContext, *, buyer_id: uuid.UUID | None = None, limit: int = 200
) -> list[PendingDelivery]:
    """Delivery sales of this store not yet handed to a courier, newest first."""
    ctx.actor.require(Role.SALES_MANAGER, Action.HAND_OVER_DELIVERY)
    handed = select(Disclosure.sale_id).where(
        Disclosure.sale_id.is_not(None),
        Disclosure.recipient_category.in_([c.value for c in DELIVERY_RECIPIENTS]),
    )
    stmt = select(Sale).where(
        Sale.store_id == ctx.actor.store_id,
        Sale.delivery.is_(True),
        Sale.buyer_id.is_not(None),
        Sale.id.not_in(handed),
    )
    if buyer_id is not None:
        stmt = stmt.where(Sale.buyer_id == buyer_id)
    with ctx.db.read_session() as session:
        sales = session.scalars(stmt.order_by(Sale.created_at.desc()).limit(limit)).all()
        refs = receipt_refs(session, sales)
        out = []
        for s in sales:
            buyer = session.get(Buyer, s.buyer_id)
            out.append(
                PendingDelivery(
                    sale_id=s.id,
                    receipt=refs[s.id],
                    created_at=s.created_at,
                    buyer_id=s.buyer_id,  # type: ignore[arg-type]
                    buyer_masked=mask_name(buyer.given_name, buyer.surname) if buyer else "",
                    total_tiyn=s.total_tiyn,
                )
            )
        return out


# --- the register ----------------------------------------------------------------------


def _utc_bounds(
    tz: str, date_from: dt.date | None, date_to: dt.date | None
) -> tuple[dt.datetime | None, dt.datetime | None]:
    """Store-local whole days as UTC bounds: [from 00:00, the day after `to` 00:00)."""
    zone = ZoneInfo(tz)
    start = (
        dt.datetime.combine(date_from, dt.time(), zone).astimezone(dt.UTC) if date_from else None
    )
    end = (
        dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time(), zone).astimezone(dt.UTC)
        if date_to
        else None
    )
    return start, end


def list_disclosures(
    ctx: ServiceContext,
    *,
    buyer_id: uuid.UUID | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    category: RecipientCategory | str | None = None,
) -> DisclosureRegister:
    """The register of this store's transfers, oldest first (sales manager; audited)."""
    ctx.actor.require(Role.SALES_MANAGER, Action.DISCLOSURE_REGISTER)
    wanted = parse_recipient(category) if category is not None else None
    if date_from and date_to and date_from > date_to:
        raise ValidationError(Code.DISCLOSURE_RANGE, field="date_from")
    with UnitOfWork(ctx) as uow:
        session = uow.session
        tz = store_info(session, ctx.actor).timezone
        start, end = _utc_bounds(tz, date_from, date_to)
        stmt = select(Disclosure).where(Disclosure.store_id == ctx.actor.store_id)
        if buyer_id is not None:
            get_buyer_row(session, buyer_id)
            stmt = stmt.where(Disclosure.buyer_id == buyer_id)
        if wanted is not None:
            stmt = stmt.where(Disclosure.recipient_category == wanted.value)
        if start is not None:
            stmt = stmt.where(Disclosure.at >= start)
        if end is not None:
            stmt = stmt.where(Disclosure.at < end)
        found = session.scalars(stmt.order_by(Disclosure.at, Disclosure.id)).all()
        sale_ids = {d.sale_id for d in found if d.sale_id}
        sales = session.scalars(select(Sale).where(Sale.id.in_(sale_ids))).all() if sale_ids else []
        refs = receipt_refs(session, sales)
        buyer_ids = {d.buyer_id for d in found if d.buyer_id}
        masked = {
            b.id: mask_name(b.given_name, b.surname)
            for b in (
                session.scalars(select(Buyer).where(Buyer.id.in_(buyer_ids))).all()
                if buyer_ids
                else []
            )
        }
        rows = tuple(
            DisclosureRegisterRow(
                id=d.id,
                at=d.at,
                recipient_category=RecipientCategory(d.recipient_category),
                recipient_name=d.recipient_name,
                buyer_masked=masked.get(d.buyer_id, "") if d.buyer_id else "",
                buyer_id=d.buyer_id,
                data_categories=tuple(DataCategory(c) for c in d.data_categories),
                purpose=Purpose(d.purpose) if d.purpose else None,
                legal_basis=d.legal_basis,
                receipt=refs.get(d.sale_id) if d.sale_id else None,
                staff_name=staff_name(session, d.staff_id),
            )
            for d in found
        )
        # Reading the register shows who received whose data: audited like any read.
        entities: dict[str, object] = {"rows": len(rows)}
        if buyer_id is not None:
            entities["buyer"] = buyer_id
        uow.audit(
            "disclosure.register_read",
            entities,
            [
                name
                for name, value in (
                    ("buyer", buyer_id),
                    ("from", date_from),
                    ("to", date_to),
                    ("recipient", wanted),
                )
                if value is not None
            ],
        )
        uow.commit()
        return DisclosureRegister(rows=rows, timezone=tz)
