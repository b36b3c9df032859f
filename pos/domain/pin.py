"""What a staff PIN may be, and how long repeated wrong PINs lock sign-in.

A PIN is 4 to 8 digits. The PINs people pick first (one digit repeated, a run up or down
the digits or the keypad, a repeated pair, a year of birth) are the ones a guesser tries
first, so they are refused. Wrong PINs lock sign-in for longer each time, and after the
third lockout only a store admin can unlock: guessing is capped at a few dozen tries, not
1,440 a day.
"""

from __future__ import annotations

import datetime as dt
import itertools

from pos.domain.codes import Code
from pos.domain.errors import ValidationError

MIN_DIGITS, MAX_DIGITS = 4, 8
FAILURES_PER_LOCK = 5
# The first lockout, then the second; the third lasts until a store admin lifts it.
LOCKOUTS = (dt.timedelta(minutes=5), dt.timedelta(hours=1))

# Keypad columns and diagonals people walk (phone and till keypads: 1-2-3 on top).
_WALKS = ("147", "258", "369", "741", "852", "963", "159", "357", "951", "753", "2580", "0852")
_USUAL = {"1004", "2000", "6969", "1212", "7777", "1122", "1010", "2001", "4444", "5683"}


def check_pin(pin: str) -> str:
    """The PIN if it may be used; else a ValidationError on the `pin` field."""
    if not (pin.isascii() and pin.isdigit() and MIN_DIGITS <= len(pin) <= MAX_DIGITS):
        raise ValidationError(Code.PIN_FORM, field="pin")
    if _trivial(pin):
        raise ValidationError(Code.PIN_TRIVIAL, field="pin")
    return pin


def _trivial(pin: str) -> bool:
    digits = [int(c) for c in pin]
    steps = {(b - a) % 10 for a, b in itertools.pairwise(digits)}
    if len(steps) == 1:
        return True  # 0000, 1234, 9876, 1357, 0246, 8642...
    if len(set(pin)) <= 2 and len(pin) <= 6:
        return True  # 1122, 1211, 0101...
    half = len(pin) // 2
    if len(pin) % 2 == 0 and pin[:half] == pin[half:]:
        return True  # 123123, 4747
    if pin in _USUAL or any(pin in walk * 2 for walk in _WALKS):
        return True
    return len(pin) == 4 and pin[:2] in ("19", "20")  # a year


def lockout_after(failures: int) -> dt.timedelta | None:
    """How long sign-in locks once `failures` wrong PINs in a row were typed; None while
    under the next threshold. `dt.timedelta.max` means until a store admin unlocks."""
    if failures == 0 or failures % FAILURES_PER_LOCK:
        return None
    nth = failures // FAILURES_PER_LOCK
    return LOCKOUTS[nth - 1] if nth <= len(LOCKOUTS) else dt.timedelta.max
