"""An anonymous cash sale, rung up with the scanner and the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pos.domain.enums import Role
from pos.storage.models import Buyer, Sale
from tests.support.driver import WAIT, idle, scan, sign_in
from tests.support.printer import FakePrinter
from tests.support.tills import TillFixture
from ui.widgets.main_window import MainWindow

PHONE_CASE = "4870001000141"  # 3 990,00 ₸
CABLE = "4870001000165"  # 1 990,00 ₸


def test_anonymous_cash_sale(
    qtbot: QtBot, window: MainWindow, shop: TillFixture, printer: FakePrinter
) -> None:
    sign_in(qtbot, window, Role.CASHIER)
    sale = window.sale
    scan(qtbot, window, PHONE_CASE)
    scan(qtbot, window, PHONE_CASE)
    scan(qtbot, window, CABLE)
    assert [(line.name, line.quantity) for line in sale.cart.lines] == [
        ("Чехол для смартфона", 2),
        ("Кабель USB-C 1 м", 1),
    ]
    assert sale.cart_view.total.text() == "Total: 9,970.00\u00a0₸"

    qtbot.keyClick(sale, Qt.Key.Key_F5)  # cash
    sale.tender.tendered.setFocus()
    qtbot.keyClicks(sale.tender.tendered, "10000")
    assert sale.tender.change.text() == "Change: 30.00\u00a0₸"
    qtbot.keyClick(sale.tender.tendered, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: "Sale No." in sale.message.text(), timeout=WAIT)
    assert "Sale No. 1 recorded: 9,970.00\u00a0₸, cash." in sale.message.text()
    assert "Change: 30.00\u00a0₸" in sale.message.text()
    jobs = printer.wait_jobs(1)
    idle(qtbot, window)
    assert len(jobs) == 1
    assert b"USB-C" in jobs[0]  # the receipt's lines reached the printer
    assert not sale.cart.lines  # ready for the next buyer

    with shop.db.read_session() as session:
        row = session.scalars(select(Sale)).one()
        assert (row.total_tiyn, row.tendered_tiyn, row.change_tiyn) == (997_000, 1_000_000, 3_000)
        assert row.buyer_id is None and row.payment_method == "cash"
        assert session.scalar(select(func.count()).select_from(Buyer)) == 0
