"""Written refusal: the buyer refuses processing in writing; their data is destroyed, or
kept only for an outstanding credit until it is repaid."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout

from pos.domain.errors import Code
from pos.domain.references import personal_number
from pos.domain.views import BuyerView, RequestConfirmationView
from ui.actions import rights
from ui.messages import field_errors, field_message, line_message
from ui.widgets.common import mono_font, named
from ui.widgets.rights.papers import confirmation_text
from ui.widgets.rights.tab import RightsTab


class RefusalTab(RightsTab):
    NAME = "rights.refusal_tab"

    # The refusal was recorded (RequestConfirmationView): the dialog keeps it for printing.
    confirmed = Signal(object)
    print_requested = Signal()
    # Print the destruction act of the refusal just recorded (it destroyed the data).
    act_requested = Signal()

    def build(self) -> None:
        self.note = QLabel(self)
        self.note.setObjectName("rights.refusal_note")
        self.note.setWordWrap(True)
        self.reference_caption = QLabel(self)
        self.reference = named(QLineEdit(self), "rights.refusal_reference")
        self.reference.setMaxLength(200)
        self.error = QLabel(self)
        self.error.setObjectName("rights.refusal_reference.error")
        self.error.setStyleSheet("color: #b71c1c;")
        self.button = named(QPushButton(self), "rights.refuse")
        self.result = named(QPlainTextEdit(self), "rights.refusal_result")
        self.result.setReadOnly(True)
        self.result.setFont(mono_font())
        self.print_button = named(QPushButton(self), "rights.refusal_print")
        self.act_button = named(QPushButton(self), "rights.refusal_act_print")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.reference_caption)
        layout.addWidget(self.reference)
        layout.addWidget(self.error)
        layout.addWidget(self.button)
        layout.addWidget(self.result, 1)
        layout.addWidget(self.print_button)
        layout.addWidget(self.act_button)
        self.button.clicked.connect(self.do_refuse)
        self.print_button.clicked.connect(self.print_requested)
        self.act_button.clicked.connect(self.act_requested)
        self.act_button.setVisible(False)

    def set_buyer(self, buyer: BuyerView | None) -> None:
        super().set_buyer(buyer)
        self.result.clear()
        self.reference.clear()

    def enable(self, can_print: bool) -> None:
        self.print_button.setEnabled(can_print)
        self.button.setEnabled(self.buyer is not None)

    def show_act(self, destroyed: bool, can_print: bool) -> None:
        """The destruction act exists only when the refusal destroyed the data."""
        self.act_button.setVisible(destroyed)
        self.act_button.setEnabled(destroyed and can_print)

    def do_refuse(self) -> None:
        if self.buyer is None:
            return
        reference = self.reference.text().strip()
        if not reference:
            self.error.setText(field_message(Code.REQUEST_REFERENCE_MISSING))
            self.reference.setFocus()
            return
        if personal_number(reference):  # it outlives the buyer's data
            self.error.setText(field_message(Code.REFERENCE_PERSONAL_DATA))
            self.reference.setFocus()
            return
        self.error.clear()
        rights.refuse_in_writing(
            state=self.state,
            owner=self,
            buyer_id=self.buyer.id,
            reference=reference,
            success=self._refused,
            failure=self._refuse_failed,
        )

    def _refused(self, view: RequestConfirmationView) -> None:
        self.result.setPlainText(confirmation_text(view, self._language()))
        if view.slips_to_destroy:
            self.status.info(
                self.tr(
                    "Personal data destroyed. Destroy {n} signed paper slip(s) numbered as in "
                    "the confirmation, and print the destruction act."
                ).format(n=len(view.slips_to_destroy))
            )
        else:
            self.status.info(
                self.tr("Written refusal recorded. Print the confirmation for the buyer.")
            )
        self.confirmed.emit(view)

    def _refuse_failed(self, error: Exception) -> None:
        errors = field_errors(error)
        if "reference" in errors:
            self.error.setText(errors["reference"])
        self.status.error(line_message(error))

    def retranslate(self) -> None:
        self.note.setText(
            self.tr(
                "The buyer refuses processing in writing: their data is destroyed, or kept only "
                "for an outstanding credit until it is repaid."
            )
        )
        self.reference_caption.setText(self.tr("Reference of the written refusal:"))
        self.reference.setAccessibleName(self.tr("Written refusal reference"))
        self.reference.setPlaceholderText(
            self.tr("Document number and date, e.g. No. 15 of 01.03.2026 (no name, IIN or phone)")
        )
        self.act_button.setText(self.tr("Print destruction act"))
        self.button.setText(self.tr("Record written refusal"))
        self.result.setAccessibleName(self.tr("Refusal confirmation"))
        self.print_button.setText(self.tr("Print confirmation"))
        for button in (self.button, self.print_button, self.act_button):
            button.setAccessibleName(button.text())
