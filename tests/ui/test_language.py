"""Switching the window to Kazakh (store admin setting) and back, live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos.domain.enums import Role
from pos.services import settings
from tests.support.driver import WAIT, activate, idle, scan, sign_in
from tests.support.tills import TillFixture
from ui.widgets.main_window import MainWindow

CABLE = "4870001000165"  # 1 990,00 ₸


def test_language_switch_to_kazakh(qtbot: QtBot, window: MainWindow, shop: TillFixture) -> None:
    sign_in(qtbot, window, Role.STORE_ADMIN)
    sale = window.sale
    scan(qtbot, window, CABLE)
    assert sale.tender.finish_button.text() == "Finish sale (F12)"

    qtbot.keyClick(sale.entry.barcode, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.settings_dialog is not None, timeout=WAIT)
    dialog = window.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    activate(qtbot, dialog)
    idle(qtbot, window)  # the settings were read off the GUI thread
    combo = dialog.language
    combo.setFocus()
    while combo.currentData() != "kk":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state.language == "kk", timeout=WAIT)
    idle(qtbot, window)

    # Every screen follows at once: the open dialog, the sale screen, menus, the status bar.
    assert dialog.windowTitle() == "Баптаулар"
    assert dialog.status.text() == "Сақталды."
    assert sale.tender.finish_button.text() == "Сатуды аяқтау (F12)"
    assert (
        sale.tender.payment_buttons[next(iter(sale.tender.payment_buttons))].text()
        == "Қолма-қол (F5)"
    )
    assert sale.cart_view.total.text() == "Барлығы: 1\u00a0990,00\u00a0₸"
    assert sale.cart_view.lines.horizontalHeaderItem(0).text() == "Тауар"
    assert sale.buyer.buyer_panel.title() == "Сатып алушы"
    assert window.till_menu.title() == "&Касса"
    assert window.status.staff.text() == "Кірген: Store admin, дүкен әкімшісі"
    assert sale.tender.finish_button.accessibleName() == "Сатуды аяқтау"
    assert settings.read(shop.ctx(), settings.LANGUAGE)["ui"] == "kk"

    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.settings_dialog is None, timeout=WAIT)
    activate(qtbot, window)
    window.sign_out_action.trigger()
    assert window.login.title.text() == "Кіру"
    # The login screen's own choice switches for the session only.
    combo = window.login.language
    combo.setCurrentIndex(combo.findData("ru"))
    qtbot.waitUntil(lambda: window.login.title.text() == "Вход", timeout=WAIT)
    assert window.login.sign_in_button.text() == "Вход"
    assert window.state.language == "ru"
