"""Tender: what the sale includes (delivery, offers), how it is paid, cash received, change.

Split payment (BRIEF 9.3): with cash chosen, a card part may be typed with the terminal's
approval code or RRN; cash pays the rest and the change comes from cash only. With card
chosen, the reference field takes the card's reference. The large display shows the
amount due, the cash tendered and the change, and keeps the last sale's figures until the
next sale starts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pos.domain.enums import PaymentMethod, Role
from pos.domain.errors import PosError, ValidationError
from pos.domain.payment import PaymentInput, parse_tenge, settle
from pos.domain.views import SaleView
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
        self.card_caption = QLabel(self)
        self.card_amount = named(QLineEdit(self), "sale.card_amount")
        self.card_caption.setBuddy(self.card_amount)
        self.ref_caption = QLabel(self)
        self.card_ref = named(QLineEdit(self), "sale.card_ref")
        self.card_ref.setMaxLength(12)
        # Room for the amount typed: the row squeezed it to 3 digits at 1024 (ru, kk).
        for field in (self.tendered, self.card_amount):
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance("000 000,00") + 12)
        self.card_ref.setMinimumWidth(self.card_ref.fontMetrics().horizontalAdvance("0" * 12) + 12)
        self.ref_caption.setBuddy(self.card_ref)
        self.display = AmountDisplay(self)
        self.finish_button = named(QPushButton(self), "sale.finish")
        self.clear_button = named(QPushButton(self), "sale.clear")

        options = QHBoxLayout()
        options.addWidget(self.delivery)
        options.addWidget(self.marketing)
        options.addStretch(1)
        payment = QGridLayout()
        for col, method in enumerate(PaymentMethod):
            payment.addWidget(self.payment_buttons[method], 0, col)
        card_row = QHBoxLayout()
        card_row.addWidget(self.card_caption)
        card_row.addWidget(self.card_amount)
        card_row.addWidget(self.ref_caption)
        card_row.addWidget(self.card_ref)
        card_row.addStretch(1)
        # Cancel sits apart from Finish (and the cash row keeps room for the amount and
        # the change at 1024 px in ru/kk).
        card_row.addWidget(self.clear_button)
        pay_row = QHBoxLayout()
        pay_row.addWidget(self.tendered_caption)
        pay_row.addWidget(self.tendered)
        pay_row.addWidget(self.change, 1)
        pay_row.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(options)
        layout.addLayout(payment)
        layout.addLayout(card_row)
        layout.addLayout(pay_row)
        layout.addWidget(self.display)

        self.delivery.toggled.connect(self._delivery_toggled)
        self.marketing.toggled.connect(self._marketing_toggled)
        self.tendered.textEdited.connect(lambda _t: self.show_change())
        self.tendered.returnPressed.connect(self.finish_requested)
        self.card_amount.textEdited.connect(lambda _t: self.show_change())
        self.card_amount.returnPressed.connect(self.card_ref.setFocus)
        self.card_ref.returnPressed.connect(self.finish_requested)
        # Tab follows the rows as shown: the card's amount and reference, then cash received.
        QWidget.setTabOrder(self.card_amount, self.card_ref)
        QWidget.setTabOrder(self.card_ref, self.tendered)
        QWidget.setTabOrder(self.tendered, self.finish_button)
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
        self.card_amount.setEnabled(cash)
        self.card_caption.setEnabled(cash)
        card_paid = method in (PaymentMethod.CASH, PaymentMethod.CARD)
        self.card_ref.setEnabled(card_paid)
        self.ref_caption.setEnabled(card_paid)
        if not cash:
            self.tendered.clear()
            self.card_amount.clear()
        if not card_paid:
            self.card_ref.clear()
        return method

    def payments(self) -> tuple[PaymentInput, ...]:
        """The payments typed for a cash or card sale (a validation error names the field)."""
        method = self._cart().payment
        reference = self.card_ref.text().strip() or None
        if method is PaymentMethod.CARD:
            return (PaymentInput(PaymentMethod.CARD, None, reference),)
        tendered = (
            parse_tenge(self.tendered.text(), "tendered") if self.tendered.text().strip() else None
        )
        if self.card_amount.text().strip():
            card = parse_tenge(self.card_amount.text(), "card_amount")
            return (
                PaymentInput(PaymentMethod.CARD, card, reference),
                PaymentInput(PaymentMethod.CASH, tendered),
            )
        return (PaymentInput(PaymentMethod.CASH, tendered),)

    def reset(self) -> None:
        """A new sale: no cash typed, neither delivery nor offers (no signals: the cart is new)."""
        self.tendered.clear()
        self.card_amount.clear()
        self.card_ref.clear()
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
        """The change line and the large display while the sale is rung up."""
        cart = self._cart()
        self.change.setText("")
        lang = self.state.language
        if cart.lines:
            self.display.show_due(cart.total_tiyn, lang)
        if cart.payment is not PaymentMethod.CASH:
            return
        typed = self.tendered.text().strip() or self.card_amount.text().strip()
        if not typed or not cart.lines:
            return
        try:
            parts = self.payments()
        except ValidationError:
            self.change.setText(self.tr("Type the cash received, e.g. 20000"))
            return
        cash = parts[-1]
        card_tiyn = parts[0].amount_tiyn or 0 if len(parts) == 2 else 0
        due = cart.total_tiyn - card_tiyn
        if cash.amount_tiyn is None:
            self.display.show_due(cart.total_tiyn, lang, card=card_tiyn)
            return
        rest = cash.amount_tiyn - due
        if rest >= 0:
            self.change.setText(self.tr("Change: {amount}").format(amount=money(rest, lang)))
            self.display.show_due(
                cart.total_tiyn, lang, card=card_tiyn, tendered=cash.amount_tiyn, change=rest
            )
        else:
            self.change.setText(self.tr("Short by {amount}").format(amount=money(-rest, lang)))

    def check_payments(self) -> tuple[PaymentInput, ...] | str:
        """The payments, or the message to show: the service's own rules, before the write."""
        try:
            parts = self.payments()
            settle(self._cart().total_tiyn, parts)
        except PosError as exc:
            from ui.messages import line_message

            return line_message(exc)
        return parts

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
        self.clear_button.setText(self.tr("Cancel sale (Ctrl+Del)"))
        self.clear_button.setAccessibleName(self.tr("Cancel the open sale"))
        self.card_caption.setText(self.tr("Card part:"))
        self.card_amount.setPlaceholderText(self.tr("none"))
        self.card_amount.setAccessibleName(self.tr("Amount paid by card"))
        self.ref_caption.setText(self.tr("Terminal code / RRN:"))
        self.card_ref.setAccessibleName(self.tr("Card terminal approval code or RRN"))
        self.display.retranslate()
        self.show_change()


class AmountDisplay(QWidget):
    """Due, tendered and change in large type; the last sale's stay until the next starts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sale.display")
        self.captions = [QLabel(self) for _ in range(3)]
        self.due = FigureLabel(self)
        self.tendered = FigureLabel(self)
        self.change = FigureLabel(self)
        for figure in (self.due, self.tendered, self.change):
            figure.peers = (self.due, self.tendered, self.change)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        for col, (caption, value, name) in enumerate(
            zip(
                self.captions,
                (self.due, self.tendered, self.change),
                ("due", "tendered", "change"),
                strict=True,
            )
        ):
            value.setObjectName(f"sale.display.{name}")
            font = value.font()
            font.setPointSize(max(font.pointSize(), 10) * 2)
            font.setBold(True)
            value.set_figure_font(font)
            grid.addWidget(caption, 0, col)
            grid.addWidget(value, 1, col)
            # Three equal columns whatever the amounts: a large total never shifts the others.
            grid.setColumnStretch(col, 1)
        self.kept = False  # showing a recorded sale's figures
        self.clear()

    def clear(self) -> None:
        for value in (self.due, self.tendered, self.change):
            value.setText("-")
        self.kept = False

    def show_due(
        self,
        total: int,
        lang: str,
        *,
        card: int = 0,
        tendered: int | None = None,
        change: int | None = None,
    ) -> None:
        if self.kept:
            return
        self.due.setText(money(total - card, lang))
        self.tendered.setText(money(tendered, lang) if tendered is not None else "-")
        self.change.setText(money(change, lang) if change is not None else "-")

    def show_sale(self, sale: SaleView, lang: str) -> None:
        """The recorded sale's figures: kept until the next sale starts."""
        # As while it was rung up: with a card part, what cash had to pay.
        card = sum(p.amount_tiyn for p in sale.payments if p.method is PaymentMethod.CARD)
        cash_part = any(p.method is PaymentMethod.CASH for p in sale.payments)
        self.due.setText(money(sale.total_tiyn - (card if cash_part else 0), lang))
        self.tendered.setText(
            money(sale.tendered_tiyn, lang) if sale.tendered_tiyn is not None else "-"
        )
        self.change.setText(money(sale.change_tiyn or 0, lang))
        self.kept = True

    def retranslate(self) -> None:
        for caption, text in zip(
            self.captions,
            (self.tr("Due"), self.tr("Tendered"), self.tr("Change")),
            strict=True,
        ):
            caption.setText(text)


class FigureLabel(QLabel):
    """A large figure in a column of fixed share: the layout never widens for it; a figure
    wider than its column is set smaller (down to MIN_POINTS) rather than cut or shifted,
    and its peers (the display's other figures) with it, so the three stay one size."""

    MIN_POINTS = 9

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setContentsMargins(0, 0, 12, 0)  # a gap before the next column's figure
        self._points = 0.0  # the size asked for (set_figure_font); the shown size may be smaller
        self.peers: tuple[FigureLabel, ...] = (self,)

    def set_figure_font(self, font: QFont) -> None:
        """The figure's own size; `_fit` sets it smaller only when a column is too narrow."""
        self._points = font.pointSizeF()
        self.setFont(font)
        # The full size's height, kept when the figure is set smaller: the rows stay put too.
        self.setFixedHeight(QFontMetrics(font).height() + 4)
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fitting(self) -> float:
        """The largest size, up to the one asked for, at which the text fits the column."""
        font = QFont(self.font())
        font.setPointSizeF(self._points)
        room = max(self.contentsRect().width(), 1)
        while font.pointSizeF() > self.MIN_POINTS and (
            QFontMetrics(font).horizontalAdvance(self.text()) > room
        ):
            font.setPointSizeF(font.pointSizeF() - 1)
        return font.pointSizeF()

    def _fit(self) -> None:
        if any(peer._points <= 0 for peer in self.peers):
            return
        points = min(peer._fitting() for peer in self.peers)
        for peer in self.peers:
            if peer.font().pointSizeF() != points:
                font = QFont(peer.font())
                font.setPointSizeF(points)
                peer.setFont(font)
