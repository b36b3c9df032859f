"""Sign-in refusals, and the store admin's settings: test print and key rotation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.domain.enums import Role
from pos.storage.database import open_database
from pos.storage.models import Sale
from tests.support.driver import (
    PINS,
    STAFF_NAMES,
    WAIT,
    activate,
    click_row,
    idle,
    scan,
    sign_in,
    type_into,
)
from tests.support.printer import FakePrinter
from tests.support.tills import TillFixture
from ui.widgets.main_window import MainWindow
from ui.widgets.settings_dialog import SettingsDialog

CABLE = "4870001000165"


def test_wrong_pin_is_refused_and_counts_toward_the_lockout(
    qtbot: QtBot, window: MainWindow
) -> None:
    login = window.login
    click_row(qtbot, login.staff_list, STAFF_NAMES[Role.CASHIER])
    for attempt in range(5):
        qtbot.keyClicks(login.pin, "9173")
        qtbot.keyClick(login.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(login.sign_in_button.isEnabled, timeout=WAIT)
        expected = "Wrong PIN." if attempt < 4 else "try again in 5 min"
        assert expected in login.message.text()
        assert login.pin.text() == ""  # the PIN never stays in the field
    # Locked: even the right PIN is refused now, by the service.
    qtbot.keyClicks(login.pin, PINS[Role.CASHIER])
    qtbot.keyClick(login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "try again in" in login.message.text(), timeout=WAIT)
    assert window.stack.currentWidget() is login and window.state.actor is None


def open_settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    sign_in(qtbot, window, Role.STORE_ADMIN)
    qtbot.keyClick(window.sale.entry.barcode, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.settings_dialog is not None, timeout=WAIT)
    dialog = window.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    activate(qtbot, dialog)
    idle(qtbot, window)
    return dialog


def test_cashier_gets_neither_settings_nor_rights(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, Role.CASHIER)
    qtbot.keyClick(window.sale.entry.barcode, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.sale.entry.barcode, Qt.Key.Key_F10)
    qtbot.keyClick(window.sale.entry.barcode, Qt.Key.Key_F7)  # credit: not offered to a cashier
    assert window.settings_dialog is None and window.rights_dialog is None
    assert not window.sale.tender.payment_buttons[
        next(reversed(window.sale.tender.payment_buttons))
    ].isVisible()
    assert window.sale.cart.payment.value == "cash"


def test_test_print_reaches_the_printer(
    qtbot: QtBot, window: MainWindow, printer: FakePrinter
) -> None:
    dialog = open_settings(qtbot, window)
    assert dialog.printer_url.text() == printer.url
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Printed" in dialog.test_result.text(), timeout=WAIT)
    assert dialog.test_result.text() == "Printed: test page."
    assert len(printer.wait_jobs(1)) == 1


def test_key_rotation_shows_progress_and_the_till_keeps_working(
    qtbot: QtBot, window: MainWindow, shop: TillFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POS_DB_KEY", shop.key)  # unattended till: no OS keyring is touched
    dialog = open_settings(qtbot, window)
    dialog.tabs.setCurrentIndex(3)
    type_into(qtbot, dialog.new_key, "short")
    type_into(qtbot, dialog.repeat_key, "short")
    qtbot.mouseClick(dialog.rekey_button, Qt.MouseButton.LeftButton)
    assert "at least 12 characters" in dialog.status.text()

    for field in (dialog.new_key, dialog.repeat_key):
        field.clear()
        type_into(qtbot, field, "a-new-till-key-2025")
    values: list[int] = []
    dialog.rekey_progress.valueChanged.connect(values.append)
    qtbot.mouseClick(dialog.rekey_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Database key changed" in dialog.status.text(), timeout=30_000)
    assert values and values[-1] == 100
    assert dialog.current_key == "a-new-till-key-2025"

    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.settings_dialog is None, timeout=WAIT)
    activate(qtbot, window)
    scan(qtbot, window, CABLE)  # the window works on the reopened file
    qtbot.keyClick(window.sale.entry.barcode, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: "Sale No." in window.sale.message.text(), timeout=WAIT)
    idle(qtbot, window)

    reopened = open_database(shop.paths.db, "a-new-till-key-2025")
    try:
        with reopened.read_session() as session:
            assert len(session.scalars(select(Sale)).all()) == 1
    finally:
        reopened.close()


def test_long_jobs_run_in_the_background_with_their_progress(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    dialog = open_settings(qtbot, window)
    dialog.tabs.setCurrentIndex(4)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    jobs = window.status.jobs
    assert [j.title for j in jobs.jobs] == ["Exporting statistics"]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # jobs go on without it
    qtbot.waitUntil(lambda: not jobs.running, timeout=60_000)
    idle(qtbot, window)
    exported = jobs.jobs[0]
    assert not exported.failed and exported.message.startswith("stats-")
    assert (shop.paths.exports / exported.message).exists()
    assert jobs.text.text().startswith("✓ Exporting statistics")


def test_key_rotation_waits_for_a_sync_under_way_so_its_commit_is_kept(
    qtbot: QtBot, window: MainWindow, shop: TillFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    import time

    from pos.services.sales import LineInput, NewSale, record_sale
    from ui.operations import Lane

    monkeypatch.setenv("POS_DB_KEY", shop.key)
    dialog = open_settings(qtbot, window)
    dialog.tabs.setCurrentIndex(3)
    for field in (dialog.new_key, dialog.repeat_key):
        type_into(qtbot, field, "a-new-till-key-2025")
    started = threading.Event()
    committed: list[str] = []

    def slow_network_write() -> None:
        # As a sync applying directives would: a write on another lane, committed late.
        started.set()
        time.sleep(1.0)
        sale = record_sale(shop.ctx(shop.cashier), NewSale(lines=(LineInput("Хлеб", 1, 25_000),)))
        committed.append(str(sale.id))

    window.state.ops.run(slow_network_write, lane=Lane.NETWORK, label="slow sync")
    assert started.wait(5)
    qtbot.mouseClick(dialog.rekey_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Database key changed" in dialog.status.text(), timeout=30_000)
    assert committed
    db = open_database(shop.paths.db, "a-new-till-key-2025")
    try:
        with db.read_session() as s:
            kept = {str(i) for i in s.scalars(select(Sale.id))}
    finally:
        db.close()
    assert committed[0] in kept
