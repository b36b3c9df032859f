"""Reference fields take a document reference, never personal data.

A written refusal's reference, a destruction's reason, a withdrawal's reference and a
disclosure's legal basis outlive the buyer's destruction (they stay with the request or
the disclosure register), so a name or a phone typed there would survive it. A number
that looks like an IIN (12 digits) or a phone number (10 or 11 digits, with or without
spaces, dashes, brackets, +7 or 8) is refused; the window's hint says what to type.
"""

from __future__ import annotations

import re

from pos.domain.errors import Code, ValidationError

# The hint every reference field shows (the window translates it).
REFERENCE_HINT = "a document reference (number and date), not a name, IIN or phone"

# Digits, possibly joined by the separators people type inside one number.
_DIGIT_RUN = re.compile(r"\+?\d(?:[\s\-().]{0,2}\d)*")


def personal_number(text: str) -> str | None:
    """'iin' or 'phone' if `text` holds a digit run shaped like one; None otherwise."""
    for match in _DIGIT_RUN.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if len(digits) == 12:
            return "iin"
        # A national number (10 digits) starts with an area or mobile code, 3 to 9 (Kazakh
        # ones with 7); with the country prefix (+7 or 8) it has 11. A year-led register
        # number such as "2026-000123" is not a phone.
        if (len(digits) == 10 and digits[0] in "3456789") or (
            len(digits) == 11 and digits[0] in "78"
        ):
            return "phone"
    # A 12-digit IIN inside a longer run joined by separators ("01-900101300123").
    for plain in re.findall(r"\d+", text):
        if len(plain) == 12:
            return "iin"
    return None


def check_reference(text: str | None, *, field: str = "reference") -> None:
    """Refuse a reference that holds what looks like an IIN or a phone number."""
    if text and personal_number(text) is not None:
        raise ValidationError(Code.REFERENCE_PERSONAL_DATA, field=field)
