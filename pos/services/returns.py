"""Returns against a recorded sale (BRIEF 9.2).

A return names the original receipt, picks lines and quantities (never more than sold and
not yet returned) and refunds by the sale's own methods: the card part back to the card
with the terminal's reference, the rest in cash from the drawer; a credit or installment
sale's return reduces the arrangement's balance first (the bank gets a return act) and
refunds any down payment share in cash. A return more than 14 days after the sale (the
store's local dates) needs a sales manager's PIN, typed at the till without signing the
cashier out, and a reason; the approver's name is kept. The sale itself is never changed
or deleted. A return is one unit of work: rows, audit entry and outbox event together.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos.domain import returns as rules
from pos.domain.enums import CreditStatus, PaymentMethod, Role, SaleType
from pos.domain.errors import Code, NotFound, PermissionDenied, Refused, ValidationError
from pos.domain.events import EventType
from pos.domain.fiscal import FiscalKind
from pos.domain.ids import new_id
from pos.domain.payment import card_reference, refund_split
from pos.domain.references import check_reference
from pos.domain.views import (
    ReturnableLine,
    ReturnableSale,
    ReturnLineView,
    ReturnView,
    receipt_reference,
)
from pos.services.approvals import Approver, approve
from pos.services.context import Action, Actor, ServiceContext
from pos.services.fiscal import enqueue_in as enqueue_fiscal_in
from pos.services.lookups import (
    credit_view,
    local_date,
    payment_view,
    sale_view,
    staff_name,
    store_info,
)
from pos.services.shifts import selling_shift_in
from pos.services.staff import find_staff, sign_in
from pos.services.uow import UnitOfWork
from pos.storage.counters import next_value
from pos.storage.models import (
    CreditArrangement,
    Register,
    ReturnRefund,
    Sale,
    SaleLine,
    SaleReturn,
    SaleReturnLine,
    Store,
)


@dataclass(frozen=True, slots=True)
class Override:
    """A sales manager's approval of a late return: who, their PIN, why."""

    manager: str  # name or id; "" finds the sales manager by the PIN alone
    pin: str
    reason: str


@dataclass(frozen=True, slots=True)
class ReturnRequest:
    sale_id: uuid.UUID
    lines: tuple[tuple[int, int], ...]  # (sale line number, thousandths of its unit)
    reason: str
    override: Override | None = None
    # The terminal's reference for the card refund; default: the sale's card reference.
    card_reference: str | None = None


def _returned(session: Session, sale_id: uuid.UUID) -> dict[uuid.UUID, tuple[int, int]]:
    """Per sale line: the quantity and the money already returned."""
    rows = session.execute(
        select(
            SaleReturnLine.sale_line_id,
            func.sum(SaleReturnLine.quantity_milli),
            func.sum(SaleReturnLine.amount_tiyn),
        )
        .join(SaleReturn, SaleReturn.id == SaleReturnLine.return_id)
        .where(SaleReturn.sale_id == sale_id)
        .group_by(SaleReturnLine.sale_line_id)
    ).all()
    return {line_id: (int(q), int(a)) for line_id, q, a in rows}


def _refunded(session: Session, sale_id: uuid.UUID) -> dict[PaymentMethod, int]:
    rows = session.execute(
        select(ReturnRefund.method, func.sum(ReturnRefund.amount_tiyn))
        .join(SaleReturn, SaleReturn.id == ReturnRefund.return_id)
        .where(SaleReturn.sale_id == sale_id)
        .group_by(ReturnRefund.method)
    ).all()
    return {PaymentMethod(m): int(a) for m, a in rows}


def _age(session: Session, actor: Actor, sale: Sale, now: dt.datetime) -> int:
    zone = store_info(session, actor).timezone
    return rules.age_days(local_date(sale.created_at, zone), local_date(now, zone))


def returnable(ctx: ServiceContext, sale_id: uuid.UUID) -> ReturnableSale:
    """A sale with what may still come back of each line, and whether it is late (with the
    buyer's masked name: a person's read, not the till's own)."""
    ctx.actor.require_staff(Role.CASHIER, Action.RETURN_SALE)
    with ctx.db.read_session() as session:
        sale = session.get(Sale, sale_id)
        if sale is None:
            raise NotFound(Code.SALE_NOT_FOUND, sale_id=sale_id)
        done = _returned(session, sale_id)
        days = _age(session, ctx.actor, sale, ctx.clock())
        return ReturnableSale(
            sale=sale_view(session, sale),
            lines=tuple(
                ReturnableLine(
                    line_no=ln.line_no,
                    name=ln.name,
                    barcode=ln.barcode,
                    quantity_milli=ln.quantity_milli,
                    returned_milli=done.get(ln.id, (0, 0))[0],
                    unit=ln.unit,
                    unit_price_tiyn=ln.unit_price_tiyn,
                    total_tiyn=ln.total_tiyn,
                )
                for ln in sale.lines
            ),
            late=rules.is_late(days),
            days=days,
        )


def _approve(ctx: ServiceContext, override: Override) -> Approver:
    """Check the manager's PIN and role. Named: wrong PINs count toward their lockout;
    unnamed: the PIN of an active, unlocked sales manager (or admin) of the store."""
    if not override.manager.strip():
        # Wrong PINs count toward the store's approval lockout (pos.services.approvals).
        return approve(ctx, override.pin, Code.RETURN_OVERRIDE_PIN)
    manager_id = find_staff(ctx, override.manager)
    approver = sign_in(ctx, manager_id, override.pin)
    if not approver.role.allows(Role.SALES_MANAGER):
        raise PermissionDenied(Code.RETURN_OVERRIDE_ROLE)
    with ctx.db.read_session() as session:
        return Approver(manager_id, staff_name(session, manager_id))


def record_return(ctx: ServiceContext, request: ReturnRequest) -> ReturnView:
    """Record a return, its refunds, the credit balance change, audit and event together."""
    actor = ctx.actor
    actor.require(Role.CASHIER, Action.RETURN_SALE)
    reason = rules.clean_reason(request.reason)
    check_reference(reason, field="reason")
    if not request.lines:
        raise ValidationError(Code.RETURN_NOTHING, field="lines")
    approved: Approver | None = None
    override_reason: str | None = None
    if request.override is not None:
        override_reason = rules.clean_reason(request.override.reason, "override_reason")
        check_reference(override_reason, field="override_reason")
    refund_ref = card_reference(request.card_reference)
    with UnitOfWork(ctx) as uow:
        session = uow.session
        sale = session.get(Sale, request.sale_id)
        if sale is None:
            raise NotFound(Code.SALE_NOT_FOUND, sale_id=request.sale_id)
        sale_type = SaleType(sale.sale_type)
        if sale_type is not SaleType.CASH:
            actor.require(Role.SALES_MANAGER, Action.RETURN_SALE)
        days = _age(session, actor, sale, uow.now)
        late = rules.is_late(days)
        if late and request.override is None:
            raise Refused(Code.RETURN_LATE, days=days, limit=rules.RETURN_DAYS)
    if late and request.override is not None:
        # Its own unit of work: a wrong PIN is counted even though the return is refused.
        approved = _approve(ctx, request.override)
    with UnitOfWork(ctx) as uow:
        session = uow.session
        sale = session.get_one(Sale, request.sale_id)
        ref = _sale_reference(session, sale)
        by_no = {ln.line_no: ln for ln in sale.lines}
        done = _returned(session, sale.id)
        wanted: dict[int, int] = defaultdict(int)
        for line_no, quantity in request.lines:
            if line_no not in by_no:
                raise ValidationError(
                    Code.RETURN_LINE_UNKNOWN, field="lines", receipt=ref, line=line_no
                )
            wanted[line_no] += quantity
        row = SaleReturn(
            id=new_id(),
            sale_id=sale.id,
            store_id=actor.store_id,
            register_id=actor.register_id,
            staff_id=actor.staff_id,
            shift_id=_current_shift(uow),
            return_no=next_value(session, f"return:{actor.register_id}"),
            reason=reason,
            total_tiyn=0,
            override_staff_id=approved.staff_id if approved else None,
            override_name=approved.name if approved else None,
            override_reason=override_reason if approved else None,
            credit_reduction_tiyn=0,
            created_at=uow.now,
        )
        lines: list[dict[str, object]] = []
        total = 0
        for line_no in sorted(wanted):
            line: SaleLine = by_no[line_no]
            quantity = wanted[line_no]
            qty_done, amount_done = done.get(line.id, (0, 0))
            rules.check_quantity(line_no, line.quantity_milli, qty_done, quantity, line.unit)
            amount = rules.line_refund(
                line.total_tiyn, line.quantity_milli, qty_done, amount_done, quantity
            )
            total += amount
            lines.append(
                {
                    "id": new_id(),
                    "return_id": row.id,
                    "sale_line_id": line.id,
                    "line_no": line_no,
                    "quantity_milli": quantity,
                    "amount_tiyn": amount,
                    # Only for the event and the paper:
                    "_name": line.name,
                    "_barcode": line.barcode,
                    "_unit": line.unit,
                }
            )
        row.total_tiyn = total
        refunds = _refunds(session, sale, row, total, refund_ref)
        session.add(row)
        session.flush()
        for values in lines:
            uow.insert(SaleReturnLine, **{k: v for k, v in values.items() if not k.startswith("_")})
        for values in refunds:
            uow.insert(ReturnRefund, **values)
        uow.audit("sale.returned", {"sale": sale.id, "return": row.id}, [])
        uow.emit(
            EventType.SALE_RETURNED,
            _payload(row, sale, lines, refunds, session),
            buyer_id=sale.buyer_id,
        )
        # The fiscal return commits with it; the drain sends it quoting the original.
        enqueue_fiscal_in(uow, FiscalKind.RETURN, row.id, total)
        uow.commit()
        return_id = row.id
    return return_view(ctx, return_id)


def _current_shift(uow: UnitOfWork) -> uuid.UUID:
    """The register's open shift: a return, like a sale, is refused without one (or after
    24 hours), and the shift's X and Z count its refunds."""
    return selling_shift_in(uow).id


def _refunds(
    session: Session, sale: Sale, row: SaleReturn, total: int, card_ref: str | None
) -> list[dict[str, object]]:
    """The money back: the credit balance first for a credit sale, else card then cash."""
    left = total
    out: list[dict[str, object]] = []
    if sale.sale_type != SaleType.CASH.value:
        credit = session.scalar(
            select(CreditArrangement).where(CreditArrangement.sale_id == sale.id)
        )
        if credit is not None:
            reduce = min(left, credit.outstanding_tiyn)
            if reduce:
                credit.outstanding_tiyn -= reduce
                if credit.outstanding_tiyn == 0 and credit.status == CreditStatus.ACTIVE.value:
                    credit.status = CreditStatus.CANCELLED.value
                    credit.closed_at = row.created_at
                out.append(_refund(row, sale.payment_method, reduce, None))
                left -= reduce
            row.credit_id = credit.id
            row.credit_reduction_tiyn = reduce
        if left:  # the down payment's share comes back from the drawer
            out.append(_refund(row, PaymentMethod.CASH.value, left, None))
        return out
    paid = {PaymentMethod(p.method): p.amount_tiyn for p in sale.payments}
    if not paid:  # a sale recorded before payments were kept apart
        paid = {PaymentMethod(sale.payment_method): sale.total_tiyn}
    card_refs = {p.method: p.reference for p in sale.payments}
    for method, amount in refund_split(left, paid, _refunded(session, sale.id)).items():
        ref = (card_ref or card_refs.get(method.value)) if method is PaymentMethod.CARD else None
        out.append(_refund(row, method.value, amount, ref))
    return out


def _refund(row: SaleReturn, method: str, amount: int, ref: str | None) -> dict[str, object]:
    return {
        "id": new_id(),
        "return_id": row.id,
        "method": method,
        "amount_tiyn": amount,
        "reference": ref,
    }


def _sale_reference(session: Session, sale: Sale) -> str:
    store = session.get(Store, sale.store_id)
    register = session.get(Register, sale.register_id)
    return receipt_reference(
        store.code if store else "?", register.code if register else "?", sale.receipt_no
    )


def _payload(
    row: SaleReturn,
    sale: Sale,
    lines: list[dict[str, object]],
    refunds: list[dict[str, object]],
    session: Session,
) -> dict[str, object]:
    credit = session.get(CreditArrangement, row.credit_id) if row.credit_id else None
    return {
        "return_id": str(row.id),
        "return_no": row.return_no,
        "sale_id": str(sale.id),
        "receipt_no": sale.receipt_no,
        "register_id": str(row.register_id),
        "staff_id": str(row.staff_id),
        "shift_id": str(row.shift_id) if row.shift_id else None,
        "buyer_id": str(sale.buyer_id) if sale.buyer_id else None,
        "reason": row.reason,
        "total_tiyn": row.total_tiyn,
        "created_at": row.created_at.isoformat(),
        # Purchase lines: personal data while the sale is linked (head office encrypts).
        "lines": [
            {
                "line_no": ln["line_no"],
                "barcode": ln["_barcode"],
                "name": ln["_name"],
                "quantity_milli": ln["quantity_milli"],
                "unit": ln["_unit"],
                "amount_tiyn": ln["amount_tiyn"],
            }
            for ln in lines
        ],
        "refunds": [
            {"method": r["method"], "amount_tiyn": r["amount_tiyn"], "reference": r["reference"]}
            for r in refunds
        ],
        "override_staff_id": str(row.override_staff_id) if row.override_staff_id else None,
        "override_reason": row.override_reason,
        "credit_id": str(credit.id) if credit else None,
        "credit_reduction_tiyn": row.credit_reduction_tiyn,
        "credit_outstanding_tiyn": credit.outstanding_tiyn if credit else None,
        "credit_status": credit.status if credit else None,
    }


def return_view(ctx: ServiceContext, return_id: uuid.UUID, *, copy: bool = False) -> ReturnView:
    """A recorded return as its paper shows it."""
    ctx.actor.require(Role.CASHIER, Action.RETURN_SALE)
    with ctx.db.read_session() as session:
        row = session.get(SaleReturn, return_id)
        if row is None:
            raise NotFound(Code.RETURN_NOT_FOUND)
        return view_of(session, row, copy=copy)


def returns_of_buyer(session: Session, buyer_id: uuid.UUID) -> tuple[ReturnView, ...]:
    """The returns of a buyer's sales, for their access report (they stay under the sale's
    consent and its retention)."""
    rows = session.scalars(
        select(SaleReturn)
        .join(Sale, Sale.id == SaleReturn.sale_id)
        .where(Sale.buyer_id == buyer_id)
        .order_by(SaleReturn.created_at)
    ).all()
    return tuple(view_of(session, r) for r in rows)


def view_of(session: Session, row: SaleReturn, *, copy: bool = False) -> ReturnView:
    sale = session.get_one(Sale, row.sale_id)
    store = session.get(Store, row.store_id)
    register = session.get(Register, row.register_id)
    by_id = {ln.id: ln for ln in sale.lines}
    credit = session.get(CreditArrangement, row.credit_id) if row.credit_id else None
    return ReturnView(
        id=row.id,
        return_no=row.return_no,
        sale_id=sale.id,
        receipt=_sale_reference(session, sale),
        sale_type=SaleType(sale.sale_type),
        store_name=store.name if store else "",
        store_code=store.code if store else "",
        register_code=register.code if register else "",
        staff_name=staff_name(session, row.staff_id),
        created_at=row.created_at,
        timezone=store.timezone if store else "Asia/Almaty",
        reason=row.reason,
        lines=tuple(
            ReturnLineView(
                line_no=rl.line_no,
                name=by_id[rl.sale_line_id].name,
                barcode=by_id[rl.sale_line_id].barcode,
                quantity_milli=rl.quantity_milli,
                unit=by_id[rl.sale_line_id].unit,
                amount_tiyn=rl.amount_tiyn,
            )
            for rl in row.lines
        ),
        total_tiyn=row.total_tiyn,
        refunds=tuple(payment_view(r) for r in row.refunds),
        credit=credit_view(credit) if credit else None,
        credit_reduction_tiyn=row.credit_reduction_tiyn,
        override_name=row.override_name,
        override_reason=row.override_reason,
        buyer_id=sale.buyer_id,
        copy=copy,
    )
