"""Kazakhstan individual identification number (IIN, ЖСН/ИИН).

Layout: YYMMDD, a century-and-sex digit (1/2: 1800s, 3/4: 1900s, 5/6: 2000s; odd male,
even female), four serial digits and a check digit computed mod 11 with two weight
passes. Messages name what is wrong, never the number itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pos.domain.enums import Sex
from pos.domain.errors import Code, ValidationError

_FIRST_WEIGHTS = tuple(range(1, 12))
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


@dataclass(frozen=True, slots=True)
class IinInfo:
    birth_date: dt.date
    sex: Sex


def check_digit(first11: str) -> int | None:
    """The 12th digit for these 11 digits, or None when no valid check digit exists."""
    digits = [int(c) for c in first11]
    for weights in (_FIRST_WEIGHTS, _SECOND_WEIGHTS):
        remainder = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if remainder != 10:
            return remainder
    return None


def normalize_iin(raw: str) -> str:
    """Strip spaces a cashier may type; nothing else is forgiven."""
    return "".join(raw.split())


def parse_iin(raw: str, *, birth_date: dt.date | None = None, field: str = "iin") -> IinInfo:
    """Validate an IIN and return what it encodes.

    When `birth_date` is given it must equal the date the IIN encodes.
    """
    iin = normalize_iin(raw)
    if len(iin) != 12 or not iin.isascii() or not iin.isdigit():
        raise ValidationError(Code.IIN_LENGTH, field=field)
    expected = check_digit(iin[:11])
    if expected is None or expected != int(iin[11]):
        raise ValidationError(Code.IIN_CHECK_DIGIT, field=field)
    century_digit = int(iin[6])
    if century_digit not in _CENTURY:
        raise ValidationError(Code.IIN_CENTURY_DIGIT, field=field)
    year = _CENTURY[century_digit] + int(iin[0:2])
    try:
        encoded = dt.date(year, int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        raise ValidationError(Code.IIN_NO_SUCH_DATE, field=field) from None
    sex = Sex.MALE if century_digit % 2 == 1 else Sex.FEMALE
    if birth_date is not None and birth_date != encoded:
        if birth_date.year != encoded.year and (birth_date.year % 100) == (encoded.year % 100):
            raise ValidationError(Code.IIN_CENTURY_MISMATCH, field=field)
        raise ValidationError(Code.IIN_BIRTH_DATE_MISMATCH, field=field)
    return IinInfo(birth_date=encoded, sex=sex)


def make_iin(birth_date: dt.date, sex: Sex, serial: int) -> str | None:
    """Build a valid IIN for a date, sex and 4-digit serial; None if the serial has no check digit.

    Used by the demo-data generator and tests; real IINs are issued by the state.
    """
    base = {1800: 1, 1900: 3, 2000: 5}[birth_date.year // 100 * 100]
    century_digit = base + (0 if sex is Sex.MALE else 1)
    first11 = f"{birth_date:%y%m%d}{century_digit}{serial % 10000:04d}"
    digit = check_digit(first11)
    return None if digit is None else first11 + str(digit)
