"""The sale screen: scan or find products, choose payment, attach a buyer, finish.

Keyboard first: the scanner types digits and Enter into the barcode field; F2 barcode,
F3 buyer search, F4 quantity, F5 cash, F6 card, F7 credit, F8 installment, F9 new buyer,
F11 delivery, F12 finish the sale, Delete removes the chosen line, Ctrl+D a discount (the
chosen line or the whole receipt; issue 14). The store's day (issue
13): Ctrl+H holds the open sale, Ctrl+Shift+H lists held sales to resume, Ctrl+Del cancels
the open sale (after asking), Ctrl+R a return, Ctrl+P reprints a receipt of the shift. An
open sale is never dropped without asking (cancel, resume, sign-out, closing the window).

The regions (entry, lines, tender, buyer column) each show one part of the cart; this
screen composes them, takes the consent a sale needs and records the sale.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

from pos.domain.enums import PaymentMethod, Role
from pos.domain.errors import Code, ValidationError
from pos.domain.quantity import Unit, parse_quantity
from pos.domain.views import BuyerView, HeldSaleView, ProductView, SaleView
from pos.services.held import line_input
from printing.outcomes import PrintOutcome
from ui.actions import buyers as buyer_actions
from ui.actions import returns as return_actions
from ui.actions import sale as sale_actions
from ui.cart import Cart, CartLine
from ui.i18n import label, money
from ui.messages import line_message
from ui.state import AppState
from ui.widgets.common import MessageLine, open_once
from ui.widgets.consent_dialog import ConsentDialog, needs_consent
from ui.widgets.sale.buyer import BuyerColumn
from ui.widgets.sale.discount_dialog import DiscountDialog
from ui.widgets.sale.entry import ProductEntry
from ui.widgets.sale.lines import CartLines
from ui.widgets.sale.pick_dialogs import HeldSalesDialog, ReprintDialog
from ui.widgets.sale.return_dialog import ReturnDialog
from ui.widgets.sale.tender import CREDIT_METHODS, PAYMENT_KEYS, TenderPanel


class SaleScreen(QWidget):
    """One sale at a time; every slow step runs through the ops and reports back here."""

    # A sale was recorded (SaleView).
    sale_recorded = Signal(object)
    # Printing of a sale's papers finished (list of outcomes).
    papers_printed = Signal(object)
    # Recording a sale was refused (the error): e.g. no shift open, which the Shift menu offers.
    sale_failed = Signal(object)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("sale")
        self.cart = Cart()
        self._busy = False
        self.consent_dialog: ConsentDialog | None = None
        self.discount_dialog: DiscountDialog | None = None
        self.last_sale: SaleView | None = None
        self._auto_marketing = False
        self.return_dialog: ReturnDialog | None = None
        self.held_dialog: HeldSalesDialog | None = None
        self.reprint_dialog: ReprintDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._recorded_line = ""

        self.message = MessageLine("sale.message", self)
        self.entry = ProductEntry(state, self.message, self)
        self.cart_view = CartLines(state, lambda: self.cart, self)
        self.tender = TenderPanel(state, lambda: self.cart, self.message, self)
        self.buyer = BuyerColumn(state, self)

        left = QVBoxLayout()
        left.addWidget(self.entry)
        left.addWidget(self.cart_view, 1)
        left.addWidget(self.tender)
        left.addWidget(self.message)
        outer = QHBoxLayout(self)
        outer.addLayout(left, 3)
        outer.addWidget(self.buyer, 2)

        self.entry.product_chosen.connect(self.add_product)
        self.entry.quantity_typed.connect(self.type_quantity)
        self.cart_view.line_chosen.connect(self.entry.show_quantity)
        self.cart_view.changed.connect(self._show_totals)
        self.tender.payment_pressed.connect(self.set_payment)
        self.tender.finish_requested.connect(self.finish)
        self.tender.new_sale_requested.connect(self.cancel_sale)
        self.buyer.buyer_panel.buyer_changed.connect(self._buyer_changed)
        self.buyer.buyer_panel.new_buyer_requested.connect(self.register_buyer)
        shortcuts = {
            "F2": self.entry.focus_barcode,
            "F3": self.buyer.buyer_panel.search.field.setFocus,
            "F4": self.entry.focus_quantity,
            "F9": self.register_buyer,
            "F11": self.tender.delivery.toggle,
            "F12": self.finish,
            "Ctrl+Return": self.finish,
            "Ctrl+D": self.open_discount,
            "Ctrl+H": self.hold_sale,
            "Ctrl+Shift+H": self.open_held,
            "Ctrl+Del": self.cancel_sale,
            "Ctrl+R": self.open_return,
            "Ctrl+P": self.open_reprint,
        }
        for method, key in PAYMENT_KEYS.items():
            shortcuts[key] = partial(self._payment_key, method)
        for key, slot in shortcuts.items():
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cart_view.show_lines()

    # --- session ------------------------------------------------------------------------------

    def start(self) -> None:
        """Called after sign-in: role decides what is offered; the services check again."""
        self.tender.offer_credit(self.state.allows(Role.SALES_MANAGER))
        self.new_sale()

    @property
    def has_open_sale(self) -> bool:
        """Something is rung up that no one has recorded, held or cancelled yet."""
        return bool(self.cart.lines)

    def new_sale(self, *, keep_display: bool = False) -> None:
        """Forget the current sale (nothing of it was stored) and start afresh. The large
        display keeps the last recorded sale's figures when asked (until the next sale)."""
        if not keep_display:
            self.tender.display.clear()
        self.cart = Cart()
        self.entry.reset()
        self.tender.reset()
        self.buyer.buyer_panel.clear()
        self.buyer.credit_panel.reset()
        self.set_payment(PaymentMethod.CASH)
        self.cart_view.show_lines()
        self.entry.focus_barcode()

    def add_product(self, product: ProductView) -> None:
        if self.tender.display.kept:
            self.tender.display.clear()  # the next sale starts with its first product
        index = self.cart.add(product)
        self.cart_view.show_lines(select=index)
        self.message.info(self.tr("Added: {name}").format(name=product.name))

    def type_quantity(self, text: str) -> None:
        """F4, a quantity, Enter: the chosen line's pieces, or its weight in kilograms to the
        gram ("0,750"); the line's unit decides (pos.domain.quantity.parse_quantity)."""
        line = self.cart_view.chosen()
        if line is None:
            self.message.error(self.tr("Choose a line first: the quantity is the chosen line's."))
            return
        try:
            milli = parse_quantity(text, line.unit)
        except ValidationError as exc:
            self.message.error(line_message(exc))
            self.entry.quantity.selectAll()
            return
        self.cart_view.set_milli(milli)
        chosen = self.cart_view.chosen()
        if chosen is not None:
            self.message.info(
                self.tr("{name}: {quantity}").format(
                    name=chosen.name, quantity=self.cart_view.quantity_cell(chosen)
                )
            )
        self.entry.focus_barcode()

    def open_discount(self) -> None:
        """The discount dialog for the chosen line or the whole receipt (issue 14)."""
        if not self.cart.lines or self._busy:
            return
        row = self.cart_view.lines.currentRow()
        dialog = DiscountDialog(self.state, self.cart, row if row >= 0 else None, self)
        self.discount_dialog = dialog
        dialog.accepted.connect(lambda: self.cart_view.show_lines(select=max(row, 0)))
        dialog.open()

    def _show_totals(self) -> None:
        self.buyer.credit_panel.language = self.state.language
        self.buyer.credit_panel.set_total(self.cart.total_tiyn)
        self.tender.show_change()

    # --- payment and buyer ----------------------------------------------------------------------

    def _payment_key(self, method: PaymentMethod) -> None:
        if self.tender.payment_buttons[method].isVisible():
            self.set_payment(method)

    def set_payment(self, method: PaymentMethod) -> None:
        method = self.tender.choose(method)
        self.cart.payment = method
        self.buyer.credit_panel.setVisible(method in CREDIT_METHODS)
        self._show_totals()
        if method is PaymentMethod.CASH and self.isVisible() and self.cart.lines:
            self.tender.tendered.setFocus()

    def _buyer_changed(self, buyer: BuyerView | None) -> None:
        if buyer is None or (self.cart.buyer is not None and buyer.id != self.cart.buyer.id):
            self.cart.consent_id = None
        self.cart.buyer = buyer
        if buyer is not None:
            self.message.info(self.tr("Buyer chosen."))
            self.entry.focus_barcode()

    def _to_anonymous(self) -> None:
        """After a refusal: nothing typed is kept; only an anonymous cash sale may go on."""
        self.cart.consent_id = None
        self.buyer.buyer_panel.clear()
        for box in (self.tender.delivery, self.tender.marketing):
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
            # on a plain cash sale, the only reason is offers
            self.tender.marketing.setChecked(True)
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
            marketing = dialog.current_needs().marketing
            self.tender.set_marketing(marketing)
            self.cart.marketing = marketing
            self.buyer.buyer_panel.set_buyer(recorded.buyer)
            self.cart.consent_id = recorded.consent_id
            self.message.info(self.tr("Consent recorded."))
            if then_finish:
                self.finish()
        elif dialog.refused:
            self._to_anonymous()
        else:
            if self._auto_marketing and self.cart.buyer is None:
                self.tender.marketing.setChecked(False)
            self.message.info(self.tr("Consent cancelled: nothing was stored."))
        self._auto_marketing = False
        dialog.deleteLater()
        self.entry.focus_barcode()

    # --- finishing ----------------------------------------------------------------------------

    def finish(self) -> None:
        """F12: check, take a consent if the sale needs one, record, print."""
        if self._busy or self.consent_dialog is not None:
            return
        cart = self.cart
        if not cart.lines:
            self.message.error(line_message(Code.SALE_NO_LINES))
            self.entry.focus_barcode()
            return
        cart.tendered_tiyn = None
        cart.payments = ()
        if cart.payment in (PaymentMethod.CASH, PaymentMethod.CARD):
            checked = self.tender.check_payments()  # the service's own rules
            if isinstance(checked, str):
                self.message.error(checked)
                self.tender.tendered.setFocus()
                return
            cart.payments = checked
        cart.credit = None
        if cart.payment in CREDIT_METHODS:
            try:
                cart.credit = self.buyer.credit_panel.terms()
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
            self.buyer.buyer_panel.search.field.setFocus()
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
            payment=", ".join(label("payment", p.method).lower() for p in sale.payments)
            or label("payment", sale.payment_method).lower(),
        )
        if sale.change_tiyn:
            text += " " + self.tr("Change: {amount}").format(amount=money(sale.change_tiyn, lang))
        self.new_sale(keep_display=True)
        self._recorded_line = text
        # Said once, on the message line (the figures above it stay until the next sale).
        self.tender.display.show_sale(sale, lang)
        self.message.info(text)
        self.last_sale = sale
        self.sale_recorded.emit(sale)

    def _printed(self, outcomes: list[PrintOutcome]) -> None:
        failed = [o for o in outcomes if not o.ok]
        texts = " ".join(line_message(o) for o in outcomes)
        if failed:
            # Both: the sale went through (and its change), and why the paper did not.
            self.message.error(f"{self._recorded_line} {texts}".strip())
        elif texts:
            self.message.info(f"{self._recorded_line} {texts}".strip())
        self.papers_printed.emit(outcomes)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.message.error(line_message(error))
        self.sale_failed.emit(error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.tender.finish_button.setEnabled(not busy)

    # --- cancel, hold, resume ------------------------------------------------------------------

    def ask_discard(self, proceed: Callable[[], None]) -> None:
        """With a sale open: ask to hold it, cancel it, or stay; then `proceed` (not on stay).
        Without one: proceed at once."""
        if not self.has_open_sale or self.confirm_box is not None:
            if not self.has_open_sale:
                proceed()
            return
        box = QMessageBox(self)
        box.setObjectName("sale.confirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Open sale"))
        box.setText(self.tr("A sale is open. Hold it to finish later, or cancel it?"))
        hold = box.addButton(self.tr("Hold it"), QMessageBox.ButtonRole.AcceptRole)
        hold.setObjectName("sale.confirm.hold")
        cancel = box.addButton(self.tr("Cancel the sale"), QMessageBox.ButtonRole.DestructiveRole)
        cancel.setObjectName("sale.confirm.cancel")
        stay = box.addButton(self.tr("Go back to it"), QMessageBox.ButtonRole.RejectRole)
        stay.setObjectName("sale.confirm.stay")
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)

        def answered(_r: int) -> None:
            self.confirm_box = None
            clicked = box.clickedButton()
            box.deleteLater()
            if clicked is hold:
                self.hold_sale(then=proceed)
            elif clicked is cancel:
                self._void()
                proceed()
            else:
                self.entry.focus_barcode()

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()

    def cancel_sale(self) -> None:
        """Ctrl+Del: cancel the open sale after a confirmation (Esc or Enter keeps it)."""
        if self._busy or self.confirm_box is not None:
            return
        if not self.has_open_sale:
            self.new_sale()
            return
        box = QMessageBox(self)
        box.setObjectName("sale.cancel_confirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Cancel the sale"))
        box.setText(self.tr("Cancel the open sale? Its lines are dropped; nothing was recorded."))
        yes = box.addButton(self.tr("Cancel the sale"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("sale.cancel_confirm.yes")
        no = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        no.setObjectName("sale.cancel_confirm.no")
        box.setDefaultButton(no)
        box.setEscapeButton(no)

        def answered(_r: int) -> None:
            self.confirm_box = None
            clicked = box.clickedButton()
            box.deleteLater()
            if clicked is yes:
                self._void()
            else:
                self.entry.focus_barcode()

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()

    def _void(self) -> None:
        self.new_sale()
        self.message.info(self.tr("The sale was cancelled."))

    def hold_sale(self, then: Callable[[], None] | None = None) -> None:
        """Ctrl+H: put the open sale aside (lines and buyer by id) and start a new one."""
        if self._busy or not self.has_open_sale:
            if not self.has_open_sale:
                self.message.error(line_message(Code.HELD_EMPTY))
            return
        sale = self.cart.new_sale()
        self._set_busy(True)

        def held(_id: object) -> None:
            self._set_busy(False)
            self.new_sale()
            self.message.info(self.tr("The sale is held: Ctrl+Shift+H brings it back."))
            if then is not None:
                then()

        return_actions.hold(
            state=self.state,
            owner=self,
            lines=sale.lines,
            buyer_id=sale.buyer_id,
            success=held,
            failure=self._failed,
        )

    def open_held(self) -> None:
        """Ctrl+Shift+H: the held sales; Enter resumes one (an open sale is asked about)."""
        if not self._busy:
            open_once(self, "held_dialog", self._held_dialog, refocus=self.entry.focus_barcode)

    def _held_dialog(self) -> HeldSalesDialog:
        dialog = HeldSalesDialog(self.state, self)
        dialog.picked.connect(self._resume_picked)
        return dialog

    def _resume_picked(self, held_id: uuid.UUID) -> None:
        if self.held_dialog is not None:
            self.held_dialog.accept()
        self.ask_discard(lambda: self._resume(held_id))

    def _resume(self, held_id: uuid.UUID) -> None:
        return_actions.resume(
            state=self.state,
            owner=self,
            held_id=held_id,
            success=self._resumed,
            failure=self._failed,
        )

    def _resumed(self, held: HeldSaleView) -> None:
        self.new_sale()
        for data in held.lines:
            line = line_input(dict(data))
            milli = line.quantity_milli or 1000
            weighed = Unit(line.unit) is Unit.KG
            self.cart.lines.append(
                CartLine(
                    line.product_id,
                    line.barcode,
                    line.name,
                    line.category,
                    line.unit_price_tiyn,
                    1 if weighed else milli // 1000,
                    unit=Unit(line.unit).value,
                    weight_milli=milli if weighed else None,
                    name_kk=line.name_kk,
                    vat_percent=line.vat_percent,
                    discount=line.discount,
                )
            )
        self.cart_view.show_lines()
        self._show_totals()
        self.message.info(self.tr("The held sale is back."))
        if held.buyer_id is not None:
            buyer_actions.open_buyer(
                state=self.state,
                owner=self,
                buyer_id=held.buyer_id,
                success=self.buyer.buyer_panel.set_buyer,
                failure=self._failed,
            )

    # --- returns and copies ---------------------------------------------------------------------

    def open_return(self) -> None:
        """Ctrl+R: the return dialog (it never touches the open sale)."""
        open_once(
            self,
            "return_dialog",
            lambda: ReturnDialog(self.state, self),
            refocus=self.entry.focus_barcode,
            closed=self._return_closed,
        )

    def _return_closed(self, dialog: ReturnDialog) -> None:
        if dialog.recorded is not None:
            self.message.info(
                self.tr("Return No. {number} recorded.").format(number=dialog.recorded.return_no)
            )

    def open_reprint(self) -> None:
        """Ctrl+P: this shift's receipts; Enter prints a copy marked COPY."""
        open_once(
            self,
            "reprint_dialog",
            lambda: ReprintDialog(self.state, self),
            refocus=self.entry.focus_barcode,
        )

    def dialogs(self) -> list[QWidget]:
        """Dialogs this screen may have open (the window closes them on sign-out)."""
        return [
            d
            for d in (self.return_dialog, self.held_dialog, self.reprint_dialog, self.confirm_box)
            if d is not None
        ]
