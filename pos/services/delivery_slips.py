"""The delivery slip for the courier: only what the courier needs (policy 4.3.2).

It carries exactly the data categories the disclosure register records for the parcel's
hand-over (`disclosures.delivery_categories`: full name, phone, delivery address, as far
as the buyer gave them), and the items to deliver without prices. Printing it shows
personal data on paper, so each print is audited (which sale, which fields; no values).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from pos.domain.enums import DataCategory, Role
from pos.domain.errors import Code, NotFound, Refused
from pos.domain.views import SaleLineView
from pos.services.context import Action, ServiceContext
from pos.services.disclosures import delivery_categories, receipt_refs
from pos.services.lookups import get_buyer_row, sale_view
from pos.services.uow import UnitOfWork
from pos.storage.models import Sale


@dataclass(frozen=True, slots=True)
class DeliverySlipView:
    """What the courier's slip prints."""

    sale_id: uuid.UUID
    receipt: str
    sold_at: dt.datetime
    timezone: str
    store_name: str
    store_code: str
    register_code: str
    # Each is empty unless its category is one the register records for the hand-over.
    full_name: str
    phone: str
    delivery_address: str
    categories: tuple[DataCategory, ...]
    lines: tuple[SaleLineView, ...]


def delivery_slip(ctx: ServiceContext, sale_id: uuid.UUID) -> DeliverySlipView:
    """The slip of a recorded delivery sale (the cashier who sold it prints it)."""
    ctx.actor.require(Role.CASHIER, Action.PRINT_RECEIPT)
    with UnitOfWork(ctx) as uow:
        session = uow.session
        sale = session.get(Sale, sale_id)
        if sale is None:
            raise NotFound(Code.SALE_NOT_FOUND, sale_id=sale_id)
        receipt = receipt_refs(session, [sale])[sale.id]
        if not sale.delivery:
            raise Refused(Code.DELIVERY_NOT_DELIVERY, receipt=receipt)
        if sale.buyer_id is None:
            raise Refused(Code.DELIVERY_NO_BUYER, receipt=receipt)
        buyer = get_buyer_row(session, sale.buyer_id)
        categories = delivery_categories(buyer)
        view = sale_view(session, sale)
        name = " ".join(p for p in (buyer.surname, buyer.given_name, buyer.patronymic) if p)
        slip = DeliverySlipView(
            sale_id=sale.id,
            receipt=receipt,
            sold_at=sale.created_at,
            timezone=view.timezone,
            store_name=view.store_name,
            store_code=view.store_code,
            register_code=view.register_code,
            full_name=name if DataCategory.FULL_NAME in categories else "",
            phone=(buyer.phone or "") if DataCategory.PHONE in categories else "",
            delivery_address=(buyer.delivery_address or "")
            if DataCategory.DELIVERY_ADDRESS in categories
            else "",
            categories=categories,
            lines=view.lines,
        )
        uow.audit(
            "delivery.slip_printed",
            {"sale": sale.id, "buyer": buyer.id},
            [c.value for c in categories],
        )
        uow.commit()
        return slip
