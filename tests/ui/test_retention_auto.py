"""A till left running with the window erases what retention requires with no one typing
a command (nobody even signed in), never blocks the cashier, and its status bar shows the
last run, with a warning look once retention is overdue."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.domain.enums import Role
from pos.services import retention_schedule
from pos.services.context import ServiceContext
from pos.storage.models import AuditEntry
from protocol.wire import RetentionTrigger
from tests.support.driver import WAIT, scan, sign_in
from tests.support.retention import holds_personal_data, refused_and_repaid, retention_events
from tests.support.tills import TillFixture
from till.gui import default_printer_factory
from ui.actions import retention as retention_actions
from ui.app import build_window
from ui.state import TillHandle
from ui.widgets.main_window import MainWindow

CABLE = "4870001000165"


@pytest.fixture
def open_window(qtbot: QtBot, shop: TillFixture) -> Iterator[Any]:
    """Opens the cashier window as `pos gui` does (after the test has set the till up)."""
    opened: list[MainWindow] = []

    def open_() -> MainWindow:
        w = build_window(
            TillHandle(shop.paths, shop.db, shop.identity),
            printer_factory=default_printer_factory(),
            language="en",
            current_key=shop.key,
        )
        qtbot.addWidget(w)
        w.resize(1280, 800)
        w.show()
        w.start()
        opened.append(w)
        return w

    yield open_
    for w in opened:
        w.shutdown()
        w.close()


@pytest.fixture
def checks_soon(monkeypatch: pytest.MonkeyPatch) -> None:
    """The start-up check at once, then one every 50 ms (instead of every 15 minutes)."""
    monkeypatch.setattr(retention_actions, "FIRST_CHECK_MS", 0)
    monkeypatch.setattr(retention_actions, "CHECK_EVERY_MS", 50)


def test_the_window_erases_at_start_up_and_a_day_later_with_no_one_typing(
    qtbot: QtBot, shop: TillFixture, open_window: Any, checks_soon: None
) -> None:
    first = refused_and_repaid(shop, serial=1234)
    window = open_window()
    checks: list[object] = []
    window.retention.checked.connect(checks.append)
    assert window.state.actor is None  # nobody signs in

    qtbot.waitUntil(lambda: not holds_personal_data(shop, first), timeout=WAIT)
    qtbot.waitUntil(lambda: window.status.retention.text().startswith("Retention: today "))
    assert not window.status.retention_overdue

    second = refused_and_repaid(shop, serial=1300)
    qtbot.waitUntil(lambda: len(checks) >= 5, timeout=WAIT)
    assert holds_personal_data(shop, second)  # checked five more times: not due within the day

    window.retention.clock = lambda: dt.datetime.now(dt.UTC) + dt.timedelta(days=1, minutes=1)
    qtbot.waitUntil(lambda: not holds_personal_data(shop, second), timeout=WAIT)
    qtbot.waitUntil(lambda: window.state.ops.in_flight == 0, timeout=WAIT)

    assert [p["trigger"] for p in retention_events(shop)] == ["window", "window"]
    assert [p["buyers_destroyed"] for p in retention_events(shop)] == [1, 1]
    with shop.db.read_session() as s:
        actors = set(
            s.scalars(select(AuditEntry.actor).where(AuditEntry.action == "buyer.destroyed"))
        )
    assert actors == {"retention"}


def test_the_cashier_sells_while_retention_runs(
    qtbot: QtBot,
    shop: TillFixture,
    open_window: Any,
    checks_soon: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The run is on a worker thread; a sale rung up meanwhile is recorded and printed."""
    started, release = threading.Event(), threading.Event()
    threads: list[threading.Thread] = []
    real = retention_schedule.run_retention

    def slow(ctx: ServiceContext) -> Any:
        threads.append(threading.current_thread())
        started.set()
        assert release.wait(60)
        return real(ctx)

    monkeypatch.setattr(retention_schedule, "run_retention", slow)
    buyer = refused_and_repaid(shop)
    window = open_window()
    try:
        qtbot.waitUntil(started.is_set, timeout=WAIT)
        assert threads[0] is not threading.main_thread()
        status = window.status

        def shows_running() -> bool:
            status.refresh()
            # Never run before on this till: overdue until this first run finishes.
            return status.retention.text() == "Retention: running, overdue"

        qtbot.waitUntil(shows_running, timeout=WAIT)
        sign_in(qtbot, window, Role.CASHIER)
        sale = window.sale
        scan(qtbot, window, CABLE)
        qtbot.keyClick(sale, Qt.Key.Key_F5)  # cash
        sale.tender.tendered.setFocus()
        qtbot.keyClicks(sale.tender.tendered, "2000")
        qtbot.keyClick(sale.tender.tendered, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "recorded: 1,990.00" in sale.message.text(), timeout=WAIT)
        assert holds_personal_data(shop, buyer)  # the run is still under way
    finally:
        release.set()
    qtbot.waitUntil(lambda: not holds_personal_data(shop, buyer), timeout=WAIT)


def test_status_bar_shows_the_last_run_and_warns_when_overdue(
    qtbot: QtBot, shop: TillFixture, open_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(retention_actions, "FIRST_CHECK_MS", 600_000)  # none during the test
    # The last run finished three days ago at 09:00 in Almaty (04:00 UTC).
    three_days_ago = dt.datetime.combine(
        dt.datetime.now(dt.UTC).date() - dt.timedelta(days=3), dt.time(4, 0), tzinfo=dt.UTC
    )
    ctx = ServiceContext(shop.db, shop.admin, clock=lambda: three_days_ago)
    assert retention_schedule.run_if_due(ctx, RetentionTrigger.SYNC).ran
    window = open_window()
    status = window.status
    qtbot.waitUntil(lambda: status.retention.text() != "", timeout=WAIT)
    assert status.retention.text() == f"Retention: {three_days_ago:%d.%m.%Y} 09:00, overdue"
    assert status.retention_overdue
    assert "#b71c1c" in status.retention.styleSheet()  # the warning look
    assert status.retention.toolTip().startswith(f"Last run {three_days_ago:%d.%m.%Y} 09:00: ")

    ran = retention_schedule.run_if_due(shop.ctx(), RetentionTrigger.SYNC)
    assert ran.record is not None
    local = ran.record.started_at + dt.timedelta(hours=5)  # Asia/Almaty, no daylight saving
    status.refresh()
    expected = f"Retention: today {local:%H:%M}" if local.date() == _almaty_today() else None
    qtbot.waitUntil(lambda: not status.retention_overdue, timeout=WAIT)
    if expected is not None:
        assert status.retention.text() == expected
    assert status.retention.styleSheet() == ""


def _almaty_today() -> dt.date:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(hours=5)).date()
