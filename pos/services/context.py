"""Who is acting, where, and when: what every use case is given."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from pos.domain.enums import Role
from pos.domain.errors import Code, PermissionDenied
from pos.storage.database import Database

Clock = Callable[[], dt.datetime]


class Action(StrEnum):
    """What a role check guards, as the refusal names it (the value is its English)."""

    RECORD_SALE = "recording a sale"
    CREDIT_SALE = "a credit sale"
    INSTALLMENT_SALE = "a installment sale"
    CREDIT_PAYMENT = "recording a credit repayment"
    CREDIT_LIST = "the credit list"
    TAKE_CONSENT = "taking a consent"
    RECORD_CONSENT = "recording a consent"
    SPECIAL_CONSENT = "a credit, installment or insurance consent"
    REPRINT_SLIP = "reprinting a consent slip"
    PRINT_RECEIPT = "printing a receipt"
    REPRINT_CONFIRMATION = "reprinting a request confirmation"
    PRINT = "printing"
    SEARCH_BUYERS = "searching buyers"
    VIEW_BUYER = "viewing a buyer"
    ACCESS_REPORT = "an access report"
    REQUEST_LOG = "the request log"
    WITHDRAW = "a withdrawal of consent"
    REFUSE_IN_WRITING = "a written refusal"
    DESTROY_BUYER = "destroying a buyer's data"
    CORRECT_BUYER = "correcting a buyer's data"
    DISCLOSE = "disclosing a buyer's data"
    HAND_OVER_DELIVERY = "handing a delivery to a courier"
    DISCLOSURE_REGISTER = "the disclosure register"
    STATS_EXPORT = "a statistics export"
    CHANGE_SETTINGS = "changing settings"
    ADD_STAFF = "adding staff"
    SET_OTHERS_PIN = "setting another person's PIN"
    MANAGE_STAFF = "managing staff accounts"
    IMPORT_POLICY = "importing a policy version"
    EDIT_PRODUCTS = "editing the product list"
    RETENTION_RUN = "a retention run"
    # The registers (issue 12): incidents (K14) and the processing register (K15).
    RECORD_INCIDENT = "recording an incident"
    INCIDENT_REGISTER = "the incident register"
    NOTIFY_INCIDENT = "recording an incident's notification or closing it"
    PROCESSING_REGISTER = "the processing register"
    # --- roles in every service, reads included (issue 12, branch roles) ---
    READ_CREDENTIAL = "reading the head-office credential"
    READ_OUTBOX = "reading the events waiting for head office"
    # --- shifts and cash (issue 13, branch shifts) ---
    OPEN_SHIFT = "opening a shift"
    CASH_MOVE = "putting cash in or taking it out"
    SHIFT_REPORT = "an X report"
    CLOSE_SHIFT = "closing a shift"
    CLOSE_OTHERS_SHIFT = "closing a shift someone else opened"
    # --- returns, held sales, reprints (issue 13, branch returns) ---
    RETURN_SALE = "a return"
    LATE_RETURN = "approving a late return"
    HOLD_SALE = "holding a sale"
    REPRINT_RECEIPT = "reprinting a receipt"


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

    @property
    def is_staff(self) -> bool:
        """A signed-in person, not the till itself (sync, retention) or head office."""
        return self.staff_id is not None

    def require(self, role: Role, action: Action) -> None:
        """Refuse unless this actor's role allows `action` (named in the message)."""
        if not self.role.allows(role):
            raise PermissionDenied(Code.ROLE_NEEDED, action=action, role=role, mine=self.role)

    def require_staff(self, role: Role, action: Action) -> None:
        """As `require`, and only for a staff member: the till's own background work (which
        acts with an admin's role) shows no one's data, so it may not search or open buyers."""
        if not self.is_staff:
            raise PermissionDenied(Code.STAFF_ONLY, action=action)
        self.require(role, action)


@dataclass(frozen=True, slots=True)
class ServiceContext:
    """The open database, the acting person and the clock."""

    db: Database
    actor: Actor
    clock: Clock = field(default=utc_now)

    def as_actor(self, actor: Actor) -> ServiceContext:
        return ServiceContext(self.db, actor, self.clock)
