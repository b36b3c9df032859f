"""The access report: everything held about the buyer, shown and printable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from pos.domain.views import AccessReport, BuyerView
from ui.actions import rights
from ui.messages import line_message
from ui.state import AppState
from ui.widgets.common import MessageLine, mono_font, named
from ui.widgets.rights.papers import report_text


class ReportTab(QWidget):
    # The report was built (AccessReport): the dialog keeps it for printing.
    ready = Signal(object)
    print_requested = Signal()

    def __init__(
        self,
        state: AppState,
        status: MessageLine,
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rights.report_tab")
        self.state = state
        self.status = status
        self._language = language
        self.buyer: BuyerView | None = None
        self.button = named(QPushButton(self), "rights.report")
        self.print_button = named(QPushButton(self), "rights.report_print")
        self.view = named(QPlainTextEdit(self), "rights.report_view")
        self.view.setReadOnly(True)
        self.view.setFont(mono_font())
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.button.clicked.connect(self.show_report)
        self.print_button.clicked.connect(self.print_requested)
        self.retranslate()

    def set_buyer(self, buyer: BuyerView | None) -> None:
        self.buyer = buyer
        self.view.clear()

    def enable(self, can_print: bool) -> None:
        self.print_button.setEnabled(can_print)

    def show_report(self) -> None:
        if self.buyer is None:
            return
        self.status.info(self.tr("Building the report..."))
        rights.access_report(
            state=self.state,
            owner=self,
            buyer_id=self.buyer.id,
            success=self._report_ready,
            failure=lambda exc: self.status.error(line_message(exc)),
        )

    def _report_ready(self, report: AccessReport) -> None:
        self.view.setPlainText(report_text(report, self._language()))
        self.status.info(self.tr("Access report ready; the request is recorded as answered."))
        self.ready.emit(report)
        self.print_button.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Show everything held"))
        self.print_button.setText(self.tr("Print report"))
        self.view.setAccessibleName(self.tr("Access report"))
        for button in (self.button, self.print_button):
            button.setAccessibleName(button.text())
