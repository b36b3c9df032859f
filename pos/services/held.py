"""Held sales (BRIEF 9.3): an open sale put aside and resumed later at this register.

A held sale is not a recorded sale: no receipt number, no event for head office. It keeps
its lines as typed (product data) and the buyer only by id; resuming it takes it off the
list. Holding and resuming are audited by id.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from pos.domain.discounts import Discount, DiscountKind
from pos.domain.enums import Role
from pos.domain.errors import Code, NotFound, ValidationError
from pos.domain.quantity import Unit, line_amount
from pos.domain.views import HeldSaleView
from pos.services.context import Action, ServiceContext
from pos.services.lookups import staff_name
from pos.services.sales import LineInput
from pos.services.uow import UnitOfWork
from pos.storage.models import HeldSale


def _line_data(line: LineInput) -> dict[str, Any]:
    """A line as JSON: the quantity as text (kilograms keep their grams exactly)."""
    return {
        "name": line.name,
        "quantity": str(line.quantity),
        "unit": Unit(line.unit).value,
        "unit_price_tiyn": line.unit_price_tiyn,
        "category": line.category,
        "barcode": line.barcode,
        "product_id": str(line.product_id) if line.product_id else None,
        "name_kk": line.name_kk,
        "vat_percent": line.vat_percent,
        "discount": (
            {"kind": line.discount.kind.value, "value": line.discount.value}
            if line.discount
            else None
        ),
    }


def line_input(data: dict[str, Any]) -> LineInput:
    """The line a held sale kept, as the sale service takes it."""
    unit = Unit(data.get("unit") or Unit.PCS)
    amount = Decimal(str(data["quantity"]))
    quantity: int | Decimal = int(amount) if unit is Unit.PCS else amount
    discount = data.get("discount")
    return LineInput(
        name=str(data["name"]),
        quantity=quantity,
        unit_price_tiyn=int(data["unit_price_tiyn"]),
        category=str(data.get("category") or "general"),
        barcode=data.get("barcode"),
        product_id=uuid.UUID(str(data["product_id"])) if data.get("product_id") else None,
        unit=unit,
        name_kk=data.get("name_kk"),
        vat_percent=data.get("vat_percent"),
        discount=(
            Discount(DiscountKind(discount["kind"]), int(discount["value"])) if discount else None
        ),
    )


def _total(lines: tuple[LineInput, ...]) -> int:
    """Before discounts (the sale prices them when it is recorded)."""
    return sum(line_amount(line.quantity_milli or 0, line.unit_price_tiyn) for line in lines)


def hold_sale(
    ctx: ServiceContext, lines: tuple[LineInput, ...], buyer_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Put the open sale aside; returns the held sale's id."""
    actor = ctx.actor
    actor.require(Role.CASHIER, Action.HOLD_SALE)
    if not lines:
        raise ValidationError(Code.HELD_EMPTY, field="lines")
    with UnitOfWork(ctx) as uow:
        row = HeldSale(
            register_id=actor.register_id,
            staff_id=actor.staff_id,
            buyer_id=buyer_id,
            lines=[_line_data(line) for line in lines],
            total_tiyn=_total(lines),
            held_at=uow.now,
        )
        uow.session.add(row)
        uow.session.flush()
        uow.audit("sale.held", {"held": row.id}, [])
        uow.commit()
        return row.id


def held_sales(ctx: ServiceContext) -> list[HeldSaleView]:
    """This register's held sales, oldest first."""
    ctx.actor.require_staff(Role.CASHIER, Action.HOLD_SALE)
    with ctx.db.read_session() as session:
        rows = session.scalars(
            select(HeldSale)
            .where(HeldSale.register_id == ctx.actor.register_id)
            .order_by(HeldSale.held_at)
        ).all()
        return [_view(session, r) for r in rows]


def _view(session: Any, r: HeldSale) -> HeldSaleView:
    return HeldSaleView(
        id=r.id,
        held_at=r.held_at,
        buyer_id=r.buyer_id,
        lines=tuple(r.lines),
        total_tiyn=r.total_tiyn,
        staff_name=staff_name(session, r.staff_id),
    )


def resume_sale(ctx: ServiceContext, held_id: uuid.UUID) -> HeldSaleView:
    """Take a held sale back into the open sale (it leaves the list)."""
    ctx.actor.require_staff(Role.CASHIER, Action.HOLD_SALE)
    with UnitOfWork(ctx) as uow:
        row = uow.session.get(HeldSale, held_id)
        if row is None or row.register_id != ctx.actor.register_id:
            raise NotFound(Code.HELD_NOT_FOUND)
        view = _view(uow.session, row)
        uow.session.delete(row)
        uow.audit("sale.resumed", {"held": held_id}, [])
        uow.commit()
        return view
