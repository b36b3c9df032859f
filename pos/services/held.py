"""Held sales (BRIEF 9.3): an open sale put aside and resumed later at this register.

A held sale is not a recorded sale: no receipt number, no event for head office. It keeps
its lines as typed (product data) and the buyer only by id; resuming it takes it off the
list. Holding and resuming are audited by id.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict
from typing import Any

from sqlalchemy import select

from pos.domain.enums import Role
from pos.domain.errors import Code, NotFound, ValidationError
from pos.domain.views import HeldSaleView
from pos.services.context import Action, ServiceContext
from pos.services.lookups import staff_name
from pos.services.sales import LineInput
from pos.services.uow import UnitOfWork
from pos.storage.models import HeldSale


def _line_data(line: LineInput) -> dict[str, Any]:
    data = asdict(line)
    data["product_id"] = str(line.product_id) if line.product_id else None
    return data


def line_input(data: dict[str, Any]) -> LineInput:
    values = dict(data)
    if values.get("product_id"):
        values["product_id"] = uuid.UUID(str(values["product_id"]))
    known = set(LineInput.__dataclass_fields__)
    return LineInput(**{k: v for k, v in values.items() if k in known})


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
            total_tiyn=sum(line.quantity * line.unit_price_tiyn for line in lines),
            held_at=uow.now,
        )
        uow.session.add(row)
        uow.session.flush()
        uow.audit("sale.held", {"held": row.id}, [])
        uow.commit()
        return row.id


def held_sales(ctx: ServiceContext) -> list[HeldSaleView]:
    """This register's held sales, oldest first."""
    ctx.actor.require(Role.CASHIER, Action.HOLD_SALE)
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
    ctx.actor.require(Role.CASHIER, Action.HOLD_SALE)
    with UnitOfWork(ctx) as uow:
        row = uow.session.get(HeldSale, held_id)
        if row is None or row.register_id != ctx.actor.register_id:
            raise NotFound(Code.HELD_NOT_FOUND)
        view = _view(uow.session, row)
        uow.session.delete(row)
        uow.audit("sale.resumed", {"held": held_id}, [])
        uow.commit()
        return view
