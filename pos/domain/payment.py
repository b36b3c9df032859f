"""Amounts the till is given: tenge typed at the counter, and cash against the total.

The sale service and the sale screen both ask `cash_change`, so the window never lets
through, or stops, a payment the service would judge otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from pos.domain.enums import PaymentMethod
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
    if not value.is_finite():  # "nan", "inf": Decimal reads them, money has no such thing
        raise ValidationError(Code.AMOUNT_NOT_A_NUMBER, field=field)
    if value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValidationError(Code.AMOUNT_DECIMALS, field=field)
    return int(value * 100)


# --- split payment (BRIEF 9.3): at most one cash and one card part ---------------------

SPLITTABLE = (PaymentMethod.CASH, PaymentMethod.CARD)
_REFERENCE = re.compile(r"[0-9A-Za-z]{6}|[0-9]{12}")


@dataclass(frozen=True, slots=True)
class PaymentInput:
    """What the cashier gives for one method.

    Cash: `amount_tiyn` is the cash tendered (None: exactly what cash has to pay).
    Card: `amount_tiyn` is what the card pays (None: the whole total, card only), with the
    terminal's approval code or RRN as `reference`."""

    method: PaymentMethod
    amount_tiyn: int | None = None
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class SettledPayment:
    method: PaymentMethod
    amount_tiyn: int  # what this method pays of the total
    tendered_tiyn: int | None = None  # cash only
    change_tiyn: int | None = None  # cash only
    reference: str | None = None  # card only


def card_reference(text: str | None) -> str | None:
    """The terminal's approval code (6 letters or digits) or RRN (12 digits), or None."""
    if text is None or not text.strip():
        return None
    cleaned = text.strip().upper()
    if not _REFERENCE.fullmatch(cleaned):
        raise ValidationError(Code.PAY_REFERENCE_FORM, field="reference")
    return cleaned


def settle(total_tiyn: int, parts: tuple[PaymentInput, ...]) -> tuple[SettledPayment, ...]:
    """The payments of a cash/card sale: the card part first, cash pays the rest and gives
    the change (change comes only from cash)."""
    if not parts:
        raise ValidationError(Code.PAY_NONE, field="payments")
    by_method: dict[PaymentMethod, PaymentInput] = {}
    for part in parts:
        if part.method not in SPLITTABLE:
            raise ValidationError(Code.PAY_NOT_SPLITTABLE, field="payments", kind=part.method)
        if part.method in by_method:
            raise ValidationError(Code.PAY_METHOD_TWICE, field="payments", method=part.method)
        by_method[part.method] = part
    cash, card = by_method.get(PaymentMethod.CASH), by_method.get(PaymentMethod.CARD)
    settled: list[SettledPayment] = []
    cash_due = total_tiyn
    if card is not None:
        if card.amount_tiyn is None and cash is None:
            card_amount = total_tiyn
        elif card.amount_tiyn is None:
            raise ValidationError(Code.PAY_CARD_AMOUNT, field="card_amount")
        else:
            card_amount = card.amount_tiyn
        if cash is None and card_amount != total_tiyn:
            raise ValidationError(Code.PAY_CARD_NOT_TOTAL, field="card_amount")
        if card_amount <= 0 or card_amount > total_tiyn:
            raise ValidationError(Code.PAY_CARD_AMOUNT, field="card_amount")
        if cash is not None and card_amount == total_tiyn:
            raise ValidationError(Code.PAY_CASH_NOTHING, field="tendered")
        settled.append(
            SettledPayment(
                PaymentMethod.CARD, card_amount, reference=card_reference(card.reference)
            )
        )
        cash_due = total_tiyn - card_amount
    if cash is not None:
        tendered = cash_due if cash.amount_tiyn is None else cash.amount_tiyn
        change = cash_change(cash_due, tendered)
        settled.append(SettledPayment(PaymentMethod.CASH, cash_due, tendered, change))
    return tuple(settled)


def refund_split(
    amount_tiyn: int, paid: dict[PaymentMethod, int], refunded: dict[PaymentMethod, int]
) -> dict[PaymentMethod, int]:
    """How a return's money goes back by the sale's own methods: to the card first (up to
    what the card paid and was not refunded yet), the rest in cash."""
    left = amount_tiyn
    out: dict[PaymentMethod, int] = {}
    for method in (PaymentMethod.CARD, PaymentMethod.CASH):
        room = paid.get(method, 0) - refunded.get(method, 0)
        take = min(left, max(room, 0))
        if take:
            out[method] = take
            left -= take
    if left:  # rounding of partial lines: the drawer pays the last tiyn
        out[PaymentMethod.CASH] = out.get(PaymentMethod.CASH, 0) + left
    return out
