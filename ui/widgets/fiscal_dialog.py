"""Fiscal documents waiting (issue 15): what the cash register has not yet fiscalized, how
old each is, how often it was tried and why it failed; "Send now" runs the queue in the
background (printer lane, as the status bar's retry) and reads the list again. A document
held for a fix shows the register's reason; a manager or admin puts it back in the queue."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.domain.codes import Code
from pos.domain.enums import Role
from pos.domain.errors import message
from pos.domain.fiscal import PROBLEM_CODE, PROBLEMS, FiscalKind, FiscalState, Problem
from pos.services.fiscal import DrainReport, FiscalView
from pos.services.fiscal_waiting import WaitingDocument
from ui.actions import fiscal as fiscal_actions
from ui.actions.sale import send_fiscal_waiting
from ui.i18n import datetime_text
from ui.messages import line_message, message_text
from ui.state import AppState
from ui.widgets.common import MessageLine, named

COLUMNS = 6


def problem_code(kkm_code: int) -> Code:
    """The window's text for the register's error number (0 or 5xx: no answer)."""
    problem = PROBLEMS.get(kkm_code)
    if problem is None:
        problem = Problem.UNREACHABLE if kkm_code == 0 or kkm_code >= 500 else Problem.OTHER
    return PROBLEM_CODE[problem]


class FiscalDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("fiscal_waiting")
        self.resize(900, 480)
        self.rows: list[WaitingDocument] = []
        self.loaded = False
        self.sending = False

        self.summary = named(QLabel(self), "fiscal_waiting.summary")
        self.summary.setWordWrap(True)
        self.table = named(QTableWidget(0, COLUMNS, self), "fiscal_waiting.table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in range(COLUMNS - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.details = named(QLabel(self), "fiscal_waiting.details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = MessageLine("fiscal_waiting.message", self)
        self.send_button = named(QPushButton(self), "fiscal_waiting.send")
        self.send_button.clicked.connect(self.send_now)
        self.retry_button = named(QPushButton(self), "fiscal_waiting.retry")
        self.retry_button.clicked.connect(self.retry_selected)
        self.close_button = named(QPushButton(self), "fiscal_waiting.close")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()
        self.reload()

    # --- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        fiscal_actions.load_waiting(
            state=self.state, owner=self, success=self.show_rows, failure=self._failed
        )

    def show_rows(self, rows: list[WaitingDocument]) -> None:
        self.rows = rows
        self.loaded = True
        self._fill()

    def _failed(self, error: Exception) -> None:
        self.message.error(line_message(error))

    def _fill(self) -> None:
        now = dt.datetime.now(dt.UTC)
        lang = self.state.language
        tz = self.state.store.timezone
        self.table.setRowCount(len(self.rows))
        for row, w in enumerate(self.rows):
            doc = w.document
            error = self.error_text(doc)
            cells = (
                self.kind_text(doc.kind),
                str(w.number) if w.number is not None else "",
                datetime_text(doc.created_at, tz, lang),
                self.age_text(now - doc.created_at),
                str(doc.attempts),
                error,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == COLUMNS - 1 and doc.state is FiscalState.FAILED:
                    item.setForeground(Qt.GlobalColor.darkRed)
                    item.setToolTip(self.reason_text(doc))
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        if self.rows:
            self.summary.setText(
                self.tr("{n} documents wait for the cash register.").format(n=len(self.rows))
            )
        else:
            self.summary.setText(self.tr("Nothing waits: every document is fiscalized."))
        self.summary.setAccessibleName(self.summary.text())
        self._selected()

    def selected(self) -> WaitingDocument | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selected(self) -> None:
        chosen = self.selected()
        held = chosen is not None and chosen.document.state is FiscalState.FAILED
        self.details.setText(self.reason_text(chosen.document) if held and chosen else "")
        self.details.setVisible(bool(self.details.text()))
        allowed = self.state.allows(Role.SALES_MANAGER)
        self.retry_button.setVisible(allowed)
        self.retry_button.setEnabled(allowed and held and not self.sending)
        self.send_button.setEnabled(not self.sending)

    # --- texts --------------------------------------------------------------------------

    def kind_text(self, kind: FiscalKind) -> str:
        return {
            FiscalKind.SALE: self.tr("Sale"),
            FiscalKind.RETURN: self.tr("Return"),
            FiscalKind.CASH_IN: self.tr("Cash in"),
            FiscalKind.CASH_OUT: self.tr("Cash out"),
            FiscalKind.X_REPORT: self.tr("X report"),
            FiscalKind.Z_REPORT: self.tr("Z report"),
            FiscalKind.SHIFT_STATUS: self.tr("Shift status"),
        }[kind]

    def age_text(self, age: dt.timedelta) -> str:
        minutes = max(0, int(age.total_seconds() // 60))
        hours, minutes = divmod(minutes, 60)
        if hours:
            return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=f"{minutes:02d}")
        return self.tr("{minutes} min").format(minutes=minutes)

    def error_text(self, doc: FiscalView) -> str:
        if doc.state is FiscalState.FAILED:
            code = doc.last_code or 0
            text = message_text(message(problem_code(code), kkm=code))
            if problem_code(code) is Code.FISCAL_INVALID:
                return text  # its text already says it waits for a fix
            return self.tr("Held for a fix: {reason}").format(reason=text)
        if doc.last_code is None:
            return self.tr("Not sent yet") if not doc.attempts else ""
        return message_text(message(problem_code(doc.last_code), kkm=doc.last_code))

    def reason_text(self, doc: FiscalView) -> str:
        """The register's own words for a held document (what must be fixed)."""
        if not doc.last_error:
            return self.tr("The cash register gave no reason.")
        return self.tr("The cash register said: {reason}").format(reason=doc.last_error)

    # --- doing --------------------------------------------------------------------------

    def send_now(self) -> None:
        if self.sending:
            return
        self.sending = True
        self._selected()
        self.message.info(self.tr("Sending to the cash register..."))
        send_fiscal_waiting(state=self.state, owner=self, done=self._sent)

    def _sent(self, report: DrainReport | None) -> None:
        self.sending = False
        if report is None:
            self.message.error(self.tr("The documents could not be sent; they wait."))
        elif report.fault is not None:
            self.message.error(line_message(report.fault))
        elif report.blocked is not None:
            self.message.error(
                self.tr("Sent: {n}. A document held for a fix stops the queue.").format(
                    n=len(report.done)
                )
            )
        else:
            self.message.info(self.tr("Sent: {n}.").format(n=len(report.done)))
        self.reload()

    def retry_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.document.state is not FiscalState.FAILED:
            return
        fiscal_actions.retry_after_fix(
            state=self.state,
            owner=self,
            doc_id=chosen.document.id,
            success=self._retried,
            failure=self._failed,
        )

    def _retried(self, _doc: FiscalView) -> None:
        self.message.info(self.tr("Back in the queue; it is sent with the next send."))
        self.reload()

    # --- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Fiscal documents waiting"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Document"),
                self.tr("Number"),
                self.tr("Created"),
                self.tr("Age"),
                self.tr("Attempts"),
                self.tr("Last error"),
            ]
        )
        self.send_button.setText(self.tr("Send now"))
        self.retry_button.setText(self.tr("Retry after fix"))
        self.close_button.setText(self.tr("Close"))
        for button in (self.send_button, self.retry_button, self.close_button):
            button.setAccessibleName(button.text())
        if self.loaded:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
