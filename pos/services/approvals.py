"""A sales manager's PIN typed at a cashier's till to approve something (a discount above
the limit, a late return without a name).

Wrong approver PINs count per store, like wrong sign-in PINs per person, with the same
escalating lockout (`pos.domain.pin.lockout_after`): otherwise a cashier could try every
4-digit PIN from the discount dialog. While locked, approvals by PIN are refused; a store
admin lifts it (`unlock_approvals`). The count and lockout live in the counters table
(no schema change): the failures, and the lockout's end in epoch seconds (0: none).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import text
from sqlalchemy.orm import Session

from pos.domain.enums import Role
from pos.domain.errors import Code, PermissionDenied
from pos.domain.pin import lockout_after
from pos.services.context import Action, ServiceContext
from pos.services.lookups import store_info
from pos.services.staff import pin_holder
from pos.services.uow import UnitOfWork

T = TypeVar("T")
# A lock until a store admin lifts it: an end no till will reach.
_FOR_GOOD = int(dt.datetime(9999, 1, 1, tzinfo=dt.UTC).timestamp())


class WrongApproverPin(PermissionDenied):
    """An approver PIN matched no sales manager; `counted` runs it through the counter."""


@dataclass(frozen=True, slots=True)
class Approver:
    """Who approved: kept on the sale or return and printed by name."""

    staff_id: uuid.UUID
    name: str


def _names(store_id: uuid.UUID) -> tuple[str, str]:
    return f"approval_failures:{store_id}", f"approval_locked_until:{store_id}"


def _read(session: Session, name: str) -> int:
    value = session.execute(
        text("SELECT value FROM counters WHERE name = :name"), {"name": name}
    ).scalar()
    return int(value or 0)


def _write(session: Session, name: str, value: int) -> None:
    session.execute(
        text(
            "INSERT INTO counters (name, value) VALUES (:name, :value) "
            "ON CONFLICT (name) DO UPDATE SET value = :value"
        ),
        {"name": name, "value": value},
    )


def _locked_error(session: Session, uow: UnitOfWork, until: int) -> PermissionDenied:
    if until >= _FOR_GOOD:
        return PermissionDenied(Code.APPROVAL_LOCKED_ADMIN, field="pin")
    zone = ZoneInfo(store_info(session, uow.actor).timezone)
    local = dt.datetime.fromtimestamp(until, dt.UTC).astimezone(zone)
    return PermissionDenied(Code.APPROVAL_LOCKED, field="pin", until=local.strftime("%H:%M"))


def _refuse_if_locked(uow: UnitOfWork) -> None:
    session = uow.session
    until = _read(session, _names(uow.actor.store_id)[1])
    if until and until > uow.now.timestamp():
        raise _locked_error(session, uow, until)


def approve_in(uow: UnitOfWork, pin: str, wrong: Code) -> Approver:
    """The sales manager (or admin) of the store whose PIN this is, inside the caller's unit
    of work; refused while approvals are locked; `WrongApproverPin(wrong)` for a wrong one
    (the caller counts it with `counted` once its own unit has rolled back)."""
    _refuse_if_locked(uow)
    staff = pin_holder(uow.session, uow.actor.store_id, pin, Role.SALES_MANAGER)
    if staff is None:
        raise WrongApproverPin(wrong, field="pin")
    failures, until = _names(uow.actor.store_id)
    if _read(uow.session, failures) or _read(uow.session, until):
        _write(uow.session, failures, 0)
        _write(uow.session, until, 0)
    return Approver(staff.id, staff.name)


def count_failure(ctx: ServiceContext, error: WrongApproverPin) -> PermissionDenied:
    """Count a wrong approver PIN in its own unit of work (committed, though what it was
    to approve is refused); the error to show: the lockout if this one reached it."""
    with UnitOfWork(ctx) as uow:
        failures_name, until_name = _names(uow.actor.store_id)
        failures = _read(uow.session, failures_name) + 1
        _write(uow.session, failures_name, failures)
        lock = lockout_after(failures)
        until = 0
        if lock is not None:
            until = _FOR_GOOD if lock == dt.timedelta.max else int((uow.now + lock).timestamp())
            _write(uow.session, until_name, until)
        # The PIN itself is never in the audit: only that one was wrong, and the lockout.
        uow.audit("approval.pin_failed", {}, ["locked"] if lock is not None else [])
        shown = _locked_error(uow.session, uow, until) if until else error
        uow.commit()
        return shown


def counted(ctx: ServiceContext, work: Callable[[], T]) -> T:
    """Run `work`; a wrong approver PIN inside it is counted, and refused (maybe locked)."""
    try:
        return work()
    except WrongApproverPin as wrong:
        raise count_failure(ctx, wrong) from None


def approve(ctx: ServiceContext, pin: str, wrong: Code) -> Approver:
    """`approve_in` in its own unit of work, wrong PINs counted."""

    def work() -> Approver:
        with UnitOfWork(ctx) as uow:
            found = approve_in(uow, pin, wrong)
            uow.commit()
            return found

    return counted(ctx, work)


def approvals_locked_until(ctx: ServiceContext) -> dt.datetime | None:
    """When approvals by PIN open again (UTC; `dt.datetime.max` aware for until a store
    admin lifts it), or None when they are open."""
    with ctx.db.read_session() as session:
        until = _read(session, _names(ctx.actor.store_id)[1])
    if not until or until <= ctx.clock().timestamp():
        return None
    if until >= _FOR_GOOD:
        return dt.datetime.max.replace(tzinfo=dt.UTC)
    return dt.datetime.fromtimestamp(until, dt.UTC)


def unlock_approvals(ctx: ServiceContext) -> None:
    """Lift the lockout on approver PINs and reset their count (store admin; audited)."""
    ctx.actor.require(Role.STORE_ADMIN, Action.MANAGE_STAFF)
    with UnitOfWork(ctx) as uow:
        failures, until = _names(uow.actor.store_id)
        _write(uow.session, failures, 0)
        _write(uow.session, until, 0)
        uow.audit("approval.unlocked", {})
        uow.commit()
