"""Debug watchdog (POS_DEBUG=1): log any GUI-thread stall over 100 ms, with where it stood.

A GUI-thread timer beats every 20 ms; a plain Python thread watches the beats and, when
one is late, takes the GUI thread's stack. When the beats resume it logs how long the
thread was blocked and that stack: file, line and function only, never local values,
so no personal data can reach the log.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger("ui.stall")

BEAT_MS = 20
THRESHOLD_S = 0.100


def debug_enabled() -> bool:
    return os.environ.get("POS_DEBUG", "") not in ("", "0", "false", "no")


class StallWatchdog(QObject):
    """Watches the GUI thread for stalls longer than `threshold` seconds."""

    def __init__(
        self,
        threshold: float = THRESHOLD_S,
        *,
        report: Callable[[float, str], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.threshold = threshold
        self._report = report or _log_stall
        self._gui_ident = threading.get_ident()
        self._beat = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setObjectName("watchdog.beat")
        self._timer.setInterval(BEAT_MS)
        self._timer.timeout.connect(self._on_beat)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._stack: str | None = None
        self.stalls = 0

    def start(self) -> None:
        self._beat = time.monotonic()
        self._timer.start()
        self._stop.clear()
        self._thread = threading.Thread(target=self._watch, name="ui-stall-watchdog", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=1)
            self._thread = None

    def _on_beat(self) -> None:
        now = time.monotonic()
        gap = now - self._beat - BEAT_MS / 1000
        self._beat = now
        if gap > self.threshold:
            self.stalls += 1
            self._report(gap, self._stack or "(stack not captured)")
        self._stack = None

    def _watch(self) -> None:
        while not self._stop.wait(BEAT_MS / 1000):
            late = time.monotonic() - self._beat - BEAT_MS / 1000
            if late > self.threshold * 0.8 and self._stack is None:
                frame = sys._current_frames().get(self._gui_ident)
                if frame is not None:
                    self._stack = "".join(
                        traceback.format_list(traceback.extract_stack(frame)[-12:])
                    )


def _log_stall(seconds: float, stack: str) -> None:
    log.warning("GUI thread blocked for %.0f ms; it was at:\n%s", seconds * 1000, stack)
