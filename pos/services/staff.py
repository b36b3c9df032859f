"""Staff accounts and PIN sign-in (argon2 hashes, escalating lockout after wrong PINs).

Every change to an account (added, role changed, deactivated, PIN set, unlocked) is an
audit entry naming who did it and, for roles, which role: the staff access list (who had
which role when) is read back from them."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.domain.enums import Role
from pos.domain.errors import Code, NotFound, PermissionDenied, ValidationError
from pos.domain.pin import check_pin, lockout_after
from pos.domain.views import StaffInfo
from pos.services.context import Action, Actor, ServiceContext
from pos.services.uow import UnitOfWork
from pos.storage.models import AuditEntry, Staff

# A lock "until a store admin unlocks" is stored as a date no shift will reach.
_LOCKED_FOR_GOOD = dt.datetime(9999, 1, 1, tzinfo=dt.UTC)
# argon2id with argon2-cffi's defaults (RFC 9106's low-memory profile). Nothing reads the
# parameters from the environment or a setting: only `use_pin_hasher` replaces the hasher.
_hasher = PasswordHasher()


def use_pin_hasher(hasher: PasswordHasher) -> PasswordHasher:
    """Hash PINs with `hasher` from now on; returns the one it replaces. For the test suite
    only (cheap parameters for the tills it builds by the hundred); stored hashes keep
    their own parameters, so either hasher verifies any of them."""
    global _hasher
    previous, _hasher = _hasher, hasher
    return previous


def _check_pin(pin: str) -> str:
    return check_pin(pin)


def add_staff(ctx: ServiceContext, name: str, role: Role, pin: str | None) -> StaffInfo:
    """Create a staff account (store admin only)."""
    ctx.actor.require(Role.STORE_ADMIN, Action.ADD_STAFF)
    name = " ".join(name.split())
    if not name:
        raise ValidationError(Code.STAFF_NAME_EMPTY, field="name")
    with UnitOfWork(ctx) as uow:
        staff = Staff(
            store_id=ctx.actor.store_id,
            name=name,
            role=role.value,
            pin_hash=_hasher.hash(_check_pin(pin)) if pin else None,
            created_at=uow.now,
        )
        uow.session.add(staff)
        uow.audit(
            "staff.added",
            {"staff": staff.id, "role": role.value},
            ["name", "role"] + (["pin"] if pin else []),
        )
        uow.commit()
        return StaffInfo(staff.id, staff.name, role, has_pin=pin is not None)


def set_pin(ctx: ServiceContext, staff_id: uuid.UUID, pin: str) -> None:
    """Set or reset a PIN: anyone for themselves, a store admin for anyone."""
    if ctx.actor.staff_id != staff_id:
        ctx.actor.require(Role.STORE_ADMIN, Action.SET_OTHERS_PIN)
    with UnitOfWork(ctx) as uow:
        staff = uow.session.get(Staff, staff_id)
        if staff is None:
            raise NotFound(Code.STAFF_NOT_FOUND)
        staff.pin_hash = _hasher.hash(_check_pin(pin))
        staff.failed_logins = 0
        staff.locked_until = None
        uow.audit("staff.pin_set", {"staff": staff_id}, ["pin"])
        uow.commit()


def list_staff(ctx: ServiceContext) -> list[StaffInfo]:
    with ctx.db.read_session() as session:
        rows = session.scalars(
            select(Staff).where(Staff.store_id == ctx.actor.store_id).order_by(Staff.name)
        ).all()
        return [StaffInfo(s.id, s.name, Role(s.role), s.active, bool(s.pin_hash)) for s in rows]


def sign_in(ctx: ServiceContext, staff_id: uuid.UUID, pin: str) -> Actor:
    """Check a PIN; return the actor to run use cases as. Failures count toward a lockout."""
    with UnitOfWork(ctx) as uow:
        staff = uow.session.get(Staff, staff_id)
        if staff is None or not staff.active or staff.store_id != ctx.actor.store_id:
            raise PermissionDenied(Code.SIGN_IN_UNKNOWN)
        if staff.locked_until is not None and staff.locked_until > uow.now:
            if staff.locked_until >= _LOCKED_FOR_GOOD:
                raise PermissionDenied(Code.SIGN_IN_LOCKED_ADMIN)
            minutes = int((staff.locked_until - uow.now).total_seconds() // 60) + 1
            raise PermissionDenied(Code.SIGN_IN_LOCKED, n=minutes)
        ok = False
        if staff.pin_hash:
            try:
                ok = _hasher.verify(staff.pin_hash, pin)
            except (VerificationError, InvalidHashError):
                ok = False
        if not ok:
            # Counted until a right PIN or an admin's unlock: each lockout is longer.
            staff.failed_logins += 1
            lock = lockout_after(staff.failed_logins)
            if lock is not None:
                for_good = lock == dt.timedelta.max
                staff.locked_until = _LOCKED_FOR_GOOD if for_good else uow.now + lock
            uow.audit(
                "staff.sign_in_failed", {"staff": staff_id}, ["locked"] if lock is not None else []
            )
            uow.commit()
            if lock == dt.timedelta.max:
                raise PermissionDenied(Code.SIGN_IN_LOCKED_ADMIN)
            if lock is not None:
                raise PermissionDenied(Code.SIGN_IN_LOCKED, n=int(lock.total_seconds() // 60))
            raise PermissionDenied(Code.SIGN_IN_WRONG_PIN)
        staff.failed_logins = 0
        staff.locked_until = None
        uow.audit("staff.signed_in", {"staff": staff_id})
        uow.commit()
        return Actor.staff(staff.id, Role(staff.role), ctx.actor.store_id, ctx.actor.register_id)


def find_staff(ctx: ServiceContext, who: str) -> uuid.UUID:
    """The active staff member named `who` (their name, any case, or their id)."""
    with ctx.db.read_session() as session:
        rows = session.scalars(
            select(Staff).where(Staff.store_id == ctx.actor.store_id, Staff.active.is_(True))
        ).all()
    wanted = " ".join(who.split()).casefold()
    found = [s for s in rows if str(s.id) == who.strip() or s.name.casefold() == wanted]
    if len(found) != 1:
        raise PermissionDenied(Code.SIGN_IN_UNKNOWN if not found else Code.STAFF_NAME_AMBIGUOUS)
    return found[0].id


def find_staff_any(ctx: ServiceContext, who: str) -> uuid.UUID:
    """Any staff member of the store, active or not, by name (any case) or id."""
    with ctx.db.read_session() as session:
        rows = session.scalars(select(Staff).where(Staff.store_id == ctx.actor.store_id)).all()
    wanted = " ".join(who.split()).casefold()
    found = [s for s in rows if str(s.id) == who.strip() or s.name.casefold() == wanted]
    if not found:
        raise NotFound(Code.STAFF_NOT_FOUND)
    if len(found) > 1:
        raise ValidationError(Code.STAFF_NAME_AMBIGUOUS)
    return found[0].id


def _account(uow: UnitOfWork, staff_id: uuid.UUID) -> Staff:
    staff = uow.session.get(Staff, staff_id)
    if staff is None or staff.store_id != uow.actor.store_id:
        raise NotFound(Code.STAFF_NOT_FOUND)
    return staff


def _other_admins(uow: UnitOfWork, staff: Staff) -> int:
    return len(
        uow.session.scalars(
            select(Staff.id).where(
                Staff.store_id == staff.store_id,
                Staff.active.is_(True),
                Staff.role == Role.STORE_ADMIN.value,
                Staff.id != staff.id,
                Staff.pin_hash.is_not(None),
            )
        ).all()
    )


def change_role(ctx: ServiceContext, staff_id: uuid.UUID, role: Role) -> StaffInfo:
    """Give a staff member another role (store admin; never leaves the store without one)."""
    ctx.actor.require(Role.STORE_ADMIN, Action.MANAGE_STAFF)
    with UnitOfWork(ctx) as uow:
        staff = _account(uow, staff_id)
        was = Role(staff.role)
        if (
            was is Role.STORE_ADMIN
            and role is not Role.STORE_ADMIN
            and not _other_admins(uow, staff)
        ):
            raise ValidationError(Code.STAFF_LAST_ADMIN)
        if was is not role:
            staff.role = role.value
            uow.audit(
                "staff.role_changed",
                {"staff": staff_id, "role": role.value, "was": was.value},
                ["role"],
            )
        uow.commit()
        return StaffInfo(staff.id, staff.name, role, staff.active, bool(staff.pin_hash))


def deactivate_staff(ctx: ServiceContext, staff_id: uuid.UUID) -> StaffInfo:
    """Close an account for good: it can no longer sign in (store admin; not oneself)."""
    ctx.actor.require(Role.STORE_ADMIN, Action.MANAGE_STAFF)
    if ctx.actor.staff_id == staff_id:
        raise ValidationError(Code.STAFF_NOT_YOURSELF)
    with UnitOfWork(ctx) as uow:
        staff = _account(uow, staff_id)
        if staff.role == Role.STORE_ADMIN.value and not _other_admins(uow, staff):
            raise ValidationError(Code.STAFF_LAST_ADMIN)
        if staff.active:
            staff.active = False
            uow.audit("staff.deactivated", {"staff": staff_id, "role": staff.role}, ["active"])
        uow.commit()
        return StaffInfo(staff.id, staff.name, Role(staff.role), False, bool(staff.pin_hash))


def unlock_staff(ctx: ServiceContext, staff_id: uuid.UUID) -> None:
    """Lift a sign-in lockout (store admin)."""
    ctx.actor.require(Role.STORE_ADMIN, Action.MANAGE_STAFF)
    with UnitOfWork(ctx) as uow:
        staff = _account(uow, staff_id)
        staff.failed_logins = 0
        staff.locked_until = None
        uow.audit("staff.unlocked", {"staff": staff_id})
        uow.commit()


@dataclass(frozen=True, slots=True)
class AccessChange:
    """One line of the staff access list: from `at`, `name` had `role` (None: no access)."""

    at: dt.datetime
    staff_id: uuid.UUID
    name: str
    role: Role | None
    by: str  # the audit's label ("staff:<id>", "system", "headoffice")
    # Who made the change, for people: a staff member's name, "" for the till itself, or
    # the label as it is (head office).
    by_name: str = ""


def access_list(ctx: ServiceContext) -> list[AccessChange]:
    """Who had which role when, oldest first, from the audit (store admin; audited)."""
    ctx.actor.require(Role.STORE_ADMIN, Action.MANAGE_STAFF)
    actions = ("till.created", "staff.added", "staff.role_changed", "staff.deactivated")
    with UnitOfWork(ctx) as uow:
        names = {
            s.id: s.name
            for s in uow.session.scalars(select(Staff).where(Staff.store_id == ctx.actor.store_id))
        }
        labels = {f"staff:{sid}": name for sid, name in names.items()}
        labels["system"] = ""
        entries = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action.in_(actions)).order_by(AuditEntry.seq)
        ).all()
        changes: list[AccessChange] = []
        for e in entries:
            staff_id = uuid.UUID(str(e.entities["staff"]))
            if e.action == "till.created":
                role: Role | None = Role.STORE_ADMIN
            elif e.action == "staff.deactivated":
                role = None
            elif "role" in e.entities:
                role = Role(str(e.entities["role"]))
            else:  # added before roles were recorded in the audit: the role it has now
                role = _role_now(uow, staff_id)
            by_name = labels.get(e.actor, e.actor)
            changes.append(
                AccessChange(e.at, staff_id, names.get(staff_id, "?"), role, e.actor, by_name)
            )
        uow.audit("staff.access_list_read", {}, [])
        uow.commit()
        return changes


def _role_now(uow: UnitOfWork, staff_id: uuid.UUID) -> Role | None:
    staff = uow.session.get(Staff, staff_id)
    return Role(staff.role) if staff is not None else None


def locked_staff(ctx: ServiceContext) -> dict[uuid.UUID, dt.datetime | None]:
    """Who cannot sign in now for wrong PINs: until when, or None until an admin unlocks
    (store admin; the staff screen shows it beside each name)."""
    ctx.actor.require(Role.STORE_ADMIN, Action.MANAGE_STAFF)
    now = ctx.clock()
    with ctx.db.read_session() as session:
        rows = session.execute(
            select(Staff.id, Staff.locked_until).where(
                Staff.store_id == ctx.actor.store_id, Staff.locked_until.is_not(None)
            )
        ).all()
    out: dict[uuid.UUID, dt.datetime | None] = {}
    for staff_id, until in rows:
        if until is not None and until > now:
            out[staff_id] = None if until >= _LOCKED_FOR_GOOD else until
    return out


def pin_holder(session: Session, store_id: uuid.UUID, pin: str, at_least: Role) -> Staff | None:
    """The active, unlocked staff member of the store with this PIN and at least this role,
    without signing them in (a sales manager approving at the cashier's till)."""
    now = dt.datetime.now(dt.UTC)
    rows = session.scalars(
        select(Staff).where(
            Staff.store_id == store_id, Staff.active.is_(True), Staff.pin_hash.is_not(None)
        )
    ).all()
    for staff in rows:
        if not Role(staff.role).allows(at_least):
            continue
        if staff.locked_until is not None and staff.locked_until > now:
            continue
        try:
            if _hasher.verify(staff.pin_hash or "", pin):
                return staff
        except (VerificationError, InvalidHashError):
            continue
    return None
