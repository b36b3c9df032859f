"""The sale screen: scan or find products, choose payment, attach a buyer, finish.

Keyboard first: the scanner types digits and Enter into the barcode field; F2 barcode,
F3 buyer search, F4 quantity, F5 cash, F6 card, F7 credit, F8 installment, F9 new buyer,
F11 delivery, F12 finish the sale, Delete removes the chosen line.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.domain.enums import PaymentMethod, Role
from pos.domain.errors import Code, ValidationError
from pos.domain.payment import cash_change, parse_tenge
from pos.domain.views import BuyerView, ProductView, SaleView
from printing.outcomes import PrintOutcome
from ui.actions import sale as sale_actions
from ui.cart import MAX_QUANTITY, Cart
from ui.i18n import label, money
from ui.messages import line_message
from ui.state import AppState
from ui.widgets.buyer_panel import BuyerPanel
from ui.widgets.common import MessageLine, named
from ui.widgets.consent_dialog import ConsentDialog, needs_consent
from ui.widgets.credit_panel import CreditPanel

PAYMENT_KEYS = {
    PaymentMethod.CASH: "F5",
    PaymentMethod.CARD: "F6",
    PaymentMethod.CREDIT: "F7",
    PaymentMethod.INSTALLMENT: "F8",
}


class SaleScreen(QWidget):
    """One sale at a time; every slow step runs through the ops and reports back here."""

    # A sale was recorded (SaleView).
    sale_recorded = Signal(object)
    # Printing of a sale's papers finished (list of outcomes).
    papers_printed = Signal(object)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("sale")
        self.cart = Cart()
        self._busy = False
        self._products: list[ProductView] = []
        self.consent_dialog: ConsentDialog | None = None
        self.last_sale: SaleView | None = None
        self._auto_marketing = False

        # products
        self.barcode_caption = QLabel(self)
        self.barcode = named(QLineEdit(self), "sale.barcode")
        self.barcode.setClearButtonEnabled(True)
        self.barcode_caption.setBuddy(self.barcode)
        self.quantity_caption = QLabel(self)
        self.quantity = named(QSpinBox(self), "sale.quantity")
        self.quantity.setRange(1, MAX_QUANTITY)
        self.quantity_caption.setBuddy(self.quantity)
        self.products = named(QListWidget(self), "sale.products")
        self.products.setMaximumHeight(130)
        self.products.hide()
        self.lines = named(QTableWidget(0, 4, self), "sale.lines")
        self.lines.verticalHeader().hide()
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.remove_button = named(QPushButton(self), "sale.remove_line")
        self.total = QLabel(self)
        self.total.setObjectName("sale.total")
        font = self.total.font()
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        self.total.setFont(font)
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        # sale options and payment
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
            button.clicked.connect(lambda _c=False, m=method: self.set_payment(m))
        self.payment_buttons[PaymentMethod.CASH].setChecked(True)
        self.tendered_caption = QLabel(self)
        self.tendered = named(QLineEdit(self), "sale.tendered")
        self.tendered_caption.setBuddy(self.tendered)
        self.change = QLabel(self)
        self.change.setObjectName("sale.change")
        self.finish_button = named(QPushButton(self), "sale.finish")
        self.clear_button = named(QPushButton(self), "sale.clear")
        self.message = MessageLine("sale.message", self)

        # right column
        self.buyer_panel = BuyerPanel(state, self)
        self.credit_panel = CreditPanel(state.today, self)
        self.credit_panel.hide()
        right = QWidget(self)
        right.setObjectName("sale.right")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.buyer_panel)
        right_layout.addWidget(self.credit_panel, 1)
        scroll = QScrollArea(self)
        scroll.setObjectName("sale.right_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(right)
        scroll.setMinimumWidth(340)

        # layout
        entry = QHBoxLayout()
        entry.addWidget(self.barcode_caption)
        entry.addWidget(self.barcode, 1)
        entry.addWidget(self.quantity_caption)
        entry.addWidget(self.quantity)
        totals = QHBoxLayout()
        totals.addWidget(self.remove_button)
        totals.addStretch(1)
        totals.addWidget(self.total)
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
        left = QVBoxLayout()
        left.addLayout(entry)
        left.addWidget(self.products)
        left.addWidget(self.lines, 1)
        left.addLayout(totals)
        left.addLayout(options)
        left.addLayout(payment)
        left.addLayout(pay_row)
        left.addWidget(self.message)
        outer = QHBoxLayout(self)
        outer.addLayout(left, 3)
        outer.addWidget(scroll, 2)

        # behaviour
        self.barcode.returnPressed.connect(self._barcode_entered)
        self.barcode.installEventFilter(self)
        self.products.itemActivated.connect(self._product_chosen)
        self.lines.itemSelectionChanged.connect(self._line_selected)
        self.lines.installEventFilter(self)
        self.quantity.valueChanged.connect(self._quantity_changed)
        self.remove_button.clicked.connect(self.remove_line)
        self.delivery.toggled.connect(self._delivery_toggled)
        self.marketing.toggled.connect(self._marketing_toggled)
        self.tendered.textEdited.connect(lambda _t: self._show_totals())
        self.tendered.returnPressed.connect(self.finish)
        self.finish_button.clicked.connect(self.finish)
        self.clear_button.clicked.connect(self.new_sale)
        self.buyer_panel.buyer_changed.connect(self._buyer_changed)
        self.buyer_panel.new_buyer_requested.connect(self.register_buyer)
        shortcuts = {
            "F2": self.focus_barcode,
            "F3": self.buyer_panel.search.field.setFocus,
            "F4": self.quantity.setFocus,
            "F9": self.register_buyer,
            "F11": self.delivery.toggle,
            "F12": self.finish,
            "Ctrl+Return": self.finish,
        }
        for method, key in PAYMENT_KEYS.items():
            shortcuts[key] = partial(self._payment_key, method)
        for key, slot in shortcuts.items():
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()
        self._show_lines()

    # --- session ------------------------------------------------------------------------------

    def start(self) -> None:
        """Called after sign-in: role decides what is offered; the services check again."""
        manager = self.state.allows(Role.SALES_MANAGER)
        for method in (PaymentMethod.CREDIT, PaymentMethod.INSTALLMENT):
            self.payment_buttons[method].setVisible(manager)
        self.new_sale()

    def focus_barcode(self) -> None:
        self.barcode.setFocus()
        self.barcode.selectAll()

    def new_sale(self) -> None:
        """Forget the current sale (nothing of it was stored) and start afresh."""
        self.cart = Cart()
        self.products.hide()
        self.barcode.clear()
        self.tendered.clear()
        self.quantity.blockSignals(True)
        self.quantity.setValue(1)
        self.quantity.blockSignals(False)
        for box in (self.delivery, self.marketing):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.buyer_panel.clear()
        self.credit_panel.reset()
        self.set_payment(PaymentMethod.CASH)
        self._show_lines()
        self.focus_barcode()

    # --- products -----------------------------------------------------------------------------

    def _barcode_entered(self) -> None:
        text = self.barcode.text().strip()
        if not text:
            if self.products.isVisible() and self.products.currentItem() is not None:
                self._product_chosen(self.products.currentItem())
            return
        if text.isdigit():
            sale_actions.product_by_barcode(
                state=self.state,
                owner=self,
                barcode=text,
                success=partial(self._scanned, text),
            )
        else:
            sale_actions.search_products(
                state=self.state, owner=self, text=text, success=self._show_products
            )

    def _scanned(self, code: str, product: ProductView | None) -> None:
        if product is None:
            self.message.error(self.tr("No product with barcode {code}.").format(code=code))
            self.focus_barcode()
            return
        self.add_product(product)
        self.barcode.clear()

    def _show_products(self, found: list[ProductView]) -> None:
        self._products = found
        self.products.clear()
        if not found:
            self.products.hide()
            self.message.error(self.tr("No product found by that name."))
            return
        for product in found:
            item = QListWidgetItem(
                f"{product.name} - {money(product.price_tiyn, self.state.language)}"
            )
            self.products.addItem(item)
        self.products.show()
        self.products.setCurrentRow(0)
        self.message.info(self.tr("Down to choose, Enter to add."))

    def _product_chosen(self, item: QListWidgetItem) -> None:
        row = self.products.row(item)
        if 0 <= row < len(self._products):
            self.add_product(self._products[row])
        self.products.hide()
        self.barcode.clear()
        self.focus_barcode()

    def add_product(self, product: ProductView) -> None:
        index = self.cart.add(product)
        self._show_lines(select=index)
        self.message.info(self.tr("Added: {name}").format(name=product.name))

    def remove_line(self) -> None:
        row = self.lines.currentRow()
        if row < 0:
            return
        self.cart.remove(row)
        self._show_lines(select=min(row, len(self.cart.lines) - 1))

    def _line_selected(self) -> None:
        row = self.lines.currentRow()
        if 0 <= row < len(self.cart.lines):
            self.quantity.blockSignals(True)
            self.quantity.setValue(self.cart.lines[row].quantity)
            self.quantity.blockSignals(False)

    def _quantity_changed(self, value: int) -> None:
        row = self.lines.currentRow()
        if 0 <= row < len(self.cart.lines):
            self.cart.set_quantity(row, value)
            self._show_lines(select=row)

    def _show_lines(self, select: int | None = None) -> None:
        lang = self.state.language
        self.lines.blockSignals(True)
        self.lines.setRowCount(len(self.cart.lines))
        for row, line in enumerate(self.cart.lines):
            cells = (
                line.name,
                str(line.quantity),
                money(line.unit_price_tiyn, lang),
                money(line.total_tiyn, lang),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.lines.setItem(row, col, item)
        self.lines.blockSignals(False)
        if select is not None and 0 <= select < len(self.cart.lines):
            self.lines.selectRow(select)
            self._line_selected()
        self.remove_button.setEnabled(bool(self.cart.lines))
        self._show_totals()

    def _show_totals(self) -> None:
        lang = self.state.language
        self.total.setText(
            self.tr("Total: {amount}").format(amount=money(self.cart.total_tiyn, lang))
        )
        self.credit_panel.language = lang
        self.credit_panel.set_total(self.cart.total_tiyn)
        self.change.setText("")
        if self.cart.payment is PaymentMethod.CASH and self.tendered.text().strip():
            try:
                tendered = parse_tenge(self.tendered.text(), "tendered")
            except ValidationError:
                self.change.setText(self.tr("Type the cash received, e.g. 20000"))
                return
            rest = tendered - self.cart.total_tiyn
            if rest >= 0:
                self.change.setText(self.tr("Change: {amount}").format(amount=money(rest, lang)))
            else:
                self.change.setText(self.tr("Short by {amount}").format(amount=money(-rest, lang)))

    # --- options, payment, buyer ----------------------------------------------------------------

    def _payment_key(self, method: PaymentMethod) -> None:
        if self.payment_buttons[method].isVisible():
            self.set_payment(method)

    def set_payment(self, method: PaymentMethod) -> None:
        if method in (PaymentMethod.CREDIT, PaymentMethod.INSTALLMENT) and not self.state.allows(
            Role.SALES_MANAGER
        ):
            self.message.error(self.tr("Credit and installment sales are for sales managers."))
            method = PaymentMethod.CASH
        self.cart.payment = method
        self.payment_buttons[method].setChecked(True)
        cash = method is PaymentMethod.CASH
        self.tendered.setEnabled(cash)
        self.tendered_caption.setEnabled(cash)
        if not cash:
            self.tendered.clear()
        self.credit_panel.setVisible(method in (PaymentMethod.CREDIT, PaymentMethod.INSTALLMENT))
        self._show_totals()
        if cash and self.isVisible() and self.cart.lines:
            self.tendered.setFocus()

    def _delivery_toggled(self, on: bool) -> None:
        self.cart.delivery = on

    def _marketing_toggled(self, on: bool) -> None:
        self.cart.marketing = on

    def _buyer_changed(self, buyer: BuyerView | None) -> None:
        if buyer is None or (self.cart.buyer is not None and buyer.id != self.cart.buyer.id):
            self.cart.consent_id = None
        self.cart.buyer = buyer
        if buyer is not None:
            self.message.info(self.tr("Buyer chosen."))
            self.focus_barcode()

    def _to_anonymous(self) -> None:
        """After a refusal: nothing typed is kept; only an anonymous cash sale may go on."""
        self.cart.consent_id = None
        self.buyer_panel.clear()
        for box in (self.delivery, self.marketing):
            box.setChecked(False)
        self.set_payment(PaymentMethod.CASH)
        self.message.error(
            self.tr(
                "The buyer refused: nothing they gave was kept. The sale can go on as an anonymous cash sale."
            )
        )

    # --- consent ------------------------------------------------------------------------------

    def register_buyer(self) -> None:
        """F9: a new buyer, registered through the consent for this sale."""
        if self._busy:
            return
        self._auto_marketing = not self.cart.needs_buyer
        if self._auto_marketing:
            self.marketing.setChecked(True)  # on a plain cash sale, the only reason is offers
        self._take_consent(None, then_finish=False)

    def _take_consent(self, buyer: BuyerView | None, *, then_finish: bool) -> None:
        dialog = ConsentDialog(self.state, self.cart.needs, buyer, self)
        self.consent_dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog, f=then_finish: self._consent_done(d, f))
        dialog.open()

    def _consent_done(self, dialog: ConsentDialog, then_finish: bool) -> None:
        self.consent_dialog = None
        if dialog.recorded is not None:
            recorded = dialog.recorded
            self.marketing.blockSignals(True)
            self.marketing.setChecked(dialog.current_needs().marketing)
            self.marketing.blockSignals(False)
            self.cart.marketing = dialog.current_needs().marketing
            self.buyer_panel.set_buyer(recorded.buyer)
            self.cart.consent_id = recorded.consent_id
            self.message.info(self.tr("Consent recorded."))
            if then_finish:
                self.finish()
        elif dialog.refused:
            self._to_anonymous()
        else:
            if self._auto_marketing and self.cart.buyer is None:
                self.marketing.setChecked(False)
            self.message.info(self.tr("Consent cancelled: nothing was stored."))
        self._auto_marketing = False
        dialog.deleteLater()
        self.focus_barcode()

    # --- finishing ----------------------------------------------------------------------------

    def finish(self) -> None:
        """F12: check, take a consent if the sale needs one, record, print."""
        if self._busy or self.consent_dialog is not None:
            return
        cart = self.cart
        if not cart.lines:
            self.message.error(line_message(Code.SALE_NO_LINES))
            self.focus_barcode()
            return
        cart.tendered_tiyn = None
        if cart.payment is PaymentMethod.CASH and self.tendered.text().strip():
            try:
                cart.tendered_tiyn = parse_tenge(self.tendered.text(), "tendered")
            except ValidationError:
                self.message.error(self.tr("Type the cash received, e.g. 20000"))
                self.tendered.setFocus()
                return
            try:
                cash_change(cart.total_tiyn, cart.tendered_tiyn)  # the service's own rule
            except ValidationError as exc:
                self.message.error(line_message(exc))
                self.tendered.setFocus()
                return
        cart.credit = None
        if cart.payment in (PaymentMethod.CREDIT, PaymentMethod.INSTALLMENT):
            try:
                cart.credit = self.credit_panel.terms()
            except ValidationError as exc:
                self.message.error(line_message(exc))
                return
            if not cart.credit.partner_bank or not cart.credit.product:
                self.message.error(line_message(Code.SALE_CREDIT_BANK_MISSING))
                return
        if cart.buyer is None and cart.needs_buyer:
            self.message.error(
                self.tr("This sale needs the buyer: find them (F3) or register a new buyer (F9).")
            )
            self.buyer_panel.search.field.setFocus()
            return
        if cart.buyer is not None and needs_consent(cart.buyer, cart.needs, self.state.today()):
            self._take_consent(cart.buyer, then_finish=True)
            return
        self._record()

    def _record(self) -> None:
        self._set_busy(True)
        self.message.info(self.tr("Recording the sale..."))
        sale_actions.finish_sale(
            state=self.state,
            owner=self,
            sale=self.cart.new_sale(),
            recorded=self._recorded,
            printed=self._printed,
            failure=self._failed,
        )

    def _recorded(self, sale: SaleView) -> None:
        self._set_busy(False)
        lang = self.state.language
        text = self.tr("Sale No. {number} recorded: {total}, {payment}.").format(
            number=sale.receipt_no,
            total=money(sale.total_tiyn, lang),
            payment=label("payment", sale.payment_method).lower(),
        )
        if sale.change_tiyn:
            text += " " + self.tr("Change: {amount}").format(amount=money(sale.change_tiyn, lang))
        self.new_sale()
        self.message.info(text)
        self.last_sale = sale
        self.sale_recorded.emit(sale)

    def _printed(self, outcomes: list[PrintOutcome]) -> None:
        failed = [o for o in outcomes if not o.ok]
        texts = [line_message(o) for o in outcomes]
        if failed:
            self.message.error(" ".join(texts))
        elif texts:
            self.message.info(self.message.text() + " " + " ".join(texts))
        self.papers_printed.emit(outcomes)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.message.error(line_message(error))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.finish_button.setEnabled(not busy)

    # --- keys and texts -------------------------------------------------------------------------

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if (
                watched is self.barcode
                and event.key() == Qt.Key.Key_Down
                and self.products.isVisible()
            ):
                self.products.setFocus()
                return True
            if watched is self.lines and event.key() == Qt.Key.Key_Delete:
                self.remove_line()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.barcode_caption.setText(self.tr("&Barcode or name (F2):"))
        self.barcode.setPlaceholderText(self.tr("scan, or a name + Enter"))
        self.barcode.setAccessibleName(self.tr("Barcode or product name"))
        self.quantity_caption.setText(self.tr("&Qty (F4):"))
        self.quantity.setAccessibleName(self.tr("Quantity of the chosen line"))
        self.products.setAccessibleName(self.tr("Products found"))
        self.lines.setAccessibleName(self.tr("Sale lines"))
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Qty"), self.tr("Price"), self.tr("Sum")]
        )
        self.remove_button.setText(self.tr("Remove line (Del)"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen line"))
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
        self._show_lines()
