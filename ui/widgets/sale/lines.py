"""The cart's lines: what is being sold, the chosen line, removing one, the total."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.domain.quantity import Unit
from ui.cart import Cart, CartLine
from ui.i18n import money, quantity_number
from ui.state import AppState
from ui.widgets.common import named


class CartLines(QWidget):
    """Shows the screen's current cart (read through `cart`, as a new sale replaces it)."""

    # A line was chosen (CartLine): its quantity belongs in the quantity field.
    line_chosen = Signal(object)
    # Lines were added, removed or changed: totals elsewhere follow.
    changed = Signal()

    def __init__(
        self, state: AppState, cart: Callable[[], Cart], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self._cart = cart
        self.lines = named(QTableWidget(0, 4, self), "sale.lines")
        self.lines.verticalHeader().hide()
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the cart (arrows choose a line): else a keyboard user is trapped in it.
        self.lines.setTabKeyNavigation(False)
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

        totals = QHBoxLayout()
        totals.addWidget(self.remove_button)
        totals.addStretch(1)
        totals.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lines, 1)
        layout.addLayout(totals)

        self.lines.itemSelectionChanged.connect(self._line_selected)
        self.lines.installEventFilter(self)
        self.remove_button.clicked.connect(self.remove_line)
        self.retranslate()

    def remove_line(self) -> None:
        row = self.lines.currentRow()
        if row < 0:
            return
        cart = self._cart()
        cart.remove(row)
        self.show_lines(select=min(row, len(cart.lines) - 1))

    def set_milli(self, milli: int) -> None:
        """The quantity typed (thousandths of the chosen line's unit) applies to that line."""
        row = self.lines.currentRow()
        cart = self._cart()
        if 0 <= row < len(cart.lines):
            cart.set_milli(row, milli)
            self.show_lines(select=row)

    def chosen(self) -> CartLine | None:
        row = self.lines.currentRow()
        cart = self._cart()
        return cart.lines[row] if 0 <= row < len(cart.lines) else None

    def quantity_cell(self, line: CartLine) -> str:
        """ "2" for pieces, "0,750 кг" for a weighed line (the unit said, as on a scale)."""
        number = quantity_number(line.quantity_milli, line.unit, self.state.language)
        if line.unit != Unit.KG:
            return number
        return self.tr("{weight} kg").format(weight=number)

    def _line_selected(self) -> None:
        row = self.lines.currentRow()
        cart = self._cart()
        if 0 <= row < len(cart.lines):
            self.line_chosen.emit(cart.lines[row])

    def show_lines(self, select: int | None = None) -> None:
        cart = self._cart()
        lang = self.state.language
        self.lines.blockSignals(True)
        self.lines.setRowCount(len(cart.lines))
        for row, line in enumerate(cart.lines):
            cells = (
                line.name,
                self.quantity_cell(line),
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
        if select is not None and 0 <= select < len(cart.lines):
            self.lines.selectRow(select)
            self._line_selected()
        self.remove_button.setEnabled(bool(cart.lines))
        discounts = (
            cart.subtotal_tiyn - cart.total_tiyn + sum(ln.discount_tiyn for ln in cart.lines)
        )
        if discounts:
            self.total.setText(
                self.tr("Total: {amount} (discounts {discount})").format(
                    amount=money(cart.total_tiyn, lang), discount=money(discounts, lang)
                )
            )
        else:
            self.total.setText(
                self.tr("Total: {amount}").format(amount=money(cart.total_tiyn, lang))
            )
        self.changed.emit()

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and watched is self.lines
            and event.key() == Qt.Key.Key_Delete
        ):
            self.remove_line()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.lines.setAccessibleName(self.tr("Sale lines"))
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Qty"), self.tr("Price"), self.tr("Sum")]
        )
        self.remove_button.setText(self.tr("Remove line (Del)"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen line"))
        self.show_lines()
