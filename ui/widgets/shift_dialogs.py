"""The shift's dialogs: opening with the float, cash in and out with a reason, the blind
count that closes the shift, and the X/Z report shown as it is printed.

The blind count shows no expected figure: the cashier types what they counted, and only
the Z report shown after the close says what was expected and the difference.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import PosError
from pos.domain.payment import parse_tenge
from pos.domain.shifts import CashMoveKind, ShiftView
from printing.docs import shift_reports
from printing.layout import PAPER_COLUMNS
from printing.outcomes import PrintOutcome
from ui.actions import shift as shift_actions
from ui.i18n import money
from ui.messages import field_message, line_message
from ui.state import AppState
from ui.widgets.common import FieldRow, MessageLine, mono_font, named


class AmountMode(StrEnum):
    OPEN = "open"
    CASH_IN = "in"
    CASH_OUT = "out"
    CLOSE = "close"


class AmountDialog(QDialog):
    """One amount (and, for cash moves, a reason): open, cash in, cash out, blind count."""

    # The recorded result (ShiftView or CashMoveView).
    recorded = Signal(object)
    # The paper's print outcome, when a printer is set.
    printed = Signal(object)

    def __init__(self, state: AppState, mode: AmountMode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.mode = mode
        named(self, f"shift.{mode.value}")
        self.setModal(True)
        self.prompt = named(QLabel(self), f"shift.{mode.value}.prompt")
        self.prompt.setWordWrap(True)
        self.amount = named(QLineEdit(self), f"shift.{mode.value}.amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount_row = FieldRow(f"shift.{mode.value}.amount", self.amount, self)
        self.reason = named(QComboBox(self), f"shift.{mode.value}.reason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_row = FieldRow(f"shift.{mode.value}.reason", self.reason, self)
        self.reason_row.setVisible(mode in (AmountMode.CASH_IN, AmountMode.CASH_OUT))
        self.message = MessageLine(f"shift.{mode.value}.message", self)
        self.ok = named(QPushButton(self), f"shift.{mode.value}.ok")
        self.ok.setDefault(True)
        self.cancel = named(QPushButton(self), f"shift.{mode.value}.cancel")
        self.ok.clicked.connect(self.submit)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.amount_row)
        layout.addWidget(self.reason_row)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)
        self._busy = False
        self.retranslate()
        self.amount.setFocus()

    def _reasons(self) -> list[str]:
        if self.mode is AmountMode.CASH_IN:
            return [
                self.tr("Change float top-up"),
                self.tr("Cash returned from the bank"),
            ]
        if self.mode is AmountMode.CASH_OUT:
            return [
                self.tr("Bank collection"),
                self.tr("Store expenses"),
                self.tr("Change for another register"),
            ]
        return []

    def retranslate(self) -> None:
        texts = {
            AmountMode.OPEN: (
                self.tr("Open shift"),
                self.tr("Count the cash in the drawer (the float) and type the amount."),
                self.tr("Float, tenge"),
                self.tr("Open shift"),
            ),
            AmountMode.CASH_IN: (
                self.tr("Cash in"),
                self.tr("Cash put into the drawer, and why."),
                self.tr("Amount, tenge"),
                self.tr("Put in"),
            ),
            AmountMode.CASH_OUT: (
                self.tr("Cash out"),
                self.tr("Cash taken from the drawer, and why."),
                self.tr("Amount, tenge"),
                self.tr("Take out"),
            ),
            AmountMode.CLOSE: (
                self.tr("Close shift"),
                self.tr(
                    "Count all the cash in the drawer and type the amount. The expected "
                    "amount and any difference are shown on the Z report after closing."
                ),
                self.tr("Counted cash, tenge"),
                self.tr("Close shift (Z)"),
            ),
        }
        title, prompt, caption, ok = texts[self.mode]
        self.setWindowTitle(title)
        self.prompt.setText(prompt)
        self.amount_row.set_caption(caption, True)
        self.reason_row.set_caption(self.tr("Reason"), True)
        typed = self.reason.currentText()
        self.reason.clear()
        self.reason.addItems(self._reasons())
        self.reason.setEditText(typed if typed else "")
        self.ok.setText(ok)
        self.cancel.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        if self._busy:
            return
        self.amount_row.show_error(None)
        self.reason_row.show_error(None)
        self.message.clear_message()
        try:
            amount = parse_tenge(self.amount.text().strip() or "x")
        except PosError as exc:
            self.amount_row.show_error(field_message(exc))
            self.amount.setFocus()
            return
        self._set_busy(True)
        common: dict[str, Any] = {
            "state": self.state,
            "owner": self,
            "success": self._done,
            "failure": self._failed,
        }
        if self.mode is AmountMode.OPEN:
            shift_actions.open_shift(float_tiyn=amount, **common)
        elif self.mode is AmountMode.CLOSE:
            shift_actions.close_shift(counted_tiyn=amount, printed=self._printed, **common)
        else:
            kind = CashMoveKind.IN if self.mode is AmountMode.CASH_IN else CashMoveKind.OUT
            shift_actions.move_cash(
                kind=kind,
                amount_tiyn=amount,
                reason=self.reason.currentText(),
                printed=self._printed,
                **common,
            )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok.setEnabled(not busy)

    def _done(self, value: object) -> None:
        self._set_busy(False)
        self.recorded.emit(value)
        self.accept()

    def _printed(self, outcome: object) -> None:
        self.printed.emit(outcome)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, PosError) and error.field == "reason":
            self.reason_row.show_error(field_message(error))
        elif isinstance(error, PosError) and error.field in ("amount", "float", "counted"):
            self.amount_row.show_error(field_message(error))
        else:
            self.message.error(line_message(error))


def report_lines(view: ShiftView, *, z: bool, language: str) -> list[str]:
    """The X or Z report as printed on 80 mm paper, in the window's language."""
    build = shift_reports.build_z if z else shift_reports.build_x
    return build(view, language, PAPER_COLUMNS[80]).lines()


class ShiftReportDialog(QDialog):
    """The X or Z report on screen, line for line as on paper; printed again on request."""

    printed = Signal(object)

    def __init__(
        self, state: AppState, view: ShiftView, *, z: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.view = view
        self.z = z
        named(self, "shift.report")
        self.headline = named(QLabel(self), "shift.report.headline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.headline.setFont(font)
        self.paper = named(QPlainTextEdit(self), "shift.report.paper")
        self.paper.setReadOnly(True)
        self.paper.setFont(mono_font())
        self.paper.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.message = MessageLine("shift.report.message", self)
        self.print_button = named(QPushButton(self), "shift.report.print")
        self.close_button = named(QPushButton(self), "shift.report.close")
        self.close_button.setDefault(True)
        self.print_button.clicked.connect(self.print_again)
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_again)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.paper, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(560, 640)
        self.retranslate()

    def retranslate(self) -> None:
        lang = self.state.language
        view = self.view
        if self.z:
            self.setWindowTitle(self.tr("Z report"))
            diff = view.difference_tiyn or 0
            if diff == 0:
                text = self.tr("Shift {n} closed. Counted {counted}: no difference.")
            elif diff < 0:
                text = self.tr("Shift {n} closed. Counted {counted}: short by {diff}.")
            else:
                text = self.tr("Shift {n} closed. Counted {counted}: over by {diff}.")
            self.headline.setText(
                text.format(
                    n=view.number,
                    counted=money(view.counted_tiyn or 0, lang),
                    diff=money(abs(diff), lang),
                )
            )
            self.headline.setStyleSheet("color: #b71c1c;" if diff else "color: #1b5e20;")
        else:
            self.setWindowTitle(self.tr("X report"))
            self.headline.setText(
                self.tr("Shift {n}: expected in the drawer {expected}.").format(
                    n=view.number, expected=money(view.totals.expected_cash_tiyn, lang)
                )
            )
        self.paper.setPlainText("\n".join(report_lines(view, z=self.z, language=lang)))
        self.print_button.setText(self.tr("Print again"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def print_again(self) -> None:
        printer = self.state.printer()
        if printer is None:
            self.message.error(self.tr("No printer is set up."))
            return
        shift_actions.print_report(
            state=self.state, owner=self, view=self.view, z=self.z, printed=self.show_outcome
        )

    def show_outcome(self, outcome: PrintOutcome) -> None:
        if outcome.ok:
            self.message.info(line_message(outcome))
        else:
            self.message.error(line_message(outcome))
        self.printed.emit(outcome)
