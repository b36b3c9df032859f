"""The discount dialog (Ctrl+D): a line discount within the limit, a receipt discount above
it refused without a sales manager's PIN and with a cashier's, approved with a manager's
(who does not sign in), and the recorded sale keeps the approver's name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos.domain.enums import Role
from tests.support.driver import WAIT
from tests.support.printer import FakePrinter
from tests.support.tills import CASHIER_PIN, MANAGER_PIN, TillFixture
from tests.support.widgets import sign_in
from ui.i18n import money
from ui.state import AppState
from ui.widgets.sale.discount_dialog import RECEIPT, DiscountDialog
from ui.widgets.sale.screen import SaleScreen

PHONE_CASE = "4870001000141"  # 3 990,00 ₸


@pytest.fixture
def screen(qtbot: QtBot, state: AppState, shop: TillFixture) -> SaleScreen:
    s = SaleScreen(state)
    qtbot.addWidget(s)
    s.resize(1000, 700)
    s.show()
    sign_in(s.state, shop, Role.CASHIER)
    s.start()
    for _ in range(2):
        before = sum(line.quantity for line in s.cart.lines)
        qtbot.keyClicks(s.entry.barcode, PHONE_CASE)
        qtbot.keyClick(s.entry.barcode, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda b=before: sum(ln.quantity for ln in s.cart.lines) > b, timeout=WAIT)
    return s


def open_dialog(qtbot: QtBot, screen: SaleScreen, *, key: bool = False) -> DiscountDialog:
    before = screen.discount_dialog
    if key:
        qtbot.keyClick(screen.entry.barcode, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    else:
        screen.open_discount()
    dialog = screen.discount_dialog
    assert dialog is not None and dialog is not before and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.limit is not None, timeout=WAIT)
    return dialog


def test_discounts_within_the_limit_and_above_it_with_a_managers_pin(
    qtbot: QtBot, screen: SaleScreen, shop: TillFixture, printer: FakePrinter
) -> None:
    screen.cart_view.lines.selectRow(0)
    dialog = open_dialog(qtbot, screen, key=True)
    assert "10%" in dialog.limit_note.text()
    assert dialog.target() == 0  # the chosen line
    dialog.value.setText("5%")
    dialog.apply()
    assert dialog.status.problem and dialog.isVisible()  # no reason yet
    dialog.reason.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        dialog.apply()
    assert screen.cart.lines[0].discount_tiyn == 39_900  # 5 % of 7 980,00
    assert money(798_000 - 39_900, "en") in screen.cart_view.total.text()

    dialog = open_dialog(qtbot, screen)
    dialog.scope.setCurrentIndex(dialog.scope.findData(None))
    assert dialog.target() == RECEIPT
    dialog.value.setText("25%")
    dialog.reason.setEditText("Витринный образец")
    dialog.apply()
    assert dialog.status.problem and dialog.isVisible() and screen.cart.discount is None
    dialog.pin.setText(CASHIER_PIN)
    dialog.apply()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=WAIT)
    assert dialog.status.problem and dialog.isVisible() and not dialog.pin.text()
    dialog.pin.setText(MANAGER_PIN)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        dialog.apply()
    assert screen.cart.approver_name == "Ерлан Менеджер"
    total = (798_000 - 39_900) - (798_000 - 39_900) // 4
    assert screen.cart.total_tiyn == total
    assert screen.state.actor is not None and screen.state.actor.role is Role.CASHIER

    qtbot.keyClicks(screen.tender.tendered, "10000")
    with qtbot.waitSignal(screen.sale_recorded, timeout=WAIT) as recorded:
        qtbot.keyClick(screen.tender.tendered, Qt.Key.Key_Return)
    sale = recorded.args[0]
    assert sale.total_tiyn == total
    assert sale.discount_approver_name == "Ерлан Менеджер"
    assert sale.discount_reason == "Витринный образец"


def test_a_weighed_label_scanned_rings_up_its_weight(
    qtbot: QtBot, screen: SaleScreen, shop: TillFixture, tmp_path: Path
) -> None:
    from pos.domain.weighed import make_label
    from pos.services import catalog

    prices = tmp_path / "apples.csv"
    prices.write_text(
        "barcode,name,price,name_kk,unit,vat,code\n"
        "2000123000006,Яблоки апорт,899.99,Апорт алмасы,kg,0,00123\n",
        encoding="utf-8",
    )
    catalog.import_file(shop.ctx(), prices)
    lines = len(screen.cart.lines)
    qtbot.keyClicks(screen.entry.barcode, make_label("21", "00123", 1234))
    qtbot.keyClick(screen.entry.barcode, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(screen.cart.lines) > lines, timeout=WAIT)
    row = len(screen.cart.lines) - 1
    assert screen.cart_view.lines.item(row, 1).text() == "1.234 kg"
    assert screen.cart_view.lines.item(row, 3).text() == money(111_059, "en")
    qtbot.keyClicks(screen.tender.tendered, "20000")
    with qtbot.waitSignal(screen.sale_recorded, timeout=WAIT) as recorded:
        qtbot.keyClick(screen.tender.tendered, Qt.Key.Key_Return)
    weighed = recorded.args[0].lines[-1]
    assert (weighed.quantity_milli, weighed.unit, weighed.total_tiyn) == (1234, "kg", 111_059)


def test_wrong_manager_pins_in_the_dialog_lock_approvals_by_pin(
    qtbot: QtBot, screen: SaleScreen, shop: TillFixture
) -> None:
    dialog = open_dialog(qtbot, screen)
    dialog.scope.setCurrentIndex(dialog.scope.findData(None))
    dialog.value.setText("25%")
    dialog.reason.setEditText("Витринный образец")
    for n in range(5):
        dialog.pin.setText("4815")
        dialog.apply()
        qtbot.waitUntil(lambda: not dialog._busy, timeout=WAIT)
        assert dialog.status.problem and dialog.isVisible()
        if n < 4:
            assert "locked" not in dialog.status.text()
    assert "approvals by PIN are locked until" in dialog.status.text()
    dialog.pin.setText(MANAGER_PIN)  # locked: the right PIN approves nothing either
    dialog.apply()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=WAIT)
    assert "approvals by PIN are locked until" in dialog.status.text()
    assert dialog.isVisible() and screen.cart.approver_name is None
