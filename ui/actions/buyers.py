"""Finding and opening buyers; the consent slip: preview, print, record once signed."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from pos.domain.views import BuyerSummary, BuyerView, ConsentSlipView
from pos.services import buyers, consents
from pos.services.consents import ConsentDraft, RecordedConsent
from ui.operations import Lane
from ui.state import AppState
from ui.writes import write


def search_buyers(
    *,
    state: AppState,
    owner: QObject,
    text: str,
    success: Callable[[list[BuyerSummary]], None],
    failure: Callable[[Exception], None] | None = None,
) -> int:
    """Search as the cashier types. Each search shows buyers, so each is audited (who,
    how many, never the text): a write."""
    ctx = state.ctx()
    return write(
        lambda: buyers.find_buyers(ctx, text, limit=20),
        state=state,
        owner=owner,
        success=success,
        failure=failure,
        label="buyer search",
    )


def open_buyer(
    *,
    state: AppState,
    owner: QObject,
    buyer_id: uuid.UUID,
    success: Callable[[BuyerView], None],
    failure: Callable[[Exception], None] | None = None,
) -> int:
    """Open a search result (audited, as the search that showed it was)."""
    ctx = state.ctx()
    return write(
        lambda: buyers.get_buyer(ctx, buyer_id),
        state=state,
        owner=owner,
        success=success,
        failure=failure,
        label="open buyer",
    )


def preview_consent(
    *,
    state: AppState,
    owner: QObject,
    draft: ConsentDraft,
    success: Callable[[ConsentSlipView], None],
    failure: Callable[[Exception], None],
) -> int:
    """Validate the draft and build its slip; nothing is written."""
    ctx = state.ctx()
    return state.ops.run(
        lambda: consents.preview_consent(ctx, draft),
        lane=Lane.READ,
        success=success,
        failure=failure,
        owner=owner,
        label="consent preview",
    )


def print_consent_slip(
    *,
    state: AppState,
    owner: QObject,
    slip: ConsentSlipView,
    done: Callable[[Any], None],
) -> int:
    """Print the slip for the buyer to sign (no record exists yet, so no job is queued)."""
    printer = state.printer()
    if printer is None:
        raise RuntimeError("no printing service in this window")
    return write(
        lambda: printer.print_consent_slip(slip, slip.language),
        state=state,
        owner=owner,
        success=done,
        lane=Lane.PRINTER,
        label="consent slip",
    )


def record_consent(
    *,
    state: AppState,
    owner: QObject,
    draft: ConsentDraft,
    slip_printed: bool,
    success: Callable[[RecordedConsent], None],
    failure: Callable[[Exception], None],
) -> int:
    """The buyer signed: buyer, consent, audit and outbox in one transaction."""
    ctx = state.ctx()
    return write(
        lambda: consents.record_consent(ctx, draft, slip_printed=slip_printed),
        state=state,
        owner=owner,
        success=success,
        failure=failure,
        label="record consent",
    )
