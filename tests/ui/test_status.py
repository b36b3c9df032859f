"""The status bar, and a printer that fails: the sale is kept, the receipt waits in the queue."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos.domain.enums import Role
from pos.services import settings, sync_state
from tests.support.driver import WAIT, idle, scan, sign_in
from tests.support.printer import FakePrinter, listening
from tests.support.tills import TillFixture
from ui.widgets import status_bar
from ui.widgets.main_window import MainWindow

CABLE = "4870001000165"


def test_status_bar_shows_store_staff_sync_and_printer(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    ctx = shop.ctx()
    settings.update(ctx, settings.HEADOFFICE, {"url": "https://ho.example.kz", "token": "t"})
    sync_state.record_cycle(ctx, dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC), None)
    sign_in(qtbot, window, Role.CASHIER)
    status = window.status
    status.refresh()
    qtbot.waitUntil(lambda: status.printer.text() == "Printer: ready", timeout=WAIT)
    assert status.store.text() == "Тест Алматы (ALM-01), register 1"
    assert status.staff.text() == "Signed in: Айгерим Кассир, cashier"
    backlog = sync_state.status(ctx).backlog
    assert backlog > 0  # the set-up itself queued events for head office
    # Times are shown in the store's zone (Asia/Almaty, UTC+5).
    assert status.sync.text() == f"Sync: {backlog} waiting, last success 01.03.2025 14:30"


def test_printer_down_keeps_the_sale_and_queues_the_receipt(
    qtbot: QtBot, window: MainWindow, shop: TillFixture, printer: FakePrinter
) -> None:
    port = printer.port
    printer.stop()  # switched off: connections are refused
    sign_in(qtbot, window, Role.CASHIER)
    sale = window.sale
    scan(qtbot, window, CABLE)
    qtbot.keyClick(sale.entry.barcode, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: "Not printed: receipt" in sale.message.text(), timeout=WAIT)
    assert "It stays in the print queue." in sale.message.text()
    assert sale.message.problem
    idle(qtbot, window)
    window.status.refresh()
    qtbot.waitUntil(
        lambda: window.status.printer.text().startswith("Printer: 1 waiting to be printed ("),
        timeout=WAIT,
    )

    with listening(port) as back:
        window.retry_action.trigger()
        qtbot.waitUntil(lambda: "Printed: receipt." in sale.message.text(), timeout=WAIT)
        assert len(back.wait_jobs(1)) == 1
        idle(qtbot, window)
    qtbot.waitUntil(lambda: window.status.printer.text() == "Printer: ready", timeout=WAIT)


def test_a_refresh_asked_for_during_a_read_reads_again(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sale or a sign-in during a status read is not lost: the bar reads once more."""
    idle(qtbot, window)
    reads: list[dict[str, Any]] = []
    monkeypatch.setattr(status_bar, "refresh_status", lambda **kw: reads.append(kw) or 0)
    status = window.status
    for _ in range(3):
        status.refresh()
    assert len(reads) == 1
    reads[0]["failure"](RuntimeError("read failed"))  # the read lands
    assert len(reads) == 2
    reads[1]["failure"](RuntimeError("read failed"))
    assert len(reads) == 2
