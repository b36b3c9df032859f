"""Correction: the buyer shows what is wrong; the new values are checked like new data."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout

from pos.domain.buyer import BuyerData
from pos.domain.errors import Code
from pos.domain.minimization import BUYER_FIELDS, Requirements, purposes_justifying
from pos.domain.views import BuyerView
from ui.actions import rights
from ui.messages import field_errors, line_message
from ui.widgets.buyer_form import BuyerForm
from ui.widgets.common import named
from ui.widgets.rights.tab import RightsTab


class CorrectTab(RightsTab):
    NAME = "rights.correct_tab"

    # The correction was saved (the buyer's new BuyerView).
    corrected = Signal(object)

    def build(self) -> None:
        self.note = QLabel(self)
        self.note.setObjectName("rights.correct_note")
        self.note.setWordWrap(True)
        self.form = BuyerForm("rights.correct", self)
        scroll = QScrollArea(self)
        scroll.setObjectName("rights.correct_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.button = named(QPushButton(self), "rights.correct_save")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.save_correction)

    def set_buyer(self, buyer: BuyerView | None) -> None:
        super().set_buyer(buyer)
        if buyer is None:
            return
        in_force = buyer.purposes_in_force()
        held = buyer.data.given_fields()
        # Held fields can be corrected; unheld ones only where a consent in force covers them.
        allowed = {f for f in BUYER_FIELDS if f in held or purposes_justifying(f) & in_force}
        self.form.configure(Requirements(frozenset(), frozenset(allowed), (), frozenset()))
        self.form.clear()
        self.form.set_values(buyer.data)

    def enable(self) -> None:
        self.button.setEnabled(self.buyer is not None)

    def save_correction(self) -> None:
        if self.buyer is None:
            return
        data, bad = self.form.data()
        errors = self.form.check()
        if errors or bad:
            self.status.error(self.tr("Check the marked fields."))
            return
        held = self.buyer.data
        changes = {
            name: getattr(data, name)
            for name in data.given_fields()
            if getattr(data, name) != getattr(held, name)
        }
        if not changes:
            self.status.error(line_message(Code.RECTIFY_NOTHING))
            return
        rights.rectify(
            state=self.state,
            owner=self,
            buyer_id=self.buyer.id,
            changes=BuyerData(**changes),
            success=self._corrected,
            failure=self._correction_failed,
        )

    def _corrected(self, view: BuyerView) -> None:
        self.corrected.emit(view)
        self.status.info(
            self.tr("Corrected; the audit names the fields changed, not their values.")
        )

    def _correction_failed(self, error: Exception) -> None:
        errors = field_errors(error)
        if errors:
            self.form.show_errors(errors)
            self.status.error(self.tr("Check the marked fields."))
        else:
            self.status.error(line_message(error))

    def retranslate(self) -> None:
        self.note.setText(
            self.tr(
                "Correct what the buyer shows is wrong; the new values are checked like new data."
            )
        )
        self.button.setText(self.tr("Save correction"))
        self.button.setAccessibleName(self.button.text())
