"""The discount dialog's reads: the store's limit and a sales manager's PIN (no writes:
the approval is recorded with the sale)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from pos.services import discounts
from ui.operations import Lane
from ui.state import AppState


def discount_limit(*, state: AppState, owner: QObject, success: Callable[[int], None]) -> int:
    ctx = state.ctx()
    return state.ops.run(
        lambda: discounts.limit(ctx), lane=Lane.READ, success=success, owner=owner, label="limit"
    )


def check_approver(
    *,
    state: AppState,
    owner: QObject,
    pin: str,
    success: Callable[[discounts.Approver], None],
    failure: Callable[[Exception], None],
) -> int:
    ctx = state.ctx()
    return state.ops.run(
        lambda: discounts.approver(ctx, pin),
        lane=Lane.READ,
        success=success,
        failure=failure,
        owner=owner,
        label="discount approval",
    )
