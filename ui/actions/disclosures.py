"""Transfers of a buyer's data at the counter: a delivery handed to its carrier, an insurer
or a government body recorded in the disclosure register (policy 4.3.2)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection

from PySide6.QtCore import QObject

from pos.domain.enums import DataCategory, RecipientCategory
from pos.domain.views import DisclosureRegister, DisclosureView, PendingDelivery
from pos.services import disclosures
from ui.state import AppState
from ui.writes import write


def load(
    *,
    state: AppState,
    owner: QObject,
    buyer_id: uuid.UUID,
    success: Callable[[tuple[list[PendingDelivery], DisclosureRegister]], None],
    failure: Callable[[Exception], None],
) -> int:
    """The buyer's deliveries waiting for a carrier and their recorded transfers (a read of
    the register, so audited: it runs in the write lane)."""
    ctx = state.ctx()
    return write(
        lambda: (
            disclosures.pending_deliveries(ctx, buyer_id=buyer_id),
            disclosures.list_disclosures(ctx, buyer_id=buyer_id),
        ),
        state=state,
        success=success,
        failure=failure,
        owner=owner,
        label="disclosures",
    )


def hand_over(
    *,
    state: AppState,
    owner: QObject,
    sale_id: uuid.UUID,
    carrier: str,
    category: RecipientCategory,
    success: Callable[[DisclosureView], None],
    failure: Callable[[Exception], None],
) -> int:
    """Record that a delivery's parcel went to its courier or postal service."""
    ctx = state.ctx()
    return write(
        lambda: disclosures.hand_over_delivery(ctx, sale_id, carrier, category),
        state=state,
        success=success,
        failure=failure,
        owner=owner,
        label="hand over delivery",
    )


def record(
    *,
    state: AppState,
    owner: QObject,
    buyer_id: uuid.UUID,
    category: RecipientCategory,
    recipient: str,
    data: Collection[DataCategory],
    legal_basis: str | None,
    success: Callable[[DisclosureView], None],
    failure: Callable[[Exception], None],
) -> int:
    """Record a transfer to an insurer, a counterparty or a government body."""
    ctx = state.ctx()
    chosen = tuple(data)
    return write(
        lambda: disclosures.record_disclosure(
            ctx, buyer_id, category, recipient, chosen, legal_basis=legal_basis
        ),
        state=state,
        success=success,
        failure=failure,
        owner=owner,
        label="record disclosure",
    )
