"""What the window knows about the till and the session: database, who is signed in, language.

Plain values only (views, actor, ids). Every service call goes through `ops` with a
context built here, so a key rotation that replaces the database is one swap.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from fiscal.connect import FiscalLink
from pos.config import TillPaths
from pos.domain.enums import Role
from pos.domain.views import StaffInfo, StoreInfo
from pos.services.context import Actor, ServiceContext
from pos.services.setup import TillIdentity
from pos.storage.database import Database
from printing.outcomes import PrinterStatus
from ui.i18n import local_today
from ui.operations import Operations


class Printer(Protocol):
    """What the window asks of the printing service (printing.service.PrintService)."""

    def print_consent_slip(self, slip: Any, language: str | None = None) -> Any: ...
    def print_receipt(self, sale_id: uuid.UUID, language: str | None = None) -> Any: ...
    def print_receipt_copy(self, sale_id: uuid.UUID, language: str | None = None) -> Any: ...
    def print_return(self, return_id: uuid.UUID, language: str | None = None) -> list[Any]: ...
    def print_installment_summary(self, sale_id: uuid.UUID, language: str | None = None) -> Any: ...
    def print_delivery_slip(self, sale_id: uuid.UUID, language: str | None = None) -> Any: ...
    def print_access_report(self, report: Any, language: str | None = None) -> Any: ...
    def print_confirmation(self, confirmation: Any, language: str | None = None) -> Any: ...
    def print_destruction_act(self, act: Any, language: str) -> Any: ...
    def print_credit_payment(self, slip: Any, language: str | None = None) -> Any: ...
    def print_staff_access(self, sheet: Any, language: str | None = None) -> Any: ...
    def print_shift_report(self, view: Any, *, z: bool, language: str | None = None) -> Any: ...
    def print_cash_slip(self, move: Any, language: str | None = None) -> Any: ...
    def retry_pending(self) -> list[Any]: ...
    def pending_count(self) -> int: ...
    def test_print(self, setting: Any = None) -> Any: ...
    def status(self) -> PrinterStatus: ...


class SyncRunner(Protocol):
    """One sync cycle (sync.worker.SyncWorker): returns a CycleReport (counts, `ok`, `failure`)."""

    def run_cycle(self) -> Any: ...
    def close(self) -> None: ...


PrinterFactory = Callable[[ServiceContext, TillPaths], Printer]
SyncFactory = Callable[[ServiceContext], SyncRunner]


@dataclass
class TillHandle:
    """The open till the window works on (till.app.Till has the same fields)."""

    paths: TillPaths
    db: Database
    identity: TillIdentity


class AppState(QObject):
    """The session: the till, the signed-in staff member and the language."""

    signed_in = Signal()
    signed_out = Signal()
    # The UI language changed (the code: ru, kk, en).
    language_changed = Signal(str)
    # The database was reopened (key rotation); contexts must be rebuilt.
    database_replaced = Signal()
    # A write succeeded (sale, consent, rights request, settings, print job, sync): what the
    # window shows of stored state may be stale. Emitted by ui/writes.py only.
    written = Signal()

    def __init__(
        self,
        till: TillHandle,
        ops: Operations,
        *,
        store: StoreInfo,
        printer_factory: PrinterFactory | None = None,
        sync_factory: SyncFactory | None = None,
        language: str = "ru",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.till = till
        self.ops = ops
        self.printer_factory = printer_factory
        self.sync_factory = sync_factory
        self.language = language
        self.actor: Actor | None = None
        self.staff: StaffInfo | None = None
        # This till's store and register (its time zone says what "today" is).
        self.store = store
        self._printer: Printer | None = None
        # The cash register connection, reused by every fiscal send (printer lane only).
        self.fiscal_link = FiscalLink()
        # True while the key rotation swaps the database file: background reads wait.
        self.rekeying = False

    # --- contexts -------------------------------------------------------------------------

    def till_ctx(self) -> ServiceContext:
        """The till itself (before sign-in: staff list, sign-in, status; background sync)."""
        return ServiceContext(self.till.db, self.till.identity.system_actor())

    def ctx(self) -> ServiceContext:
        """The signed-in staff member; raises when nobody is signed in."""
        if self.actor is None:
            raise RuntimeError("nobody is signed in")
        return ServiceContext(self.till.db, self.actor)

    @property
    def role(self) -> Role | None:
        return self.actor.role if self.actor else None

    def allows(self, role: Role) -> bool:
        return self.actor is not None and self.actor.role.allows(role)

    # --- session --------------------------------------------------------------------------

    def sign_in(self, actor: Actor, staff: StaffInfo) -> None:
        self.actor = actor
        self.staff = staff
        self._printer = None
        self.signed_in.emit()

    def sign_out(self) -> None:
        self.actor = None
        self.staff = None
        self._printer = None
        self.signed_out.emit()

    def printer(self) -> Printer | None:
        """The printing service acting as the signed-in staff member (None: no printing)."""
        if self.printer_factory is None or self.actor is None:
            return None
        if self._printer is None:
            self._printer = self.printer_factory(self.ctx(), self.till.paths)
        return self._printer

    def today(self) -> dt.date:
        """Today in the store's time zone (consent validity, credit schedules)."""
        return local_today(self.store.timezone)

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.language_changed.emit(language)

    def replace_database(self, db: Database) -> None:
        self.till.db = db
        self._printer = None
        self.database_replaced.emit()
