"""The shift from the window, by keyboard: a sale without a shift is refused and the
opening is offered; cash in and out; X shown and printed; the blind count shows no
expected figure; the Z shows and prints the difference; the status bar shows the shift."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.domain.enums import Role
from pos.services.shifts import close_shift, open_shift
from pos.storage.models import Shift
from tests.support.driver import WAIT, activate, active_dialog, idle, scan, sign_in, type_text
from tests.support.escpos_decoder import GlyphReader
from tests.support.printer import FakePrinter, printout
from tests.support.tills import TillFixture
from ui.widgets.main_window import MainWindow
from ui.widgets.shift_dialogs import AmountDialog, AmountMode, ShiftReportDialog
from ui.widgets.shift_status import shift_text

PHONE_CASE = "4870001000141"  # 3 990,00 ₸


def _closed(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: active_dialog() is None, timeout=WAIT)
    activate(qtbot, window)  # as the window manager does when a dialog closes


def _dialog(qtbot: QtBot, kind: type) -> object:
    qtbot.waitUntil(lambda: isinstance(active_dialog(), kind), timeout=WAIT)
    return active_dialog()


def _enter_amount(qtbot: QtBot, dialog: AmountDialog, amount: str, reason: str = "") -> None:
    dialog.amount.setFocus()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, amount)
    if reason:
        editor = dialog.reason.lineEdit()
        assert editor is not None
        editor.setFocus()
        editor.clear()
        type_text(qtbot, editor, reason)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)


def test_a_shift_in_the_window_from_refusal_to_z(
    qtbot: QtBot,
    window: MainWindow,
    shop: TillFixture,
    printer: FakePrinter,
    reader: GlyphReader,
) -> None:
    close_shift(shop.ctx(shop.cashier), 0)  # the template's shift: this register has none now
    sign_in(qtbot, window, Role.CASHIER)
    sale = window.sale
    qtbot.waitUntil(lambda: window.status.shift.text() == "No shift open", timeout=WAIT)

    scan(qtbot, window, PHONE_CASE)
    qtbot.keyClick(sale, Qt.Key.Key_F12)
    opening = _dialog(qtbot, AmountDialog)
    assert isinstance(opening, AmountDialog) and opening.mode is AmountMode.OPEN
    assert "No shift is open on this register" in sale.message.text()
    assert "open the shift first" in opening.message.text()  # offered, saying why
    _enter_amount(qtbot, opening, "20000")
    _closed(qtbot, window)
    qtbot.waitUntil(lambda: "opened" in sale.message.text(), timeout=WAIT)
    assert sale.message.text() == "Shift 2 opened with a float of 20,000.00\u00a0₸."
    qtbot.waitUntil(lambda: window.status.shift.text().startswith("Shift 2 open 0 h"), timeout=WAIT)

    qtbot.keyClick(sale, Qt.Key.Key_F12)  # the same cart, now in the open shift
    qtbot.waitUntil(lambda: "Sale No." in sale.message.text(), timeout=WAIT)
    printer.wait_jobs(1)
    idle(qtbot, window)

    qtbot.keyClick(sale, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    cash_in = _dialog(qtbot, AmountDialog)
    assert isinstance(cash_in, AmountDialog) and cash_in.mode is AmountMode.CASH_IN
    _enter_amount(qtbot, cash_in, "5000", "размен")
    _closed(qtbot, window)
    qtbot.waitUntil(lambda: sale.message.text().startswith("Cash in: 5,000.00"), timeout=WAIT)
    slip = printout(printer.wait_jobs(2)[1], reader)
    assert "размен" in slip.text

    qtbot.keyClick(sale, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    cash_out = _dialog(qtbot, AmountDialog)
    assert isinstance(cash_out, AmountDialog)
    _enter_amount(qtbot, cash_out, "100000", "Инкассация")
    qtbot.waitUntil(lambda: cash_out.amount_row.error.text() != "", timeout=WAIT)
    assert cash_out.amount_row.error.text() == "That is more cash than the drawer should hold."
    assert active_dialog() is cash_out
    _enter_amount(qtbot, cash_out, "10000")
    _closed(qtbot, window)
    printer.wait_jobs(3)

    qtbot.keyClick(sale, Qt.Key.Key_F4, Qt.KeyboardModifier.ShiftModifier)
    x = _dialog(qtbot, ShiftReportDialog)
    assert isinstance(x, ShiftReportDialog)
    # 20 000 float + 3 990 cash sale + 5 000 in - 10 000 out
    assert x.headline.text() == "Shift 2: expected in the drawer 18,990.00\u00a0₸."
    shown = x.paper.toPlainText()
    assert "X REPORT" in shown and "18 990,00 ₸" in shown
    xpaper = printout(printer.wait_jobs(4)[3], reader)
    assert "18990,00₸" in xpaper.squeezed()
    qtbot.keyClick(x.close_button, Qt.Key.Key_Return)
    _closed(qtbot, window)

    qtbot.keyClick(sale, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    blind = _dialog(qtbot, AmountDialog)
    assert isinstance(blind, AmountDialog) and blind.mode is AmountMode.CLOSE
    seen = " ".join(
        w.text()
        for kind in (QLabel, QPushButton, QLineEdit)
        for w in blind.findChildren(kind)
        if w.isVisible()
    )
    assert "18" not in seen and "990" not in seen  # nothing says what is expected
    _enter_amount(qtbot, blind, "18900")
    z = _dialog(qtbot, ShiftReportDialog)
    assert isinstance(z, ShiftReportDialog) and z.z
    assert z.headline.text() == "Shift 2 closed. Counted 18,900.00\u00a0₸: short by 90.00\u00a0₸."
    zpaper = printout(printer.wait_jobs(5)[4], reader).squeezed()
    assert "Должнобытьвкассе18990,00₸" in zpaper  # the printer's language and "-90,00₸" in zpaper
    qtbot.keyClick(z.close_button, Qt.Key.Key_Return)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: window.status.shift.text() == "No shift open", timeout=WAIT)


def test_the_status_bar_warns_from_23_hours(shop: TillFixture) -> None:
    ctx = shop.ctx(shop.manager)
    close_shift(shop.ctx(shop.cashier), 0)
    view = open_shift(ctx, 0)
    near = dataclasses.replace(view, at=view.opened_at + dt.timedelta(hours=23, minutes=5))
    late = dataclasses.replace(view, at=view.opened_at + dt.timedelta(hours=24, minutes=1))
    assert shift_text(near) == "Shift 2 open 23 h 05 min: close it before 24 h"
    assert shift_text(late) == "Shift 2 open 24 h 01 min: no more sales, close it (Z)"


def test_a_shift_24_hours_old_refuses_the_sale_and_offers_the_close(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    with shop.db.write_session() as s:  # the template's shift, opened 25 hours ago
        shift = s.scalars(select(Shift)).one()
        shift.opened_at = dt.datetime.now(dt.UTC) - dt.timedelta(hours=25)
        s.commit()
    sign_in(qtbot, window, Role.CASHIER)
    sale = window.sale
    qtbot.waitUntil(lambda: "no more sales" in window.status.shift.text(), timeout=WAIT)
    scan(qtbot, window, PHONE_CASE)
    qtbot.keyClick(sale, Qt.Key.Key_F12)
    blind = _dialog(qtbot, AmountDialog)
    assert isinstance(blind, AmountDialog) and blind.mode is AmountMode.CLOSE
    assert "has been open 24 hours" in blind.message.text()
    _enter_amount(qtbot, blind, "0")
    z = _dialog(qtbot, ShiftReportDialog)
    assert isinstance(z, ShiftReportDialog) and z.z
    assert z.headline.text() == "Shift 1 closed. Counted 0.00\u00a0₸: no difference."
    qtbot.keyClick(z.close_button, Qt.Key.Key_Return)
    _closed(qtbot, window)
    idle(qtbot, window)
