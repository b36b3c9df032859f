"""The background-operation helper and the GUI-stall watchdog."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer
from pytestqt.qtbot import QtBot

from pos.domain.errors import Code, Refused
from ui.operations import Lane, Operations
from ui.watchdog import StallWatchdog


def test_op_runs_off_the_gui_thread_and_answers_on_it(qtbot: QtBot) -> None:
    ops = Operations()
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def op() -> int:
        seen["op"] = threading.get_ident()
        return 42

    got: list[int] = []

    def success(value: int) -> None:
        seen["success"] = threading.get_ident()
        got.append(value)

    ops.run(op, lane=Lane.READ, success=success)
    qtbot.waitUntil(lambda: got == [42], timeout=5000)
    assert seen["op"] != gui and seen["success"] == gui
    assert ops.shutdown()


def test_failures_arrive_as_exceptions_and_writes_never_overlap(qtbot: QtBot) -> None:
    ops = Operations()
    running = 0
    overlap = False
    lock = threading.Lock()

    def write() -> None:
        nonlocal running, overlap
        with lock:
            running += 1
            overlap |= running > 1
        time.sleep(0.02)
        with lock:
            running -= 1

    done: list[object] = []
    for _ in range(5):
        ops.run(write, lane=Lane.WRITE, success=done.append)

    def refuse() -> None:
        raise Refused(Code.WITHDRAWAL_NO_PURPOSE)

    errors: list[Exception] = []
    ops.run(refuse, lane=Lane.WRITE, failure=errors.append)
    qtbot.waitUntil(lambda: len(done) == 5 and len(errors) == 1, timeout=5000)
    assert not overlap
    assert isinstance(errors[0], Refused) and errors[0].code is Code.WITHDRAWAL_NO_PURPOSE
    assert ops.shutdown()


def test_an_op_may_report_progress_the_moment_it_starts(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pool thread may run the op before `run_with_progress` returns: its first report
    still reaches the progress callback (the pool runs it inline here to make that so)."""

    def run_inline(_pool: QThreadPool, task: QRunnable, _priority: int = 0) -> None:
        task.run()

    monkeypatch.setattr(QThreadPool, "start", run_inline)
    ops = Operations()
    seen: list[tuple[float | None, str]] = []
    got: list[int] = []
    errors: list[Exception] = []

    def op(report: Callable[[float | None, str], None]) -> int:
        report(0.5, "half")
        return 7

    ops.run_with_progress(
        op,
        lane=Lane.LONG,
        progress=lambda fraction, text: seen.append((fraction, text)),
        success=got.append,
        failure=errors.append,
    )
    qtbot.waitUntil(lambda: bool(got or errors), timeout=5000)
    assert (seen, got, errors) == ([(0.5, "half")], [7], [])
    assert ops.shutdown()


def test_callbacks_of_a_deleted_owner_are_dropped(qtbot: QtBot) -> None:
    ops = Operations()
    owner = QObject()
    release = threading.Event()
    called: list[object] = []
    ops.run(release.wait, lane=Lane.READ, success=called.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _valid(owner), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: ops.in_flight == 0, timeout=5000)
    assert called == []
    assert ops.shutdown()


def _valid(obj: QObject) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(obj))


def test_watchdog_reports_a_gui_stall_with_where_it_was(qtbot: QtBot) -> None:
    reports: list[tuple[float, str]] = []
    dog = StallWatchdog(report=lambda seconds, stack: reports.append((seconds, stack)))
    dog.start()
    try:
        qtbot.wait(100)
        assert reports == []  # an idle loop never stalls

        def block_the_gui_thread() -> None:
            time.sleep(0.3)

        QTimer.singleShot(0, block_the_gui_thread)
        qtbot.waitUntil(lambda: bool(reports), timeout=5000)
    finally:
        dog.stop()
    seconds, stack = reports[0]
    assert 0.2 < seconds < 1.0
    assert "block_the_gui_thread" in stack
