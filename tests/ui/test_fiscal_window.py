"""F12 at a till connected to a cash register: the sale records, the fiscal call runs on the
printer lane, then the fiscal receipt prints; with the service down the paper says it is
not yet fiscal, the status bar shows what waits, and the background retry sends it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos.domain.enums import Role
from pos.domain.fiscal import FiscalState
from pos.services import fiscal
from pos.storage.models import Sale
from tests.fiscal.test_queue import connect
from tests.support.driver import WAIT, idle, scan, sign_in
from tests.support.escpos_decoder import GlyphReader
from tests.support.kkm_standin import KkmStandin
from tests.support.printer import FakePrinter, printout
from tests.support.tills import TillFixture
from ui.widgets.main_window import MainWindow

CABLE = "4870001000165"  # 1 990,00 ₸


@pytest.fixture
def kkm() -> Iterator[KkmStandin]:
    with KkmStandin() as standin:
        yield standin


def _sell(qtbot: QtBot, window: MainWindow) -> None:
    scan(qtbot, window, CABLE)
    qtbot.keyClick(window.sale, Qt.Key.Key_F5)  # cash
    qtbot.keyClick(window.sale, Qt.Key.Key_F12)


def _sale_id(shop: TillFixture) -> object:
    from sqlalchemy import select

    with shop.db.read_session() as session:
        return session.scalars(select(Sale.id).order_by(Sale.receipt_no.desc())).first()


def test_f12_records_fiscalizes_and_prints_the_fiscal_receipt(
    qtbot: QtBot,
    window: MainWindow,
    shop: TillFixture,
    printer: FakePrinter,
    kkm: KkmStandin,
    reader: GlyphReader,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    connect(shop, kkm, monkeypatch)
    sign_in(qtbot, window, Role.CASHIER)
    _sell(qtbot, window)
    jobs = printer.wait_jobs(1)
    idle(qtbot, window)
    doc = fiscal.for_subject(shop.ctx(), _sale_id(shop))  # type: ignore[arg-type]
    assert doc is not None and doc.state is FiscalState.DONE and doc.result is not None
    paper = printout(jobs[0], reader)
    assert f"[QR {doc.result.ticket_url}]" in paper.lines
    assert doc.result.fiscal_sign in paper.squeezed()


def test_with_the_service_down_the_sale_waits_and_the_retry_sends_it(
    qtbot: QtBot,
    window: MainWindow,
    shop: TillFixture,
    printer: FakePrinter,
    kkm: KkmStandin,
    reader: GlyphReader,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    connect(shop, kkm, monkeypatch)
    kkm.fault("5xx")
    sign_in(qtbot, window, Role.CASHIER)
    _sell(qtbot, window)
    jobs = printer.wait_jobs(1)
    idle(qtbot, window)
    paper = reader.fold(printout(jobs[0], reader).squeezed())
    assert reader.fold("ЕЩЁНЕФИСКАЛЬНЫЙЧЕК") in paper
    status = window.status
    status.refresh()
    qtbot.waitUntil(lambda: "1 waiting" in status.fiscal.text(), timeout=WAIT)
    status.retry_fiscal()  # what the timer does every 15 s
    idle(qtbot, window)
    qtbot.waitUntil(lambda: fiscal.status(shop.ctx()).pending == 0, timeout=WAIT)
    status.refresh()
    qtbot.waitUntil(lambda: "all sent" in status.fiscal.text(), timeout=WAIT)
    doc = fiscal.for_subject(shop.ctx(), _sale_id(shop))  # type: ignore[arg-type]
    assert doc is not None and doc.state is FiscalState.DONE


def test_a_cash_out_the_cash_register_refuses_shows_what_its_box_holds(
    qtbot: QtBot,
    window: MainWindow,
    shop: TillFixture,
    printer: FakePrinter,
    kkm: KkmStandin,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pos.services import shifts
    from tests.ui.test_shift_window import _closed, _dialog, _enter_amount
    from ui.widgets.shift_dialogs import AmountDialog

    connect(shop, kkm, monkeypatch)
    sign_in(qtbot, window, Role.CASHIER)
    _sell(qtbot, window)
    printer.wait_jobs(1)
    idle(qtbot, window)
    before = shifts.current_shift(shop.ctx())
    assert before is not None and before.totals.expected_cash_tiyn >= 1_990_00
    kkm.state.cash_tiyn = 500_00  # the KKM's box holds less than the drawer should
    qtbot.keyClick(window.sale, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    cash_out = _dialog(qtbot, AmountDialog)
    assert isinstance(cash_out, AmountDialog)
    _enter_amount(qtbot, cash_out, "1000", "Инкассация")
    qtbot.waitUntil(lambda: cash_out.amount_row.error.text() != "", timeout=WAIT)
    assert cash_out.amount_row.error.text() == (
        "The cash register refused: only 500.00\u00a0₸ in the box."
    )
    after = shifts.current_shift(shop.ctx())
    assert after is not None and after.totals == before.totals  # the X is unchanged
    _enter_amount(qtbot, cash_out, "300")
    _closed(qtbot, window)
    qtbot.waitUntil(lambda: kkm.state.cash_tiyn == 200_00, timeout=WAIT)
    done = shifts.current_shift(shop.ctx())
    assert done is not None and done.totals.cash_out_tiyn == 300_00
    idle(qtbot, window)
