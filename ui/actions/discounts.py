"""The discount dialog's work: the store's limit (a read) and a sales manager's PIN (a
write: a wrong PIN counts toward the store's approval lockout; the approval itself is
recorded with the sale)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from pos.services import discounts
from ui.operations import Lane
from ui.state import AppState
from ui.writes import write


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
    return write(
        lambda: discounts.approver(ctx, pin),
        state=state,
        owner=owner,
        success=success,
        failure=failure,
        label="discount approval",
    )
