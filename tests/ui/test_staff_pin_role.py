"""Staff in the window (issue 13, point 6): the store admin sets a staff member's PIN and
role on the Ctrl+U screen, and the person signs in with the new PIN in the new role."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos.domain.enums import Role
from tests.support.driver import STAFF_NAMES, WAIT, click_row
from tests.support.tills import TillFixture
from tests.ui.test_staff_screen import choose, close_and_sign_out, open_staff
from ui.widgets.main_window import MainWindow

NEW_PIN = "3817"


def test_the_admin_sets_a_new_pin_and_a_role_and_the_person_signs_in_with_them(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    dialog = open_staff(qtbot, window)
    name = STAFF_NAMES[Role.CASHIER]
    choose(qtbot, dialog, name)
    qtbot.keyClicks(dialog.new_pin, NEW_PIN)
    qtbot.keyClicks(dialog.repeat_pin, NEW_PIN)
    qtbot.mouseClick(dialog.pin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == f"New PIN set for {name}.", timeout=WAIT)
    assert dialog.new_pin.text() == "" and dialog.repeat_pin.text() == ""  # not left on screen

    choose(qtbot, dialog, name)
    dialog.role.setCurrentIndex(dialog.role.findData(Role.SALES_MANAGER.value))
    qtbot.mouseClick(dialog.role_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith(f"{name} is now"), timeout=WAIT)

    close_and_sign_out(qtbot, window, dialog)
    login = window.login
    click_row(qtbot, login.staff_list, name)
    qtbot.keyClicks(login.pin, NEW_PIN)
    qtbot.keyClick(login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale, timeout=WAIT)
    assert window.state.role is Role.SALES_MANAGER
    assert window.rights_action.isEnabled() and window.credit_pay_action.isEnabled()
