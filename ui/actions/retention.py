"""Retention while the window is open: a check soon after start-up and every few minutes,
and a run, when one is due (daily), on the long lane: never on the GUI thread, never in
the cashier's way (the run writes in small transactions between the cashier's own), and
with nobody signed in (pos.services.retention_schedule runs it as the till itself).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from pos.services import retention_schedule
from pos.services.context import Clock, ServiceContext, utc_now
from protocol.wire import RetentionTrigger
from ui.operations import Lane
from ui.state import AppState
from ui.writes import write

# The first check waits until the window is up, so the first sign-in never waits on it.
FIRST_CHECK_MS = 20_000
# Then a check every quarter of an hour: a run is due once a day (or an hour after a failure).
CHECK_EVERY_MS = 15 * 60_000


def run_retention_if_due(
    *,
    state: AppState,
    owner: QObject,
    clock: Clock,
    success: Callable[[retention_schedule.Outcome], None],
    failure: Callable[[Exception], None],
) -> int:
    """Run retention on the long lane if it is due and no other run (say `pos sync` on this
    till) holds the lease; the outcome says whether it ran."""
    ctx = ServiceContext(state.till.db, state.till.identity.system_actor(), clock)
    return write(
        lambda: retention_schedule.run_if_due(ctx, RetentionTrigger.WINDOW),
        state=state,
        owner=owner,
        lane=Lane.LONG,
        success=success,
        failure=failure,
        label="retention",
    )


class RetentionTimer(QObject):
    """Asks for retention FIRST_CHECK_MS after `start()`, then every CHECK_EVERY_MS."""

    # A check finished: the Outcome (ran, skipped, or failed), or None if the op failed.
    checked = Signal(object)

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main.retention")
        self.state = state
        # Tests move it on a day instead of waiting one.
        self.clock: Clock = utc_now
        self.timer = QTimer(self)
        self.timer.setObjectName("main.retention_timer")
        self.timer.timeout.connect(self.check)
        self._checking = False

    def start(self) -> None:
        self.timer.start(FIRST_CHECK_MS)

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        self.timer.setInterval(CHECK_EVERY_MS)
        # A key rotation swaps the database under the long lane; an export holds it: the
        # next check comes soon enough.
        if self._checking or self.state.rekeying or self.state.ops.lane_busy(Lane.LONG):
            return
        self._checking = True
        run_retention_if_due(
            state=self.state,
            owner=self,
            clock=self.clock,
            success=self._done,
            failure=lambda _exc: self._done(None),
        )

    def _done(self, outcome: retention_schedule.Outcome | None) -> None:
        # A failed run is recorded and shown by the status bar; the cashier is not interrupted.
        self._checking = False
        self.checked.emit(outcome)
