"""Creating a till: its store, its register, the first administrator and the schema."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from pos.domain.enums import Role
from pos.domain.errors import Code, NotFound, ValidationError
from pos.domain.views import StoreInfo
from pos.services import fiscal, settings
from pos.services.context import Actor, ServiceContext, utc_now
from pos.services.lookups import store_info
from pos.services.uow import UnitOfWork
from pos.storage.database import Database, create_database
from pos.storage.migrate import upgrade
from pos.storage.models import Register, Staff, Store

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
TILL = "till"


@dataclass(frozen=True, slots=True)
class TillIdentity:
    store_id: uuid.UUID
    register_id: uuid.UUID
    admin_staff_id: uuid.UUID

    def admin_actor(self) -> Actor:
        return Actor.staff(self.admin_staff_id, Role.STORE_ADMIN, self.store_id, self.register_id)

    def system_actor(self) -> Actor:
        return Actor(self.store_id, self.register_id, Role.STORE_ADMIN, None, "system")


def check_code(value: str, what: str) -> str:
    if not _CODE.match(value):
        raise ValidationError(Code.SETUP_CODE_FORM, what=what)
    return value


def create_till(
    path: Path,
    key: str | None,
    *,
    store_code: str,
    store_name: str,
    register_code: str = "1",
    timezone: str = "Asia/Almaty",
    admin_name: str = "Store admin",
    operator: dict[str, str] | None = None,
) -> tuple[Database, TillIdentity]:
    """Create the encrypted database, its schema and this till's identity. Refuses to overwrite."""
    check_code(store_code, "store id")
    check_code(register_code, "register id")
    if not store_name.strip():
        raise ValidationError(Code.SETUP_STORE_NAME_EMPTY)
    if operator and operator.get("bin"):
        operator = {**operator, "bin": settings.validate_bin(operator["bin"])}
    db = create_database(path, key)
    try:
        upgrade(db)
        now = utc_now()
        store = Store(code=store_code, name=store_name.strip(), timezone=timezone, created_at=now)
        register = Register(store_id=store.id, code=register_code, is_local=True)
        admin = Staff(
            store_id=store.id, name=admin_name, role=Role.STORE_ADMIN.value, created_at=now
        )
        identity = TillIdentity(store.id, register.id, admin.id)
        ctx = ServiceContext(db, identity.system_actor())
        with UnitOfWork(ctx) as uow:
            uow.session.add(store)
            uow.session.flush()
            uow.session.add_all([register, admin])
            settings.put(
                uow.session,
                TILL,
                {
                    "store_id": str(store.id),
                    "register_id": str(register.id),
                    "admin_staff_id": str(admin.id),
                },
            )
            if operator:
                settings.put(uow.session, settings.OPERATOR, dict(operator))
            # A new till starts with no fiscal register (training); a store admin connects one.
            settings.put(uow.session, fiscal.FISCAL, dict(fiscal.FISCAL_DEFAULTS))
            uow.audit(
                "till.created", {"store": store.id, "register": register.id, "staff": admin.id}
            )
            uow.commit()
    except BaseException:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    return db, identity


def till_identity(db: Database) -> TillIdentity:
    """Which store and register this database belongs to."""
    with db.read_session() as session:
        value = settings.get(session, TILL)
        if not value:
            raise NotFound(Code.SETUP_NO_IDENTITY)
        return TillIdentity(
            store_id=uuid.UUID(value["store_id"]),
            register_id=uuid.UUID(value["register_id"]),
            admin_staff_id=uuid.UUID(value["admin_staff_id"]),
        )


def describe_till(ctx: ServiceContext) -> StoreInfo:
    """This till's store and register, for the status bar and documents."""
    with ctx.db.read_session() as session:
        return store_info(session, ctx.actor)
