"""A test that leaves a QTimer active, a QThread running or a Python thread alive fails
(napari's `_dangling_qthreads` idea). A pytest plugin: `no_dangling_qt` is a fixture any
Qt test can use; tests/ui uses it for every test. Qt is imported only when it is used, so
the tests of the core still run without PySide6."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

# Thread names the shared fixtures own (they stop them themselves). "AnyIO worker thread":
# the in-process head office's request pool, which ends its idle workers on its own.
OWN_THREADS = ("fake-printer", "Dummy", "AnyIO worker thread")


@pytest.fixture
def no_dangling_qt(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail the test if it leaves a QTimer active, a QThread running or a thread alive."""
    from PySide6.QtCore import QThread, QTimer

    timers: weakref.WeakSet[Any] = weakref.WeakSet()
    qthreads: weakref.WeakSet[Any] = weakref.WeakSet()
    start_timer = QTimer.start
    start_thread = QThread.start

    def track_timer(self: QTimer, *args: object) -> None:
        timers.add(self)
        start_timer(self, *args)  # type: ignore[arg-type]

    def track_thread(self: QThread, *args: object) -> None:
        qthreads.add(self)
        start_thread(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(QTimer, "start", track_timer)
    monkeypatch.setattr(QThread, "start", track_thread)
    before = set(threading.enumerate())
    yield
    active = [t.objectName() or "QTimer" for t in list(timers) if _alive(t, "isActive")]
    running = [t.objectName() or "QThread" for t in list(qthreads) if _alive(t, "isRunning")]
    leftover = [
        t.name
        for t in threading.enumerate()
        if t not in before and t.is_alive() and not t.name.startswith(OWN_THREADS)
    ]
    assert not active, f"timers left running: {active}"
    assert not running, f"QThreads left running: {running}"
    assert not leftover, f"threads left running: {leftover}"


def _alive(obj: Any, check: str) -> bool:
    try:
        return bool(getattr(obj, check)())
    except RuntimeError:  # already deleted by Qt
        return False
