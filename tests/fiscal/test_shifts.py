"""The store's day through the cash register: cash in and out, X and Z follow the KKM, its Z
is reconciled with the till's, and a cash out the KKM refuses is kept without holding the
queue."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from fiscal import webkassa
from fiscal.connect import open_port
from fiscal.webkassa import in_box_from
from pos.domain.errors import Refused
from pos.domain.fiscal import FiscalKind, FiscalState
from pos.domain.shifts import CashMoveKind
from pos.services import fiscal, shifts
from pos.storage.models import AuditEntry, CashMove, OutboxEvent
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


def test_a_cash_out_the_kkm_refuses_is_kept_as_refused_and_counts_nowhere(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect(till, kkm, monkeypatch)
    cashier = till.ctx(till.cashier)
    ring(till, price=1_000_00)  # the till's drawer and the KKM's box both hold 1,000
    fiscal.drain(till.ctx(), open_port(till.ctx()))
    before = shifts.current_shift(till.ctx())
    assert before is not None
    kkm.state.cash_tiyn = 300_00  # the KKM disagrees (say, a cash out made at its own screen)
    move = shifts.move_cash(cashier, CashMoveKind.OUT, 500_00, "инкассация")
    sale = ring(till, price=700_00)
    report = fiscal.drain(till.ctx(), open_port(till.ctx()))
    assert report.ok and len(report.done) == 2  # the refusal holds nothing after it
    refused = fiscal.for_subject(till.ctx(), move.id)
    assert refused is not None and refused.state is FiscalState.REFUSED
    assert refused.last_code == 8 and fiscal.refused_in_box(refused) == 300_00
    with pytest.raises(Refused) as said:
        fiscal.check_cash_out(till.ctx(), move.id)
    assert str(said.value) == (
        "the cash register refused the cash out: only 300,00 ₸ in the box; the cash out is "
        "not counted"
    )
    after = fiscal.for_subject(till.ctx(), sale.id)
    assert after is not None and after.state is FiscalState.DONE
    status = fiscal.status(till.ctx())
    assert status.failed == 0 and status.pending == 0
    # Not counted: the drawer expects what it did before, plus the sale; X agrees with KKM.
    now = shifts.x_report(cashier)
    assert now.totals.cash_out_count == 0 and now.totals.cash_out_tiyn == 0
    assert now.totals.expected_cash_tiyn == before.totals.expected_cash_tiyn + 700_00
    fiscal.drain(till.ctx(), open_port(till.ctx()))
    x = fiscal.status(till.ctx()).last_report
    assert x is not None and x.mismatch == []
    # Kept for the audit and told to head office as refused, never deleted.
    with till.db.read_session() as session:
        moves = session.scalars(select(CashMove).where(CashMove.id == move.id)).all()
        audit = session.scalars(
            select(AuditEntry.action).where(AuditEntry.action == "fiscal.refused")
        ).all()
        events = [
            e.payload
            for e in session.scalars(
                select(OutboxEvent).where(OutboxEvent.type == "fiscal.recorded")
            )
            if e.payload.get("state") == "refused"
        ]
    assert len(moves) == 1 and audit == ["fiscal.refused"]
    assert len(events) == 1 and events[0]["subject_id"] == str(move.id)
    assert (events[0]["amount_tiyn"], events[0]["in_box_tiyn"]) == (500_00, 300_00)


def test_a_cash_out_within_the_box_goes_through(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect(till, kkm, monkeypatch)
    cashier = till.ctx(till.cashier)
    ring(till, price=1_000_00)
    move = shifts.move_cash(cashier, CashMoveKind.OUT, 400_00, "инкассация")
    assert fiscal.drain(till.ctx(), open_port(till.ctx())).ok
    fiscal.check_cash_out(till.ctx(), move.id)  # says nothing: it went through
    doc = fiscal.for_subject(till.ctx(), move.id)
    assert doc is not None and doc.state is FiscalState.DONE
    assert kkm.state.cash_tiyn == 600_00
    totals = shifts.x_report(cashier).totals
    assert (totals.cash_out_count, totals.cash_out_tiyn) == (1, 400_00)


def test_the_amount_in_the_box_is_read_from_error_8s_text() -> None:
    assert in_box_from("not enough cash: 1 234.50 in the box") == 1_234_50
    assert in_box_from("Недостаточно наличных в кассе: 0,00") == 0
    assert in_box_from("not enough cash") is None


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


def test_an_error_8_without_the_amount_asks_an_x_report_what_the_box_holds(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A service whose error text names no sum: the till reads SumInCashbox from an X.
    monkeypatch.setattr(webkassa, "in_box_from", lambda _text: None)
    connect(till, kkm, monkeypatch)
    ring(till, price=1_000_00)
    fiscal.drain(till.ctx(), open_port(till.ctx()))
    kkm.state.cash_tiyn = 250_00
    move = shifts.move_cash(till.ctx(till.cashier), CashMoveKind.OUT, 600_00, "инкассация")
    assert fiscal.drain(till.ctx(), open_port(till.ctx())).ok
    refused = fiscal.for_subject(till.ctx(), move.id)
    assert refused is not None and refused.state is FiscalState.REFUSED
    assert fiscal.refused_in_box(refused) == 250_00
    with pytest.raises(Refused, match=r"only 250,00 ₸ in the box"):
        fiscal.check_cash_out(till.ctx(), move.id)
