"""Money is an integer number of tiyn (1 tenge = 100 tiyn)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from pos.domain.errors import ValidationError

TENGE_SIGN = "₸"


def format_tiyn(amount: int, *, sign: bool = True, group: str = " ") -> str:
    """12345600 -> '123 456,00 ₸' (the form printed on receipts in every language)."""
    negative = amount < 0
    tenge, tiyn = divmod(abs(amount), 100)
    grouped = f"{tenge:,}".replace(",", group)
    text = f"{'-' if negative else ''}{grouped},{tiyn:02d}"
    return f"{text} {TENGE_SIGN}" if sign else text


def parse_tenge(text: str, field: str = "amount") -> int:
    """'12 345,50' or '12345.5' -> 1234550 tiyn."""
    cleaned = text.replace(TENGE_SIGN, "").replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError("amount is not a number", field) from None
    if value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValidationError("amount has more than two decimals", field)
    return int(value * 100)
