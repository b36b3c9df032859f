"""Amounts the till is given: tenge typed at the counter, and cash against the total.

The sale service and the sale screen both ask `cash_change`, so the window never lets
through, or stops, a payment the service would judge otherwise.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from pos.domain.errors import Code, ValidationError
from pos.domain.money import TENGE_SIGN


def cash_change(total_tiyn: int, tendered_tiyn: int) -> int:
    """The change for cash tendered; refused when the cash does not cover the total."""
    if tendered_tiyn < total_tiyn:
        raise ValidationError(Code.SALE_CASH_SHORT, field="tendered")
    return tendered_tiyn - total_tiyn


def parse_tenge(text: str, field: str = "amount") -> int:
    """'12 345,50' or '12345.5' -> 1234550 tiyn."""
    cleaned = text.replace(TENGE_SIGN, "").replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(Code.AMOUNT_NOT_A_NUMBER, field=field) from None
    if value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValidationError(Code.AMOUNT_DECIMALS, field=field)
    return int(value * 100)
