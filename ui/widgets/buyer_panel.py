"""The buyer of the sale: find them as you type, or register a new one through the consent."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pos.domain.masking import mask_iin, mask_phone
from pos.domain.views import BuyerView
from ui.i18n import label
from ui.state import AppState
from ui.widgets.buyer_search import BuyerSearch
from ui.widgets.common import named


class BuyerPanel(QGroupBox):
    """Search, the chosen buyer with their consent status, and "New buyer"."""

    # The buyer chosen for the sale (BuyerView) or None when removed.
    buyer_changed = Signal(object)
    new_buyer_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("buyer")
        self.buyer: BuyerView | None = None
        self.search = BuyerSearch(state, "buyer", self)
        self.search.opened.connect(self.set_buyer)
        self.search.results.setMaximumHeight(110)
        self.card = QLabel(self)
        self.card.setObjectName("buyer.card")
        self.card.setWordWrap(True)
        self.card.setMinimumHeight(40)
        self.new_button = named(QPushButton(self), "buyer.new")
        self.remove_button = named(QPushButton(self), "buyer.remove")
        self.new_button.clicked.connect(self.new_buyer_requested.emit)
        self.remove_button.clicked.connect(lambda: self.set_buyer(None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.card)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    def set_buyer(self, buyer: BuyerView | None) -> None:
        self.buyer = buyer
        self.remove_button.setEnabled(buyer is not None)
        self._show_card()
        self.buyer_changed.emit(buyer)

    def clear(self) -> None:
        self.search.clear()
        self.set_buyer(None)

    def _show_card(self) -> None:
        b = self.buyer
        if b is None:
            self.card.setText(self.tr("No buyer: an anonymous sale."))
            return
        details = [x for x in (mask_phone(b.data.phone), mask_iin(b.data.iin)) if x]
        in_force = [label("purpose_short", p.purpose) for p in b.purposes if p.in_force]
        lines = [f"<b>{_escape(b.display_name) or self.tr('(no name)')}</b>"]
        if details:
            lines.append(" · ".join(details))
        lines.append(
            self.tr("Consents: {purposes}").format(
                purposes=", ".join(in_force) if in_force else self.tr("none")
            )
        )
        if b.reconsent_needed:
            lines.append(
                "<span style='color:#b71c1c'>"
                + self.tr("Policy changed: a new consent is needed.")
                + "</span>"
            )
        if b.status != "active":
            lines.append(
                "<span style='color:#b71c1c'>"
                + self.tr("Refused processing in writing: anonymous sales only.")
                + "</span>"
            )
        for o in b.obligations:
            lines.append(
                self.tr("Outstanding {kind} with {bank}").format(
                    kind=label("sale_type", o.kind), bank=_escape(o.partner_bank)
                )
            )
        self.card.setText("<br>".join(lines))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Buyer"))
        self.new_button.setText(self.tr("New buyer (F9)"))
        self.new_button.setAccessibleName(self.tr("New buyer"))
        self.remove_button.setText(self.tr("No buyer"))
        self.remove_button.setAccessibleName(self.tr("Remove the buyer from the sale"))
        self.card.setAccessibleName(self.tr("Chosen buyer"))
        self.remove_button.setEnabled(self.buyer is not None)
        self._show_card()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
