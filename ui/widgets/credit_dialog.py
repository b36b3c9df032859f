"""Credit repayment (sales manager, Ctrl+K): find the arrangement, take the payment, print
the buyer's receipt. Keyboard first: type the receipt number and Enter to find it, Up/Down
in the list, the amount, Enter to take it (F6 fills in the whole outstanding amount)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.domain.enums import PaymentMethod
from pos.domain.errors import ValidationError
from pos.domain.payment import parse_tenge
from pos.services.credit_payments import CreditPaymentSlip, CreditRow
from printing.outcomes import PrintOutcome
from ui.actions import credit as credit_actions
from ui.i18n import date_text, label, money
from ui.messages import line_message
from ui.state import AppState
from ui.widgets.common import MessageLine, named


class CreditPaymentDialog(QDialog):
    """The list of outstanding arrangements and one repayment at a time."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("credit_pay")
        self.resize(900, 560)
        self.rows: list[CreditRow] = []
        self.last_slip: CreditPaymentSlip | None = None
        self._busy = False

        self.find_caption = QLabel(self)
        self.receipt = named(QLineEdit(self), "credit_pay.receipt")
        self.receipt.setMaxLength(10)
        self.receipt.setMinimumWidth(240)  # its placeholder says what an empty field finds
        self.find_button = named(QPushButton(self), "credit_pay.find")
        self.table = named(QTableWidget(0, 6, self), "credit_pay.list")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.amount_caption = QLabel(self)
        self.amount = named(QLineEdit(self), "credit_pay.amount")
        self.full_button = named(QPushButton(self), "credit_pay.full")
        # Cash goes into this shift's drawer (its X/Z expect it); card does not.
        self.method_caption = QLabel(self)
        self.method = named(QComboBox(self), "credit_pay.method")
        for method in (PaymentMethod.CASH, PaymentMethod.CARD):
            self.method.addItem("", method)
        self.pay_button = named(QPushButton(self), "credit_pay.pay")
        self.close_button = named(QPushButton(self), "credit_pay.close")
        self.status = MessageLine("credit_pay.status", self)
        self.pay_button.setAutoDefault(False)
        self.find_button.setAutoDefault(False)
        self.full_button.setAutoDefault(False)
        self.close_button.setAutoDefault(False)

        self.receipt.returnPressed.connect(self.find_credits)
        self.find_button.clicked.connect(self.find_credits)
        self.amount.returnPressed.connect(self.do_pay)
        self.pay_button.clicked.connect(self.do_pay)
        self.full_button.clicked.connect(self.fill_full)
        self.close_button.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._chosen)
        QShortcut(QKeySequence("F6"), self, self.fill_full)

        find = QHBoxLayout()
        find.addWidget(self.find_caption)
        find.addWidget(self.receipt)
        find.addWidget(self.find_button)
        find.addStretch(1)
        form = QFormLayout()
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.full_button)
        form.addRow(self.amount_caption, amount_row)
        form.addRow(self.method_caption, self.method)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.pay_button)
        buttons.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addLayout(find)
        outer.addWidget(self.table, 1)
        outer.addLayout(form)
        outer.addLayout(buttons)
        self.retranslate()
        self._update_buttons()
        self.find_credits()

    # --- the list ---------------------------------------------------------------------------

    def find_credits(self, *, quiet: bool = False) -> None:
        """Read the list (all outstanding, or the receipt typed); `quiet` keeps the status
        line as it is (the repayment just said)."""
        text = self.receipt.text().strip()
        number: int | None = None
        if text:
            if not text.isdigit():
                self.status.error(self.tr("A receipt number has only digits."))
                return
            number = int(text)
        if not quiet:
            self.status.info(self.tr("Reading..."))
        credit_actions.list_active(
            state=self.state,
            owner=self,
            receipt_no=number,
            success=partial(self._listed, number=number, quiet=quiet),
            failure=lambda exc: self.status.error(line_message(exc)),
        )

    def _listed(self, rows: list[CreditRow], *, number: int | None, quiet: bool = False) -> None:
        self.rows = rows
        self._fill()
        if quiet:
            if rows:
                self.table.selectRow(0)
            return
        if not rows:
            self.status.info(
                self.tr("Nothing outstanding for receipt No. {n}.").format(n=number)
                if number is not None
                else self.tr("No credit or installment is outstanding.")
            )
            return
        self.status.clear_message()
        self.table.selectRow(0)
        if number is not None:  # found by its number: straight to the amount
            self.amount.setFocus()

    def _fill(self) -> None:
        lang = self.state.language
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            c = row.credit
            values = (
                str(row.receipt_no),
                date_text(row.sold_on.date(), lang),
                label("sale_type", c.kind),
                f"{c.partner_bank}, {c.product}",
                money(c.monthly_payment_tiyn, lang),
                money(c.outstanding_tiyn, lang),
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col in (0, 4, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, col, item)

    def chosen(self) -> CreditRow | None:
        index = self.table.currentRow()
        selected = self.table.selectionModel().selectedRows()
        if not selected or not 0 <= index < len(self.rows):
            return None
        return self.rows[index]

    def _chosen(self) -> None:
        self._update_buttons()

    def fill_full(self) -> None:
        row = self.chosen()
        if row is None:
            return
        tenge, tiyn = divmod(row.credit.outstanding_tiyn, 100)
        self.amount.setText(f"{tenge}.{tiyn:02d}" if tiyn else str(tenge))
        self.amount.setFocus()

    # --- the payment ------------------------------------------------------------------------

    def do_pay(self) -> None:
        row = self.chosen()
        if row is None or self._busy:
            if row is None:
                self.status.error(self.tr("Choose the credit or installment first."))
            return
        try:
            amount = parse_tenge(self.amount.text().strip() or "0", "amount")
        except ValidationError as exc:
            self.status.error(line_message(exc))
            return
        self._set_busy(True)
        self.status.info(self.tr("Recording the repayment..."))
        credit_actions.pay(
            state=self.state,
            owner=self,
            credit_id=row.credit.id,
            amount_tiyn=amount,
            method=PaymentMethod(self.method.currentData()),
            success=self._paid,
            failure=self._failed,
        )

    def _paid(self, slip: CreditPaymentSlip) -> None:
        self._set_busy(False)
        self.last_slip = slip
        self.amount.clear()
        said = self._paid_text(slip)
        self.status.info(said, again=lambda: self._paid_text(slip))
        if self.state.printer() is not None:
            credit_actions.print_payment(
                state=self.state, owner=self, slip=slip, done=self._printed
            )
        self.find_credits(quiet=True)

    def _paid_text(self, slip: CreditPaymentSlip) -> str:
        lang = self.state.language
        return self.tr("Repayment of {amount} recorded; outstanding {left}.").format(
            amount=money(slip.amount_tiyn, lang), left=money(slip.outstanding_tiyn, lang)
        )

    def _printed(self, outcome: PrintOutcome) -> None:
        slip = self.last_slip
        if slip is None:
            return
        paid = self._paid_text(slip)

        def said() -> str:
            return self._paid_text(slip) + " " + line_message(outcome)

        if outcome.ok:
            self.status.info(paid + " " + line_message(outcome), again=said)
        else:
            self.status.error(paid + " " + line_message(outcome), again=said)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.status.error(line_message(error))
        self.amount.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.chosen() is not None
        self.pay_button.setEnabled(has and not self._busy)
        self.full_button.setEnabled(has and not self._busy)

    # --- texts ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Credit repayment"))
        self.find_caption.setText(self.tr("Receipt No.:"))
        self.receipt.setAccessibleName(self.tr("Receipt number of the sale"))
        self.receipt.setPlaceholderText(self.tr("all outstanding"))
        self.find_button.setText(self.tr("Find (Enter)"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Receipt"),
                self.tr("Sold on"),
                self.tr("Kind"),
                self.tr("Bank and product"),
                self.tr("Monthly"),
                self.tr("Outstanding"),
            ]
        )
        self.table.setAccessibleName(self.tr("Outstanding credits and installments"))
        self.amount_caption.setText(self.tr("Amount paid, ₸:"))
        self.amount.setAccessibleName(self.tr("Amount paid"))
        self.method_caption.setText(self.tr("Paid in:"))
        self.method.setAccessibleName(self.tr("How the repayment is paid"))
        for i in range(self.method.count()):
            self.method.setItemText(i, label("payment", self.method.itemData(i)))
        self.full_button.setText(self.tr("Whole outstanding (F6)"))
        self.pay_button.setText(self.tr("Take the payment (Enter)"))
        self.close_button.setText(self.tr("Close (Esc)"))
        for button in (self.find_button, self.full_button, self.pay_button, self.close_button):
            button.setAccessibleName(button.text())
        if self.rows:
            self._fill()
