"""Staff accounts and PIN sign-in (argon2 hashes, lockout after repeated failures)."""

from __future__ import annotations

import datetime as dt
import uuid

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from pos.domain.enums import Role
from pos.domain.errors import Code, NotFound, PermissionDenied, ValidationError
from pos.domain.views import StaffInfo
from pos.services.context import Action, Actor, ServiceContext
from pos.services.uow import UnitOfWork
from pos.storage.models import Staff

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=5)
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
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8):
        raise ValidationError(Code.PIN_FORM, field="pin")
    return pin


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
        uow.audit("staff.added", {"staff": staff.id}, ["name", "role"] + (["pin"] if pin else []))
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
            minutes = int((staff.locked_until - uow.now).total_seconds() // 60) + 1
            raise PermissionDenied(Code.SIGN_IN_LOCKED, n=minutes)
        ok = False
        if staff.pin_hash:
            try:
                ok = _hasher.verify(staff.pin_hash, pin)
            except (VerificationError, InvalidHashError):
                ok = False
        if not ok:
            staff.failed_logins += 1
            locked = staff.failed_logins >= MAX_FAILURES
            if locked:
                staff.locked_until = uow.now + LOCKOUT
                staff.failed_logins = 0
            uow.audit("staff.sign_in_failed", {"staff": staff_id}, ["locked"] if locked else [])
            uow.commit()
            if locked:
                raise PermissionDenied(Code.SIGN_IN_LOCKED_NOW)
            raise PermissionDenied(Code.SIGN_IN_WRONG_PIN)
        staff.failed_logins = 0
        staff.locked_until = None
        uow.audit("staff.signed_in", {"staff": staff_id})
        uow.commit()
        return Actor.staff(staff.id, Role(staff.role), ctx.actor.store_id, ctx.actor.register_id)
