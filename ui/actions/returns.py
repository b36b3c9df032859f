"""Returns, held sales and receipt copies from the window: each runs off the GUI thread."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from pos.domain.errors import PosError
from pos.domain.views import HeldSaleView, ReturnableSale, ReturnView
from pos.services import held, receipts, returns
from pos.services.sales import LineInput
from ui.operations import Lane
from ui.state import AppState
from ui.writes import write


def find_returnable(
    *,
    state: AppState,
    owner: QObject,
    text: str,
    success: Callable[[ReturnableSale], None],
    failure: Callable[[Exception], None],
) -> int:
    """The sale a typed number or a scanned receipt code names, with what may come back."""
    ctx = state.ctx()
    return state.ops.run(
        lambda: returns.returnable(ctx, receipts.find_sale(ctx, text)),
        lane=Lane.READ,
        success=success,
        failure=failure,
        owner=owner,
        label="find receipt",
    )


def record_return(
    *,
    state: AppState,
    owner: QObject,
    request: returns.ReturnRequest,
    recorded: Callable[[ReturnView], None],
    printed: Callable[[list[Any]], None],
    failure: Callable[[Exception], None],
) -> int:
    """Record the return, then print its receipt (and the bank's act for a credit sale)."""
    ctx = state.ctx()
    printer = state.printer()

    link = state.fiscal_link

    def papers(view: ReturnView) -> list[Any]:
        # The fiscal return first (printer lane: the cashbox's one queue), then its paper.
        with contextlib.suppress(PosError):  # it waits in the queue; the status bar shows it
            link.send_waiting(ctx)
        return printer.print_return(view.id) if printer is not None else []

    def on_recorded(view: ReturnView) -> None:
        recorded(view)
        write(
            lambda: papers(view),
            state=state,
            owner=owner,
            success=printed,
            lane=Lane.PRINTER,
            label="return papers",
        )

    return write(
        lambda: returns.record_return(ctx, request),
        state=state,
        owner=owner,
        success=on_recorded,
        failure=failure,
        label="record return",
    )


def hold(
    *,
    state: AppState,
    owner: QObject,
    lines: tuple[LineInput, ...],
    buyer_id: uuid.UUID | None,
    success: Callable[[uuid.UUID], None],
    failure: Callable[[Exception], None],
) -> int:
    ctx = state.ctx()
    return write(
        lambda: held.hold_sale(ctx, lines, buyer_id),
        state=state,
        owner=owner,
        success=success,
        failure=failure,
        label="hold sale",
    )


def list_held(
    *,
    state: AppState,
    owner: QObject,
    success: Callable[[list[HeldSaleView]], None],
    failure: Callable[[Exception], None],
) -> int:
    ctx = state.ctx()
    return state.ops.run(
        lambda: held.held_sales(ctx),
        lane=Lane.READ,
        success=success,
        failure=failure,
        owner=owner,
        label="held sales",
    )


def resume(
    *,
    state: AppState,
    owner: QObject,
    held_id: uuid.UUID,
    success: Callable[[HeldSaleView], None],
    failure: Callable[[Exception], None],
) -> int:
    ctx = state.ctx()
    return write(
        lambda: held.resume_sale(ctx, held_id),
        state=state,
        owner=owner,
        success=success,
        failure=failure,
        label="resume sale",
    )


def list_shift_receipts(
    *,
    state: AppState,
    owner: QObject,
    success: Callable[[list[receipts.ReceiptRow]], None],
    failure: Callable[[Exception], None],
) -> int:
    ctx = state.ctx()
    return state.ops.run(
        lambda: receipts.shift_receipts(ctx),
        lane=Lane.READ,
        success=success,
        failure=failure,
        owner=owner,
        label="shift receipts",
    )


def reprint(
    *,
    state: AppState,
    owner: QObject,
    sale_id: uuid.UUID,
    done: Callable[[Any], None],
) -> int | None:
    """Print a copy marked COPY (None: no printing in this window)."""
    printer = state.printer()
    if printer is None:
        return None
    return write(
        lambda: printer.print_receipt_copy(sale_id),
        state=state,
        owner=owner,
        success=done,
        lane=Lane.PRINTER,
        label="reprint receipt",
    )
