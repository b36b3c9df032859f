"""The return dialog (Ctrl+R): scan the receipt's QR code or type its number, pick lines
and quantities, give the reason, record the return and print its papers.

Keyboard only: the receipt field has the focus (a scanner types the code and Enter); Tab
reaches each line's quantity to return, the reason, and, for a sale older than the return
window (RETURN_DAYS), the sales manager's name, PIN and reason (typed here: the cashier
stays signed in); Ctrl+Enter records; Esc closes. Quantities never exceed what is left.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos.domain.codes import Code
from pos.domain.quantity import MILLI, Unit, format_quantity
from pos.domain.returns import RETURN_DAYS
from pos.domain.views import ReturnableSale, ReturnView
from pos.services import returns
from ui.actions import returns as return_actions
from ui.i18n import label, money
from ui.messages import line_message
from ui.state import AppState
from ui.widgets.common import MessageLine, named


class ReturnDialog(QDialog):
    """One return at a time against one receipt."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("return")
        self.setModal(True)
        self.sale: ReturnableSale | None = None
        self.recorded: ReturnView | None = None
        self._busy = False

        self.receipt_caption = QLabel(self)
        self.receipt = named(QLineEdit(self), "return.receipt")
        self.receipt_caption.setBuddy(self.receipt)
        self.find_button = named(QPushButton(self), "return.find")
        self.summary = QLabel(self)
        self.summary.setObjectName("return.summary")
        self.summary.setWordWrap(True)
        # One row per sale line: what it is, how many are left, the quantity to return.
        self.lines_box = QWidget(self)
        self.lines_box.setObjectName("return.lines")
        self.lines_form = QFormLayout(self.lines_box)
        self.lines_scroll = QScrollArea(self)
        self.lines_scroll.setWidgetResizable(True)
        self.lines_scroll.setWidget(self.lines_box)
        self.spins: list[QSpinBox | QDoubleSpinBox] = []
        self.reason_caption = QLabel(self)
        self.reason = named(QLineEdit(self), "return.reason")
        self.reason.setMaxLength(200)
        self.reason_caption.setBuddy(self.reason)
        self.late_box = QGroupBox(self)
        self.late_box.setObjectName("return.late")
        self.manager = named(QLineEdit(self.late_box), "return.manager")
        self.pin = named(QLineEdit(self.late_box), "return.pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.override_reason = named(QLineEdit(self.late_box), "return.override_reason")
        self.override_reason.setMaxLength(200)
        late_form = QFormLayout(self.late_box)
        self.manager_caption = QLabel(self.late_box)
        self.pin_caption = QLabel(self.late_box)
        self.override_caption = QLabel(self.late_box)
        late_form.addRow(self.manager_caption, self.manager)
        late_form.addRow(self.pin_caption, self.pin)
        late_form.addRow(self.override_caption, self.override_reason)
        self.late_box.setVisible(False)
        self.card_ref_caption = QLabel(self)
        self.card_ref = named(QLineEdit(self), "return.card_ref")
        self.card_ref.setMaxLength(12)
        self.card_ref_caption.setBuddy(self.card_ref)
        self.message = MessageLine("return.message", self)
        self.record_button = named(QPushButton(self), "return.record")
        self.close_button = named(QPushButton(self), "return.close")

        top = QHBoxLayout()
        top.addWidget(self.receipt_caption)
        top.addWidget(self.receipt, 1)
        top.addWidget(self.find_button)
        form = QFormLayout()
        form.addRow(self.reason_caption, self.reason)
        form.addRow(self.card_ref_caption, self.card_ref)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.lines_scroll, 1)
        layout.addLayout(form)
        layout.addWidget(self.late_box)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.receipt.returnPressed.connect(self.find_receipt)
        self.find_button.clicked.connect(self.find_receipt)
        self.reason.returnPressed.connect(self.record)
        self.override_reason.returnPressed.connect(self.record)
        self.record_button.clicked.connect(self.record)
        self.close_button.clicked.connect(self.reject)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.record)
        self.record_button.setEnabled(False)
        self.setMinimumSize(640, 480)
        self.retranslate()
        self.receipt.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.receipt.setFocus()  # ready for the scanner

    # --- finding the receipt --------------------------------------------------------------

    def find_receipt(self) -> None:
        text = self.receipt.text().strip()
        if not text or self._busy:
            return
        self._busy = True
        self.message.info(self.tr("Looking for the receipt..."))
        return_actions.find_returnable(
            state=self.state, owner=self, text=text, success=self._found, failure=self._failed
        )

    def _found(self, sale: ReturnableSale) -> None:
        self._busy = False
        self.sale = sale
        lang = self.state.language
        view = sale.sale
        payments = ", ".join(
            f"{label('payment', p.method)} {money(p.amount_tiyn, lang)}" for p in view.payments
        ) or label("payment", view.payment_method)
        self.summary.setText(
            self.tr("Receipt {ref}: {total}, {payments}; sold {days} days ago.").format(
                ref=view.reference,
                total=money(view.total_tiyn, lang),
                payments=payments,
                days=sale.days,
            )
        )
        self._clear_lines()
        for line in sale.lines:
            spin: QSpinBox | QDoubleSpinBox
            left = max(line.left_milli, 0)
            if line.unit == Unit.KG.value:
                spin = QDoubleSpinBox(self.lines_box)  # kilograms to the gram
                spin.setDecimals(3)
                spin.setRange(0, left / MILLI)
            else:
                spin = QSpinBox(self.lines_box)
                spin.setRange(0, left // MILLI)
            spin.setObjectName(f"return.qty.{line.line_no}")
            spin.setEnabled(left > 0)
            spin.setAccessibleName(self.tr("Quantity to return, line {n}").format(n=line.line_no))
            caption = QLabel(
                self.tr("{n}. {name}: sold {sold}, can return {left}").format(
                    n=line.line_no,
                    name=line.name,
                    sold=format_quantity(line.quantity_milli, line.unit),
                    left=format_quantity(left, line.unit),
                ),
                self.lines_box,
            )
            caption.setBuddy(spin)
            self.lines_form.addRow(caption, spin)
            self.spins.append(spin)
        # Rows made after the reason field: Tab goes line to line, then on to the reason
        # (not back up to the receipt number).
        for before, after in zip(self.spins, [*self.spins[1:], self.reason], strict=True):
            QWidget.setTabOrder(before, after)
        self.late_box.setVisible(sale.late)
        self.record_button.setEnabled(any(line.left_milli > 0 for line in sale.lines))
        if sale.late:
            self.message.error(
                self.tr(
                    "Sold more than %1 days ago: a sales manager types their PIN and the reason."
                ).replace("%1", str(RETURN_DAYS))
            )
        else:
            self.message.info(self.tr("Type the quantities to return and the reason."))
        first = next((s for s in self.spins if s.isEnabled()), None)
        if first is not None:
            # After the new rows are laid out and shown: focus on a hidden widget is lost.
            QTimer.singleShot(0, first.setFocus)
            QTimer.singleShot(0, first.selectAll)

    def _clear_lines(self) -> None:
        while self.lines_form.rowCount():
            self.lines_form.removeRow(0)
        self.spins = []

    # --- recording --------------------------------------------------------------------------

    def picked(self) -> tuple[tuple[int, int], ...]:
        if self.sale is None:
            return ()
        return tuple(
            (line.line_no, round(spin.value() * MILLI))
            for line, spin in zip(self.sale.lines, self.spins, strict=True)
            if spin.value() > 0
        )

    def record(self) -> None:
        if self._busy or self.sale is None:
            return
        lines = self.picked()
        if not lines:
            self.message.error(line_message(Code.RETURN_NOTHING))
            return
        override = None
        if self.sale.late:
            override = returns.Override(
                self.manager.text().strip(), self.pin.text(), self.override_reason.text()
            )
        request = returns.ReturnRequest(
            self.sale.sale.id,
            lines,
            self.reason.text(),
            override=override,
            card_reference=self.card_ref.text().strip() or None,
        )
        self._busy = True
        self.record_button.setEnabled(False)
        self.message.info(self.tr("Recording the return..."))
        return_actions.record_return(
            state=self.state,
            owner=self,
            request=request,
            recorded=self._recorded,
            printed=self._printed,
            failure=self._failed,
        )

    def _recorded(self, view: ReturnView) -> None:
        self._busy = False
        self.recorded = view
        self.pin.clear()
        lang = self.state.language
        refunds = ", ".join(
            f"{label('payment', r.method)} {money(r.amount_tiyn, lang)}" for r in view.refunds
        )
        self._recorded_line = self.tr("Return No. {number} recorded: {total} ({refunds}).").format(
            number=view.return_no, total=money(view.total_tiyn, lang), refunds=refunds
        )
        self.message.info(self._recorded_line)
        self.sale = None
        self._clear_lines()
        self.late_box.setVisible(False)
        self.receipt.clear()
        self.reason.clear()
        self.receipt.setFocus()

    def _printed(self, outcomes: list[Any]) -> None:
        texts = " ".join(line_message(o) for o in outcomes)
        line = getattr(self, "_recorded_line", "")
        if any(not o.ok for o in outcomes):
            self.message.error(f"{line} {texts}".strip())  # both: the return went through
        else:
            self.message.info(f"{line} {texts}".strip())

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.pin.clear()
        self.record_button.setEnabled(self.sale is not None)
        self.message.error(line_message(error))

    # --- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Return"))
        self.receipt_caption.setText(self.tr("&Receipt (scan or type its number):"))
        self.receipt.setAccessibleName(self.tr("Receipt number or code"))
        self.receipt.setPlaceholderText(self.tr("42 or ALM-01/1/42"))
        self.find_button.setText(self.tr("Find"))
        self.lines_scroll.setAccessibleName(self.tr("Lines of the receipt"))
        self.reason_caption.setText(self.tr("Rea&son:"))
        self.reason.setAccessibleName(self.tr("Reason for the return"))
        self.card_ref_caption.setText(self.tr("Card refund code / RRN:"))
        self.card_ref.setAccessibleName(self.tr("Card terminal code of the refund"))
        self.late_box.setTitle(self.tr("Late return: sales manager's approval"))
        self.manager_caption.setText(self.tr("Sales manager (name, if asked):"))
        self.manager.setAccessibleName(self.tr("Sales manager's name"))
        self.pin_caption.setText(self.tr("PIN:"))
        self.pin.setAccessibleName(self.tr("Sales manager's PIN"))
        self.override_caption.setText(self.tr("Why it is accepted:"))
        self.override_reason.setAccessibleName(self.tr("Reason for accepting a late return"))
        self.record_button.setText(self.tr("Record return (Ctrl+Enter)"))
        self.close_button.setText(self.tr("Close (Esc)"))
