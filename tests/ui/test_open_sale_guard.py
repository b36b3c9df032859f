"""An open sale is never dropped without asking: signing out or closing the window with
lines rung up asks to hold the sale, cancel it, or go back to it (the default)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from pos.domain.enums import Role
from pos.services.held import held_sales
from tests.support.driver import WAIT, scan, sign_in
from tests.support.tills import TillFixture
from ui.widgets.main_window import MainWindow

CABLE = "4870001000165"


def test_sign_out_with_an_open_sale_asks_and_hold_keeps_it(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    sign_in(qtbot, window, Role.CASHIER)
    scan(qtbot, window, CABLE)
    window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: window.sale.confirm_box is not None, timeout=WAIT)
    box = window.sale.confirm_box
    assert box is not None
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # go back to the sale
    qtbot.waitUntil(lambda: window.sale.confirm_box is None, timeout=WAIT)
    assert window.state.actor is not None and window.sale.cart.lines

    window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: window.sale.confirm_box is not None, timeout=WAIT)
    box = window.sale.confirm_box
    assert box is not None
    hold = box.findChild(QPushButton, "sale.confirm.hold")
    assert hold is not None
    hold.click()
    qtbot.waitUntil(lambda: window.state.actor is None, timeout=WAIT)
    [kept] = held_sales(shop.ctx(shop.cashier))
    assert kept.total_tiyn == 199_000


def test_closing_the_window_with_an_open_sale_asks_first(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, Role.CASHIER)
    scan(qtbot, window, CABLE)
    window.close()
    assert window.isVisible()  # not closed: asked instead
    qtbot.waitUntil(lambda: window.sale.confirm_box is not None, timeout=WAIT)
    box = window.sale.confirm_box
    assert box is not None
    cancel = box.findChild(QPushButton, "sale.confirm.cancel")
    assert cancel is not None
    cancel.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT)
