"""What the status bar shows: store, register, sync backlog and last success, printer state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject

from pos.domain.errors import Code, Coded, message
from pos.domain.shifts import ShiftView
from pos.domain.views import StoreInfo
from pos.services import fiscal, retention_schedule, shifts, sync_state
from pos.services.context import ServiceContext
from pos.services.setup import describe_till
from printing.outcomes import PrinterStatus
from ui.operations import Lane
from ui.state import AppState


@dataclass(frozen=True, slots=True)
class StatusSnapshot:
    store: StoreInfo
    sync_configured: bool
    backlog: int
    # Events head office refused (kept and retried); the reason is in last_error.
    rejected: int
    last_success: dt.datetime | None
    # The last cycle's failure as the sync state recorded it (English text).
    last_error: Coded | None
    printer: PrinterStatus | None
    # The last retention run, when it last finished, whether it is overdue.
    retention: retention_schedule.RetentionStatus | None = None
    # The register's open shift (None: none open), its age at the time of reading.
    shift: ShiftView | None = None
    # The cash register: mode, documents waiting and their age, shift and offline limits.
    fiscal: fiscal.FiscalStatus | None = None


def read_store(ctx: ServiceContext) -> StoreInfo:
    """This till's store and register."""
    return describe_till(ctx)


def refresh_status(
    *,
    state: AppState,
    owner: QObject,
    success: Callable[[StatusSnapshot], None],
    failure: Callable[[Exception], None],
) -> int:
    ctx = state.till_ctx()
    printer = state.printer()

    def op() -> StatusSnapshot:
        sync = sync_state.status(ctx)
        return StatusSnapshot(
            store=read_store(ctx),
            sync_configured=sync.configured,
            backlog=sync.backlog,
            rejected=sync.rejected,
            last_success=sync.last_success,
            last_error=(
                message(Code.RECORDED_REASON, reason=sync.last_error) if sync.last_error else None
            ),
            printer=printer.status() if printer is not None else None,
            retention=retention_schedule.status(ctx),
            shift=shifts.current_shift(ctx),
            fiscal=fiscal.status(ctx),
        )

    return state.ops.run(
        op, lane=Lane.READ, success=success, failure=failure, owner=owner, label="status"
    )
