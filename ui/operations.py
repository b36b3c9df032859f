"""The one way the window runs slow work: `op() -> result` on a worker, callbacks on the GUI thread.

Modelled on Anki's CollectionOp/QueryOp. Each lane is its own single-purpose pool:
database writes are serialized on one worker (so two clicks never race for the write
lock), reads run beside them (search as you type never waits behind a sale), the
printer and the network each have their own worker, and long jobs (key rotation,
seeding, exports, a big sync) run apart so the cashier keeps working.

An op never opens a dialog and never takes a lock the GUI thread could hold; it gets
plain values in and returns plain values (views), and `success`/`failure` run on the
GUI thread. If the widget that started an op is gone when it finishes, the callbacks
are dropped.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from pos.domain.errors import PosError

log = logging.getLogger(__name__)
T = TypeVar("T")

Progress = Callable[[float | None, str], None]


class Lane(StrEnum):
    READ = "read"
    WRITE = "write"
    PRINTER = "printer"
    NETWORK = "network"
    LONG = "long"


# Reads may run side by side (WAL readers do not block each other); the rest are serial.
_THREADS = {Lane.READ: 2, Lane.WRITE: 1, Lane.PRINTER: 1, Lane.NETWORK: 1, Lane.LONG: 1}


@dataclass
class _Pending(Generic[T]):
    op: Callable[[], T]
    success: Callable[[T], None] | None
    failure: Callable[[Exception], None] | None
    owner: QObject | None
    progress: Callable[[float | None, str], None] | None
    label: str
    lane: Lane
    started: float = field(default_factory=time.perf_counter)


class _Task(QRunnable):
    """Runs one op on a pool thread and hands the outcome back through the relay."""

    def __init__(self, relay: Operations, token: int, op: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._relay = relay
        self._token = token
        self._op = op

    def run(self) -> None:
        try:
            result = self._op()
        except BaseException as exc:  # handed to the GUI thread; never lost in a pool thread
            self._relay.finished.emit((self._token, False, exc))
        else:
            self._relay.finished.emit((self._token, True, result))


class Operations(QObject):
    """Runs ops on lanes and delivers their outcome on the GUI thread."""

    # (token, ok, result-or-exception), emitted from a pool thread, received queued.
    finished = Signal(object)
    # (token, fraction or None, message), emitted from a pool thread.
    progressed = Signal(object)
    # The number of ops in flight changed (for the status bar and for tests).
    busy_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools: dict[Lane, QThreadPool] = {}
        for lane, threads in _THREADS.items():
            pool = QThreadPool(self)
            pool.setMaxThreadCount(threads)
            pool.setObjectName(f"ops.{lane.value}")
            self._pools[lane] = pool
        self._pending: dict[int, _Pending[Any]] = {}
        self._next = 0
        self._lock = threading.Lock()
        self._accepting = True
        # Where failures nobody handles go (the main window shows them in its message line).
        self.default_failure: Callable[[Exception], None] | None = None
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._report, Qt.ConnectionType.QueuedConnection)

    # --- starting ops ---------------------------------------------------------------------

    def run(
        self,
        op: Callable[[], T],
        *,
        lane: Lane,
        success: Callable[[T], None] | None = None,
        failure: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
        label: str = "",
    ) -> int:
        """Run `op` on `lane`; returns a token (for tests and progress)."""
        return self._start(op, lane, success, failure, owner, None, label)

    def run_with_progress(
        self,
        op: Callable[[Progress], T],
        *,
        lane: Lane,
        progress: Callable[[float | None, str], None],
        success: Callable[[T], None] | None = None,
        failure: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
        label: str = "",
    ) -> int:
        """Like `run`; `op` gets a thread-safe `report(fraction, message)` callable."""
        token_box: list[int] = []

        def report(fraction: float | None, message: str = "") -> None:
            self.progressed.emit((token_box[0], fraction, message))

        # The token is known before the op starts: it may report at once, on its own thread.
        return self._start(
            lambda: op(report),
            lane,
            success,
            failure,
            owner,
            progress,
            label,
            on_token=token_box.append,
        )

    def _start(
        self,
        op: Callable[[], Any],
        lane: Lane,
        success: Callable[[Any], None] | None,
        failure: Callable[[Exception], None] | None,
        owner: QObject | None,
        progress: Callable[[float | None, str], None] | None,
        label: str,
        *,
        on_token: Callable[[int], None] | None = None,
    ) -> int:
        if not self._accepting:
            raise RuntimeError("the window is closing; no new work is started")
        with self._lock:
            self._next += 1
            token = self._next
            self._pending[token] = _Pending(op, success, failure, owner, progress, label, lane)
        if on_token is not None:
            on_token(token)
        self.busy_changed.emit(len(self._pending))
        self._pools[lane].start(_Task(self, token, op))
        return token

    # --- outcomes (GUI thread) ------------------------------------------------------------

    @Slot(object)
    def _report(self, message: tuple[int, float | None, str]) -> None:
        token, fraction, text = message
        pending = self._pending.get(token)
        if pending is None or pending.progress is None or not _alive(pending.owner):
            return
        pending.progress(fraction, text)

    @Slot(object)
    def _deliver(self, message: tuple[int, bool, Any]) -> None:
        token, ok, value = message
        with self._lock:
            pending = self._pending.pop(token, None)
        if pending is None:
            return
        self.busy_changed.emit(len(self._pending))
        elapsed = time.perf_counter() - pending.started
        log.debug("op %s on %s took %.0f ms", pending.label or token, pending.lane, elapsed * 1000)
        if not _alive(pending.owner):
            return
        if ok:
            if pending.success is not None:
                pending.success(value)
            return
        exc = value if isinstance(value, Exception) else RuntimeError(str(value))
        if not isinstance(exc, PosError):
            # Unexpected: the traceback goes to the till log (SQL parameters are hidden).
            log.error("background operation %s failed", pending.label or "?", exc_info=exc)
        handler = pending.failure or self.default_failure
        if handler is not None:
            handler(exc)

    # --- state ----------------------------------------------------------------------------

    @property
    def in_flight(self) -> int:
        return len(self._pending)

    def lane_busy(self, lane: Lane) -> bool:
        return any(p.lane is lane for p in self._pending.values())

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Block until every pool is idle (shutdown and tests); callbacks still need the loop."""
        deadline = time.monotonic() + timeout_ms / 1000
        for pool in self._pools.values():
            left = max(int((deadline - time.monotonic()) * 1000), 0)
            if not pool.waitForDone(left):
                return False
        return True

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Refuse new work, let running ops finish, and drop their callbacks."""
        self._accepting = False
        for pool in self._pools.values():
            pool.clear()  # queued but not started: never run
        done = self.wait_idle(timeout_ms)
        with self._lock:
            self._pending.clear()
        return done


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)
