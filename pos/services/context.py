"""Who is acting, where, and when: what every use case is given."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from pos.domain.enums import Role
from pos.domain.errors import PermissionDenied
from pos.storage.database import Database

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True, slots=True)
class Actor:
    """The staff member (or head office, or the system) on whose behalf a use case runs."""

    store_id: uuid.UUID
    register_id: uuid.UUID
    role: Role
    staff_id: uuid.UUID | None = None
    # What the audit records as the actor: "staff:<id>", "headoffice", "system".
    label: str = "system"

    @classmethod
    def staff(
        cls, staff_id: uuid.UUID, role: Role, store_id: uuid.UUID, register_id: uuid.UUID
    ) -> Actor:
        return cls(store_id, register_id, role, staff_id, f"staff:{staff_id}")

    def require(self, role: Role, action: str) -> None:
        """Refuse unless this actor's role allows `action` (named in the message)."""
        if not self.role.allows(role):
            raise PermissionDenied(
                f"{action} needs the {role.value.replace('_', ' ')} role; "
                f"you are signed in as {self.role.value.replace('_', ' ')}"
            )


@dataclass(frozen=True, slots=True)
class ServiceContext:
    """The open database, the acting person and the clock."""

    db: Database
    actor: Actor
    clock: Clock = field(default=utc_now)

    def as_actor(self, actor: Actor) -> ServiceContext:
        return ServiceContext(self.db, actor, self.clock)
