"""The cash shift (BRIEF 9.1): a register sells only inside an open shift; cash in and out
with a reason; X at any time; Z with a blind count and the difference; the 24-hour rule."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pos.domain.enums import PaymentMethod
from pos.domain.errors import Code, Conflict, PermissionDenied, PosError, Refused
from pos.domain.shifts import CashMoveKind, ShiftAgeState
from pos.services.context import ServiceContext
from pos.services.sales import LineInput, NewSale, record_sale
from pos.services.shifts import close_shift, current_shift, move_cash, open_shift, x_report
from pos.storage.models import Sale
from tests.support.tills import TillFixture, make_till


@pytest.fixture
def bare(tmp_path):  # type: ignore[no-untyped-def]
    """A till whose register has no shift open yet."""
    t = make_till(tmp_path / "home", shift=False)
    yield t
    t.db.close()


def sell(ctx: ServiceContext, total: int, payment: PaymentMethod, tendered: int | None = None):  # type: ignore[no-untyped-def]
    return record_sale(
        ctx,
        NewSale(
            lines=(LineInput("Чайник", 1, total),),
            payment=payment,
            tendered_tiyn=tendered,
        ),
    )


def at(ctx: ServiceContext, when: dt.datetime) -> ServiceContext:
    return dataclasses.replace(ctx, clock=lambda: when)


def test_a_sale_needs_an_open_shift_and_goes_into_it(bare: TillFixture) -> None:
    ctx = bare.ctx(bare.cashier)
    with pytest.raises(Refused) as no_shift:
        sell(ctx, 150_000, PaymentMethod.CASH)
    assert no_shift.value.code is Code.SHIFT_NONE_OPEN
    assert "open one first" in str(no_shift.value)
    shift = open_shift(ctx, 2_000_000)
    assert shift.number == 1 and shift.totals.expected_cash_tiyn == 2_000_000
    with pytest.raises(Conflict) as twice:
        open_shift(bare.ctx(bare.manager), 0)
    assert twice.value.code is Code.SHIFT_ALREADY_OPEN
    sale = sell(ctx, 150_000, PaymentMethod.CASH, tendered=200_000)
    with bare.db.read_session() as s:
        assert s.get_one(Sale, sale.id).shift_id == shift.id


def test_x_and_z_figures_cash_moves_and_the_blind_count(bare: TillFixture) -> None:
    ctx = bare.ctx(bare.cashier)
    open_shift(ctx, 2_000_000)
    sell(ctx, 150_000, PaymentMethod.CASH, tendered=200_000)
    sell(ctx, 99_000, PaymentMethod.CASH)
    sell(ctx, 1_250_000, PaymentMethod.CARD)
    move_cash(ctx, CashMoveKind.IN, 500_000, "  размен  из банка ")
    with pytest.raises(Refused) as too_much:
        move_cash(ctx, CashMoveKind.OUT, 2_749_001, "инкассация")
    assert too_much.value.code is Code.CASH_OUT_ABOVE_DRAWER
    out = move_cash(ctx, CashMoveKind.OUT, 1_000_000, "инкассация")
    assert out.reason == "инкассация" and out.shift_number == 1
    with pytest.raises(PosError) as no_reason:
        move_cash(ctx, CashMoveKind.OUT, 100, "   ")
    assert no_reason.value.code is Code.CASH_REASON_EMPTY

    x = x_report(ctx)
    t = x.totals
    assert (t.sales_count, t.sales_tiyn) == (3, 1_499_000)
    assert dict(t.sales_by_method) == {"cash": 249_000, "card": 1_250_000}
    assert (t.cash_in_tiyn, t.cash_out_tiyn) == (500_000, 1_000_000)
    # float + cash sales - cash refunds + cash in - cash out
    assert t.expected_cash_tiyn == 2_000_000 + 249_000 + 500_000 - 1_000_000
    assert x.is_open

    z = close_shift(ctx, 1_740_000)  # 9 000 tiyn short
    assert z.closed_at is not None and z.counted_tiyn == 1_740_000
    assert z.difference_tiyn == 1_740_000 - 1_749_000
    assert z.totals == t
    assert current_shift(ctx) is None
    with pytest.raises(Refused):
        x_report(ctx)
    with pytest.raises(Refused):
        sell(ctx, 100, PaymentMethod.CARD)
    assert open_shift(ctx, 0).number == 2


def test_24_hours_warn_then_refuse_a_sale_but_closing_works(bare: TillFixture) -> None:
    ctx = bare.ctx(bare.cashier)
    opened = open_shift(ctx, 0).opened_at
    state = current_shift(at(ctx, opened + dt.timedelta(hours=23, minutes=1)))
    assert state is not None and state.age_state is ShiftAgeState.NEAR_LIMIT
    sell(at(ctx, opened + dt.timedelta(hours=23, minutes=59)), 100, PaymentMethod.CARD)
    late = at(ctx, opened + dt.timedelta(hours=24))
    shown = current_shift(late)
    assert shown is not None and shown.age_state is ShiftAgeState.EXPIRED
    with pytest.raises(Refused) as expired:
        sell(late, 100, PaymentMethod.CARD)
    assert expired.value.code is Code.SHIFT_EXPIRED and "24 hours" in str(expired.value)
    with pytest.raises(Refused):
        move_cash(late, CashMoveKind.IN, 100, "размен")
    z = close_shift(late, 0)
    assert z.totals.sales_count == 1 and z.difference_tiyn == 0


def test_closing_someone_elses_shift_takes_a_sales_manager(bare: TillFixture) -> None:
    open_shift(bare.ctx(bare.manager), 0)
    with pytest.raises(PermissionDenied) as refused:
        close_shift(bare.ctx(bare.cashier), 0)
    assert "closing a shift someone else opened" in str(refused.value)
    z = close_shift(bare.ctx(bare.manager), 0)
    assert z.closed_by == "Ерлан Менеджер"
    open_shift(bare.ctx(bare.cashier), 0)
    assert close_shift(bare.ctx(bare.manager), 0).opened_by == "Айгерим Кассир"


def test_the_z_counts_discounts_and_vat_by_rate_of_the_lines_sold(bare: TillFixture) -> None:
    from pos.domain.discounts import parse_discount

    ctx = bare.ctx(bare.cashier)
    open_shift(ctx, 0)
    sold = record_sale(
        ctx,
        NewSale(
            lines=(
                LineInput("Чайник", 1, 1_120_000, vat_percent=12),
                LineInput("Хлеб", 2, 20_000, vat_percent=0),
            ),
            payment=PaymentMethod.CARD,
            discount=parse_discount("10%"),
            discount_reason="акция",
        ),
    )
    z = close_shift(ctx, 0)
    t = z.totals
    assert t.sales_tiyn == sold.total_tiyn == (1_120_000 + 40_000) * 9 // 10
    assert t.discounts_tiyn == 116_000
    vat_12 = sum(line.vat_tiyn for line in sold.lines if line.vat_percent == 12)
    assert dict(t.vat_by_rate) == {"12%": vat_12} and vat_12 > 0


def test_split_payments_and_returns_count_by_method(bare: TillFixture) -> None:
    from pos.domain.payment import PaymentInput
    from pos.services.returns import ReturnRequest, record_return

    ctx = bare.ctx(bare.cashier)
    open_shift(ctx, 1_000_000)
    split = record_sale(
        ctx,
        NewSale(
            lines=(LineInput("Чайник", 1, 500_000, vat_percent=0),),
            payments=(
                PaymentInput(PaymentMethod.CARD, 300_000, "123456"),
                PaymentInput(PaymentMethod.CASH, 500_000),  # tendered: 2 000 ₸ change
            ),
        ),
    )
    cash = sell(ctx, 100_000, PaymentMethod.CASH)
    x = x_report(ctx).totals
    assert dict(x.sales_by_method) == {"card": 300_000, "cash": 300_000}
    assert x.sales_count == 2 and x.expected_cash_tiyn == 1_300_000
    record_return(ctx, ReturnRequest(sale_id=cash.id, lines=((1, 1000),), reason="брак"))
    z = close_shift(ctx, 1_200_000)
    t = z.totals
    assert (t.refunds_count, t.refunds_tiyn, dict(t.refunds_by_method)) == (
        1,
        100_000,
        {"cash": 100_000},
    )
    assert t.expected_cash_tiyn == 1_200_000 and z.difference_tiyn == 0
    assert split.total_tiyn == 500_000
    with pytest.raises(Refused) as no_shift:  # a return, like a sale, needs an open shift
        record_return(ctx, ReturnRequest(sale_id=split.id, lines=((1, 1000),), reason="брак"))
    assert no_shift.value.code is Code.SHIFT_NONE_OPEN
