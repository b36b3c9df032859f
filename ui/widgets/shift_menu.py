"""The Shift menu and its keys: Shift+F1 open, Shift+F2 cash in, Shift+F3 cash out,
Shift+F4 X report, Shift+F5 close (Z). F1-F12 alone belong to the sale screen; the Shift
row keeps the shift's work together and easy to learn.

A sale refused because no shift is open offers the opening dialog at once; one refused
because the shift is 24 hours old offers the close (blind count, Z).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from pos.domain.codes import Code
from pos.domain.errors import PosError
from pos.domain.shifts import CashMoveKind, CashMoveView, ShiftView
from printing.outcomes import PrintOutcome
from ui.i18n import money
from ui.messages import line_message
from ui.state import AppState
from ui.widgets.common import MessageLine
from ui.widgets.shift_dialogs import AmountDialog, AmountMode, ShiftReportDialog

KEYS = {
    AmountMode.OPEN: "Shift+F1",
    AmountMode.CASH_IN: "Shift+F2",
    AmountMode.CASH_OUT: "Shift+F3",
    "x": "Shift+F4",
    AmountMode.CLOSE: "Shift+F5",
}


class ShiftMenu(QObject):
    def __init__(self, state: AppState, window: QMainWindow, message: MessageLine) -> None:
        super().__init__(window)
        self.setObjectName("shift.menu_owner")
        self.state = state
        self.window = window
        self.message = message
        self.menu = QMenu(window)
        self.menu.setObjectName("menu.shift")
        self.open_action = self._action("action.shift_open", KEYS[AmountMode.OPEN], self.open_shift)
        self.cash_in_action = self._action(
            "action.cash_in", KEYS[AmountMode.CASH_IN], lambda: self._amount(AmountMode.CASH_IN)
        )
        self.cash_out_action = self._action(
            "action.cash_out", KEYS[AmountMode.CASH_OUT], lambda: self._amount(AmountMode.CASH_OUT)
        )
        self.x_action = self._action("action.x_report", KEYS["x"], self.x_report)
        self.close_action = self._action(
            "action.shift_close", KEYS[AmountMode.CLOSE], lambda: self._amount(AmountMode.CLOSE)
        )
        self.menu.addAction(self.open_action)
        self.menu.addSeparator()
        self.menu.addAction(self.cash_in_action)
        self.menu.addAction(self.cash_out_action)
        self.menu.addSeparator()
        self.menu.addAction(self.x_action)
        self.menu.addAction(self.close_action)
        self.dialog: QDialog | None = None
        sale = getattr(window, "sale", None)
        if sale is not None and hasattr(sale, "sale_failed"):
            sale.sale_failed.connect(self._sale_failed)
        self.retranslate()

    def _action(self, name: str, key: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    @property
    def actions(self) -> list[QAction]:
        return [
            self.open_action,
            self.cash_in_action,
            self.cash_out_action,
            self.x_action,
            self.close_action,
        ]

    def set_enabled(self, enabled: bool) -> None:
        for action in self.actions:
            action.setEnabled(enabled)
        self.menu.menuAction().setVisible(enabled)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("S&hift"))
        self.open_action.setText(self.tr("Open shift..."))
        self.cash_in_action.setText(self.tr("Cash in..."))
        self.cash_out_action.setText(self.tr("Cash out..."))
        self.x_action.setText(self.tr("X report"))
        self.close_action.setText(self.tr("Close shift (Z report)..."))

    # --- dialogs ----------------------------------------------------------------------------

    def close_dialogs(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None

    def _show(self, dialog: QDialog) -> None:
        self.close_dialogs()
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        sale = getattr(self.window, "sale", None)
        if sale is not None:
            sale.entry.focus_barcode()

    def open_shift(self, *, offered: bool = False) -> None:
        dialog = self._amount(AmountMode.OPEN)
        if offered and dialog is not None:
            dialog.message.error(line_message(Code.SHIFT_NONE_OPEN))

    def _amount(self, mode: AmountMode) -> AmountDialog | None:
        if self.state.actor is None:
            return None
        dialog = AmountDialog(self.state, mode, self.window)
        dialog.recorded.connect(self._recorded)
        dialog.printed.connect(self._printed)
        self._show(dialog)
        return dialog

    def x_report(self) -> None:
        if self.state.actor is None:
            return
        from ui.actions import shift as shift_actions

        shift_actions.x_report(
            state=self.state,
            owner=self,
            success=lambda view: self._report(view, z=False),
            failure=lambda exc: self.message.error(line_message(exc)),
            printed=self._printed,
        )

    # --- results ----------------------------------------------------------------------------

    def _recorded(self, value: object) -> None:
        if isinstance(value, CashMoveView):
            text = (
                self.tr("Cash in: {amount} (shift {n}).")
                if value.kind is CashMoveKind.IN
                else self.tr("Cash out: {amount} (shift {n}).")
            )
            self.message.info(
                text.format(
                    amount=money(value.amount_tiyn, self.state.language), n=value.shift_number
                )
            )
        elif isinstance(value, ShiftView) and value.is_open:
            self.message.info(
                self.tr("Shift {n} opened with a float of {amount}.").format(
                    n=value.number, amount=money(value.totals.float_tiyn, self.state.language)
                )
            )
        elif isinstance(value, ShiftView):
            self.message.info(self.tr("Shift {n} closed.").format(n=value.number))
            self._report(value, z=True)

    def _report(self, view: ShiftView, *, z: bool) -> None:
        dialog = ShiftReportDialog(self.state, view, z=z, parent=self.window)
        self.report_dialog = dialog
        self._show(dialog)

    def _printed(self, outcome: object) -> None:
        if isinstance(outcome, PrintOutcome) and not outcome.ok:
            self.message.error(line_message(outcome))

    def _sale_failed(self, error: object) -> None:
        if not isinstance(error, PosError):
            return
        if error.code is Code.SHIFT_NONE_OPEN:
            self.open_shift(offered=True)
        elif error.code is Code.SHIFT_EXPIRED:
            # 24 hours: no more sales until the Z; the blind count is offered at once.
            dialog = self._amount(AmountMode.CLOSE)
            if dialog is not None:
                dialog.message.error(line_message(error))
