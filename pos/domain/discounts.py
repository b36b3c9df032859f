"""Discounts on a line or on the whole receipt: a percent or an amount, never below zero.

Percents are kept in hundredths of a percent (1250 = 12.5 %) so they stay integers. A
receipt discount is spread over the lines in proportion to what each line costs after
its own discount (largest remainder), so every line's VAT is on what was really paid.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from pos.domain.errors import ValidationError
from pos.domain.payment import parse_tenge

FULL_PERCENT = 10_000  # 100 % in hundredths of a percent


class DiscountKind(StrEnum):
    PERCENT = "percent"
    AMOUNT = "amount"


# The short list the window offers; anything else is typed by the cashier.
DISCOUNT_REASONS = ("promotion", "damaged_packaging", "price_match", "regular_customer")
MAX_REASON = 200


@dataclass(frozen=True, slots=True)
class Discount:
    kind: DiscountKind
    # Hundredths of a percent for PERCENT, tiyn for AMOUNT.
    value: int

    @classmethod
    def percent(cls, percent: Decimal | int | str) -> Discount:
        hundredths = Decimal(str(percent)) * 100
        return cls(DiscountKind.PERCENT, int(hundredths))

    @classmethod
    def amount(cls, tiyn: int) -> Discount:
        return cls(DiscountKind.AMOUNT, tiyn)

    def valid(self) -> bool:
        if self.kind is DiscountKind.PERCENT:
            return 0 < self.value <= FULL_PERCENT
        return self.value > 0

    def amount_of(self, base_tiyn: int) -> int:
        """What it takes off `base_tiyn` (rounded half up), never more than the base."""
        if self.kind is DiscountKind.PERCENT:
            cut = (base_tiyn * self.value * 2 + FULL_PERCENT) // (2 * FULL_PERCENT)
        else:
            cut = self.value
        return max(0, min(cut, base_tiyn))

    def exceeds_base(self, base_tiyn: int) -> bool:
        """An amount larger than what it applies to (it would take the line below zero)."""
        return self.kind is DiscountKind.AMOUNT and self.value > base_tiyn


def parse_discount(text: str) -> Discount | None:
    """ "10%" / "12.5%" is a percent, "500" / "1990.50" an amount in tenge; None if neither."""
    raw = text.strip().replace(" ", "")
    if not raw:
        return None
    try:
        if raw.endswith("%"):
            number = Decimal(raw[:-1].replace(",", "."))
            hundredths = number * 100
            if hundredths != hundredths.to_integral_value():
                return None
            d = Discount(DiscountKind.PERCENT, int(hundredths))
        else:
            d = Discount(DiscountKind.AMOUNT, parse_tenge(raw))
    except (InvalidOperation, ValueError, ValidationError):
        return None
    return d if d.valid() else None


def share_in_hundredths(cut_tiyn: int, base_tiyn: int) -> int:
    """The cut as hundredths of a percent of the base (rounded down), as a message shows it."""
    if base_tiyn <= 0:
        return FULL_PERCENT if cut_tiyn > 0 else 0
    return cut_tiyn * FULL_PERCENT // base_tiyn


def needs_approval(cut_tiyn: int, base_tiyn: int, limit_hundredths: int) -> bool:
    """Above the store's limit a sales manager approves. The limit in tiyn is rounded like
    a percent discount is, so a discount of exactly the limit's percent never needs one."""
    allowed = Discount(DiscountKind.PERCENT, limit_hundredths).amount_of(base_tiyn)
    return cut_tiyn > allowed


def spread(amount_tiyn: int, weights: list[int]) -> list[int]:
    """`amount_tiyn` split over lines in proportion to `weights` (largest remainder), each
    share at most its weight; the shares add up to the amount exactly."""
    total = sum(weights)
    if amount_tiyn <= 0 or total <= 0:
        return [0] * len(weights)
    amount_tiyn = min(amount_tiyn, total)
    shares = [amount_tiyn * w // total for w in weights]
    rest = amount_tiyn - sum(shares)
    order = sorted(range(len(weights)), key=lambda i: (-(amount_tiyn * weights[i] % total), i))
    for i in order:
        if rest == 0:
            break
        if shares[i] < weights[i]:
            shares[i] += 1
            rest -= 1
    return shares


def format_percent(hundredths: int) -> str:
    whole, frac = divmod(hundredths, 100)
    return f"{whole}%" if frac == 0 else f"{whole}.{frac:02d}".rstrip("0") + "%"
