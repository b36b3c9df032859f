"""Signing in and out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from pos.domain.views import StaffInfo
from pos.services import staff as staff_service
from pos.services.context import Actor
from ui.operations import Lane
from ui.state import AppState
from ui.writes import write


def load_staff(
    *, state: AppState, owner: QObject, success: Callable[[list[StaffInfo]], None]
) -> int:
    """The active staff members who can sign in at this till."""
    ctx = state.till_ctx()

    def op() -> list[StaffInfo]:
        return [s for s in staff_service.list_staff(ctx) if s.active and s.has_pin]

    return state.ops.run(op, lane=Lane.READ, success=success, owner=owner, label="staff list")


def sign_in(
    *,
    state: AppState,
    owner: QObject,
    staff: StaffInfo,
    pin: str,
    failure: Callable[[Exception], None],
) -> int:
    """Check the PIN (argon2, lockout after 5 failures) and start the session."""
    ctx = state.till_ctx()

    def op() -> Actor:
        return staff_service.sign_in(ctx, staff.id, pin)

    return write(
        op,
        state=state,
        owner=owner,
        success=lambda actor: state.sign_in(actor, staff),
        failure=failure,
        label="sign in",
    )
