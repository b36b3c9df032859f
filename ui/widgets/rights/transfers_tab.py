"""The rights screen's "Transfers" tab: where a buyer's data went (policy 4.3.2).

The buyer's deliveries waiting for a carrier are handed over here, which writes the
courier's register row; a transfer to an insurer, a counterparty or a government body
(with its legal basis) is recorded here too. Below: every transfer recorded for the buyer.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.enums import DataCategory, Purpose, RecipientCategory
from pos.domain.minimization import PURPOSE_CATEGORIES
from pos.domain.views import BuyerView, DisclosureRegister, DisclosureView, PendingDelivery
from printing import i18n as paper_i18n
from ui.actions import disclosures
from ui.i18n import current_language, datetime_text, label, money
from ui.messages import field_errors, line_message
from ui.state import AppState
from ui.widgets.common import MessageLine, mono_font, named

# Recorded by hand here; a bank's transfer is recorded by the credit sale itself, a
# courier's by the hand-over above.
MANUAL_RECIPIENTS = (
    RecipientCategory.INSURER,
    RecipientCategory.COUNTERPARTY,
    RecipientCategory.GOVERNMENT,
    RecipientCategory.PARTNER_BANK,
)


def _paper_label(group: str, value: object) -> str:
    return paper_i18n.label(group, str(getattr(value, "value", value)), current_language())


class TransfersTab(QWidget):
    """Deliveries to hand over, a transfer to record, and the buyer's recorded transfers."""

    def __init__(self, state: AppState, status: MessageLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.status = status
        self.setObjectName("rights.transfers_tab")
        self.buyer_id: uuid.UUID | None = None
        self.recorded: list[DisclosureView] = []

        self.note = QLabel(self)
        self.note.setObjectName("rights.transfers_note")
        self.note.setWordWrap(True)

        self.deliveries_caption = QLabel(self)
        self.deliveries = named(QListWidget(self), "rights.deliveries")
        self.deliveries.setMaximumHeight(110)
        self.carrier_caption = QLabel(self)
        self.carrier = named(QLineEdit(self), "rights.carrier")
        self.carrier.setMaxLength(200)
        self.postal = named(QCheckBox(self), "rights.carrier_postal")
        self.hand_over_button = named(QPushButton(self), "rights.hand_over")
        carrier_row = QHBoxLayout()
        carrier_row.addWidget(self.carrier_caption)
        carrier_row.addWidget(self.carrier, 1)
        carrier_row.addWidget(self.postal)
        carrier_row.addWidget(self.hand_over_button)

        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)

        self.record_caption = QLabel(self)
        self.recipient_caption = QLabel(self)
        self.recipient = named(QComboBox(self), "rights.recipient")
        for category in MANUAL_RECIPIENTS:
            self.recipient.addItem("", category.value)
        self.name_caption = QLabel(self)
        self.recipient_name = named(QLineEdit(self), "rights.recipient_name")
        self.recipient_name.setMaxLength(200)
        self.basis_caption = QLabel(self)
        self.legal_basis = named(QLineEdit(self), "rights.legal_basis")
        self.legal_basis.setMaxLength(300)
        self.data_caption = QLabel(self)
        self.data_ticks: dict[DataCategory, QCheckBox] = {}
        ticks = QGridLayout()
        for n, data_category in enumerate(DataCategory):
            box = named(QCheckBox(self), f"rights.data.{data_category.value}")
            box.toggled.connect(lambda _on: self._update_buttons())
            self.data_ticks[data_category] = box
            ticks.addWidget(box, n // 3, n % 3)
        self.error = QLabel(self)
        self.error.setObjectName("rights.transfer.error")
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setWordWrap(True)
        self.record_button = named(QPushButton(self), "rights.record_transfer")
        form = QGridLayout()
        form.addWidget(self.recipient_caption, 0, 0)
        form.addWidget(self.recipient, 0, 1)
        form.addWidget(self.name_caption, 1, 0)
        form.addWidget(self.recipient_name, 1, 1)
        form.addWidget(self.basis_caption, 2, 0)
        form.addWidget(self.legal_basis, 2, 1)

        self.history_caption = QLabel(self)
        self.history = named(QPlainTextEdit(self), "rights.transfers")
        self.history.setReadOnly(True)
        self.history.setFont(mono_font())

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.deliveries_caption)
        layout.addWidget(self.deliveries)
        layout.addLayout(carrier_row)
        layout.addWidget(rule)
        layout.addWidget(self.record_caption)
        layout.addLayout(form)
        layout.addWidget(self.data_caption)
        layout.addLayout(ticks)
        layout.addWidget(self.error)
        layout.addWidget(self.record_button)
        layout.addWidget(self.history_caption)
        layout.addWidget(self.history, 1)

        self.deliveries.itemSelectionChanged.connect(self._update_buttons)
        self.carrier.textChanged.connect(lambda _t: self._update_buttons())
        self.recipient_name.textChanged.connect(lambda _t: self._update_buttons())
        self.recipient.currentIndexChanged.connect(lambda _i: self._recipient_changed())
        self.hand_over_button.clicked.connect(self.hand_over)
        self.record_button.clicked.connect(self.record)
        self.retranslate()
        self.set_buyer(None)

    # --- the buyer ------------------------------------------------------------------------

    def set_buyer(self, buyer: BuyerView | None) -> None:
        buyer_id = buyer.id if buyer is not None else None
        self.buyer_id = buyer_id
        self.deliveries.clear()
        self.history.clear()
        self.recorded = []
        self.carrier.clear()
        self.recipient_name.clear()
        self.legal_basis.clear()
        self.error.clear()
        for box in self.data_ticks.values():
            box.setChecked(False)
        self._recipient_changed()
        if buyer_id is not None:
            self.reload()

    def reload(self) -> None:
        if self.buyer_id is None:
            return
        disclosures.load(
            state=self.state,
            owner=self,
            buyer_id=self.buyer_id,
            success=self._loaded,
            failure=lambda exc: self.status.error(line_message(exc)),
        )

    def _loaded(self, result: tuple[list[PendingDelivery], DisclosureRegister]) -> None:
        pending, register = result
        self.deliveries.clear()
        for p in pending:
            when = datetime_text(p.created_at, register.timezone, current_language())
            item = QListWidgetItem(
                f"{p.receipt}  {when}  {money(p.total_tiyn, current_language())}"
            )
            item.setData(Qt.ItemDataRole.UserRole, str(p.sale_id))
            self.deliveries.addItem(item)
        if self.deliveries.count():
            self.deliveries.setCurrentRow(0)
        lines = []
        for r in register.rows:
            when = datetime_text(r.at, register.timezone, current_language())
            basis = (
                label("purpose_short", r.purpose)
                if r.purpose is not None
                else self.tr("legal basis: {basis}").format(basis=r.legal_basis or "-")
            )
            data = ", ".join(_paper_label("category", c) for c in r.data_categories)
            lines.append(
                f"{when}  {_paper_label('recipient', r.recipient_category)}: "
                f"{r.recipient_name} ({basis}): {data}" + (f"  [{r.receipt}]" if r.receipt else "")
            )
        self.history.setPlainText("\n".join(lines) or self.tr("No transfers recorded."))
        self._update_buttons()

    # --- hand-over of a delivery ------------------------------------------------------------

    def _chosen_delivery(self) -> uuid.UUID | None:
        item = self.deliveries.currentItem()
        if item is None or not item.isSelected():
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return uuid.UUID(str(value)) if value else None

    def hand_over(self) -> None:
        sale_id = self._chosen_delivery()
        carrier = self.carrier.text().strip()
        if sale_id is None or not carrier:
            return
        category = (
            RecipientCategory.POSTAL if self.postal.isChecked() else RecipientCategory.COURIER
        )
        self.status.info(self.tr("Recording the hand-over..."))
        disclosures.hand_over(
            state=self.state,
            owner=self,
            sale_id=sale_id,
            carrier=carrier,
            category=category,
            success=self._recorded,
            failure=self._failed,
        )

    # --- another recipient -------------------------------------------------------------------

    def _category(self) -> RecipientCategory:
        # Items carry the category's value (Qt hands a plain str back).
        return RecipientCategory(str(self.recipient.currentData() or "insurer"))

    def _recipient_changed(self) -> None:
        category = self._category()
        government = category is RecipientCategory.GOVERNMENT
        self.basis_caption.setText(
            self.tr("Legal basis (law, article, request number):")
            if government
            else self.tr("Contract or request reference (optional):")
        )
        # The consent behind each recipient covers only its own data (minimization).
        purpose = {
            RecipientCategory.INSURER: Purpose.INSURANCE,
            RecipientCategory.COUNTERPARTY: Purpose.SALE,
            RecipientCategory.PARTNER_BANK: Purpose.CREDIT,
        }.get(category)
        for data, box in self.data_ticks.items():
            allowed = purpose is None or data in PURPOSE_CATEGORIES[purpose]
            box.setEnabled(allowed)
            if not allowed:
                box.setChecked(False)
        self._update_buttons()

    def _chosen_data(self) -> list[DataCategory]:
        return [c for c, box in self.data_ticks.items() if box.isChecked() and box.isEnabled()]

    def record(self) -> None:
        if self.buyer_id is None:
            return
        self.error.clear()
        self.status.info(self.tr("Recording the transfer..."))
        disclosures.record(
            state=self.state,
            owner=self,
            buyer_id=self.buyer_id,
            category=self._category(),
            recipient=self.recipient_name.text(),
            data=self._chosen_data(),
            legal_basis=self.legal_basis.text().strip() or None,
            success=self._recorded,
            failure=self._failed,
        )

    def _recorded(self, view: DisclosureView) -> None:
        self.recorded.append(view)
        self.recipient_name.clear()
        self.legal_basis.clear()
        self.carrier.clear()
        for box in self.data_ticks.values():
            box.setChecked(False)
        self.status.info(
            self.tr("Recorded in the disclosure register: {recipient}, {name}.").format(
                recipient=_paper_label("recipient", view.recipient_category),
                name=view.recipient_name,
            )
        )
        self.reload()

    def _failed(self, error: Exception) -> None:
        errors = field_errors(error)
        reason = line_message(error)
        self.error.setText(next(iter(errors.values())) if errors else reason)
        self.status.error(reason)

    # --- state and texts ---------------------------------------------------------------------

    def _update_buttons(self) -> None:
        has = self.buyer_id is not None
        self.hand_over_button.setEnabled(
            has and self._chosen_delivery() is not None and bool(self.carrier.text().strip())
        )
        self.record_button.setEnabled(
            has and bool(self.recipient_name.text().strip()) and bool(self._chosen_data())
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.note.setText(
            self.tr(
                "Personal data leaves the store only to couriers and postal services, partner "
                "banks, insurers, counterparties under contract and authorized government "
                "bodies. Each transfer is recorded here and shown in the buyer's access report."
            )
        )
        self.deliveries_caption.setText(self.tr("Deliveries waiting for a carrier:"))
        self.deliveries.setAccessibleName(self.tr("Deliveries waiting for a carrier"))
        self.carrier_caption.setText(self.tr("Carrier:"))
        self.carrier.setPlaceholderText(self.tr("Company name, e.g. Kazpost"))
        self.carrier.setAccessibleName(self.tr("Carrier company"))
        self.postal.setText(self.tr("Postal service"))
        self.postal.setAccessibleName(self.tr("The carrier is a postal service"))
        self.hand_over_button.setText(self.tr("Hand over to carrier"))
        self.record_caption.setText(self.tr("Record another transfer:"))
        self.recipient_caption.setText(self.tr("Recipient:"))
        for i in range(self.recipient.count()):
            self.recipient.setItemText(i, _paper_label("recipient", self.recipient.itemData(i)))
        self.recipient.setAccessibleName(self.tr("Recipient category"))
        self.name_caption.setText(self.tr("Name:"))
        self.recipient_name.setPlaceholderText(self.tr("Company or authority"))
        self.recipient_name.setAccessibleName(self.tr("Recipient name"))
        self.legal_basis.setPlaceholderText(
            self.tr("A document reference, not personal data (no IIN or phone)")
        )
        self.legal_basis.setAccessibleName(self.tr("Legal basis reference"))
        self.data_caption.setText(self.tr("Data transferred:"))
        for category, box in self.data_ticks.items():
            box.setText(_paper_label("category", category))
            box.setAccessibleName(box.text())
        self.record_button.setText(self.tr("Record transfer"))
        self.history_caption.setText(self.tr("Transfers recorded for this buyer:"))
        self.history.setAccessibleName(self.tr("Transfers recorded for this buyer"))
        for button in (self.hand_over_button, self.record_button):
            button.setAccessibleName(button.text())
        self._recipient_changed()
