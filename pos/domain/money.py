"""Money is an integer number of tiyn (1 tenge = 100 tiyn)."""

from __future__ import annotations

from dataclasses import dataclass

TENGE_SIGN = "₸"


@dataclass(frozen=True, slots=True)
class Money:
    """An amount a message names, so each reader formats tenge in its own locale."""

    tiyn: int

    def __str__(self) -> str:
        return format_tiyn(self.tiyn)


def format_tiyn(amount: int, *, sign: bool = True, group: str = " ") -> str:
    """12345600 -> '123 456,00 ₸' (the form printed on receipts in every language)."""
    negative = amount < 0
    tenge, tiyn = divmod(abs(amount), 100)
    grouped = f"{tenge:,}".replace(",", group)
    text = f"{'-' if negative else ''}{grouped},{tiyn:02d}"
    return f"{text} {TENGE_SIGN}" if sign else text
