"""The cash shift of the local register (BRIEF 9.1): open, cash in and out, X, Z close.

Roles: a cashier opens a shift, moves cash, takes an X report and closes the shift they
opened; closing a shift someone else opened (the cashier went home) takes a sales manager
or a store admin, and the audit names who closed it. The shift belongs to the register,
not to a person: anyone signed in at the register sells in its open shift.

`record_sale_in` asks `selling_shift_in` for the shift a sale goes into; other features
(returns, cash payments) ask the same. The X and Z figures come from
`pos.domain.shifts.shift_totals` over `sale_figures`, `refund_figures`, the cash moves and
the credit repayments taken at the till (`repayment_figures`):
a feature that changes what a sale or a refund pays (split payment, discounts, VAT,
returns) changes those two readers, not the reports.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from pos.domain.enums import Role
from pos.domain.errors import Code, Conflict, Refused, ValidationError
from pos.domain.events import EventType
from pos.domain.fiscal import FiscalKind, FiscalState
from pos.domain.shifts import (
    CashMoveKind,
    CashMoveView,
    MoveFigure,
    RefundFigure,
    RepaymentFigure,
    SaleFigure,
    ShiftAgeState,
    ShiftTotals,
    ShiftView,
    age_state,
    check_amount,
    check_cash_out,
    check_may_sell,
    check_reason,
    shift_totals,
)
from pos.domain.vat import vat_included
from pos.services.context import Action, Actor, ServiceContext
from pos.services.fiscal import NOT_ENOUGH_CASH
from pos.services.fiscal import enqueue_in as enqueue_fiscal_in
from pos.services.lookups import staff_name, store_info
from pos.services.uow import UnitOfWork
from pos.storage.counters import next_value
from pos.storage.models import (
    CashMove,
    CreditRepayment,
    FiscalDocument,
    ReturnRefund,
    Sale,
    SaleLine,
    SalePayment,
    SaleReturn,
    SaleReturnLine,
    Shift,
)

# --- reads ------------------------------------------------------------------------------


def open_shift_row(session: Session, register_id: uuid.UUID) -> Shift | None:
    return session.scalars(
        select(Shift).where(Shift.register_id == register_id, Shift.closed_at.is_(None))
    ).first()


def current_shift_in(uow: UnitOfWork) -> Shift | None:
    """The local register's open shift, if any."""
    return open_shift_row(uow.session, uow.actor.register_id)


def selling_shift_in(uow: UnitOfWork) -> Shift:
    """The open shift a sale (or a cash move) goes into; refused without one, or after 24 h."""
    shift = current_shift_in(uow)
    if shift is None:
        raise Refused(Code.SHIFT_NONE_OPEN)
    check_may_sell(shift.opened_at, shift.number, uow.now)
    return shift


def sale_figures(session: Session, shift_id: uuid.UUID) -> list[SaleFigure]:
    """Each sale of the shift as the report counts it: its payments by method (a split sale
    has a cash and a card part; cash net of change; a sale without payment rows, credit or
    installment, counts its total under its method), its discounts (lines' own and their
    share of the receipt's) and its VAT by rate, from the lines as sold."""
    rows = session.execute(
        select(Sale.id, Sale.payment_method, Sale.total_tiyn).where(Sale.shift_id == shift_id)
    ).all()
    paid: dict[uuid.UUID, list[tuple[str, int]]] = {}
    for sale_id, method, amount in session.execute(
        select(SalePayment.sale_id, SalePayment.method, SalePayment.amount_tiyn)
        .join(Sale, Sale.id == SalePayment.sale_id)
        .where(Sale.shift_id == shift_id)
    ):
        paid.setdefault(sale_id, []).append((method, amount))
    line_rows = session.execute(
        select(
            SaleLine.sale_id,
            SaleLine.vat_percent,
            func.sum(SaleLine.vat_tiyn),
            func.sum(SaleLine.discount_tiyn + SaleLine.receipt_discount_tiyn),
            func.sum(SaleLine.total_tiyn),
        )
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(Sale.shift_id == shift_id)
        .group_by(SaleLine.sale_id, SaleLine.vat_percent)
    ).all()
    discounts: dict[uuid.UUID, int] = {}
    vat: dict[uuid.UUID, list[tuple[str, int]]] = {}
    turnover: dict[uuid.UUID, list[tuple[str, int]]] = {}
    for sale_id, percent, vat_tiyn, discount, taken in line_rows:
        discounts[sale_id] = discounts.get(sale_id, 0) + int(discount or 0)
        turnover.setdefault(sale_id, []).append((f"{percent or 0}%", int(taken or 0)))
        if percent:
            vat.setdefault(sale_id, []).append((f"{percent}%", int(vat_tiyn or 0)))
    return [
        SaleFigure(
            payments=tuple(sorted(paid.get(sale_id, [])) or [(method, total)]),
            discount_tiyn=discounts.get(sale_id, 0),
            vat=tuple(vat.get(sale_id, ())),
            turnover=tuple(turnover.get(sale_id, ())),
        )
        for sale_id, method, total in rows
    ]


def refund_figures(session: Session, shift_id: uuid.UUID) -> list[RefundFigure]:
    """Each return made in the shift, with its money back by method."""
    by_return: dict[uuid.UUID, list[tuple[str, int]]] = {}
    for return_id in session.scalars(select(SaleReturn.id).where(SaleReturn.shift_id == shift_id)):
        by_return[return_id] = []
    for return_id, method, amount in session.execute(
        select(ReturnRefund.return_id, ReturnRefund.method, ReturnRefund.amount_tiyn)
        .join(SaleReturn, SaleReturn.id == ReturnRefund.return_id)
        .where(SaleReturn.shift_id == shift_id)
    ):
        by_return.setdefault(return_id, []).append((method, amount))
    # The VAT inside what each returned line gave back, at the rate its sale line kept.
    vat: dict[uuid.UUID, dict[str, int]] = {}
    for return_id, percent, amount in session.execute(
        select(SaleReturnLine.return_id, SaleLine.vat_percent, SaleReturnLine.amount_tiyn)
        .join(SaleReturn, SaleReturn.id == SaleReturnLine.return_id)
        .join(SaleLine, SaleLine.id == SaleReturnLine.sale_line_id)
        .where(SaleReturn.shift_id == shift_id)
    ):
        if percent:
            rates = vat.setdefault(return_id, {})
            key = f"{percent}%"
            rates[key] = rates.get(key, 0) + vat_included(amount, percent)
    return [
        RefundFigure(tuple(sorted(parts)), tuple(sorted(vat.get(return_id, {}).items())))
        for return_id, parts in by_return.items()
    ]


def move_figures(session: Session, shift_id: uuid.UUID) -> list[MoveFigure]:
    """The shift's cash moves; a cash out the cash register refused for want of cash (its
    fiscal document refused, or failed with 8 on a till from before) is marked refused."""
    doc = aliased(FiscalDocument)
    refused = (doc.kind == FiscalKind.CASH_OUT.value) & (
        (doc.state == FiscalState.REFUSED.value)
        | ((doc.state == FiscalState.FAILED.value) & (doc.last_code == NOT_ENOUGH_CASH))
    )
    rows = session.execute(
        select(CashMove.kind, CashMove.amount_tiyn, func.count(doc.id).filter(refused))
        .outerjoin(doc, doc.subject_id == CashMove.id)
        .where(CashMove.shift_id == shift_id)
        .group_by(CashMove.id)
    ).all()
    return [MoveFigure(CashMoveKind(kind), amount, bool(n)) for kind, amount, n in rows]


def repayment_figures(session: Session, shift_id: uuid.UUID) -> list[RepaymentFigure]:
    rows = session.execute(
        select(CreditRepayment.method, CreditRepayment.amount_tiyn).where(
            CreditRepayment.shift_id == shift_id
        )
    ).all()
    return [RepaymentFigure(method, amount) for method, amount in rows]


def totals_of(session: Session, shift: Shift) -> ShiftTotals:
    """The X/Z figures of `shift` as the database holds them now."""
    return shift_totals(
        shift.float_tiyn,
        sale_figures(session, shift.id),
        refund_figures(session, shift.id),
        move_figures(session, shift.id),
        repayment_figures(session, shift.id),
    )


def _view(uow: UnitOfWork, shift: Shift, totals: ShiftTotals) -> ShiftView:
    return _view_at(uow.session, uow.actor, uow.now, shift, totals)


def _view_at(
    session: Session, actor: Actor, now: dt.datetime, shift: Shift, totals: ShiftTotals
) -> ShiftView:
    info = store_info(session, actor)
    return ShiftView(
        id=shift.id,
        number=shift.number,
        store_name=info.store_name,
        store_code=info.store_code,
        register_code=info.register_code,
        timezone=info.timezone,
        opened_at=shift.opened_at,
        opened_by=staff_name(session, shift.opened_by),
        totals=totals,
        at=shift.closed_at or now,
        closed_at=shift.closed_at,
        closed_by=staff_name(session, shift.closed_by),
        counted_tiyn=shift.counted_tiyn,
        difference_tiyn=shift.difference_tiyn,
    )


def current_shift(ctx: ServiceContext) -> ShiftView | None:
    """The open shift with its figures so far (the status bar, the sale screen), or None."""
    with ctx.db.read_session() as session:
        shift = open_shift_row(session, ctx.actor.register_id)
        if shift is None:
            return None
        return _view_at(session, ctx.actor, ctx.clock(), shift, totals_of(session, shift))


# --- use cases --------------------------------------------------------------------------


def open_shift(ctx: ServiceContext, float_tiyn: int) -> ShiftView:
    """Open the register's shift with the counted float."""
    with UnitOfWork(ctx) as uow:
        shift = open_shift_in(uow, float_tiyn)
        uow.commit()
        return _view(uow, shift, shift_totals(shift.float_tiyn, ()))


def open_shift_in(uow: UnitOfWork, float_tiyn: int) -> Shift:
    actor = uow.actor
    actor.require(Role.CASHIER, Action.OPEN_SHIFT)
    check_amount(float_tiyn, "float")
    session = uow.session
    already = current_shift_in(uow)
    if already is not None:
        raise Conflict(Code.SHIFT_ALREADY_OPEN, number=already.number)
    shift = Shift(
        store_id=actor.store_id,
        register_id=actor.register_id,
        number=next_value(session, f"shift:{actor.register_id}"),
        opened_by=actor.staff_id,
        opened_at=uow.now,
        float_tiyn=float_tiyn,
    )
    session.add(shift)
    uow.flush()  # a sale in this same unit finds it
    uow.audit("shift.opened", {"shift": shift.id}, [])
    uow.emit(EventType.SHIFT_OPENED, _opened_payload(shift))
    return shift


def _opened_payload(shift: Shift) -> dict[str, object]:
    return {
        "shift_id": str(shift.id),
        "number": shift.number,
        "register_id": str(shift.register_id),
        "opened_by": str(shift.opened_by) if shift.opened_by else None,
        "opened_at": shift.opened_at.isoformat(),
        "float_tiyn": shift.float_tiyn,
    }


def move_cash(
    ctx: ServiceContext, kind: CashMoveKind, amount_tiyn: int, reason: str
) -> CashMoveView:
    """Put cash into the drawer or take it out, with the reason; never more out than the
    drawer should hold."""
    ctx.actor.require(Role.CASHIER, Action.CASH_MOVE)
    check_amount(amount_tiyn, "amount")
    if amount_tiyn == 0:
        raise ValidationError(Code.CASH_AMOUNT_ZERO, field="amount")
    reason = check_reason(reason)
    with UnitOfWork(ctx) as uow:
        shift = selling_shift_in(uow)
        if kind is CashMoveKind.OUT:
            check_cash_out(totals_of(uow.session, shift), amount_tiyn)
        move = CashMove(
            shift_id=shift.id,
            staff_id=uow.actor.staff_id,
            kind=kind.value,
            amount_tiyn=amount_tiyn,
            reason=reason,
            created_at=uow.now,
        )
        uow.session.add(move)
        uow.audit("cash.moved", {"shift": shift.id, "cash_move": move.id}, [])
        uow.emit(
            EventType.CASH_MOVED,
            {
                "move_id": str(move.id),
                "shift_id": str(shift.id),
                "number": shift.number,
                "kind": move.kind,
                "amount_tiyn": move.amount_tiyn,
                "reason": move.reason,
                "staff_id": str(move.staff_id) if move.staff_id else None,
                "at": move.created_at.isoformat(),
            },
        )
        # The fiscal cash move commits with it (pos.services.fiscal sends it in order).
        fiscal_kind = FiscalKind.CASH_IN if kind is CashMoveKind.IN else FiscalKind.CASH_OUT
        enqueue_fiscal_in(uow, fiscal_kind, move.id, amount_tiyn)
        uow.commit()
        info = store_info(uow.session, uow.actor)
        return CashMoveView(
            id=move.id,
            shift_number=shift.number,
            kind=kind,
            amount_tiyn=amount_tiyn,
            reason=reason,
            staff_name=staff_name(uow.session, move.staff_id),
            at=move.created_at,
            store_name=info.store_name,
            register_code=info.register_code,
            timezone=info.timezone,
        )


def x_report(ctx: ServiceContext) -> ShiftView:
    """The open shift's figures now (an X report changes nothing; it is audited)."""
    ctx.actor.require(Role.CASHIER, Action.SHIFT_REPORT)
    with UnitOfWork(ctx) as uow:
        shift = current_shift_in(uow)
        if shift is None:
            raise Refused(Code.SHIFT_NONE_OPEN)
        totals = totals_of(uow.session, shift)
        view = _view(uow, shift, totals)
        uow.audit("shift.x_report", {"shift": shift.id}, [])
        # The cash register's X, reconciled with these figures when it answers.
        enqueue_fiscal_in(
            uow, FiscalKind.X_REPORT, shift.id, 0, till_figures=_fiscal_figures(totals)
        )
        uow.commit()
        return view


def close_shift(ctx: ServiceContext, counted_tiyn: int) -> ShiftView:
    """Close the open shift with the blind count: the Z report, its difference recorded.
    Always allowed, however long the shift has been open."""
    with UnitOfWork(ctx) as uow:
        shift = close_shift_in(uow, counted_tiyn)
        uow.commit()
        return _view(uow, shift, ShiftTotals.from_dict(shift.z_totals or {}))


def close_shift_in(uow: UnitOfWork, counted_tiyn: int, shift: Shift | None = None) -> Shift:
    """Close `shift` (default: the register's open one) with `counted_tiyn` in the drawer."""
    actor = uow.actor
    actor.require(Role.CASHIER, Action.CLOSE_SHIFT)
    check_amount(counted_tiyn, "counted")
    if shift is None:
        shift = current_shift_in(uow)
        if shift is None:
            raise Refused(Code.SHIFT_NONE_OPEN)
    if shift.opened_by is not None and shift.opened_by != actor.staff_id:
        actor.require(Role.SALES_MANAGER, Action.CLOSE_OTHERS_SHIFT)
    uow.flush()  # the sales of this unit count
    totals = totals_of(uow.session, shift)
    shift.closed_at = uow.now
    shift.closed_by = actor.staff_id
    shift.counted_tiyn = counted_tiyn
    shift.expected_tiyn = totals.expected_cash_tiyn
    shift.difference_tiyn = counted_tiyn - totals.expected_cash_tiyn
    shift.z_totals = totals.as_dict()
    uow.audit(
        "shift.closed",
        {"shift": shift.id},
        ["counted_tiyn", "expected_tiyn", "difference_tiyn", "z_totals"],
    )
    uow.emit(
        EventType.SHIFT_CLOSED,
        {
            "shift_id": str(shift.id),
            "number": shift.number,
            "register_id": str(shift.register_id),
            "opened_at": shift.opened_at.isoformat(),
            "closed_at": shift.closed_at.isoformat(),
            "closed_by": str(shift.closed_by) if shift.closed_by else None,
            "counted_tiyn": counted_tiyn,
            "expected_tiyn": shift.expected_tiyn,
            "difference_tiyn": shift.difference_tiyn,
            "totals": shift.z_totals,
        },
    )
    # The cash register's Z closes its shift too; its figures are reconciled with these.
    enqueue_fiscal_in(uow, FiscalKind.Z_REPORT, shift.id, 0, till_figures=_fiscal_figures(totals))
    return shift


def _fiscal_figures(totals: ShiftTotals) -> dict[str, int]:
    """The figures the cash register's X/Z is reconciled on (pos.services.fiscal.FIGURES)."""
    return {
        "sold_tiyn": totals.sales_tiyn,
        "returned_tiyn": totals.refunds_tiyn,
        # Cash repayments reach the cash register as cash-ins (sales.record_credit_payment).
        "cash_in_tiyn": totals.cash_in_tiyn + totals.cash_repayments_tiyn,
        "cash_out_tiyn": totals.cash_out_tiyn,
    }


def historical_shift_in(uow: UnitOfWork) -> Shift:
    """A past shift opened at `uow.now` for loading history (`pos seed`): it is never the
    register's open shift, so it neither blocks nor is blocked by a real one. Its sales
    name it explicitly; `close_shift_in(uow, counted, shift)` finishes it."""
    actor = uow.actor
    shift = Shift(
        store_id=actor.store_id,
        register_id=actor.register_id,
        number=next_value(uow.session, f"shift:{actor.register_id}"),
        opened_by=actor.staff_id,
        opened_at=uow.now,
        float_tiyn=0,
        closed_at=uow.now,  # until closed for real: not open, so not the register's
    )
    uow.session.add(shift)
    uow.emit(EventType.SHIFT_OPENED, _opened_payload(shift))
    return shift


def shift_state(view: ShiftView | None) -> ShiftAgeState | None:
    """The age state of an open shift at the view's time (None: no shift open)."""
    return None if view is None else age_state(view.opened_at, view.at)
