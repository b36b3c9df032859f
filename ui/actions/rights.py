"""The buyer's rights at the counter: access report, correction, withdrawal, written refusal."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QObject

from pos.domain.acts import DestructionAct
from pos.domain.buyer import BuyerData
from pos.domain.enums import Purpose
from pos.domain.errors import Refused
from pos.domain.views import AccessReport, BuyerView, RequestConfirmationView
from pos.services import documents, privacy, reports
from ui.operations import Lane
from ui.state import AppState
from ui.writes import write


def access_report(
    *,
    state: AppState,
    owner: QObject,
    buyer_id: uuid.UUID,
    success: Callable[[AccessReport], None],
    failure: Callable[[Exception], None],
) -> int:
    """Build the report; the buyer's access request is recorded as answered."""
    ctx = state.ctx()
    return write(
        lambda: reports.access_report(ctx, buyer_id),
        state=state,
        owner=owner,
        success=success,
        failure=failure,
        label="access report",
    )


def print_document(
    *,
    state: AppState,
    owner: QObject,
    document: AccessReport | RequestConfirmationView | DestructionAct,
    language: str,
    done: Callable[[Any], None],
) -> int:
    """Print an access report, a request confirmation or a destruction act."""
    printer = state.printer()
    if printer is None:
        raise RuntimeError("no printing service in this window")
    if isinstance(document, AccessReport):
        job = lambda: printer.print_access_report(document, language)  # noqa: E731
    elif isinstance(document, DestructionAct):
        job = lambda: printer.print_destruction_act(document, language)  # noqa: E731
    else:
        job = lambda: printer.print_confirmation(document, language)  # noqa: E731
    return write(
        job, state=state, owner=owner, success=done, lane=Lane.PRINTER, label="rights document"
    )


def rectify(
    *,
    state: AppState,
    owner: QObject,
    buyer_id: uuid.UUID,
    changes: BuyerData,
    success: Callable[[BuyerView], None],
    failure: Callable[[Exception], None],
) -> int:
    """Correct the buyer's data (validated; the audit names fields, not values)."""
    ctx = state.ctx()
    return write(
        lambda: privacy.rectify(ctx, buyer_id, changes),
        state=state,
        owner=owner,
        success=success,
        failure=failure,
        label="rectify",
    )


def withdrawal_blockers(
    *,
    state: AppState,
    owner: QObject,
    buyer_id: uuid.UUID,
    purposes: Collection[Purpose] | None,
    success: Callable[[list[Refused]], None],
) -> int:
    """Why a withdrawal of these purposes (None: all) would be refused now (coded reasons)."""
    ctx = state.ctx()
    chosen = None if purposes is None else tuple(purposes)
    return state.ops.run(
        lambda: privacy.withdrawal_blockers(ctx, buyer_id, chosen),
        lane=Lane.READ,
        success=success,
        owner=owner,
        label="withdrawal blockers",
    )


def withdraw(
    *,
    state: AppState,
    owner: QObject,
    buyer_id: uuid.UUID,
    purposes: Collection[Purpose] | None,
    reference: str | None,
    success: Callable[[RequestConfirmationView], None],
    failure: Callable[[Exception], None],
) -> int:
    """Withdraw per purpose or fully; a refusal (outstanding credit) comes back as Refused,
    with the buyer's paper saying why and until when as its `confirmation`."""
    ctx = state.ctx()
    chosen = None if purposes is None else tuple(purposes)

    def op() -> RequestConfirmationView:
        try:
            return privacy.withdraw(ctx, buyer_id, chosen, reference=reference)
        except Refused as refusal:
            request_id = getattr(refusal, "request_id", None)
            if request_id is not None:
                refusal.confirmation = documents.request_confirmation(  # type: ignore[attr-defined]
                    ctx, request_id
                )
            raise

    return write(
        op,
        state=state,
        owner=owner,
        success=success,
        failure=failure,
        label="withdraw",
    )


def refuse_in_writing(
    *,
    state: AppState,
    owner: QObject,
    buyer_id: uuid.UUID,
    reference: str,
    success: Callable[[RequestConfirmationView], None],
    failure: Callable[[Exception], None],
) -> int:
    """Record the buyer's written refusal (policy 5.2)."""
    ctx = state.ctx()
    return write(
        lambda: privacy.refuse_in_writing(ctx, buyer_id, reference),
        state=state,
        owner=owner,
        success=success,
        failure=failure,
        label="written refusal",
    )
