"""The one way an action runs work that changes what the till stores (or prints).

Beside the op runner (ui/operations.py): `write` and `write_with_progress` run the op on
its lane and, when it succeeds, announce it on `AppState.written` once the caller's
callback has run (so a listener sees the window as the callback left it). The status bar (sync backlog, printer state) and anything else showing
stored state listens there, so no action can forget to refresh the window. The
announcement goes out even when the widget that asked has closed meanwhile: the write
happened all the same. The caller's callbacks are dropped then, as the op runner does.
tests/ui/test_writes.py checks that every op an action starts off the read lane comes
through here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject

from ui.operations import Lane, Progress
from ui.state import AppState

T = TypeVar("T")


def write(
    op: Callable[[], T],
    *,
    state: AppState,
    owner: QObject | None,
    label: str,
    success: Callable[[T], None] | None = None,
    failure: Callable[[Exception], None] | None = None,
    lane: Lane = Lane.WRITE,
) -> int:
    """Run `op` on `lane` (database writes by default); announce its success."""
    _check(lane)
    return state.ops.run(
        op,
        lane=lane,
        success=_announced(state, owner, success),
        failure=_guarded(state, owner, failure),
        owner=None,  # the announcement must not depend on the owner; callbacks check it
        label=label,
    )


def write_with_progress(
    op: Callable[[Progress], T],
    *,
    state: AppState,
    owner: QObject | None,
    label: str,
    progress: Callable[[float | None, str], None],
    success: Callable[[T], None] | None = None,
    failure: Callable[[Exception], None] | None = None,
    lane: Lane = Lane.WRITE,
) -> int:
    """Like `write`; `op` gets the runner's thread-safe `report(fraction, message)`."""
    _check(lane)
    return state.ops.run_with_progress(
        op,
        lane=lane,
        progress=lambda f, m: progress(f, m) if _alive(owner) else None,
        success=_announced(state, owner, success),
        failure=_guarded(state, owner, failure),
        owner=None,
        label=label,
    )


def _check(lane: Lane) -> None:
    if lane is Lane.READ:
        raise ValueError("a read changes nothing: run it with state.ops.run on the read lane")


def _announced(
    state: AppState, owner: QObject | None, success: Callable[[T], None] | None
) -> Callable[[T], None]:
    def done(value: T) -> None:
        try:
            if success is not None and _alive(owner):
                success(value)
        finally:
            state.written.emit()

    return done


def _guarded(
    state: AppState, owner: QObject | None, failure: Callable[[Exception], None] | None
) -> Callable[[Exception], None]:
    def failed(error: Exception) -> None:
        if not _alive(owner):
            return
        handler = failure or state.ops.default_failure
        if handler is not None:
            handler(error)

    return failed


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)
