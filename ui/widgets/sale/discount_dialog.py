"""The discount dialog (Ctrl+D on the sale screen): a discount on the chosen line or on the
whole receipt, a percent ("10%") or an amount in tenge ("500"), its reason from a short list
or typed, and above the store's limit a sales manager's PIN typed here (the manager does
not sign in; the sale records their name). A discount never takes a line below zero."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.discounts import (
    DISCOUNT_REASONS,
    Discount,
    format_percent,
    needs_approval,
    parse_discount,
)
from pos.domain.enums import Role
from pos.domain.errors import Code
from pos.services.discounts import Approver
from ui.actions import discounts as discount_actions
from ui.cart import Cart
from ui.i18n import money
from ui.messages import line_message
from ui.state import AppState
from ui.widgets.common import MessageLine, named

RECEIPT = -1


class DiscountDialog(QDialog):
    """Writes the discount into the cart when accepted; nothing is stored until the sale."""

    def __init__(
        self, state: AppState, cart: Cart, line: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.cart = cart
        self.setObjectName("discount")
        self.limit: int | None = None
        self._busy = False

        self.scope = named(QComboBox(self), "discount.scope")
        self.value = named(QLineEdit(self), "discount.value")
        self.value.setMaxLength(16)
        self.reason = named(QComboBox(self), "discount.reason")
        self.reason.setEditable(True)
        self.pin = named(QLineEdit(self), "discount.pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.limit_note = QLabel(self)
        self.status = MessageLine("discount.status", self)
        self.apply_button = named(QPushButton(self), "discount.apply")
        self.remove_button = named(QPushButton(self), "discount.remove")
        self.cancel_button = named(QPushButton(self), "discount.cancel")
        self.apply_button.setDefault(True)

        self.form = QFormLayout()
        self.captions = [QLabel(self) for _ in range(4)]
        for caption, field in zip(
            self.captions, (self.scope, self.value, self.reason, self.pin), strict=True
        ):
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.remove_button, self.cancel_button, self.apply_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.limit_note)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self._line = line if line is not None and 0 <= line < len(cart.lines) else None
        self.apply_button.clicked.connect(self.apply)
        self.remove_button.clicked.connect(self.remove)
        self.cancel_button.clicked.connect(self.reject)
        self.value.returnPressed.connect(self.apply)
        self.pin.returnPressed.connect(self.apply)
        self.retranslate()
        if cart.discount_reason:
            self.reason.setEditText(cart.discount_reason)
        discount_actions.discount_limit(state=state, owner=self, success=self._limit_loaded)

    # --- the store's limit ----------------------------------------------------------------

    def _limit_loaded(self, hundredths: int) -> None:
        self.limit = hundredths
        self.limit_note.setText(
            self.tr("Above {limit} a sales manager's PIN approves the discount.").format(
                limit=format_percent(hundredths)
            )
        )

    # --- applying -------------------------------------------------------------------------

    def target(self) -> int:
        """The line index the discount is for, or RECEIPT."""
        data = self.scope.currentData()
        return int(data) if data is not None else RECEIPT

    def _trial(self, discount: Discount) -> Cart:
        """The cart as it would be with this discount (the real cart is left alone)."""
        trial = Cart(lines=list(self.cart.lines), discount=self.cart.discount)
        if self.target() == RECEIPT:
            trial.discount = discount
        else:
            trial.set_line_discount(self.target(), discount)
        return trial

    def _needs_pin(self, trial: Cart) -> bool:
        if self.limit is None or self.state.allows(Role.SALES_MANAGER):
            return False
        lines = any(
            needs_approval(ln.discount_tiyn, ln.gross_tiyn, self.limit) for ln in trial.lines
        )
        return lines or needs_approval(trial.receipt_discount_tiyn, trial.subtotal_tiyn, self.limit)

    def apply(self) -> None:
        if self._busy:
            return
        discount = parse_discount(self.value.text())
        if discount is None:
            self.status.error(line_message(Code.DISCOUNT_INVALID))
            self.value.setFocus()
            return
        target = self.target()
        if target != RECEIPT and discount.exceeds_base(self.cart.lines[target].gross_tiyn):
            self.status.error(
                self.tr("The discount is more than the line costs ({amount}).").format(
                    amount=money(self.cart.lines[target].gross_tiyn, self.state.language)
                )
            )
            return
        reason = " ".join(self.reason.currentText().split())
        if not reason:
            self.status.error(line_message(Code.DISCOUNT_REASON_MISSING))
            self.reason.setFocus()
            return
        trial = self._trial(discount)
        if target == RECEIPT and discount.exceeds_base(trial.subtotal_tiyn):
            self.status.error(
                self.tr("The discount is more than the receipt costs ({amount}).").format(
                    amount=money(trial.subtotal_tiyn, self.state.language)
                )
            )
            return
        pin = self.pin.text().strip()
        if not self._needs_pin(trial):
            self._commit(discount, reason, None)
            return
        if not pin:
            self.status.error(
                self.tr(
                    "This discount is above the store's limit: a sales manager types their PIN."
                )
            )
            self.pin.setFocus()
            return
        self._busy = True
        discount_actions.check_approver(
            state=self.state,
            owner=self,
            pin=pin,
            success=lambda who: self._approved(discount, reason, pin, who),
            failure=self._refused,
        )

    def _approved(self, discount: Discount, reason: str, pin: str, who: Approver) -> None:
        self._busy = False
        self._commit(discount, reason, (pin, who.name))

    def _refused(self, error: Exception) -> None:
        self._busy = False
        self.pin.clear()
        self.status.error(line_message(error))
        self.pin.setFocus()

    def _commit(self, discount: Discount, reason: str, approval: tuple[str, str] | None) -> None:
        if self.target() == RECEIPT:
            self.cart.discount = discount
        else:
            self.cart.set_line_discount(self.target(), discount)
        self.cart.discount_reason = reason
        if approval is not None:
            self.cart.approver_pin, self.cart.approver_name = approval
        self.accept()

    def remove(self) -> None:
        """Take the discount off the chosen target (the reason stays for any other)."""
        if self.target() == RECEIPT:
            self.cart.discount = None
        else:
            self.cart.set_line_discount(self.target(), None)
        if not self.cart.has_discount:
            self.cart.discount_reason = None
            self.cart.approver_pin = self.cart.approver_name = None
        self.accept()

    # --- language -------------------------------------------------------------------------

    def reasons(self) -> list[str]:
        texts = {
            "promotion": self.tr("Promotion"),
            "damaged_packaging": self.tr("Damaged packaging"),
            "price_match": self.tr("Price match"),
            "regular_customer": self.tr("Regular customer"),
        }
        return [texts[r] for r in DISCOUNT_REASONS]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Discount"))
        for caption, text in zip(
            self.captions,
            (
                self.tr("&For:"),
                self.tr("&Discount:"),
                self.tr("&Reason:"),
                self.tr("Manager's &PIN:"),
            ),
            strict=True,
        ):
            caption.setText(text)
        chosen = self.scope.currentData()
        self.scope.clear()
        self.scope.addItem(self.tr("The whole receipt"), None)
        if self._line is not None:
            name = self.cart.lines[self._line].name
            self.scope.addItem(
                self.tr("Line {n}: {name}").format(n=self._line + 1, name=name), self._line
            )
            self.scope.setCurrentIndex(1 if chosen is None or chosen == self._line else 0)
        typed = self.reason.currentText()
        self.reason.clear()
        self.reason.addItems(self.reasons())
        self.reason.setEditText(typed)
        self.value.setPlaceholderText(self.tr("10% or 500"))
        self.value.setAccessibleName(self.tr("Discount, a percent or an amount in tenge"))
        self.pin.setAccessibleName(self.tr("Sales manager's PIN"))
        self.apply_button.setText(self.tr("Apply"))
        self.remove_button.setText(self.tr("Remove discount"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
