"""Withdrawal: the purposes the buyer withdraws, and what (law, a credit) blocks it, shown
before asking and again if the service refuses."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from pos.domain.enums import Purpose
from pos.domain.errors import Code, Refused
from pos.domain.references import personal_number
from pos.domain.views import BuyerView, RequestConfirmationView
from ui.actions import rights
from ui.i18n import label
from ui.messages import field_message, line_message
from ui.widgets.common import mono_font, named
from ui.widgets.rights.papers import confirmation_text
from ui.widgets.rights.tab import RightsTab


class WithdrawTab(RightsTab):
    NAME = "rights.withdraw_tab"

    # The withdrawal was recorded (RequestConfirmationView): the dialog keeps it for printing.
    confirmed = Signal(object)
    print_requested = Signal()
    # Print the destruction act of the full withdrawal just recorded (it destroyed the data).
    act_requested = Signal()

    def build(self) -> None:
        self._in_force: frozenset[Purpose] = frozenset()
        self.note = QLabel(self)
        self.note.setObjectName("rights.withdraw_note")
        self.note.setWordWrap(True)
        self.ticks: dict[Purpose, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        for purpose in Purpose:
            tick = named(QCheckBox(self), f"rights.withdraw.{purpose.value}")
            tick.toggled.connect(lambda _on: self._selection_changed())
            self.ticks[purpose] = tick
            layout.addWidget(tick)
        self.all_purposes = named(QCheckBox(self), "rights.withdraw_all")
        self.all_purposes.toggled.connect(self._all_toggled)
        layout.addWidget(self.all_purposes)
        self.reference_caption = QLabel(self)
        self.reference = named(QLineEdit(self), "rights.withdraw_reference")
        self.reference.setMaxLength(200)
        layout.addWidget(self.reference_caption)
        layout.addWidget(self.reference)
        self.blockers = QLabel(self)
        self.blockers.setObjectName("rights.blockers")
        self.blockers.setWordWrap(True)
        self.blockers.setStyleSheet("color: #b71c1c;")
        layout.addWidget(self.blockers)
        self.button = named(QPushButton(self), "rights.withdraw")
        self.button.clicked.connect(self.do_withdraw)
        layout.addWidget(self.button)
        self.result = named(QPlainTextEdit(self), "rights.withdraw_result")
        self.result.setReadOnly(True)
        self.result.setFont(mono_font())
        layout.addWidget(self.result, 1)
        self.print_button = named(QPushButton(self), "rights.withdraw_print")
        self.print_button.clicked.connect(self.print_requested)
        layout.addWidget(self.print_button)
        self.act_button = named(QPushButton(self), "rights.withdraw_act_print")
        self.act_button.clicked.connect(self.act_requested)
        self.act_button.setVisible(False)
        layout.addWidget(self.act_button)

    def set_buyer(self, buyer: BuyerView | None) -> None:
        """Offer only the purposes in force, none ticked."""
        super().set_buyer(buyer)
        self.result.clear()
        self.blockers.clear()
        self.reference.clear()
        self._in_force = buyer.purposes_in_force() if buyer else frozenset()
        for purpose, tick in self.ticks.items():
            tick.blockSignals(True)
            tick.setChecked(False)
            tick.blockSignals(False)
            tick.setVisible(purpose in self._in_force)
        self.all_purposes.blockSignals(True)
        self.all_purposes.setChecked(False)
        self.all_purposes.blockSignals(False)

    def enable(self, can_print: bool) -> None:
        self.print_button.setEnabled(can_print)
        self._enable_button()

    def show_act(self, destroyed: bool, can_print: bool) -> None:
        """The destruction act exists only when the withdrawal destroyed the data."""
        self.act_button.setVisible(destroyed)
        self.act_button.setEnabled(destroyed and can_print)

    def _enable_button(self) -> None:
        self.button.setEnabled(
            self.buyer is not None
            and bool(self._chosen_purposes() or self.all_purposes.isChecked())
        )

    def _chosen_purposes(self) -> list[Purpose]:
        return [p for p, tick in self.ticks.items() if tick.isChecked() and p in self._in_force]

    def _all_toggled(self, on: bool) -> None:
        for purpose, tick in self.ticks.items():
            if purpose in self._in_force:
                tick.blockSignals(True)
                tick.setChecked(on)
                tick.blockSignals(False)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self._enable_button()
        if self.buyer is None:
            return
        chosen = None if self.all_purposes.isChecked() else self._chosen_purposes()
        if chosen == []:
            self.blockers.clear()
            return
        rights.withdrawal_blockers(
            state=self.state,
            owner=self,
            buyer_id=self.buyer.id,
            purposes=chosen,
            success=self._show_blockers,
        )

    def _show_blockers(self, reasons: list[Refused]) -> None:
        self.blockers.setText("\n".join(line_message(r) for r in reasons))

    def do_withdraw(self) -> None:
        if self.buyer is None:
            return
        purposes = None if self.all_purposes.isChecked() else self._chosen_purposes()
        if purposes == []:
            return
        reference = self.reference.text().strip() or None
        if reference and personal_number(reference):  # it outlives the buyer's data
            self.blockers.setText(field_message(Code.REFERENCE_PERSONAL_DATA))
            self.reference.setFocus()
            return
        self.status.info(self.tr("Withdrawing..."))
        rights.withdraw(
            state=self.state,
            owner=self,
            buyer_id=self.buyer.id,
            purposes=purposes,
            reference=reference,
            success=self._withdrawn,
            failure=self._withdraw_failed,
        )

    def _withdrawn(self, view: RequestConfirmationView) -> None:
        self.result.setPlainText(confirmation_text(view, self._language()))
        if view.slips_to_destroy:
            self.status.info(
                self.tr(
                    "Personal data destroyed. Destroy {n} signed paper slip(s) numbered as in "
                    "the confirmation, and print the destruction act."
                ).format(n=len(view.slips_to_destroy))
            )
        else:
            self.status.info(self.tr("Consent withdrawn. Print the confirmation for the buyer."))
        self.blockers.clear()
        self.confirmed.emit(view)

    def _withdraw_failed(self, error: Exception) -> None:
        reason = line_message(error)
        self.blockers.setText(reason)
        refusal: RequestConfirmationView | None = getattr(error, "confirmation", None)
        if refusal is None:
            self.status.error(reason)
            return
        # Refused for an outstanding obligation: the buyer takes the reason home on paper.
        self.result.setPlainText(confirmation_text(refusal, self._language()))
        self.status.error(
            reason + " " + self.tr("Print the refusal for the buyer (reason and until when).")
        )
        self.confirmed.emit(refusal)

    def retranslate(self) -> None:
        self.note.setText(
            self.tr(
                "Tick the purposes the buyer withdraws. Data no remaining purpose needs is erased."
            )
        )
        for purpose, tick in self.ticks.items():
            tick.setText(label("purpose", purpose))
            tick.setAccessibleName(label("purpose", purpose))
        self.all_purposes.setText(self.tr("All purposes (full withdrawal)"))
        self.all_purposes.setAccessibleName(self.tr("Withdraw all purposes"))
        self.reference_caption.setText(self.tr("Reference of the buyer's request (optional):"))
        self.reference.setAccessibleName(self.tr("Request reference"))
        self.reference.setPlaceholderText(
            self.tr("Document number and date, e.g. No. 15 of 01.03.2026 (no name, IIN or phone)")
        )
        self.act_button.setText(self.tr("Print destruction act"))
        self.button.setText(self.tr("Withdraw"))
        self.result.setAccessibleName(self.tr("Withdrawal confirmation"))
        self.print_button.setText(self.tr("Print confirmation"))
        for button in (self.button, self.print_button, self.act_button):
            button.setAccessibleName(button.text())
