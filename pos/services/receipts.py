"""Finding a receipt by the number printed on it or by its scanned QR code, and copies.

Receipts are named by their number at this register ("42") or in full, as printed under
the QR code and held in it ("ALM-01/1/42"). The lookup is one indexed query either way:
(register_id, receipt_no) is unique in `sales`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from pos.domain.enums import Role
from pos.domain.errors import Code, NotFound, ValidationError
from pos.domain.masking import scrub
from pos.domain.views import SaleView
from pos.services.context import Action, ServiceContext
from pos.services.lookups import sale_view
from pos.services.shifts import open_shift_row
from pos.services.uow import UnitOfWork
from pos.storage.models import Register, Sale, Shift, Store


@dataclass(frozen=True, slots=True)
class ReceiptRow:
    """A receipt in the window's reprint list: no buyer data."""

    sale_id: uuid.UUID
    receipt_no: int
    created_at: dt.datetime
    total_tiyn: int
    payment_method: str


def _echo(text: str) -> str:
    """What was typed, as the refusal repeats it: the receipt box is where a buyer's IIN or
    phone ends up by mistake, and a refusal's text may reach a log, so those are masked."""
    return scrub(" ".join(text.split()))[:60]


def parse_receipt(text: str) -> tuple[tuple[str, str] | None, int]:
    """'42' -> (None, 42); 'ALM-01/1/42' (typed or scanned) -> (('ALM-01', '1'), 42)."""
    cleaned = "".join(text.split())
    parts = cleaned.split("/")
    if len(parts) not in (1, 3) or not parts[-1].isdigit() or len(parts[-1]) > 12:
        raise ValidationError(Code.RECEIPT_FORM, field="receipt", text=_echo(text))
    where = (parts[0], parts[1]) if len(parts) == 3 else None
    return where, int(parts[-1])


def find_sale(ctx: ServiceContext, text: str) -> uuid.UUID:
    """The sale a receipt names: its number at this register, or STORE/REGISTER/NUMBER."""
    ctx.actor.require_staff(Role.CASHIER, Action.PRINT_RECEIPT)
    where, number = parse_receipt(text)
    with ctx.db.read_session() as session:
        register_id: uuid.UUID | None = ctx.actor.register_id
        if where is not None:
            register_id = session.scalar(
                select(Register.id)
                .join(Store, Store.id == Register.store_id)
                .where(Store.code == where[0], Register.code == where[1])
            )
        found = (
            session.scalar(
                select(Sale.id).where(Sale.register_id == register_id, Sale.receipt_no == number)
            )
            if register_id is not None
            else None
        )
    if found is None:
        raise NotFound(Code.RECEIPT_NOT_FOUND, receipt=_echo(text))
    return found


def receipt_copy(ctx: ServiceContext, sale_id: uuid.UUID) -> SaleView:
    """A receipt printed again, marked COPY; the reprint is audited (it shows a masked
    buyer name)."""
    ctx.actor.require(Role.CASHIER, Action.REPRINT_RECEIPT)
    with UnitOfWork(ctx) as uow:
        row = uow.session.get(Sale, sale_id)
        if row is None:
            raise NotFound(Code.SALE_NOT_FOUND, sale_id=sale_id)
        view = sale_view(uow.session, row)
        uow.audit("receipt.reprinted", {"sale": sale_id}, [])
        uow.commit()
    return dataclasses.replace(view, copy=True)


def shift_receipts(ctx: ServiceContext, limit: int = 500) -> list[ReceiptRow]:
    """This register's receipts of its open shift (else of its last shift), newest first."""
    ctx.actor.require_staff(Role.CASHIER, Action.REPRINT_RECEIPT)
    with ctx.db.read_session() as session:
        register_id = ctx.actor.register_id
        shift = (
            open_shift_row(session, register_id)
            or session.scalars(
                select(Shift)
                .where(Shift.register_id == register_id)
                .order_by(Shift.opened_at.desc())
                .limit(1)
            ).first()
        )
        if shift is None:
            return []
        rows = session.scalars(
            select(Sale)
            .where(Sale.shift_id == shift.id)
            .order_by(Sale.created_at.desc())
            .limit(limit)
        ).all()
        return [
            ReceiptRow(s.id, s.receipt_no, s.created_at, s.total_tiyn, s.payment_method)
            for s in rows
        ]
