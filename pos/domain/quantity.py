"""Quantities on sale lines: whole pieces, or kilograms to the gram.

A quantity is kept as an integer in thousandths of its unit ("milli"): 2 pieces are 2000,
1.234 kg is 1234. Integers keep sums exact; a thousandth of a kilogram is a gram, the
finest a shop scale prints, and pieces are always whole thousands.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

MILLI = 1000


class Unit(StrEnum):
    PCS = "pcs"
    KG = "kg"


# Upper bounds of one line: 10,000 pieces or 10,000 kg.
MAX_QUANTITY = 10_000
MAX_MILLI = MAX_QUANTITY * MILLI

# What may be typed: digits, then a comma or a dot and up to three decimals ("0,750",
# "1.25", "3"); no signs, exponents, spaces or underscores, which Decimal() would take.
TYPED = re.compile(r"[0-9]{1,5}(?:[.,][0-9]{1,3})?")


def to_milli(value: int | Decimal | str, unit: Unit | str = Unit.PCS) -> int | None:
    """The quantity in thousandths, or None when it is not one this unit allows
    (a fraction of a piece, a fraction of a gram, zero, negative, too large)."""
    unit = Unit(unit)
    try:
        amount = (
            Decimal(str(value).strip().replace(",", "."))
            if not isinstance(value, int)
            else Decimal(value)
        )
    except InvalidOperation:
        return None
    if not amount.is_finite():
        return None
    milli = amount * MILLI
    if milli != milli.to_integral_value():
        return None
    result = int(milli)
    if unit is Unit.PCS and result % MILLI:
        return None
    if not 0 < result <= MAX_MILLI:
        return None
    return result


def parse_quantity(text: str, unit: Unit | str, *, field: str = "quantity") -> int:
    """What a cashier (or `--line BARCODE:QTY`) typed, in thousandths of `unit`: "0,750",
    "0.750" and "1,25" are kilograms to the gram; a piece product takes whole numbers only.
    The refusal says which of the two rules the text broke."""
    from pos.domain.errors import Code, ValidationError

    milli = to_milli(text, unit) if TYPED.fullmatch(text.strip()) else None
    if milli is None and Unit(unit) is Unit.KG:
        raise ValidationError(Code.QUANTITY_WEIGHT, field=field, text=text.strip(), n=MAX_QUANTITY)
    if milli is None:
        raise ValidationError(Code.QUANTITY_PIECES, field=field, text=text.strip(), n=MAX_QUANTITY)
    return milli


def from_milli(milli: int) -> Decimal:
    """The quantity in its unit (Decimal, exact): 1234 -> 1.234, 2000 -> 2."""
    return (Decimal(milli) / MILLI).normalize() if milli % MILLI else Decimal(milli // MILLI)


def format_quantity(milli: int, unit: Unit | str) -> str:
    """As printed: pieces whole ("2"), kilograms with three decimals ("1.234")."""
    if Unit(unit) is Unit.KG:
        return f"{milli // MILLI}.{milli % MILLI:03d}"
    return str(milli // MILLI) if milli % MILLI == 0 else str(from_milli(milli))


def line_amount(milli: int, unit_price_tiyn: int) -> int:
    """quantity x unit price, rounded half up to the tiyn (both are never negative)."""
    return (milli * unit_price_tiyn * 2 + MILLI) // (2 * MILLI)


def round_half_up(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_HALF_UP))
