"""A credit or installment repayment at the till (sales manager), and its paper receipt.

The repayment itself is `sales.record_credit_payment` (the same for the CLI and the
window); this adds what the buyer's receipt needs: which sale, how much, what is left.
The receipt names the buyer only masked, as the sale's receipt does.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from pos.domain.enums import CreditStatus, PaymentMethod, Role, SaleType
from pos.domain.errors import Code, NotFound
from pos.domain.masking import mask_name
from pos.domain.views import CreditView
from pos.services.context import Action, ServiceContext
from pos.services.lookups import credit_view, staff_name, store_info
from pos.services.sales import record_credit_payment
from pos.storage.models import Buyer, CreditArrangement, Sale


@dataclass(frozen=True, slots=True)
class CreditRow:
    """An arrangement as the repayment screen lists it (no buyer's data)."""

    credit: CreditView
    receipt_no: int
    sold_on: dt.datetime


@dataclass(frozen=True, slots=True)
class CreditPaymentSlip:
    """What the repayment receipt prints."""

    kind: SaleType
    partner_bank: str
    product: str
    receipt_no: int
    amount_tiyn: int
    outstanding_tiyn: int
    status: CreditStatus
    at: dt.datetime
    timezone: str
    store_name: str
    store_code: str
    register_code: str
    staff_name: str
    buyer_masked_name: str


def active_credits(ctx: ServiceContext, receipt_no: int | None = None) -> list[CreditRow]:
    """Outstanding arrangements, newest first (or the one of sale `receipt_no`)."""
    ctx.actor.require(Role.SALES_MANAGER, Action.CREDIT_LIST)
    with ctx.db.read_session() as session:
        query = (
            select(CreditArrangement, Sale.receipt_no, Sale.created_at)
            .join(Sale, Sale.id == CreditArrangement.sale_id)
            .where(CreditArrangement.status == CreditStatus.ACTIVE.value)
            .order_by(CreditArrangement.opened_at.desc())
        )
        if receipt_no is not None:
            query = query.where(Sale.receipt_no == receipt_no)
        return [
            CreditRow(credit_view(c), int(number), created)
            for c, number, created in session.execute(query.limit(500))
        ]


def pay(
    ctx: ServiceContext,
    credit_id: uuid.UUID,
    amount_tiyn: int,
    method: PaymentMethod = PaymentMethod.CASH,
) -> CreditPaymentSlip:
    """Record the repayment (one transaction, audited, sent to head office; cash goes into
    the open shift's drawer), then read what its receipt prints."""
    view = record_credit_payment(ctx, credit_id, amount_tiyn, method)
    with ctx.db.read_session() as session:
        c = session.get(CreditArrangement, credit_id)
        sale = session.get(Sale, view.sale_id)
        if c is None or sale is None:
            raise NotFound(Code.CREDIT_NOT_FOUND, credit_id=credit_id)
        buyer = session.get(Buyer, c.buyer_id) if c.buyer_id else None
        store = store_info(session, ctx.actor)
        return CreditPaymentSlip(
            kind=view.kind,
            partner_bank=view.partner_bank,
            product=view.product,
            receipt_no=sale.receipt_no,
            amount_tiyn=amount_tiyn,
            outstanding_tiyn=view.outstanding_tiyn,
            status=view.status,
            at=ctx.clock(),
            timezone=store.timezone,
            store_name=store.store_name,
            store_code=store.store_code,
            register_code=store.register_code,
            staff_name=staff_name(session, ctx.actor.staff_id),
            buyer_masked_name=mask_name(buyer.given_name, buyer.surname) if buyer else "",
        )
