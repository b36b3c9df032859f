"""Wrong sales-manager PINs typed to approve (a discount above the limit, a late return
without a name) count per store like wrong sign-in PINs: five lock approvals by PIN for
5 minutes, each failure is audited without the PIN, the count survives the refused sale,
a right PIN resets it, and a store admin lifts the lockout."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from pos.domain.codes import Code
from pos.domain.discounts import Discount
from pos.domain.errors import PermissionDenied
from pos.services import discounts, returns
from pos.services.approvals import approvals_locked_until, unlock_approvals
from pos.services.context import ServiceContext
from pos.services.sales import LineInput, NewSale, record_sale
from pos.storage.models import AuditEntry, Sale
from tests.support.tills import MANAGER_PIN, TillFixture, new_shift

WRONG = "4815"


def _big(pin: str) -> NewSale:
    return NewSale(
        lines=(LineInput("Чайник", 1, 1_250_000),),
        discount=Discount.percent(25),
        discount_reason="damaged box",
        approver_pin=pin,
    )


def _clock(start: dt.datetime) -> tuple[Callable[[], dt.datetime], list[dt.timedelta]]:
    offset = [dt.timedelta(0)]
    return (lambda: start + offset[0]), offset


def _audit(till: TillFixture, action: str) -> list[AuditEntry]:
    with till.db.read_session() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_wrong_approver_pins_through_sales_lock_approvals_until_a_time(
    till: TillFixture,
) -> None:
    clock, offset = _clock(dt.datetime.now(dt.UTC))
    ctx = ServiceContext(till.db, till.cashier, clock)
    for _ in range(4):
        with pytest.raises(PermissionDenied) as wrong:
            record_sale(ctx, _big(WRONG))
        assert wrong.value.code is Code.DISCOUNT_APPROVER_WRONG
    with pytest.raises(PermissionDenied) as locked:
        record_sale(ctx, _big(WRONG))
    assert locked.value.code is Code.APPROVAL_LOCKED and "until" in str(locked.value)
    # Locked: even the right PIN approves nothing, in the sale and in the dialog's check.
    with pytest.raises(PermissionDenied) as still:
        record_sale(ctx, _big(MANAGER_PIN))
    assert still.value.code is Code.APPROVAL_LOCKED
    with pytest.raises(PermissionDenied):
        discounts.approver(ctx, MANAGER_PIN)
    with till.db.read_session() as session:
        assert session.scalars(select(Sale)).all() == []
    failed = _audit(till, "approval.pin_failed")
    assert len(failed) == 5
    assert all(WRONG not in str(e.entities) + str(e.fields) for e in failed)

    offset[0] = dt.timedelta(minutes=6)  # the first lockout is 5 minutes
    assert approvals_locked_until(ctx) is None
    sale = record_sale(ctx, _big(MANAGER_PIN))
    assert sale.discount_approver_name == "Ерлан Менеджер"
    # The right PIN reset the count: four more wrong ones do not lock.
    for _ in range(4):
        with pytest.raises(PermissionDenied) as wrong:
            discounts.approver(ctx, WRONG)
        assert wrong.value.code is Code.DISCOUNT_APPROVER_WRONG
    assert discounts.approver(ctx, MANAGER_PIN).name == "Ерлан Менеджер"


def test_the_third_lockout_lasts_until_a_store_admin_lifts_it(till: TillFixture) -> None:
    clock, offset = _clock(dt.datetime.now(dt.UTC))
    ctx = ServiceContext(till.db, till.cashier, clock)
    codes = []
    for n in range(15):
        offset[0] = dt.timedelta(hours=2 * (n // 5))  # past each lockout
        with pytest.raises(PermissionDenied) as refused:
            discounts.approver(ctx, WRONG)
        codes.append(refused.value.code)
    assert codes[4] is codes[9] is Code.APPROVAL_LOCKED
    assert codes[14] is Code.APPROVAL_LOCKED_ADMIN
    offset[0] = dt.timedelta(days=30)
    with pytest.raises(PermissionDenied) as refused:
        discounts.approver(ctx, MANAGER_PIN)
    assert refused.value.code is Code.APPROVAL_LOCKED_ADMIN
    with pytest.raises(PermissionDenied):  # a cashier cannot lift it
        unlock_approvals(ctx)
    unlock_approvals(ServiceContext(till.db, till.admin, clock))
    assert discounts.approver(ctx, MANAGER_PIN).name == "Ерлан Менеджер"
    assert len(_audit(till, "approval.unlocked")) == 1


def test_wrong_pins_for_an_unnamed_late_return_share_the_count(till: TillFixture) -> None:
    ctx = till.ctx(till.cashier)
    sale = record_sale(ctx, NewSale(lines=(LineInput("Чайник", 1, 1_250_000),)))
    later = ServiceContext(
        till.db, till.cashier, clock=lambda: sale.created_at + dt.timedelta(days=15)
    )
    new_shift(later)

    def late(pin: str) -> returns.ReturnRequest:
        return returns.ReturnRequest(
            sale.id, ((1, 1000),), "брак", override=returns.Override("", pin, "акт 5")
        )

    codes = []
    for _ in range(3):
        with pytest.raises(PermissionDenied) as refused:
            returns.record_return(later, late(WRONG))
        codes.append(refused.value.code)
    for _ in range(2):  # the discount dialog's wrong PINs count toward the same lockout
        with pytest.raises(PermissionDenied) as refused:
            discounts.approver(later, WRONG)
        codes.append(refused.value.code)
    assert codes[:3] == [Code.RETURN_OVERRIDE_PIN] * 3
    assert codes[4] is Code.APPROVAL_LOCKED
    with pytest.raises(PermissionDenied) as refused:
        returns.record_return(later, late(MANAGER_PIN))
    assert refused.value.code is Code.APPROVAL_LOCKED
    assert len(_audit(till, "approval.pin_failed")) == 5
