"""Tender: what the sale includes (delivery, offers), how it is paid, cash received, change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.enums import PaymentMethod, Role
from pos.domain.errors import ValidationError
from pos.domain.payment import parse_tenge
from ui.cart import Cart
from ui.i18n import label, money
from ui.state import AppState
from ui.widgets.common import MessageLine, named

PAYMENT_KEYS = {
    PaymentMethod.CASH: "F5",
    PaymentMethod.CARD: "F6",
    PaymentMethod.CREDIT: "F7",
    PaymentMethod.INSTALLMENT: "F8",
}
CREDIT_METHODS = (PaymentMethod.CREDIT, PaymentMethod.INSTALLMENT)


class TenderPanel(QWidget):
    """Writes delivery and offers into the current cart; the screen applies a payment choice."""

    # A payment button was pressed (PaymentMethod).
    payment_pressed = Signal(object)
    finish_requested = Signal()
    new_sale_requested = Signal()

    def __init__(
        self,
        state: AppState,
        cart: Callable[[], Cart],
        message: MessageLine,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self._cart = cart
        self.message = message
        self.delivery = named(QCheckBox(self), "sale.delivery")
        self.marketing = named(QCheckBox(self), "sale.marketing")
        self.payment_buttons: dict[PaymentMethod, QPushButton] = {}
        self.payment_group = QButtonGroup(self)
        self.payment_group.setExclusive(True)
        for method in PaymentMethod:
            button = named(QPushButton(self), f"sale.pay_{method.value}")
            button.setCheckable(True)
            self.payment_buttons[method] = button
            self.payment_group.addButton(button)
            button.clicked.connect(lambda _c=False, m=method: self.payment_pressed.emit(m))
        self.payment_buttons[PaymentMethod.CASH].setChecked(True)
        self.tendered_caption = QLabel(self)
        self.tendered = named(QLineEdit(self), "sale.tendered")
        self.tendered_caption.setBuddy(self.tendered)
        self.change = QLabel(self)
        self.change.setObjectName("sale.change")
        self.finish_button = named(QPushButton(self), "sale.finish")
        self.clear_button = named(QPushButton(self), "sale.clear")

        options = QHBoxLayout()
        options.addWidget(self.delivery)
        options.addWidget(self.marketing)
        options.addStretch(1)
        payment = QGridLayout()
        for col, method in enumerate(PaymentMethod):
            payment.addWidget(self.payment_buttons[method], 0, col)
        pay_row = QHBoxLayout()
        pay_row.addWidget(self.tendered_caption)
        pay_row.addWidget(self.tendered)
        pay_row.addWidget(self.change, 1)
        pay_row.addWidget(self.clear_button)
        pay_row.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(options)
        layout.addLayout(payment)
        layout.addLayout(pay_row)

        self.delivery.toggled.connect(self._delivery_toggled)
        self.marketing.toggled.connect(self._marketing_toggled)
        self.tendered.textEdited.connect(lambda _t: self.show_change())
        self.tendered.returnPressed.connect(self.finish_requested)
        self.finish_button.clicked.connect(self.finish_requested)
        self.clear_button.clicked.connect(self.new_sale_requested)
        self.retranslate()

    def offer_credit(self, offered: bool) -> None:
        """Credit and installment are offered to sales managers only (the services check too)."""
        for method in CREDIT_METHODS:
            self.payment_buttons[method].setVisible(offered)

    def choose(self, method: PaymentMethod) -> PaymentMethod:
        """Press `method`'s button, or cash if the signed-in role may not sell on credit."""
        if method in CREDIT_METHODS and not self.state.allows(Role.SALES_MANAGER):
            self.message.error(self.tr("Credit and installment sales are for sales managers."))
            method = PaymentMethod.CASH
        self.payment_buttons[method].setChecked(True)
        cash = method is PaymentMethod.CASH
        self.tendered.setEnabled(cash)
        self.tendered_caption.setEnabled(cash)
        if not cash:
            self.tendered.clear()
        return method

    def reset(self) -> None:
        """A new sale: no cash typed, neither delivery nor offers (no signals: the cart is new)."""
        self.tendered.clear()
        self.set_marketing(False)
        self.delivery.blockSignals(True)
        self.delivery.setChecked(False)
        self.delivery.blockSignals(False)

    def set_marketing(self, on: bool) -> None:
        """Show the offers tick as the consent left it, without it counting as a click."""
        self.marketing.blockSignals(True)
        self.marketing.setChecked(on)
        self.marketing.blockSignals(False)

    def show_change(self) -> None:
        cart = self._cart()
        self.change.setText("")
        if cart.payment is PaymentMethod.CASH and self.tendered.text().strip():
            lang = self.state.language
            try:
                tendered = parse_tenge(self.tendered.text(), "tendered")
            except ValidationError:
                self.change.setText(self.tr("Type the cash received, e.g. 20000"))
                return
            rest = tendered - cart.total_tiyn
            if rest >= 0:
                self.change.setText(self.tr("Change: {amount}").format(amount=money(rest, lang)))
            else:
                self.change.setText(self.tr("Short by {amount}").format(amount=money(-rest, lang)))

    def _delivery_toggled(self, on: bool) -> None:
        self._cart().delivery = on

    def _marketing_toggled(self, on: bool) -> None:
        self._cart().marketing = on

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.delivery.setText(self.tr("Delivery (F11)"))
        self.delivery.setAccessibleName(self.tr("Delivery"))
        self.marketing.setText(self.tr("Buyer wants offers"))
        self.marketing.setAccessibleName(self.tr("Buyer wants offers"))
        for method, button in self.payment_buttons.items():
            text = f"{label('payment', method)} ({PAYMENT_KEYS[method]})"
            button.setText(text)
            button.setAccessibleName(label("payment", method))
        self.tendered_caption.setText(self.tr("Cash received:"))
        self.tendered.setPlaceholderText(self.tr("exact amount"))
        self.tendered.setAccessibleName(self.tr("Cash received"))
        self.finish_button.setText(self.tr("Finish sale (F12)"))
        self.finish_button.setAccessibleName(self.tr("Finish sale"))
        self.clear_button.setText(self.tr("New sale"))
        self.clear_button.setAccessibleName(self.tr("Start a new sale"))
        self.show_change()
