"""The sale screen alone: lines, totals, payment by role, what a sale needs before it is
recorded, and a recorded sale starting the next one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pos.domain.enums import PaymentMethod, Role
from pos.storage.models import Buyer, Sale
from tests.support.driver import WAIT
from tests.support.printer import FakePrinter
from tests.support.tills import TillFixture
from tests.support.widgets import sign_in
from ui.i18n import money
from ui.state import AppState
from ui.widgets.sale.screen import SaleScreen

PHONE_CASE = "4870001000141"  # 3 990,00 ₸
CABLE = "4870001000165"  # 1 990,00 ₸


@pytest.fixture
def screen(qtbot: QtBot, state: AppState) -> SaleScreen:
    """The sale screen alone, shown, nobody signed in yet."""
    s = SaleScreen(state)
    qtbot.addWidget(s)
    s.resize(1000, 700)
    s.show()
    return s


def start(screen: SaleScreen, till: TillFixture, role: Role) -> None:
    """`role` signs in; the screen offers what that role may do."""
    sign_in(screen.state, till, role)
    screen.start()


def scan(qtbot: QtBot, screen: SaleScreen, barcode: str) -> None:
    """The scanner types the digits and Enter into the barcode field."""
    before = sum(line.quantity for line in screen.cart.lines)
    qtbot.keyClicks(screen.entry.barcode, barcode)
    qtbot.keyClick(screen.entry.barcode, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sum(line.quantity for line in screen.cart.lines) > before, timeout=WAIT)


def sales(till: TillFixture) -> int:
    with till.db.read_session() as s:
        return int(s.scalar(select(func.count()).select_from(Sale)) or 0)


def cell(screen: SaleScreen, row: int, col: int) -> str:
    item = screen.cart_view.lines.item(row, col)
    return item.text() if item is not None else ""


def test_only_a_sales_manager_is_offered_credit_and_installment(
    screen: SaleScreen, shop: TillFixture
) -> None:
    start(screen, shop, Role.CASHIER)
    offered = {m for m, b in screen.tender.payment_buttons.items() if not b.isHidden()}
    assert offered == {PaymentMethod.CASH, PaymentMethod.CARD}
    screen.set_payment(PaymentMethod.INSTALLMENT)  # what F8 would ask for
    assert screen.cart.payment is PaymentMethod.CASH and screen.message.problem
    assert screen.buyer.credit_panel.isHidden()

    screen.state.sign_out()
    start(screen, shop, Role.SALES_MANAGER)
    assert all(not b.isHidden() for b in screen.tender.payment_buttons.values())
    screen.set_payment(PaymentMethod.INSTALLMENT)
    assert screen.cart.payment is PaymentMethod.INSTALLMENT
    assert not screen.buyer.credit_panel.isHidden()
    assert not screen.tender.tendered.isEnabled()  # no cash is received on an installment


def test_scans_make_lines_the_quantity_and_delete_change_them(
    qtbot: QtBot, screen: SaleScreen, shop: TillFixture
) -> None:
    start(screen, shop, Role.CASHIER)
    assert not screen.cart_view.remove_button.isEnabled()
    scan(qtbot, screen, PHONE_CASE)
    scan(qtbot, screen, PHONE_CASE)  # a second scan adds to its line
    scan(qtbot, screen, CABLE)
    assert screen.cart_view.lines.rowCount() == 2
    assert [(cell(screen, r, 0), cell(screen, r, 1)) for r in range(2)] == [
        ("Чехол для смартфона", "2"),
        ("Кабель USB-C 1 м", "1"),
    ]
    assert money(2 * 399_000 + 199_000, "en") in screen.cart_view.total.text()
    assert not screen.entry.barcode.text()  # ready for the next scan

    screen.cart_view.lines.selectRow(0)
    assert screen.entry.quantity.text() == "2"  # the chosen line's quantity
    qtbot.keyClick(screen.entry.barcode, Qt.Key.Key_F4)  # selected: typing replaces it
    qtbot.keyClicks(screen.entry.quantity, "5")
    qtbot.keyClick(screen.entry.quantity, Qt.Key.Key_Return)
    assert cell(screen, 0, 1) == "5" and screen.cart.lines[0].quantity == 5
    assert screen.entry.barcode.hasFocus()  # back for the next scan
    assert money(5 * 399_000 + 199_000, "en") in screen.cart_view.total.text()

    screen.cart_view.lines.setFocus()
    qtbot.keyClick(screen.cart_view.lines, Qt.Key.Key_Delete)
    assert [line.name for line in screen.cart.lines] == ["Кабель USB-C 1 м"]
    assert screen.cart_view.lines.rowCount() == 1 and screen.cart_view.remove_button.isEnabled()
    screen.cart_view.remove_line()
    assert screen.cart_view.lines.rowCount() == 0 and not screen.cart_view.remove_button.isEnabled()


def test_an_unknown_barcode_adds_nothing(
    qtbot: QtBot, screen: SaleScreen, shop: TillFixture
) -> None:
    start(screen, shop, Role.CASHIER)
    qtbot.keyClicks(screen.entry.barcode, "4870009999999")
    qtbot.keyClick(screen.entry.barcode, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.message.problem, timeout=WAIT)
    assert screen.cart.lines == [] and screen.cart_view.lines.rowCount() == 0
    assert screen.entry.barcode.text() == "4870009999999"  # left to correct


def test_cash_received_shows_the_change_or_the_shortfall(
    qtbot: QtBot, screen: SaleScreen, shop: TillFixture
) -> None:
    start(screen, shop, Role.CASHIER)
    scan(qtbot, screen, CABLE)
    qtbot.keyClicks(screen.tender.tendered, "1000")
    assert money(199_000 - 100_000, "en") in screen.tender.change.text()  # short by 990 ₸
    screen.finish()
    assert screen.message.problem and sales(shop) == 0  # short: not recorded
    screen.tender.tendered.clear()
    qtbot.keyClicks(screen.tender.tendered, "2000")
    assert money(1_000, "en") in screen.tender.change.text()  # 10 ₸ change


def test_a_sale_with_delivery_is_not_recorded_without_its_buyer(
    qtbot: QtBot, screen: SaleScreen, shop: TillFixture
) -> None:
    start(screen, shop, Role.CASHIER)
    screen.finish()  # nothing to sell yet
    assert screen.message.problem and sales(shop) == 0
    scan(qtbot, screen, CABLE)
    qtbot.keyClick(screen.entry.barcode, Qt.Key.Key_F11)
    assert screen.tender.delivery.isChecked() and screen.cart.delivery and screen.cart.needs_buyer
    screen.finish()
    assert screen.message.problem and screen.consent_dialog is None
    assert screen.buyer.buyer_panel.search.field.hasFocus()  # where the buyer is found (F3)
    assert sales(shop) == 0


def test_a_recorded_sale_is_printed_and_the_next_one_starts_empty(
    qtbot: QtBot,
    screen: SaleScreen,
    shop: TillFixture,
    printer: FakePrinter,
) -> None:
    start(screen, shop, Role.CASHIER)
    scan(qtbot, screen, PHONE_CASE)
    qtbot.keyClicks(screen.tender.tendered, "5000")
    with qtbot.waitSignal(screen.sale_recorded, timeout=WAIT) as recorded:
        qtbot.keyClick(screen.tender.tendered, Qt.Key.Key_Return)
    sale = recorded.args[0]
    assert (sale.total_tiyn, sale.change_tiyn, sale.receipt_no) == (399_000, 101_000, 1)
    assert screen.last_sale == sale
    assert screen.cart.lines == [] and screen.cart_view.lines.rowCount() == 0
    assert not screen.tender.tendered.text() and screen.cart.payment is PaymentMethod.CASH
    with qtbot.waitSignal(screen.papers_printed, timeout=WAIT) as printed:
        pass
    assert [o.ok for o in printed.args[0]] == [True]
    assert len(printer.wait_jobs(1)) == 1
    assert sales(shop) == 1
    with shop.db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Buyer)) == 0


def test_f9_on_a_cash_sale_asks_for_offers_and_cancelling_stores_nothing(
    qtbot: QtBot, screen: SaleScreen, shop: TillFixture
) -> None:
    start(screen, shop, Role.CASHIER)
    scan(qtbot, screen, CABLE)
    screen.register_buyer()  # F9
    dialog = screen.consent_dialog
    assert dialog is not None and dialog.isVisible()
    assert screen.tender.marketing.isChecked()  # on a plain cash sale the only reason is offers
    assert dialog.form.shown_fields == ["given_name", "phone", "email"]
    dialog.reject()
    qtbot.waitUntil(lambda: screen.consent_dialog is None, timeout=WAIT)
    assert not screen.tender.marketing.isChecked() and screen.cart.buyer is None
    assert [line.name for line in screen.cart.lines] == ["Кабель USB-C 1 м"]  # the sale goes on
    with shop.db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Buyer)) == 0
