"""Amounts typed at the counter, read as tiyn."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from pos.domain.errors import Code, ValidationError
from pos.domain.money import TENGE_SIGN


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
