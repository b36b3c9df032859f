"""The sale being rung up: lines, payment, delivery, buyer and credit terms (plain values)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace

from pos.domain.discounts import Discount
from pos.domain.enums import PaymentMethod
from pos.domain.minimization import SaleNeeds, requirements_for
from pos.domain.payment import PaymentInput
from pos.domain.quantity import Unit, format_quantity, from_milli, line_amount
from pos.domain.views import BuyerView, ProductView
from pos.services.sales import CreditTerms, LineInput, NewSale

MAX_QUANTITY = 10_000


@dataclass(frozen=True, slots=True)
class CartLine:
    product_id: uuid.UUID | None
    barcode: str | None
    name: str
    category: str
    unit_price_tiyn: int
    quantity: int = 1
    unit: str = Unit.PCS.value
    # A weighed product's weight in grams (from the scale's label); None for pieces.
    weight_milli: int | None = None
    name_kk: str | None = None
    vat_percent: int | None = None
    discount: Discount | None = None

    @property
    def quantity_milli(self) -> int:
        if self.unit == Unit.KG and self.weight_milli is not None:
            return self.weight_milli
        return self.quantity * 1000

    @property
    def quantity_text(self) -> str:
        return format_quantity(self.quantity_milli, self.unit)

    @property
    def gross_tiyn(self) -> int:
        return line_amount(self.quantity_milli, self.unit_price_tiyn)

    @property
    def discount_tiyn(self) -> int:
        return self.discount.amount_of(self.gross_tiyn) if self.discount else 0

    @property
    def total_tiyn(self) -> int:
        """After the line's own discount, before a receipt discount."""
        return self.gross_tiyn - self.discount_tiyn

    def as_input(self) -> LineInput:
        return LineInput(
            name=self.name,
            quantity=from_milli(self.quantity_milli) if self.unit == Unit.KG else self.quantity,
            unit_price_tiyn=self.unit_price_tiyn,
            category=self.category,
            barcode=self.barcode,
            product_id=self.product_id,
            unit=self.unit,
            name_kk=self.name_kk,
            vat_percent=self.vat_percent,
            discount=self.discount,
        )


@dataclass
class Cart:
    lines: list[CartLine] = field(default_factory=list)
    payment: PaymentMethod = PaymentMethod.CASH
    delivery: bool = False
    marketing: bool = False
    buyer: BuyerView | None = None
    tendered_tiyn: int | None = None
    credit: CreditTerms | None = None
    # Set once the sale's consent is recorded (the buyer signed for this sale).
    consent_id: uuid.UUID | None = None
    # The receipt discount, the reason for every discount of the sale, and the PIN (and
    # name, for the screen) of the sales manager who approved them in the discount dialog.
    discount: Discount | None = None
    discount_reason: str | None = None
    approver_pin: str | None = None
    approver_name: str | None = None

    @property
    def subtotal_tiyn(self) -> int:
        """After line discounts, before the receipt discount."""
        return sum(line.total_tiyn for line in self.lines)

    @property
    def receipt_discount_tiyn(self) -> int:
        return self.discount.amount_of(self.subtotal_tiyn) if self.discount else 0

    # Cash and/or card as typed in the tender region (empty: `payment` and `tendered_tiyn`).
    payments: tuple[PaymentInput, ...] = ()

    @property
    def total_tiyn(self) -> int:
        """What the buyer pays: the sale service's own arithmetic (pos.domain.pricing)."""
        return self.subtotal_tiyn - self.receipt_discount_tiyn

    @property
    def has_discount(self) -> bool:
        return self.discount is not None or any(line.discount for line in self.lines)

    @property
    def needs(self) -> SaleNeeds:
        return SaleNeeds(payment=self.payment, delivery=self.delivery, marketing=self.marketing)

    @property
    def needs_buyer(self) -> bool:
        """True when the sale carries personal data (delivery, credit, installment, offers)."""
        return requirements_for(self.needs).carries_personal_data

    def add(self, product: ProductView, quantity: int = 1) -> int:
        """Add a product (a second scan adds to its line); returns the line's index. A
        weighed product's label makes a line of its own with the weight on it."""
        weighed = product.unit == Unit.KG
        if not weighed:
            for i, line in enumerate(self.lines):
                if line.product_id == product.id and line.unit != Unit.KG:
                    self.lines[i] = replace(
                        line, quantity=min(line.quantity + quantity, MAX_QUANTITY)
                    )
                    return i
        self.lines.append(
            CartLine(
                product.id,
                product.barcode,
                product.name,
                product.category,
                product.price_tiyn,
                1 if weighed else quantity,
                unit=product.unit,
                # Found by name rather than scanned from a label: one kilogram to start.
                weight_milli=(product.label_milli or 1000) if weighed else None,
                name_kk=product.name_kk,
                vat_percent=product.vat_percent,
            )
        )
        return len(self.lines) - 1

    def set_milli(self, index: int, milli: int) -> None:
        """The quantity the cashier typed (checked by pos.domain.quantity.parse_quantity for
        the line's unit): a weighed line's weight, or a piece line's whole pieces."""
        if not 0 <= index < len(self.lines):
            return
        line = self.lines[index]
        if line.unit == Unit.KG:
            self.lines[index] = replace(line, weight_milli=milli)
        else:
            self.lines[index] = replace(line, quantity=max(1, min(milli // 1000, MAX_QUANTITY)))

    def set_line_discount(self, index: int, discount: Discount | None) -> None:
        if 0 <= index < len(self.lines):
            self.lines[index] = replace(self.lines[index], discount=discount)

    def remove(self, index: int) -> None:
        if 0 <= index < len(self.lines):
            del self.lines[index]

    def change_tiyn(self) -> int | None:
        if self.payment is not PaymentMethod.CASH or self.tendered_tiyn is None:
            return None
        return self.tendered_tiyn - self.total_tiyn

    def new_sale(self) -> NewSale:
        """The sale as the service takes it."""
        return NewSale(
            lines=tuple(line.as_input() for line in self.lines),
            payment=self.payment,
            delivery=self.delivery,
            buyer_id=self.buyer.id if self.buyer else None,
            tendered_tiyn=(
                self.tendered_tiyn
                if self.payment is PaymentMethod.CASH and not self.payments
                else None
            ),
            payments=self.payments
            if self.payment in (PaymentMethod.CASH, PaymentMethod.CARD)
            else (),
            credit=self.credit
            if self.payment in (PaymentMethod.CREDIT, PaymentMethod.INSTALLMENT)
            else None,
            consent_id=self.consent_id,
            discount=self.discount,
            discount_reason=self.discount_reason if self.has_discount else None,
            approver_pin=self.approver_pin if self.has_discount else None,
        )
