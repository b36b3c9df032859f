"""Driving the window as a cashier does: mouse on lists, keys everywhere else."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from pos.domain.enums import Role
from tests.support.tills import ADMIN_PIN, CASHIER_PIN, MANAGER_PIN
from ui.widgets.consent_dialog import ConsentDialog
from ui.widgets.main_window import MainWindow

WAIT = 10_000

STAFF_NAMES = {
    Role.CASHIER: "Айгерим Кассир",
    Role.SALES_MANAGER: "Ерлан Менеджер",
    Role.STORE_ADMIN: "Store admin",
}
PINS = {Role.CASHIER: CASHIER_PIN, Role.SALES_MANAGER: MANAGER_PIN, Role.STORE_ADMIN: ADMIN_PIN}


def click_row(qtbot: QtBot, view: QListWidget, text_start: str) -> None:
    """Click the first row whose text starts with `text_start`, once the list (read off the
    GUI thread, so maybe still loading) shows it."""

    def row() -> int | None:
        for n in range(view.count()):
            if view.item(n).text().startswith(text_start):
                return n
        return None

    try:
        qtbot.waitUntil(lambda: row() is not None, timeout=WAIT)
    except AssertionError:
        raise AssertionError(
            f"no row starting with {text_start!r} in {view.objectName()}"
        ) from None
    item = view.item(row())  # type: ignore[arg-type]
    view.scrollToItem(item)
    rect = view.visualItemRect(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def sign_in(qtbot: QtBot, window: MainWindow, role: Role) -> None:
    login = window.login
    click_row(qtbot, login.staff_list, STAFF_NAMES[role])
    qtbot.keyClicks(login.pin, PINS[role])
    qtbot.keyClick(login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale, timeout=WAIT)


def scan(qtbot: QtBot, window: MainWindow, barcode: str) -> None:
    """A scanner types the digits and Enter into the barcode field."""
    sale = window.sale
    lines_before = sum(line.quantity for line in sale.cart.lines)
    sale.entry.barcode.setFocus()
    qtbot.keyClicks(sale.entry.barcode, barcode)
    qtbot.keyClick(sale.entry.barcode, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: sum(line.quantity for line in sale.cart.lines) > lines_before, timeout=WAIT
    )


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key)


def idle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until no background operation is in flight."""
    qtbot.waitUntil(lambda: window.state.ops.in_flight == 0, timeout=WAIT)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type text key by key; letters outside ASCII (Cyrillic, Kazakh) as a keyboard layout sends them."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    type_text(qtbot, widget, text)
    # Leaving the field runs its inline check, as Tab does for a cashier.
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def active_dialog() -> QDialog | None:
    modal = QApplication.activeModalWidget()
    return modal if isinstance(modal, QDialog) else None


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Make the window active, as the window manager does when a dialog closes or opens."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=WAIT)


def tick(qtbot: QtBot, box: QAbstractButton) -> None:
    """Click a check box on its indicator."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def open_consent(qtbot: QtBot, window: MainWindow) -> ConsentDialog:
    """F9 on the sale screen: the consent dialog for a new buyer, shown and active."""
    qtbot.keyClick(window.sale.entry.barcode, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.sale.consent_dialog is not None, timeout=WAIT)
    dialog = window.sale.consent_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    activate(qtbot, dialog)
    return dialog


def confirm_wipe(qtbot: QtBot, dialog: ConsentDialog) -> None:
    """Answer "Wipe and close" to the consent dialog's question (asked before discarding
    what was typed), by keyboard: Tab to the button, Space."""
    qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=WAIT)
    box = dialog.confirm_box
    assert box is not None
    yes = box.findChild(QAbstractButton, "consent.confirm.yes")
    assert yes is not None
    yes.setFocus()
    qtbot.keyClick(yes, Qt.Key.Key_Space)
