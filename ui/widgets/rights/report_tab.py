"""The access report: everything held about the buyer, shown and printable."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout

from pos.domain.views import AccessReport, BuyerView
from ui.actions import rights
from ui.messages import line_message
from ui.widgets.common import mono_font, named
from ui.widgets.rights.papers import report_text
from ui.widgets.rights.tab import RightsTab


class ReportTab(RightsTab):
    NAME = "rights.report_tab"

    # The report was built (AccessReport): the dialog keeps it for printing.
    ready = Signal(object)
    print_requested = Signal()

    def build(self) -> None:
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

    def set_buyer(self, buyer: BuyerView | None) -> None:
        super().set_buyer(buyer)
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

    def retranslate(self) -> None:
        self.button.setText(self.tr("Show everything held"))
        self.print_button.setText(self.tr("Print report"))
        self.view.setAccessibleName(self.tr("Access report"))
        for button in (self.button, self.print_button):
            button.setAccessibleName(button.text())
