"""The store's day through the cash register: cash in and out, X and Z follow the KKM, its Z
is reconciled with the till's, and a cash out the KKM refuses is kept without holding the
queue."""

from __future__ import annotations

import pytest

from fiscal.connect import open_port
from pos.domain.fiscal import FiscalKind, FiscalState
from pos.domain.shifts import CashMoveKind
from pos.services import fiscal, shifts
from tests.fiscal.test_queue import connect, ring
from tests.support.kkm_standin import KkmStandin
from tests.support.tills import TillFixture


def test_a_day_of_sales_cash_moves_x_and_z_through_the_kkm(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect(till, kkm, monkeypatch)
    cashier = till.ctx(till.cashier)
    shifts.move_cash(cashier, CashMoveKind.IN, 20_000_00, "размен")
    ring(till, price=1_500_00)
    ring(till, price=2_500_00)
    shifts.move_cash(cashier, CashMoveKind.OUT, 5_000_00, "инкассация")
    shifts.x_report(cashier)
    report = fiscal.drain(till.ctx(), open_port(till.ctx()))
    assert report.ok and len(report.done) == 5
    assert kkm.state.cash_tiyn == 20_000_00 + 4_000_00 - 5_000_00
    x = fiscal.status(till.ctx()).last_report
    assert x is not None and x.kind is FiscalKind.X_REPORT and x.mismatch == []
    assert x.report is not None and x.report["kkm"]["sold_tiyn"] == 4_000_00

    shifts.close_shift(cashier, 15_000_00)
    assert fiscal.drain(till.ctx(), open_port(till.ctx())).ok
    z = fiscal.status(till.ctx()).last_report
    assert z is not None and z.kind is FiscalKind.Z_REPORT and z.mismatch == []
    assert z.report is not None and z.report["kkm"]["cash_out_tiyn"] == 5_000_00
    assert kkm.state.shift_opened_at is None and kkm.state.z_count == 1


def test_a_cash_out_the_kkm_refuses_is_kept_and_does_not_hold_the_queue(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect(till, kkm, monkeypatch)
    cashier = till.ctx(till.cashier)
    ring(till, price=1_000_00)  # the till's drawer and the KKM's box both hold 1,000
    fiscal.drain(till.ctx(), open_port(till.ctx()))
    kkm.state.cash_tiyn = 0  # the KKM disagrees (say, a cash out made at its own screen)
    move = shifts.move_cash(cashier, CashMoveKind.OUT, 500_00, "инкассация")
    sale = ring(till, price=700_00)
    report = fiscal.drain(till.ctx(), open_port(till.ctx()))
    refused = fiscal.for_subject(till.ctx(), move.id)
    assert refused is not None and refused.state is FiscalState.FAILED
    assert refused.last_code == 8 and refused.last_error and "0.00" in refused.last_error
    fiscal.drain(till.ctx(), open_port(till.ctx()))
    after = fiscal.for_subject(till.ctx(), sale.id)
    assert after is not None and after.state is FiscalState.DONE
    assert report.fault is not None
    status = fiscal.status(till.ctx())
    assert status.failed == 1 and status.pending == 0


def test_a_z_that_differs_from_the_till_is_shown(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect(till, kkm, monkeypatch)
    ring(till, price=1_000_00)
    fiscal.drain(till.ctx(), open_port(till.ctx()))
    # A receipt the KKM holds that the till never made (another device on the cashbox).
    kkm.state.shift_docs[0].data["Total"] += 1.0
    shifts.close_shift(till.ctx(till.cashier), 1_000_00)
    fiscal.drain(till.ctx(), open_port(till.ctx()))
    z = fiscal.status(till.ctx()).last_report
    assert z is not None and z.mismatch == ["sold_tiyn"]
    assert z.report is not None
    assert (z.report["till"]["sold_tiyn"], z.report["kkm"]["sold_tiyn"]) == (1_000_00, 1_001_00)
