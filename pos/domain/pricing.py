"""What each line of a sale costs: quantity x price, its discounts, and the VAT inside.

One function the sale service, the window's cart and the tests all use, so the total on
screen is the total recorded, to the tiyn.
"""

from __future__ import annotations

from dataclasses import dataclass

from pos.domain.discounts import Discount, spread
from pos.domain.quantity import line_amount
from pos.domain.vat import vat_included


@dataclass(frozen=True, slots=True)
class PricedLine:
    gross_tiyn: int  # round(quantity x unit price)
    discount_tiyn: int  # the line's own discount
    receipt_discount_tiyn: int  # its share of the receipt discount
    total_tiyn: int  # what the buyer pays for it
    vat_percent: int
    vat_tiyn: int


@dataclass(frozen=True, slots=True)
class PricedSale:
    lines: tuple[PricedLine, ...]
    subtotal_tiyn: int  # after line discounts, before the receipt discount
    receipt_discount_tiyn: int
    total_tiyn: int

    @property
    def gross_tiyn(self) -> int:
        return sum(ln.gross_tiyn for ln in self.lines)

    @property
    def discount_tiyn(self) -> int:
        return sum(ln.discount_tiyn + ln.receipt_discount_tiyn for ln in self.lines)


@dataclass(frozen=True, slots=True)
class LineTerms:
    quantity_milli: int
    unit_price_tiyn: int
    vat_percent: int
    discount: Discount | None = None


def price_sale(lines: list[LineTerms], receipt_discount: Discount | None = None) -> PricedSale:
    """Each line's gross, less its discount (never below zero), then the receipt discount
    spread over what is left; VAT per line on what the buyer pays."""
    gross = [line_amount(t.quantity_milli, t.unit_price_tiyn) for t in lines]
    own = [t.discount.amount_of(g) if t.discount else 0 for t, g in zip(lines, gross, strict=True)]
    after = [g - d for g, d in zip(gross, own, strict=True)]
    subtotal = sum(after)
    receipt_cut = receipt_discount.amount_of(subtotal) if receipt_discount else 0
    shares = spread(receipt_cut, after)
    priced = []
    for t, g, d, a, s in zip(lines, gross, own, after, shares, strict=True):
        total = a - s
        priced.append(PricedLine(g, d, s, total, t.vat_percent, vat_included(total, t.vat_percent)))
    return PricedSale(tuple(priced), subtotal, receipt_cut, subtotal - receipt_cut)
