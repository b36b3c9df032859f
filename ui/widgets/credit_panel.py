"""Credit and installment terms (sales manager): bank, product with its rate, term, down
payment, schedule. The banks and products are the store's list (a setting the store admin
edits); a bank or product typed by hand is still taken."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.domain.credit import TERMS_MONTHS, schedule
from pos.domain.credit_catalogue import CreditCatalogue, catalogue_from
from pos.domain.errors import Code, ValidationError
from pos.domain.payment import parse_tenge
from pos.services.sales import CreditTerms
from ui.actions import credit as credit_actions
from ui.i18n import date_text, decimal_text, money
from ui.messages import line_message
from ui.state import AppState
from ui.widgets.common import named


class CreditPanel(QGroupBox):
    """Terms of the credit or installment; the schedule preview follows the total."""

    changed = Signal()

    def __init__(
        self,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
        *,
        state: AppState | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("credit")
        self.language = "ru"
        self.state = state
        # Until the store's list is read: the defaults the setting starts from.
        self.catalogue: CreditCatalogue = catalogue_from({})
        # The store's today: the schedule starts where the sale service will start it.
        self.today = today
        self._total = 0
        self.bank = named(QComboBox(self), "credit.bank")
        self.bank.setEditable(True)
        self.product = named(QComboBox(self), "credit.product")
        self.product.setEditable(True)
        self.rate = QLabel(self)
        self.rate.setObjectName("credit.rate")
        self.term = named(QComboBox(self), "credit.term")
        for months in TERMS_MONTHS:
            self.term.addItem(str(months), months)
        self.term.setCurrentIndex(TERMS_MONTHS.index(12))
        self.down_payment = named(QLineEdit(self), "credit.down_payment")
        self.down_payment.setText("0")
        self.form_reference = named(QLineEdit(self), "credit.form_reference")
        self.form_reference.setMaxLength(60)
        self.monthly = QLabel(self)
        self.monthly.setObjectName("credit.monthly")
        self.error = QLabel(self)
        self.error.setObjectName("credit.error")
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setWordWrap(True)
        self.schedule = named(QTableWidget(0, 3, self), "credit.schedule")
        self.schedule.verticalHeader().hide()
        self.schedule.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.schedule.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.schedule.setMinimumHeight(70)
        self.schedule.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)

        self.captions = {
            name: QLabel(self) for name in ("bank", "product", "rate", "term", "down", "ref")
        }
        form = QFormLayout()
        form.addRow(self.captions["bank"], self.bank)
        form.addRow(self.captions["product"], self.product)
        form.addRow(self.captions["rate"], self.rate)
        form.addRow(self.captions["term"], self.term)
        form.addRow(self.captions["down"], self.down_payment)
        form.addRow(self.captions["ref"], self.form_reference)
        for key, editor in (
            ("bank", self.bank),
            ("product", self.product),
            ("term", self.term),
            ("down", self.down_payment),
            ("ref", self.form_reference),
        ):
            self.captions[key].setBuddy(editor)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.monthly)
        layout.addWidget(self.error)
        layout.addWidget(self.schedule, 1)

        self.term.currentIndexChanged.connect(lambda _i: self.refresh())
        self.down_payment.textEdited.connect(lambda _t: self.refresh())
        self.bank.currentTextChanged.connect(lambda _t: self.changed.emit())
        self.product.currentTextChanged.connect(lambda _t: self._product_changed())
        self._fill_lists()
        self.retranslate()
        if state is not None:
            # Read at sign-in, and again after any change (the admin may edit the lists).
            state.signed_in.connect(self.load_catalogue)
            state.written.connect(self._reload_if_shown)

    # --- the store's lists --------------------------------------------------------------------

    def load_catalogue(self) -> None:
        if self.state is not None and self.state.actor is not None:
            credit_actions.load_catalogue(state=self.state, owner=self, success=self.set_catalogue)

    def showEvent(self, event: QShowEvent) -> None:
        self.load_catalogue()  # a credit sale starts: the lists as the admin left them
        super().showEvent(event)

    def _reload_if_shown(self) -> None:
        if self.isVisible():
            self.load_catalogue()

    def set_catalogue(self, catalogue: CreditCatalogue) -> None:
        if catalogue == self.catalogue:
            return
        self.catalogue = catalogue
        self._fill_lists()

    def _fill_lists(self) -> None:
        """Offer the store's lists, keeping what is chosen or typed."""
        for combo, names in (
            (self.bank, self.catalogue.banks),
            (self.product, tuple(p.name for p in self.catalogue.products)),
        ):
            current = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(list(names))
            combo.setCurrentText(current or (names[0] if names else ""))
            combo.blockSignals(False)
        self._product_changed()

    def rate_text(self) -> str:
        rate = self.catalogue.rate_of(self.product.currentText().strip())
        if rate is None:
            return self.tr("not in the store's list: as the bank's contract says")
        shown = decimal_text(f"{rate:.2f}".rstrip("0").rstrip("."), self.language)
        return self.tr("{rate} % a year").format(rate=shown)

    def _product_changed(self) -> None:
        self.rate.setText(self.rate_text())
        self.rate.setAccessibleName(self.rate.text())
        self.changed.emit()

    def set_total(self, total_tiyn: int) -> None:
        self._total = total_tiyn
        self.refresh()

    def _down_tiyn(self) -> int:
        text = self.down_payment.text().strip() or "0"
        return parse_tenge(text, "down_payment")

    def terms(self) -> CreditTerms:
        """The terms as typed; raises ValidationError with a reason to show."""
        down = self._down_tiyn()
        if down < 0:
            raise ValidationError(Code.SALE_DOWN_PAYMENT_TOO_HIGH, field="down_payment")
        return CreditTerms(
            partner_bank=self.bank.currentText().strip(),
            product=self.product.currentText().strip(),
            term_months=int(self.term.currentData()),
            down_payment_tiyn=down,
            bank_form_reference=self.form_reference.text().strip() or None,
        )

    def refresh(self) -> None:
        """Recompute the schedule preview (pure arithmetic, on the GUI thread)."""
        self.schedule.setRowCount(0)
        self.error.setText("")
        self.error.hide()
        self.monthly.setText("")
        try:
            terms = self.terms()
            if self._total <= 0:
                return
            if terms.down_payment_tiyn >= self._total:
                raise ValidationError(Code.SALE_DOWN_PAYMENT_TOO_HIGH, field="down_payment")
            plan = schedule(self._total - terms.down_payment_tiyn, terms.term_months, self.today())
        except ValidationError as exc:
            self.error.setText(line_message(exc))
            self.error.show()
            self.changed.emit()
            return
        self.schedule.setRowCount(len(plan))
        for row, item in enumerate(plan):
            for col, text in enumerate(
                (
                    str(item.number),
                    date_text(item.due, self.language),
                    money(item.amount_tiyn, self.language),
                )
            ):
                self.schedule.setItem(row, col, QTableWidgetItem(text))
        self.monthly.setText(
            self.tr("Monthly payment: {amount}").format(
                amount=money(plan[-1].amount_tiyn, self.language)
            )
        )
        self.changed.emit()

    def reset(self) -> None:
        self.down_payment.setText("0")
        self.form_reference.clear()
        self.term.setCurrentIndex(TERMS_MONTHS.index(12))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Credit or installment terms"))
        texts = {
            "bank": self.tr("Partner bank:"),
            "product": self.tr("Bank product:"),
            "rate": self.tr("Interest rate:"),
            "term": self.tr("Term, months:"),
            "down": self.tr("Down payment, ₸:"),
            "ref": self.tr("Bank form No.:"),
        }
        for key, text in texts.items():
            self.captions[key].setText(text)
        self.bank.setAccessibleName(self.tr("Partner bank"))
        self.product.setAccessibleName(self.tr("Bank product"))
        self.term.setAccessibleName(self.tr("Term in months"))
        self.down_payment.setAccessibleName(self.tr("Down payment"))
        self.form_reference.setAccessibleName(self.tr("Bank form number"))
        self.schedule.setAccessibleName(self.tr("Payment schedule"))
        self.schedule.setHorizontalHeaderLabels([self.tr("No."), self.tr("Due"), self.tr("Amount")])
        self.rate.setText(self.rate_text())
        self.refresh()
