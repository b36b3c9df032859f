"""The sale's right column: who the buyer is, and a credit's terms when the sale is on credit."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from ui.state import AppState
from ui.widgets.buyer_panel import BuyerPanel
from ui.widgets.credit_panel import CreditPanel


class BuyerColumn(QScrollArea):
    """Scrolls as one, so a long buyer card never squeezes the credit terms."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sale.right_scroll")
        self.buyer_panel = BuyerPanel(state, self)
        self.credit_panel = CreditPanel(state.today, self, state=state)
        self.credit_panel.hide()
        column = QWidget(self)
        column.setObjectName("sale.right")
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.buyer_panel)
        layout.addWidget(self.credit_panel, 1)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidget(column)
        self.setMinimumWidth(340)
