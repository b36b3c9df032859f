"""The fiscal documents window's work: read what waits, put a fixed document back in the
queue. Sending runs through `ui.actions.sale.send_fiscal_waiting` (the printer lane, as the
status bar's retry does)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject

from pos.services import fiscal
from pos.services.fiscal import FiscalView
from pos.services.fiscal_waiting import WaitingDocument, waiting_documents
from ui.operations import Lane
from ui.state import AppState
from ui.writes import write


def load_waiting(
    *,
    state: AppState,
    owner: QObject,
    success: Callable[[list[WaitingDocument]], None],
    failure: Callable[[Exception], None],
) -> int:
    ctx = state.ctx()
    return state.ops.run(
        lambda: waiting_documents(ctx),
        lane=Lane.READ,
        success=success,
        failure=failure,
        owner=owner,
        label="fiscal waiting",
    )


def retry_after_fix(
    *,
    state: AppState,
    owner: QObject,
    doc_id: uuid.UUID,
    success: Callable[[FiscalView], None],
    failure: Callable[[Exception], None],
) -> int:
    """Put a document held for a fix back in the queue (the service checks the role)."""
    ctx = state.ctx()
    return write(
        lambda: fiscal.retry(ctx, doc_id),
        state=state,
        owner=owner,
        success=success,
        failure=failure,
        label="fiscal retry",
    )
