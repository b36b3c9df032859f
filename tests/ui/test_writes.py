"""Every write the window starts is announced, so what it shows of stored state refreshes.

ui/writes.py is the one way an action runs work off the read lane; these tests check its
promise (announced after success, even when the asking widget has closed; not on failure),
that a correction in the rights dialog refreshes the status bar's sync backlog at once, and
that nothing in ui/ starts such work around the helper.
"""

from __future__ import annotations

import ast
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt
from pytestqt.qtbot import QtBot

from pos.domain.enums import Role
from pos.domain.errors import Code, ValidationError
from pos.services import sync_state
from tests.support.driver import WAIT, activate, idle, sign_in, type_text
from tests.support.tills import DELIVERY, TillFixture, delivery_buyer, register
from tests.support.widgets import make_state
from ui.operations import Lane
from ui.state import AppState
from ui.widgets.main_window import MainWindow
from ui.writes import write

UI = Path(__file__).resolve().parents[2] / "ui"
HELPER = UI / "writes.py"


@pytest.fixture
def state(shop: TillFixture) -> Iterator[AppState]:
    s = make_state(shop, printing=False)
    yield s
    s.ops.shutdown()


def test_a_write_is_announced_after_its_callback(qtbot: QtBot, state: AppState) -> None:
    seen: list[str] = []
    state.written.connect(lambda: seen.append("announced"))
    owner = QObject()
    write(lambda: 7, state=state, owner=owner, label="t", success=lambda v: seen.append(f"got {v}"))
    qtbot.waitUntil(lambda: "announced" in seen, timeout=WAIT)
    assert seen == ["got 7", "announced"]


def test_a_write_is_announced_when_its_widget_has_closed(qtbot: QtBot, state: AppState) -> None:
    """The write happened: the window must still refresh, though the asker's callback is dropped."""
    seen: list[str] = []
    state.written.connect(lambda: seen.append("announced"))
    owner = QObject()
    release = threading.Event()
    write(
        lambda: release.wait(WAIT / 1000),
        state=state,
        owner=owner,
        label="t",
        success=lambda _v: seen.append("callback"),
        failure=lambda _e: seen.append("failure"),
    )
    shiboken6.delete(owner)
    release.set()
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)
    idle_ops(qtbot, state)
    assert seen == ["announced"]


def test_a_failed_write_is_not_announced(qtbot: QtBot, state: AppState) -> None:
    seen: list[str] = []
    state.written.connect(lambda: seen.append("announced"))

    def refuse() -> None:
        raise ValidationError(Code.RECTIFY_NOTHING)

    write(refuse, state=state, owner=None, label="t", failure=lambda e: seen.append("failure"))
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)
    idle_ops(qtbot, state)
    assert seen == ["failure"]


def test_a_read_is_not_a_write(state: AppState) -> None:
    with pytest.raises(ValueError, match="read"):
        write(lambda: None, state=state, owner=None, label="t", lane=Lane.READ)


def test_a_correction_refreshes_the_sync_backlog_at_once(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    """The correction queues an event for head office; the status bar shows it without
    waiting for its timer (15 s, longer than this test waits)."""
    register(shop, delivery_buyer(), DELIVERY)
    sign_in(qtbot, window, Role.SALES_MANAGER)
    idle(qtbot, window)
    before = sync_state.status(shop.ctx()).backlog
    qtbot.waitUntil(lambda: f"({before} waiting)" in window.status.sync.text(), timeout=WAIT)

    window.open_rights()
    dialog = window.rights_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    activate(qtbot, dialog)
    type_text(qtbot, dialog.search.field, "Нурланова")
    qtbot.waitUntil(lambda: dialog.search.results.count() == 1, timeout=WAIT)
    dialog.search.field.setFocus()
    qtbot.keyClick(dialog.search.field, Qt.Key.Key_Return)  # one result: Enter opens it
    qtbot.waitUntil(lambda: dialog.buyer is not None, timeout=WAIT)
    idle(qtbot, window)
    opened = sync_state.status(shop.ctx()).backlog  # opening is audited too
    qtbot.waitUntil(lambda: f"({opened} waiting)" in window.status.sync.text(), timeout=WAIT)

    correct = dialog.correct_tab
    correct.form.editors["delivery_address"].setText("Алматы, ул. Абая, 1")
    correct.button.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Corrected"), timeout=WAIT)
    idle(qtbot, window)
    after = sync_state.status(shop.ctx()).backlog
    assert after > opened  # the correction is on its way to head office
    qtbot.waitUntil(lambda: f"({after} waiting)" in window.status.sync.text(), timeout=WAIT)


def idle_ops(qtbot: QtBot, state: AppState) -> None:
    qtbot.waitUntil(lambda: state.ops.in_flight == 0, timeout=WAIT)


# --- structure: no write around the helper ----------------------------------------------------


def unannounced(source: str) -> list[str]:
    """Ops started off the read lane, and announcements made by hand, in one module."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        func = node.func
        if (
            func.attr in ("run", "run_with_progress")
            and isinstance(func.value, ast.Attribute)
            and func.value.attr == "ops"
        ):
            lane = next((k.value for k in node.keywords if k.arg == "lane"), None)
            lane_text = ast.unparse(lane) if lane is not None else "no lane"
            if lane_text != "Lane.READ":
                found.append(f"line {node.lineno}: {ast.unparse(func)} on {lane_text}")
        elif (
            func.attr == "emit"
            and isinstance(func.value, ast.Attribute)
            and func.value.attr == "written"
        ):
            found.append(f"line {node.lineno}: {ast.unparse(func)} by hand")
    return found


def test_the_structure_check_finds_a_write_around_the_helper() -> None:
    sample = (
        "state.ops.run(op, lane=Lane.READ, success=show)\n"
        "state.ops.run(op, lane=Lane.WRITE, success=show)\n"
        "self.state.ops.run_with_progress(op, lane=Lane.NETWORK, progress=p)\n"
        "state.written.emit()\n"
    )
    assert [f.split(":")[0] for f in unannounced(sample)] == ["line 2", "line 3", "line 4"]


def test_every_write_in_the_window_goes_through_the_helper() -> None:
    modules = [p for p in sorted(UI.rglob("*.py")) if p != HELPER]
    assert len(modules) > 30  # the window's code was found
    problems = {
        str(p.relative_to(UI)): found
        for p in modules
        if (found := unannounced(p.read_text(encoding="utf-8")))
    }
    assert problems == {}
