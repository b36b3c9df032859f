"""The sale being rung up: lines, payment, delivery, buyer and credit terms (plain values)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace

from pos.domain.enums import PaymentMethod
from pos.domain.minimization import SaleNeeds, requirements_for
from pos.domain.payment import PaymentInput
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

    @property
    def total_tiyn(self) -> int:
        return self.unit_price_tiyn * self.quantity


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
    # Cash and/or card as typed in the tender region (empty: `payment` and `tendered_tiyn`).
    payments: tuple[PaymentInput, ...] = ()

    @property
    def total_tiyn(self) -> int:
        return sum(line.total_tiyn for line in self.lines)

    @property
    def needs(self) -> SaleNeeds:
        return SaleNeeds(payment=self.payment, delivery=self.delivery, marketing=self.marketing)

    @property
    def needs_buyer(self) -> bool:
        """True when the sale carries personal data (delivery, credit, installment, offers)."""
        return requirements_for(self.needs).carries_personal_data

    def add(self, product: ProductView, quantity: int = 1) -> int:
        """Add a product (a second scan adds to its line); returns the line's index."""
        for i, line in enumerate(self.lines):
            if line.product_id == product.id:
                self.lines[i] = replace(line, quantity=min(line.quantity + quantity, MAX_QUANTITY))
                return i
        self.lines.append(
            CartLine(
                product.id,
                product.barcode,
                product.name,
                product.category,
                product.price_tiyn,
                quantity,
            )
        )
        return len(self.lines) - 1

    def set_quantity(self, index: int, quantity: int) -> None:
        if 0 <= index < len(self.lines):
            self.lines[index] = replace(
                self.lines[index], quantity=max(1, min(quantity, MAX_QUANTITY))
            )

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
            lines=tuple(
                LineInput(
                    name=line.name,
                    quantity=line.quantity,
                    unit_price_tiyn=line.unit_price_tiyn,
                    category=line.category,
                    barcode=line.barcode,
                    product_id=line.product_id,
                )
                for line in self.lines
            ),
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
        )
