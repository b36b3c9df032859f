"""The store admin edits the credit banks and products (with rates) in the settings dialog;
the sale screen's credit terms offer them and show the product's rate (issue 13, point 7)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos.domain.codes import Code
from pos.services import credit_settings
from printing.outcomes import Paper, PrintOutcome
from tests.support.driver import WAIT, activate, idle, scan
from tests.support.tills import TillFixture
from tests.ui.test_admin import open_settings
from ui.messages import line_message
from ui.widgets.main_window import MainWindow

TV = "4870001000066"


def test_banks_and_products_are_store_settings_with_rates(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    dialog = open_settings(qtbot, window)
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Credit"
    qtbot.waitUntil(lambda: "Halyk Bank" in dialog.credit_banks.toPlainText(), timeout=WAIT)
    assert "standard: 24" in dialog.credit_products.toPlainText()

    dialog.credit_products.setFocus()
    dialog.credit_products.selectAll()
    qtbot.keyClicks(dialog.credit_products, "standard: 150")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "0 to 100" in dialog.status.text()  # refused before anything is written

    dialog.credit_banks.selectAll()
    qtbot.keyClicks(dialog.credit_banks, "Bank RBK")
    dialog.credit_products.selectAll()
    qtbot.keyClicks(dialog.credit_products, "standard: 19,9")
    qtbot.keyClick(dialog.credit_products, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.credit_products, "0-0-12: 0")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "Saved.", timeout=WAIT)
    saved = credit_settings.catalogue(shop.ctx())
    assert saved.banks == ("Bank RBK",) and saved.rate_of("standard") == 19.9

    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.settings_dialog is None, timeout=WAIT)
    activate(qtbot, window)
    scan(qtbot, window, TV)
    qtbot.keyClick(window.sale.entry.barcode, Qt.Key.Key_F7)  # credit
    panel = window.sale.buyer.credit_panel
    qtbot.waitUntil(lambda: panel.bank.count() == 1, timeout=WAIT)
    idle(qtbot, window)
    assert panel.bank.itemText(0) == "Bank RBK"
    assert [panel.product.itemText(i) for i in range(panel.product.count())] == [
        "standard",
        "0-0-12",
    ]
    panel.product.setCurrentIndex(0)
    assert panel.rate.text() == "19.9 % a year"
    panel.product.setCurrentIndex(1)
    assert panel.rate.text() == "0 % a year"
    panel.product.setEditText("Kaspi Red")  # typed by hand: the bank's contract says
    assert panel.rate.text().startswith("not in the store's list")

    # After a credit sale the window names the paper as the paper does.
    printed = PrintOutcome(True, Code.PRINT_PRINTED, {"what": Paper.CREDIT_SUMMARY})
    assert line_message(printed) == "Printed: credit summary."
