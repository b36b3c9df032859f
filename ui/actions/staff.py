"""The store admin's staff work: the list, adding, roles, PINs, unlock, deactivation, and
the staff access list printed or exported. Each starts an op; widgets get plain values."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from pos.domain.enums import Role
from pos.domain.errors import Code, ValidationError
from pos.domain.pin import check_pin
from pos.domain.views import StaffInfo
from pos.services import approvals
from pos.services import staff as staff_service
from pos.services.context import ServiceContext
from printing.docs.staff_access import AccessLine, StaffAccessSheet
from printing.outcomes import PrintOutcome
from ui.operations import Lane
from ui.state import AppState
from ui.writes import write


@dataclass(frozen=True, slots=True)
class StaffRow:
    """One line of the staff screen: the account, and whether sign-in is locked now
    (`locked`; `locked_until` None with `locked` means until a store admin unlocks)."""

    info: StaffInfo
    locked: bool = False
    locked_until: dt.datetime | None = None


def load(*, state: AppState, owner: QObject, success: Callable[[list[StaffRow]], None]) -> int:
    """Every account of the store, active or not, with its lockout."""
    ctx = state.ctx()

    def op() -> list[StaffRow]:
        locks = staff_service.locked_staff(ctx)
        return [StaffRow(s, s.id in locks, locks.get(s.id)) for s in staff_service.list_staff(ctx)]

    return state.ops.run(op, lane=Lane.READ, success=success, owner=owner, label="staff")


def _new_pin(pin: str, repeat: str) -> str:
    """Checked on the GUI thread before anything starts: form, the two copies, triviality."""
    if not pin:
        raise ValidationError(Code.PIN_NEEDED, field="pin")
    check_pin(pin)
    if pin != repeat:
        raise ValidationError(Code.PIN_MISMATCH, field="repeat")
    return pin


def add(
    *,
    state: AppState,
    owner: QObject,
    name: str,
    role: Role,
    pin: str,
    repeat: str,
    success: Callable[[StaffInfo], None],
    failure: Callable[[Exception], None],
) -> int:
    """Add an account with its PIN (raises at once for a PIN refused before anything starts)."""
    checked = _new_pin(pin, repeat)
    ctx = state.ctx()
    return write(
        lambda: staff_service.add_staff(ctx, name, role, checked),
        state=state,
        owner=owner,
        success=success,
        failure=failure,
        label="add staff",
    )


def reset_pin(
    *,
    state: AppState,
    owner: QObject,
    staff_id: uuid.UUID,
    pin: str,
    repeat: str,
    success: Callable[[None], None],
    failure: Callable[[Exception], None],
) -> int:
    """Set a new PIN (it also lifts a lockout); raises at once for a refused PIN."""
    checked = _new_pin(pin, repeat)
    ctx = state.ctx()
    return write(
        lambda: staff_service.set_pin(ctx, staff_id, checked),
        state=state,
        owner=owner,
        success=success,
        failure=failure,
        label="reset PIN",
    )


def change_role(
    *,
    state: AppState,
    owner: QObject,
    staff_id: uuid.UUID,
    role: Role,
    success: Callable[[StaffInfo], None],
    failure: Callable[[Exception], None],
) -> int:
    ctx = state.ctx()
    return write(
        lambda: staff_service.change_role(ctx, staff_id, role),
        state=state,
        owner=owner,
        success=success,
        failure=failure,
        label="change role",
    )


def unlock(
    *,
    state: AppState,
    owner: QObject,
    staff_id: uuid.UUID,
    success: Callable[[None], None],
    failure: Callable[[Exception], None],
) -> int:
    ctx = state.ctx()
    return write(
        lambda: staff_service.unlock_staff(ctx, staff_id),
        state=state,
        owner=owner,
        success=success,
        failure=failure,
        label="unlock",
    )


def deactivate(
    *,
    state: AppState,
    owner: QObject,
    staff_id: uuid.UUID,
    success: Callable[[StaffInfo], None],
    failure: Callable[[Exception], None],
) -> int:
    """Close the account for good (the widget asked for a confirmation naming the person)."""
    ctx = state.ctx()
    return write(
        lambda: staff_service.deactivate_staff(ctx, staff_id),
        state=state,
        owner=owner,
        success=success,
        failure=failure,
        label="deactivate staff",
    )


def _access_lines(ctx: ServiceContext) -> tuple[AccessLine, ...]:
    """The access list (audited as read) with "by" as a person's name rather than an audit
    label ("" for the till itself; another label, such as head office's, as it is)."""
    changes = staff_service.access_list(ctx)
    return tuple(AccessLine(c.at, c.staff_id, c.name, c.role, c.by_name) for c in changes)


def print_access_list(
    *,
    state: AppState,
    owner: QObject,
    language: str | None,
    done: Callable[[PrintOutcome], None],
    failure: Callable[[Exception], None],
) -> int:
    """Read the access list (audited) and print it on the receipt printer, in `language`
    or (None) the language the printer setting names."""
    printer = state.printer()
    if printer is None:
        raise RuntimeError("no printing service in this window")
    ctx = state.ctx()
    store = state.store
    printed_by = state.staff.name if state.staff is not None else ""

    def op() -> PrintOutcome:
        sheet = StaffAccessSheet(
            store_name=store.store_name,
            store_code=store.store_code,
            register_code=store.register_code,
            staff_name=printed_by,
            at=ctx.clock(),
            timezone=store.timezone,
            lines=_access_lines(ctx),
        )
        outcome: PrintOutcome = printer.print_staff_access(sheet, language)
        return outcome

    return write(
        op,
        state=state,
        owner=owner,
        success=done,
        failure=failure,
        lane=Lane.PRINTER,
        label="print staff access list",
    )


def access_csv(lines: tuple[AccessLine, ...]) -> str:
    """The CSV `pos staff access-list --out` writes, with "changed by" as a name."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["from (UTC)", "staff id", "name", "role", "changed by"])
    for line in lines:
        role = line.role.value if line.role is not None else "no access"
        at = line.at.astimezone(dt.UTC).isoformat(timespec="seconds")
        writer.writerow([at, line.staff_id, line.name, role, line.by or "till"])
    return out.getvalue()


def export_access_list(
    *,
    state: AppState,
    owner: QObject,
    success: Callable[[Path], None],
    failure: Callable[[Exception], None],
) -> int:
    """The access list as CSV under POS_HOME/exports (the file name has the time)."""
    ctx = state.ctx()
    folder = state.till.paths.exports
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    out = folder / f"staff-access-{stamp}.csv"

    def op() -> Path:
        text = access_csv(_access_lines(ctx))
        folder.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        return out

    return write(
        op, state=state, owner=owner, success=success, failure=failure, label="export access"
    )


def unlock_approvals(
    *,
    state: AppState,
    owner: QObject,
    success: Callable[[None], None],
    failure: Callable[[Exception], None],
) -> int:
    """Lift the store's lockout on approver PINs (pos.services.approvals)."""
    ctx = state.ctx()
    return write(
        lambda: approvals.unlock_approvals(ctx),
        state=state,
        owner=owner,
        success=success,
        failure=failure,
        label="unlock approvals",
    )
