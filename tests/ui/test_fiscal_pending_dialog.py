"""The fiscal documents window (issue 15, point 3): with the cash register service down two
sales wait and the window lists them with their receipt numbers and ages; once the service
is back, "Send now" sends them in the background and the list empties."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.domain.enums import Role
from pos.domain.fiscal import FiscalState
from pos.services import fiscal
from pos.storage.models import Sale
from tests.fiscal.test_queue import connect
from tests.support.driver import WAIT, idle, scan, sign_in
from tests.support.kkm_standin import KkmStandin, _Error
from tests.support.printer import FakePrinter
from tests.support.tills import TillFixture
from ui.widgets.fiscal_dialog import FiscalDialog
from ui.widgets.main_window import MainWindow

CABLE = "4870001000165"  # 1 990,00 ₸
AGE = re.compile(r"^(\d+ h )?\d+ min$")


@pytest.fixture
def kkm() -> Iterator[KkmStandin]:
    with KkmStandin() as standin:
        yield standin


def _sell(qtbot: QtBot, window: MainWindow) -> None:
    scan(qtbot, window, CABLE)
    qtbot.keyClick(window.sale, Qt.Key.Key_F5)  # cash
    qtbot.keyClick(window.sale, Qt.Key.Key_F12)


def _cells(dialog: FiscalDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_window_lists_waiting_sales_and_send_now_empties_it(
    qtbot: QtBot,
    window: MainWindow,
    shop: TillFixture,
    printer: FakePrinter,
    kkm: KkmStandin,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    connect(shop, kkm, monkeypatch)
    kkm.fault("5xx", times=50)  # the service is down: every receipt call fails
    sign_in(qtbot, window, Role.CASHIER)
    for n in (1, 2):
        _sell(qtbot, window)
        printer.wait_jobs(n)  # the not-yet-fiscal paper
        idle(qtbot, window)
    with shop.db.read_session() as session:
        receipts = [
            (s.id, s.receipt_no) for s in session.scalars(select(Sale).order_by(Sale.receipt_no))
        ]
    assert len(receipts) == 2

    qtbot.keyClick(window, Qt.Key.Key_F9, Qt.KeyboardModifier.ControlModifier)
    dialog = window.fiscal_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT)
    rows = _cells(dialog)
    assert [r[0] for r in rows] == ["Sale", "Sale"]
    assert [r[1] for r in rows] == [str(no) for _, no in receipts]
    assert all(AGE.match(r[3]) for r in rows), rows
    # The first was tried at each F12 and stops the queue, so the second waits behind it.
    assert int(rows[0][4]) >= 1 and "cannot be reached" in rows[0][5]
    assert "error" not in rows[0][5]  # no answer: no error number (never "error 0")
    assert rows[1][4] == "0" and rows[1][5] == "Not sent yet"
    assert dialog.summary.text() == "2 documents wait for the cash register."
    assert not dialog.retry_button.isVisible()  # a cashier cannot put a held one back

    kkm.state.faults.clear()  # the service is back
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() == "Sent: 2.", timeout=WAIT)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=WAIT)
    assert dialog.summary.text() == "Nothing waits: every document is fiscalized."
    for sale_id, _ in receipts:
        doc = fiscal.for_subject(shop.ctx(), sale_id)
        assert doc is not None and doc.state is FiscalState.DONE
        assert doc.result is not None and doc.result.fiscal_sign
    assert len(kkm.fiscal_receipts()) == 2
    dialog.close()
    idle(qtbot, window)


def test_a_document_held_for_a_fix_shows_the_reason_and_a_manager_puts_it_back(
    qtbot: QtBot,
    window: MainWindow,
    shop: TillFixture,
    printer: FakePrinter,
    kkm: KkmStandin,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    connect(shop, kkm, monkeypatch)

    def refuse(_body: object) -> None:
        raise _Error(9, "payments do not cover the total")

    monkeypatch.setattr(kkm, "_check", refuse)  # the service refuses the receipt (error 9)
    sign_in(qtbot, window, Role.SALES_MANAGER)
    _sell(qtbot, window)
    printer.wait_jobs(1)
    idle(qtbot, window)
    status = window.status
    status.refresh()
    qtbot.waitUntil(lambda: "1 refused" in status.fiscal.text(), timeout=WAIT)
    qtbot.mouseClick(status.fiscal, Qt.MouseButton.LeftButton)  # the status bar's line
    dialog = window.fiscal_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT)
    assert _cells(dialog)[0][5] == (
        "The cash register refused the document (error 9); it waits for a fix."
    )
    dialog.table.selectRow(0)
    assert dialog.details.text() == "The cash register said: payments do not cover the total"
    assert dialog.retry_button.isVisible() and dialog.retry_button.isEnabled()

    monkeypatch.delattr(kkm, "_check")  # fixed: the service takes it now
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Back in the queue"), timeout=WAIT)
    qtbot.waitUntil(lambda: not dialog.retry_button.isEnabled(), timeout=WAIT)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=WAIT)
    assert dialog.message.text() == "Sent: 1."
    assert len(kkm.fiscal_receipts()) == 1
    dialog.close()
    idle(qtbot, window)
