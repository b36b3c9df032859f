"""The sale screen through a store's day, by keyboard: split payment, the large change
display kept until the next sale, a print failure that still says the sale went through,
hold and resume, cancelling with a confirmation, a return by scanned receipt code, and a
copy of a shift receipt."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pos.domain.enums import PaymentMethod, Role
from pos.domain.returns import RETURN_DAYS
from pos.services.held import held_sales
from pos.services.sales import LineInput, NewSale, record_sale
from pos.storage.models import SaleReturn
from tests.support.driver import WAIT
from tests.support.escpos_decoder import GlyphReader
from tests.support.printer import FakePrinter, free_port, printout, set_printer
from tests.support.tills import TillFixture
from tests.support.widgets import sign_in
from ui.i18n import money
from ui.state import AppState
from ui.widgets.sale.screen import SaleScreen

PHONE_CASE = "4870001000141"  # 3 990,00 ₸
CABLE = "4870001000165"  # 1 990,00 ₸


@pytest.fixture
def screen(qtbot: QtBot, state: AppState, shop: TillFixture) -> SaleScreen:
    s = SaleScreen(state)
    qtbot.addWidget(s)
    s.resize(1000, 700)
    s.show()
    sign_in(state, shop, Role.CASHIER)
    s.start()
    return s


def scan(qtbot: QtBot, screen: SaleScreen, barcode: str) -> None:
    before = sum(line.quantity for line in screen.cart.lines)
    qtbot.keyClicks(screen.entry.barcode, barcode)
    qtbot.keyClick(screen.entry.barcode, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sum(line.quantity for line in screen.cart.lines) > before, timeout=WAIT)


def box(screen: SaleScreen) -> QMessageBox:
    assert screen.confirm_box is not None and screen.confirm_box.isVisible()
    return screen.confirm_box


def test_split_payment_by_keyboard_and_the_change_stays_large_until_the_next_sale(
    qtbot: QtBot, screen: SaleScreen, printer: FakePrinter, reader: GlyphReader
) -> None:
    scan(qtbot, screen, PHONE_CASE)
    scan(qtbot, screen, CABLE)  # 5 980,00 ₸
    qtbot.keyClicks(screen.tender.card_amount, "4000")
    qtbot.keyClick(screen.tender.card_amount, Qt.Key.Key_Return)  # on to the reference
    assert screen.tender.card_ref.hasFocus()
    qtbot.keyClicks(screen.tender.card_ref, "123456789012")
    qtbot.keyClicks(screen.tender.tendered, "2000")
    assert money(2_000, "en") in screen.tender.change.text()  # cash 1 980 of 2 000
    with qtbot.waitSignal(screen.sale_recorded, timeout=WAIT) as recorded:
        qtbot.keyClick(screen.tender.tendered, Qt.Key.Key_Return)
    sale = recorded.args[0]
    assert [(p.method, p.amount_tiyn) for p in sale.payments] == [
        (PaymentMethod.CARD, 400_000),
        (PaymentMethod.CASH, 198_000),
    ]
    display = screen.tender.display
    assert display.due.text() == money(198_000, "en")  # what cash had to pay
    assert display.tendered.text() == money(200_000, "en")
    assert display.change.text() == money(2_000, "en")
    assert screen.cart.lines == []  # the cart is clear, the figures stay
    paper = printout(printer.wait_jobs(1)[0], reader).squeezed()
    assert "Paid:card4000,00₸" in paper or "Оплачено:карта4000,00₸" in paper
    scan(qtbot, screen, CABLE)  # the next sale starts: the last figures go
    assert display.change.text() == "-" and display.due.text() == money(199_000, "en")


def test_when_the_receipt_fails_to_print_both_lines_show(
    qtbot: QtBot, screen: SaleScreen, shop: TillFixture
) -> None:
    set_printer(shop, f"tcp://127.0.0.1:{free_port()}")
    scan(qtbot, screen, CABLE)
    qtbot.keyClicks(screen.tender.tendered, "2000")
    with qtbot.waitSignal(screen.papers_printed, timeout=WAIT):
        qtbot.keyClick(screen.tender.tendered, Qt.Key.Key_Return)
    text = screen.message.text()
    assert "Sale No. 1 recorded" in text and "Change: " + money(1_000, "en") in text
    assert "Not printed" in text or "not printed" in text
    assert screen.tender.display.change.text() == money(1_000, "en")


def test_hold_and_resume_and_cancel_asks_first(
    qtbot: QtBot, screen: SaleScreen, shop: TillFixture
) -> None:
    scan(qtbot, screen, PHONE_CASE)
    qtbot.keyClick(screen.entry.barcode, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not screen.cart.lines, timeout=WAIT)
    assert len(held_sales(shop.ctx(shop.cashier))) == 1

    scan(qtbot, screen, CABLE)  # another buyer meanwhile
    qtbot.keyClick(
        screen.entry.barcode,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: screen.held_dialog is not None, timeout=WAIT)
    dialog = screen.held_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.items.count() == 1, timeout=WAIT)
    qtbot.keyClick(dialog.items, Qt.Key.Key_Return)
    # A sale is open: it is never dropped without asking. Esc goes back to it.
    qtbot.waitUntil(lambda: screen.confirm_box is not None, timeout=WAIT)
    qtbot.keyClick(box(screen), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.confirm_box is None, timeout=WAIT)
    assert [line.name for line in screen.cart.lines] == ["Кабель USB-C 1 м"]

    # Cancel (Ctrl+Del) asks; Enter keeps the sale (the default), "Cancel the sale" drops it.
    screen.cancel_sale()
    qtbot.keyClick(box(screen), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.confirm_box is None, timeout=WAIT)
    assert screen.cart.lines
    screen.cancel_sale()
    confirm = box(screen)
    yes = confirm.findChild(type(confirm.buttons()[0]), "sale.cancel_confirm.yes")
    yes.click()
    qtbot.waitUntil(lambda: not screen.cart.lines, timeout=WAIT)

    screen.open_held()
    dialog = screen.held_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.items.count() == 1, timeout=WAIT)
    qtbot.keyClick(dialog.items, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(screen.cart.lines) == 1, timeout=WAIT)
    assert screen.cart.lines[0].name == "Чехол для смартфона"
    assert held_sales(shop.ctx(shop.cashier)) == []


def test_a_return_by_scanned_receipt_code_then_a_copy_of_a_shift_receipt(
    qtbot: QtBot,
    screen: SaleScreen,
    shop: TillFixture,
    printer: FakePrinter,
    reader: GlyphReader,
) -> None:
    sale = record_sale(
        shop.ctx(shop.cashier), NewSale(lines=(LineInput("Кабель USB-C 1 м", 2, 199_000),))
    )
    qtbot.keyClick(screen.entry.barcode, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.return_dialog is not None, timeout=WAIT)
    dialog = screen.return_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.receipt.hasFocus, timeout=WAIT)
    qtbot.keyClicks(dialog.receipt, sale.reference)  # what the scanner types from the QR
    qtbot.keyClick(dialog.receipt, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(dialog.spins) == 1, timeout=WAIT)
    spin = dialog.spins[0]
    qtbot.waitUntil(spin.hasFocus, timeout=WAIT)
    assert spin.maximum() == 2
    qtbot.keyClicks(spin, "1")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    QApplication.processEvents()
    qtbot.keyClicks(dialog.reason, "defect")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.recorded is not None, timeout=WAIT)
    assert dialog.recorded is not None and dialog.recorded.total_tiyn == 199_000
    paper = printout(printer.wait_jobs(1)[0], reader).squeezed()
    assert "ВОЗВРАТ№1" in paper or "RETURNNo.1" in paper
    with shop.db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(SaleReturn)) == 1
    dialog.reject()
    qtbot.waitUntil(lambda: screen.return_dialog is None, timeout=WAIT)

    screen.open_reprint()
    reprint = screen.reprint_dialog
    assert reprint is not None
    qtbot.waitUntil(lambda: reprint.items.count() == 1, timeout=WAIT)
    qtbot.keyClick(reprint.items, Qt.Key.Key_Return)
    copy = printout(printer.wait_jobs(2)[1], reader)
    assert copy.lines[0].strip() in ("COPY", "КОПИЯ", "КӨШІРМЕ")


def test_a_late_return_is_approved_by_a_managers_pin_typed_in_the_dialog(
    qtbot: QtBot, screen: SaleScreen, shop: TillFixture
) -> None:
    import dataclasses
    import datetime as dt

    from tests.support.tills import MANAGER_PIN

    cashier = shop.ctx(shop.cashier)
    old = record_sale(
        dataclasses.replace(cashier, clock=lambda: cashier.clock() - dt.timedelta(days=20)),
        NewSale(lines=(LineInput("Кабель USB-C 1 м", 1, 199_000),)),
    )
    screen.open_return()
    dialog = screen.return_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.receipt.hasFocus, timeout=WAIT)
    qtbot.keyClicks(dialog.receipt, str(old.receipt_no))  # the number typed
    qtbot.keyClick(dialog.receipt, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(dialog.spins) == 1, timeout=WAIT)
    assert dialog.late_box.isVisible() and dialog.message.problem
    assert f"more than {RETURN_DAYS} days ago" in dialog.message.text()  # the rule's window
    dialog.spins[0].setValue(1)
    qtbot.keyClicks(dialog.reason, "defect")
    dialog.record()  # no PIN yet: refused, nothing recorded
    qtbot.waitUntil(lambda: not dialog._busy, timeout=WAIT)
    assert dialog.recorded is None and dialog.message.problem
    qtbot.keyClicks(dialog.pin, MANAGER_PIN)
    qtbot.keyClicks(dialog.override_reason, "act 5")
    qtbot.keyClick(dialog.override_reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.recorded is not None, timeout=WAIT)
    assert dialog.recorded is not None
    assert dialog.recorded.override_name == "Ерлан Менеджер"
    assert not dialog.pin.text()  # the PIN is not kept on screen
