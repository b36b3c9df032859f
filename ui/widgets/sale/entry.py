"""Where products come in: the barcode or name field, the quantity, the list of names found."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.domain.views import ProductView
from ui.actions import sale as sale_actions
from ui.cart import CartLine
from ui.i18n import money, quantity_number
from ui.state import AppState
from ui.widgets.common import MessageLine, named


class ProductEntry(QWidget):
    """A scan (digits and Enter) adds at once; a name lists the matches to choose from."""

    # A product to add to the cart (ProductView).
    product_chosen = Signal(object)
    # The cashier typed the chosen line's quantity and pressed Enter (the text as typed:
    # the line's unit decides what it may be, pos.domain.quantity.parse_quantity).
    quantity_typed = Signal(str)

    def __init__(
        self, state: AppState, message: MessageLine, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.message = message
        self._found: list[ProductView] = []
        self.barcode_caption = QLabel(self)
        self.barcode = named(QLineEdit(self), "sale.barcode")
        self.barcode.setClearButtonEnabled(True)
        self.barcode_caption.setBuddy(self.barcode)
        self.quantity_caption = QLabel(self)
        # Text, not a spin box: a weighed line takes kilograms to the gram ("0,750").
        self.quantity = named(QLineEdit(self), "sale.quantity")
        self.quantity.setMaxLength(12)
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.quantity.setFixedWidth(self.quantity.fontMetrics().horizontalAdvance("00000,000") + 16)
        self.quantity_caption.setBuddy(self.quantity)
        self.products = named(QListWidget(self), "sale.products")
        self.products.setMaximumHeight(130)
        self.products.hide()

        row = QHBoxLayout()
        row.addWidget(self.barcode_caption)
        row.addWidget(self.barcode, 1)
        row.addWidget(self.quantity_caption)
        row.addWidget(self.quantity)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.products)

        self.barcode.returnPressed.connect(self._barcode_entered)
        self.barcode.installEventFilter(self)
        self.products.itemActivated.connect(self._product_chosen)
        self.quantity.returnPressed.connect(lambda: self.quantity_typed.emit(self.quantity.text()))
        self.retranslate()

    def focus_barcode(self) -> None:
        self.barcode.setFocus()
        self.barcode.selectAll()

    def focus_quantity(self) -> None:
        """F4: the chosen line's quantity, selected, so what is typed replaces it."""
        self.quantity.setFocus()
        self.quantity.selectAll()

    def show_quantity(self, line: CartLine | None) -> None:
        """The chosen line's quantity, ready to be typed over ("2", or "0,750" for kg)."""
        self.quantity.setText(
            ""
            if line is None
            else quantity_number(line.quantity_milli, line.unit, self.state.language)
        )

    def reset(self) -> None:
        self.products.hide()
        self.barcode.clear()
        self.show_quantity(None)

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
                state=self.state, owner=self, text=text, success=self._show_found
            )

    def _scanned(self, code: str, product: ProductView | None) -> None:
        if product is None:
            self.message.error(self.tr("No product with barcode {code}.").format(code=code))
            self.focus_barcode()
            return
        self.product_chosen.emit(product)
        self.barcode.clear()

    def _show_found(self, found: list[ProductView]) -> None:
        self._found = found
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
        if 0 <= row < len(self._found):
            self.product_chosen.emit(self._found[row])
        self.products.hide()
        self.barcode.clear()
        self.focus_barcode()

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and watched is self.barcode
            and event.key() == Qt.Key.Key_Down
            and self.products.isVisible()
        ):
            self.products.setFocus()
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
