"""The cash shift from the window: read it, open it, move cash, X report, close it (Z).

Every change goes through `write` (the status bar hears of it); the X/Z report and the
cash slip then go to the printer on its own lane, so a printer fault never undoes the
recorded change: the cashier sees the figures on screen either way.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from pos.domain.errors import PosError
from pos.domain.shifts import CashMoveKind, CashMoveView, ShiftView
from pos.services import fiscal, shifts
from ui.operations import Lane
from ui.state import AppState
from ui.writes import write

# How long a cash out waits for the cash register's answer (as F12 does for a sale).
CASH_OUT_FISCAL_BUDGET_S = 8.0


def load_shift(
    *, state: AppState, owner: QObject, success: Callable[[ShiftView | None], None]
) -> int:
    """The register's open shift with its figures so far (None: none open)."""
    ctx = state.ctx()
    return state.ops.run(
        lambda: shifts.current_shift(ctx),
        lane=Lane.READ,
        success=success,
        owner=owner,
        label="shift",
    )


def open_shift(
    *,
    state: AppState,
    owner: QObject,
    float_tiyn: int,
    success: Callable[[ShiftView], None],
    failure: Callable[[Exception], None],
) -> int:
    ctx = state.ctx()
    return write(
        lambda: shifts.open_shift(ctx, float_tiyn),
        state=state,
        owner=owner,
        success=success,
        failure=failure,
        label="open shift",
    )


def _print_after(
    state: AppState,
    owner: QObject,
    job: Callable[[Any], Any],
    printed: Callable[[Any], None],
) -> Callable[[Any], None]:
    """After the change is recorded: send it to the cash register (printer lane: the
    cashbox's one queue), then print its paper, if a printer is set up."""

    def go(value: Any) -> None:
        printer = state.printer()
        ctx = state.ctx()

        def papers() -> Any:
            with contextlib.suppress(PosError):  # it waits in the queue; the status bar says
                state.fiscal_link.send_waiting(ctx)
            return job(value) if printer is not None else None

        write(
            papers,
            state=state,
            owner=owner,
            success=printed if printer is not None else None,
            lane=Lane.PRINTER,
            label="shift paper",
        )

    return go


def move_cash(
    *,
    state: AppState,
    owner: QObject,
    kind: CashMoveKind,
    amount_tiyn: int,
    reason: str,
    success: Callable[[CashMoveView], None],
    failure: Callable[[Exception], None],
    printed: Callable[[Any], None],
) -> int:
    ctx = state.ctx()
    printer = state.printer()
    after = _print_after(
        state, owner, lambda m: printer.print_cash_slip(m) if printer else None, printed
    )

    def done(move: CashMoveView) -> None:
        success(move)
        after(move)

    def answered(move: CashMoveView) -> None:
        # A cash out waits for the cash register like a sale (printer lane, the cashbox's
        # one queue): refused for want of cash in its box, the cashier sees it at once and
        # the move counts nowhere; an unreachable register leaves it pending (retried).
        def confirm() -> CashMoveView:
            with contextlib.suppress(PosError):
                state.fiscal_link.send_waiting(ctx, budget_s=CASH_OUT_FISCAL_BUDGET_S)
            fiscal.check_cash_out(ctx, move.id)
            return move

        write(
            confirm,
            state=state,
            owner=owner,
            success=done,
            failure=failure,
            lane=Lane.PRINTER,
            label="cash out fiscal",
        )

    return write(
        lambda: shifts.move_cash(ctx, kind, amount_tiyn, reason),
        state=state,
        owner=owner,
        success=answered if kind is CashMoveKind.OUT else done,
        failure=failure,
        label="cash move",
    )


def x_report(
    *,
    state: AppState,
    owner: QObject,
    success: Callable[[ShiftView], None],
    failure: Callable[[Exception], None],
    printed: Callable[[Any], None],
) -> int:
    """The X report (audited, so a write), shown and printed."""
    ctx = state.ctx()
    printer = state.printer()
    after = _print_after(
        state,
        owner,
        lambda v: printer.print_shift_report(v, z=False) if printer else None,
        printed,
    )

    def done(view: ShiftView) -> None:
        success(view)
        after(view)

    return write(
        lambda: shifts.x_report(ctx),
        state=state,
        owner=owner,
        success=done,
        failure=failure,
        label="X report",
    )


def close_shift(
    *,
    state: AppState,
    owner: QObject,
    counted_tiyn: int,
    success: Callable[[ShiftView], None],
    failure: Callable[[Exception], None],
    printed: Callable[[Any], None],
) -> int:
    """Close with the blind count; the Z report is then shown and printed."""
    ctx = state.ctx()
    printer = state.printer()
    after = _print_after(
        state,
        owner,
        lambda v: printer.print_shift_report(v, z=True) if printer else None,
        printed,
    )

    def done(view: ShiftView) -> None:
        success(view)
        after(view)

    return write(
        lambda: shifts.close_shift(ctx, counted_tiyn),
        state=state,
        owner=owner,
        success=done,
        failure=failure,
        label="close shift",
    )


def print_report(
    *, state: AppState, owner: QObject, view: ShiftView, z: bool, printed: Callable[[Any], None]
) -> int | None:
    """Print an X or Z report already shown (again)."""
    printer = state.printer()
    if printer is None:
        return None
    return write(
        lambda: printer.print_shift_report(view, z=z),
        state=state,
        owner=owner,
        success=printed,
        lane=Lane.PRINTER,
        label="shift report",
    )
