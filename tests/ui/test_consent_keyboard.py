"""The consent slip driven by keyboard only (issue 13, point 7): printing never throws away
the slip it printed, and no single key discards what the buyer typed without asking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pos.domain.enums import Role
from tests.support.driver import WAIT, activate, open_consent, scan, sign_in, type_text
from tests.support.printer import FakePrinter, glyph_reader, printout
from ui.widgets.consent_dialog import ConsentDialog
from ui.widgets.main_window import MainWindow

KETTLE = "4870001000202"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def keyboard_consent(qtbot: QtBot, window: MainWindow) -> ConsentDialog:
    """A delivery sale's consent, its fields typed with Tab between them; the cashier stays
    in the last field (nothing leaves it before the preview key)."""
    scan(qtbot, window, KETTLE)
    if not window.sale.tender.delivery.isChecked():
        qtbot.keyClick(window.sale.entry.barcode, Qt.Key.Key_F11)  # delivery
    dialog = open_consent(qtbot, window)
    values = ["Нурланова", "Асель", "", "+7 701 555 12 34", "Алматы, ул. Жарокова, 12"]
    for n, value in enumerate(values):
        type_text(qtbot, focused(), value)
        if n < len(values) - 1:
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    return dialog


def test_slip_printed_from_the_keyboard_stays_valid(
    qtbot: QtBot, window: MainWindow, printer: FakePrinter
) -> None:
    sign_in(qtbot, window, Role.CASHIER)
    reader = glyph_reader()
    for attempt in range(3):
        dialog = keyboard_consent(qtbot, window)
        qtbot.keyClick(focused(), Qt.Key.Key_F2)  # preview
        qtbot.waitUntil(lambda d=dialog: bool(d.preview.toPlainText()), timeout=WAIT)
        if attempt == 0:
            qtbot.keyClick(focused(), Qt.Key.Key_F3)
        else:
            assert focused() is dialog.print_button  # Enter prints
            qtbot.keyClick(focused(), Qt.Key.Key_Return)
        printed = printer.wait_jobs(attempt + 1)[-1]
        assert "НурлановаАсель" in printout(printed, reader).squeezed()
        qtbot.waitUntil(dialog.signed_button.isEnabled, timeout=WAIT)
        qtbot.wait(100)
        # The slip just printed is the one to sign: still previewed, still signable.
        assert "again" not in dialog.status.text()
        assert "Buyer signed (F4)" in dialog.status.text()
        assert "Нурланова Асель" in dialog.preview.toPlainText()
        assert dialog.signed_button.isEnabled()
        assert focused() is dialog.signed_button  # not "Buyer refused"
        # Enter or Esc on the question keep what was typed
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda d=dialog: d.confirm_box is not None, timeout=WAIT)
        box = dialog.confirm_box
        assert box is not None
        assert "wiped" in box.text()
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda d=dialog: d.confirm_box is None, timeout=WAIT)
        assert dialog.isVisible()
        assert dialog.form.editors["surname"].text() == "Нурланова"
        # ... only choosing "Wipe and close" ends it
        qtbot.keyClick(dialog, Qt.Key.Key_F8)
        qtbot.waitUntil(lambda d=dialog: d.confirm_box is not None, timeout=WAIT)
        box = dialog.confirm_box
        assert box is not None
        yes = box.findChild(QWidget, "consent.confirm.yes")
        assert yes is not None
        yes.setFocus()
        qtbot.keyClick(yes, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: window.sale.consent_dialog is None, timeout=WAIT)
        assert dialog.refused
        assert dialog.form.editors["surname"].text() == ""
        activate(qtbot, window)


def test_no_single_key_wipes_the_buyers_data(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, Role.CASHIER)
    dialog = keyboard_consent(qtbot, window)
    for button in (dialog.refused_button, dialog.cancel_button):
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=WAIT)
        box = dialog.confirm_box
        assert box is not None
        qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter in the question: "Go back"
        qtbot.waitUntil(lambda: dialog.confirm_box is None, timeout=WAIT)
        assert dialog.isVisible()
        assert dialog.form.editors["phone"].text() == "+7 701 555 12 34"
    qtbot.keyClick(dialog, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=WAIT)
    assert dialog.confirm_box is not None
    qtbot.keyClick(dialog.confirm_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.confirm_box is None, timeout=WAIT)
    assert dialog.form.editors["surname"].text() == "Нурланова"


def test_a_delivery_sale_prints_the_couriers_slip_after_the_receipt(
    qtbot: QtBot, window: MainWindow, printer: FakePrinter
) -> None:
    sign_in(qtbot, window, Role.CASHIER)
    reader = glyph_reader()
    dialog = keyboard_consent(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_F2)
    qtbot.waitUntil(dialog.print_button.isEnabled, timeout=WAIT)
    qtbot.keyClick(focused(), Qt.Key.Key_F3)
    qtbot.waitUntil(dialog.signed_button.isEnabled, timeout=WAIT)
    qtbot.keyClick(focused(), Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: window.sale.consent_dialog is None, timeout=WAIT)
    activate(qtbot, window)
    qtbot.keyClick(window.sale.entry.barcode, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: len(printer.jobs) == 3, timeout=WAIT)  # slip, receipt, courier's
    courier = printout(printer.jobs[2], reader)
    squeezed = courier.squeezed()
    assert "ДОСТАВКА" in courier.text
    assert "НурлановаАсель" in squeezed and "7015551234" in squeezed.replace("+", "")
    assert "₸" not in courier.text  # no prices for the courier
    qtbot.waitUntil(lambda: window.state.ops.in_flight == 0, timeout=WAIT)
