"""Returns, receipts and held sales: the 14-day rule counts the store's local dates; a
receipt lookup repeats no personal number typed by mistake; only a signed-in person reads
them (the till's own background work does not)."""

from __future__ import annotations

import datetime as dt

import pytest

from pos.domain import returns as rules
from pos.domain.codes import Code
from pos.domain.errors import PermissionDenied, PosError
from pos.services import discounts, held, receipts, returns
from pos.services.context import ServiceContext
from pos.services.lookups import local_date
from pos.services.sales import LineInput, NewSale, record_sale
from tests.support.tills import MANAGER_PIN, TillFixture


def _days(sold_utc: dt.datetime, now_utc: dt.datetime, zone: str) -> int:
    return rules.age_days(local_date(sold_utc, zone), local_date(now_utc, zone))


def test_a_late_evening_sale_is_late_after_fourteen_local_days_not_hours() -> None:
    # 23:30 in Almaty (UTC+5) on 1 March; 14 days and one hour later it is 16 March locally.
    sold = dt.datetime(2026, 3, 1, 18, 30, tzinfo=dt.UTC)
    now = sold + dt.timedelta(days=14, hours=1)
    assert _days(sold, now, "Asia/Almaty") == 15
    assert rules.is_late(_days(sold, now, "Asia/Almaty"))
    # The same instants in UTC would still be day 14: the zone decides.
    assert not rules.is_late(_days(sold, now, "UTC"))


def test_day_fourteen_is_the_buyers_right_day_fifteen_needs_an_override() -> None:
    sold = dt.date(2026, 2, 20)  # across the end of February
    assert not rules.is_late(rules.age_days(sold, dt.date(2026, 3, 6)))
    assert rules.is_late(rules.age_days(sold, dt.date(2026, 3, 7)))


def test_an_iin_or_phone_typed_into_the_receipt_box_is_not_repeated_in_the_refusal(
    till: TillFixture,
) -> None:
    ctx = till.ctx(till.cashier)
    for typed, number in (("870412300567", "300567"), ("8 701 555 12 34", "555")):
        with pytest.raises(PosError) as refused:
            receipts.find_sale(ctx, typed)
        assert refused.value.code in (Code.RECEIPT_NOT_FOUND, Code.RECEIPT_FORM)
        shown = str(refused.value) + repr(refused.value.params)
        assert number not in shown
    with pytest.raises(PosError) as missing:
        receipts.find_sale(ctx, "99999")
    assert "99999" in str(missing.value)  # a real receipt number is still repeated


def test_the_till_itself_reads_no_held_sale_receipt_or_return_and_tries_no_pin(
    till: TillFixture,
) -> None:
    staff = till.ctx(till.cashier)
    sale = record_sale(staff, NewSale(lines=(LineInput("Чайник", 1, 1_250_000),)))
    held.hold_sale(staff, (LineInput("Кружка", 1, 99_000),))
    system = ServiceContext(till.db, till.identity.system_actor())
    reads = (
        lambda: held.held_sales(system),
        lambda: returns.returnable(system, sale.id),
        lambda: receipts.find_sale(system, str(sale.receipt_no)),
        lambda: receipts.shift_receipts(system),
        lambda: discounts.approver(system, MANAGER_PIN),
    )
    for read in reads:
        with pytest.raises(PermissionDenied) as refused:
            read()
        assert refused.value.code is Code.STAFF_ONLY
    # A signed-in cashier still gets them.
    assert len(held.held_sales(staff)) == 1
    assert returns.returnable(staff, sale.id).sale.id == sale.id
    assert receipts.find_sale(staff, str(sale.receipt_no)) == sale.id
