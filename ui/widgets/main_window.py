"""The cashier window: sign-in, the sale screen, menus by role, the status bar."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QStackedWidget, QWidget

from pos.domain.enums import Role
from printing.outcomes import PrintOutcome
from ui.actions import admin
from ui.actions import sale as sale_actions
from ui.actions.retention import RetentionTimer
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, Translations
from ui.messages import line_message
from ui.operations import Lane
from ui.state import AppState
from ui.watchdog import StallWatchdog
from ui.widgets.common import D, MessageLine, open_once
from ui.widgets.credit_dialog import CreditPaymentDialog
from ui.widgets.fiscal_dialog import FiscalDialog
from ui.widgets.login import LoginScreen
from ui.widgets.rights.dialog import RightsDialog
from ui.widgets.sale.screen import SaleScreen
from ui.widgets.settings_dialog import SettingsDialog
from ui.widgets.shift_menu import ShiftMenu
from ui.widgets.staff_dialog import StaffDialog
from ui.widgets.status_bar import StatusBar

SYNC_EVERY_MS = 60_000


class MainWindow(QMainWindow):
    """Holds the screens; starts nothing slow itself (actions do, through the ops)."""

    def __init__(
        self,
        state: AppState,
        translations: Translations,
        *,
        current_key: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.translations = translations
        self.current_key = current_key
        self.setObjectName("main")
        self.setMinimumSize(1000, 700)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("main.stack")
        self.login = LoginScreen(state, self.stack)
        self.sale = SaleScreen(state, self.stack)
        self.stack.addWidget(self.login)
        self.stack.addWidget(self.sale)
        self.setCentralWidget(self.stack)
        self.status = StatusBar(state, self)
        self.setStatusBar(self.status)
        self.rights_dialog: RightsDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.staff_dialog: StaffDialog | None = None
        self.credit_dialog: CreditPaymentDialog | None = None
        self.fiscal_dialog: FiscalDialog | None = None
        self._closing = False

        self.till_menu = QMenu(self)
        self.till_menu.setObjectName("menu.till")
        self.buyer_menu = QMenu(self)
        self.buyer_menu.setObjectName("menu.buyer")
        self.language_menu = QMenu(self)
        self.language_menu.setObjectName("menu.language")
        # The cash shift: open, cash in/out, X, close (Z); Shift+F1..F5 (ui/widgets/shift_menu.py).
        self.shift = ShiftMenu(state, self, self.sale.message)
        self.sign_out_action = self._action("action.sign_out", "Ctrl+L", self.sign_out)
        self.retry_action = self._action("action.retry_printing", None, self.retry_printing)
        self.settings_action = self._action("action.settings", "Ctrl+,", self.open_settings)
        # Ctrl+U ("users"): beside settings, for the store admin only.
        self.staff_action = self._action("action.staff", "Ctrl+U", self.open_staff)
        self.quit_action = self._action("action.quit", "Ctrl+Q", self.close)
        self.rights_action = self._action("action.rights", "F10", self.open_rights)
        # Ctrl+K ("kredit"): a repayment the buyer brings to the till (sales manager).
        self.credit_pay_action = self._action("action.credit_pay", "Ctrl+K", self.open_credit_pay)
        # Ctrl+F9: the documents waiting for the cash register (also a click on the status bar's
        # fiscal line); F9 alone is the sale screen's new buyer.
        self.fiscal_action = self._action("action.fiscal_waiting", "Ctrl+F9", self.open_fiscal)
        self.status.fiscal_clicked.connect(self.open_fiscal)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = self._action(
                f"action.language.{code}", None, partial(state.set_language, code)
            )
            action.setCheckable(True)
            self.language_actions[code] = action
            self.language_menu.addAction(action)
        for action in (
            self.sign_out_action,
            self.retry_action,
            self.fiscal_action,
            self.settings_action,
            self.staff_action,
            self.quit_action,
        ):
            self.till_menu.addAction(action)
        self.buyer_menu.addAction(self.rights_action)
        self.buyer_menu.addAction(self.credit_pay_action)
        self.menuBar().setObjectName("main.menu")
        self.menuBar().addMenu(self.till_menu)
        self.menuBar().addMenu(self.shift.menu)
        self.menuBar().addMenu(self.buyer_menu)
        self.menuBar().addMenu(self.language_menu)

        self.sync_timer = QTimer(self)
        self.sync_timer.setObjectName("main.sync_timer")
        self.sync_timer.setInterval(SYNC_EVERY_MS)
        self.sync_timer.timeout.connect(self.background_sync)
        # Retention at start-up and daily, signed in or not (it runs as the till itself).
        self.retention = RetentionTimer(state, self)

        state.signed_in.connect(self._signed_in)
        state.signed_out.connect(self._signed_out)
        state.language_changed.connect(self.set_language)
        state.ops.default_failure = lambda exc: self.sale.message.error(line_message(exc))
        self.set_language(state.language)
        self._signed_out()

    def _action(self, name: str, key: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # --- start and stop -------------------------------------------------------------------------

    def start(self) -> None:
        """Load the staff list and begin the periodic status refresh (and sync, if any)."""
        self.login.load()
        self.status.start()
        if self.state.sync_factory is not None:
            self.sync_timer.start()
        self.retention.start()

    def shutdown(self) -> None:
        """Stop timers and let running work finish; nothing new starts."""
        for dog in self.findChildren(StallWatchdog):
            dog.stop()  # waiting for the workers below is a planned pause, not a stall
        self.status.stop()
        self.sync_timer.stop()
        self.retention.stop()
        for dialog in (*self._own_dialogs(), self.sale.consent_dialog, *self.sale.dialogs()):
            if dialog is not None:
                dialog.close()
        self.shift.close_dialogs()
        self.state.ops.shutdown()
        # After the printer lane stopped: the cash register's connection is no longer used.
        self.state.fiscal_link.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.state.actor is not None and self.sale.has_open_sale and not self._closing:
            # An open sale is never dropped without asking (hold it, cancel it, or stay).
            event.ignore()
            self.sale.ask_discard(self._close_now)
            return
        self.shutdown()
        super().closeEvent(event)

    def _close_now(self) -> None:
        self._closing = True
        self.close()

    # --- session ------------------------------------------------------------------------------

    def _signed_in(self) -> None:
        self.login.signed_in()
        self.stack.setCurrentWidget(self.sale)
        manager = self.state.allows(Role.SALES_MANAGER)
        admin_role = self.state.allows(Role.STORE_ADMIN)
        self.rights_action.setEnabled(manager)
        self.credit_pay_action.setEnabled(manager)
        self.buyer_menu.menuAction().setVisible(manager)
        self.settings_action.setEnabled(admin_role)
        self.settings_action.setVisible(admin_role)
        self.staff_action.setEnabled(admin_role)
        self.staff_action.setVisible(admin_role)
        self.sign_out_action.setEnabled(True)
        self.retry_action.setEnabled(True)
        self.fiscal_action.setEnabled(True)
        self.shift.set_enabled(True)
        self.sale.start()
        self.status.refresh()

    def _signed_out(self) -> None:
        for dialog in self._own_dialogs():
            if dialog is not None:
                dialog.close()
        self.shift.close_dialogs()
        # What the last person was told is not for the next one to read.
        for line in self.sale.findChildren(MessageLine):
            line.clear_message()
        for widget in self.sale.dialogs():
            widget.close()
        self.stack.setCurrentWidget(self.login)
        self.login.reset()
        self.rights_action.setEnabled(False)
        self.credit_pay_action.setEnabled(False)
        self.buyer_menu.menuAction().setVisible(False)
        self.settings_action.setEnabled(False)
        self.settings_action.setVisible(False)
        self.staff_action.setEnabled(False)
        self.staff_action.setVisible(False)
        self.sign_out_action.setEnabled(False)
        self.retry_action.setEnabled(False)
        self.fiscal_action.setEnabled(False)
        self.shift.set_enabled(False)

    def sign_out(self) -> None:
        if self.state.actor is not None:
            self.sale.ask_discard(self._sign_out_now)  # asks only with a sale open

    def _sign_out_now(self) -> None:
        if self.state.actor is not None:
            self.sale.new_sale()  # held or cancelled: nothing open is lost
            self.state.sign_out()

    # --- dialogs --------------------------------------------------------------------------------

    def open_rights(self) -> None:
        if self.state.allows(Role.SALES_MANAGER):
            self._open_once("rights_dialog", lambda: RightsDialog(self.state, self))

    def open_credit_pay(self) -> None:
        if self.state.allows(Role.SALES_MANAGER):
            self._open_once("credit_dialog", lambda: CreditPaymentDialog(self.state, self))

    def open_fiscal(self) -> None:
        if self.state.actor is not None:
            self._open_once(
                "fiscal_dialog",
                lambda: FiscalDialog(self.state, self),
                closed=lambda _d: self.status.refresh(),
            )

    def open_settings(self) -> None:
        if self.state.allows(Role.STORE_ADMIN):
            self._open_once(
                "settings_dialog",
                lambda: SettingsDialog(self.state, self.current_key, self.status.jobs, self),
                closed=self._settings_closed,
            )

    def _settings_closed(self, dialog: SettingsDialog) -> None:
        self.current_key = dialog.current_key

    def open_staff(self) -> None:
        if self.state.allows(Role.STORE_ADMIN):
            # Who may sign in may have changed: the sign-in list is read again on close.
            self._open_once(
                "staff_dialog",
                lambda: StaffDialog(self.state, self),
                closed=lambda _d: self.login.load(),
            )

    def _own_dialogs(self) -> tuple[QDialog | None, ...]:
        return (
            self.rights_dialog,
            self.settings_dialog,
            self.staff_dialog,
            self.credit_dialog,
            self.fiscal_dialog,
        )

    def _open_once(
        self, name: str, make: Callable[[], D], closed: Callable[[D], None] | None = None
    ) -> None:
        open_once(self, name, make, refocus=self.sale.entry.focus_barcode, closed=closed)

    # --- background -----------------------------------------------------------------------------

    def retry_printing(self) -> None:
        sale_actions.retry_printing(state=self.state, owner=self, done=self._retried)

    def _retried(self, outcomes: list[PrintOutcome]) -> None:
        if not outcomes:
            self.sale.message.info(self.tr("Nothing waits to be printed."))
        else:
            self.sale.message.info(" ".join(line_message(o) for o in outcomes))

    def background_sync(self) -> None:
        snapshot = self.status.snapshot
        if self.state.rekeying or snapshot is None or not snapshot.sync_configured:
            return
        if self.state.ops.lane_busy(Lane.NETWORK):
            return
        admin.sync_now(state=self.state, owner=self, progress=None, success=lambda _r: None)

    # --- language -------------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        self.translations.install(code)  # Qt sends LanguageChange to every widget
        for lang, action in self.language_actions.items():
            action.setChecked(lang == code)
        self.login.set_language(code)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Till"))
        self.menuBar().setAccessibleName(self.tr("Menu"))
        self.till_menu.setTitle(self.tr("&Till"))
        self.buyer_menu.setTitle(self.tr("&Buyer"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.sign_out_action.setText(self.tr("Sign out"))
        self.retry_action.setText(self.tr("Print what is waiting"))
        self.fiscal_action.setText(self.tr("Fiscal documents waiting..."))
        self.settings_action.setText(self.tr("Settings..."))
        self.staff_action.setText(self.tr("Staff..."))
        self.quit_action.setText(self.tr("Quit"))
        self.rights_action.setText(self.tr("Buyer's rights..."))
        self.credit_pay_action.setText(self.tr("Credit repayment..."))
        self.shift.retranslate()
        for code, action in self.language_actions.items():
            action.setText(LANGUAGE_NAMES[code])
