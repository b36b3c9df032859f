"""The disclosure register (policy 4.3.2, 4.4.2): the one door personal data leaves through.

A transfer is refused unless the buyer's consent to the matching purpose is in force,
or, for a government body, a legal basis reference is given. Each transfer is recorded.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from pos.domain.enums import BuyerStatus, DataCategory, Purpose, RecipientCategory, Role
from pos.domain.errors import Code, Refused, ValidationError
from pos.domain.events import EventType
from pos.domain.minimization import PURPOSE_CATEGORIES, PURPOSE_RECIPIENTS
from pos.domain.references import check_reference
from pos.domain.views import DisclosureView
from pos.services.context import Action, ServiceContext
from pos.services.lookups import get_buyer_row
from pos.services.uow import UnitOfWork
from pos.storage import queries
from pos.storage.models import Disclosure


def purpose_for_recipient(category: RecipientCategory) -> Purpose | None:
    for purpose, recipients in PURPOSE_RECIPIENTS.items():
        if category in recipients:
            return purpose
    return None


def disclosure_view(d: Disclosure) -> DisclosureView:
    return DisclosureView(
        id=d.id,
        at=d.at,
        recipient_category=RecipientCategory(d.recipient_category),
        recipient_name=d.recipient_name,
        purpose=Purpose(d.purpose) if d.purpose else None,
        legal_basis=d.legal_basis,
        data_categories=tuple(DataCategory(c) for c in d.data_categories),
        sale_id=d.sale_id,
    )


def record_disclosure_in(
    uow: UnitOfWork,
    buyer_id: uuid.UUID,
    category: RecipientCategory,
    recipient_name: str,
    data_categories: Iterable[DataCategory],
    *,
    legal_basis: str | None = None,
    sale_id: uuid.UUID | None = None,
) -> DisclosureView:
    session = uow.session
    buyer = get_buyer_row(session, buyer_id)
    name = " ".join(recipient_name.split())
    if not name:
        raise ValidationError(Code.DISCLOSURE_RECIPIENT_MISSING, field="recipient_name")
    cats = tuple(dict.fromkeys(DataCategory(c) for c in data_categories))
    if not cats:
        raise ValidationError(Code.DISCLOSURE_DATA_MISSING, field="data_categories")
    purpose: Purpose | None = None
    basis = " ".join((legal_basis or "").split()) or None
    check_reference(basis, field="legal_basis")  # kept after destruction: no personal data
    if category is RecipientCategory.GOVERNMENT:
        if basis is None:
            raise Refused(Code.DISCLOSURE_BASIS_MISSING)
    else:
        purpose = purpose_for_recipient(category)
        if purpose is None:
            raise ValidationError(Code.DISCLOSURE_NO_PURPOSE, recipient=category)
        if buyer.status == BuyerStatus.RESTRICTED.value and purpose is not Purpose.CREDIT:
            raise Refused(Code.DISCLOSURE_RESTRICTED)
        if purpose not in queries.purposes_in_force(session, buyer_id):
            raise Refused(Code.DISCLOSURE_NO_CONSENT, purpose=purpose, recipient=category)
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
            "at": uow.now.isoformat(),
        },
        buyer_id=buyer_id,
    )
    return disclosure_view(row)


def record_disclosure(
    ctx: ServiceContext,
    buyer_id: uuid.UUID,
    category: RecipientCategory,
    recipient_name: str,
    data_categories: Iterable[DataCategory],
    *,
    legal_basis: str | None = None,
    sale_id: uuid.UUID | None = None,
) -> DisclosureView:
    """Record a transfer of the buyer's data (sales manager), refusing one without a basis."""
    ctx.actor.require(Role.SALES_MANAGER, Action.DISCLOSE)
    with UnitOfWork(ctx) as uow:
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
        return view
