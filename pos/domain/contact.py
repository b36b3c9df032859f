"""Phone numbers (Kazakhstan numbering plan, stored as E.164) and e-mail form."""

from __future__ import annotations

import re

import phonenumbers

from pos.domain.errors import Code, ValidationError

_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
    r"(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)


def normalize_phone(raw: str, field: str = "phone") -> str:
    """Return a Kazakh phone number as E.164 (+77011234567) or raise ValidationError.

    Accepts the ways cashiers type them: +7 701 123 45 67, 8 (701) 123-45-67, 7011234567.
    """
    text = raw.strip()
    if not text:
        raise ValidationError(Code.PHONE_EMPTY, field=field)
    try:
        number = phonenumbers.parse(text, "KZ")
    except phonenumbers.NumberParseException:
        raise ValidationError(Code.PHONE_NOT_A_NUMBER, field=field) from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(Code.PHONE_INVALID, field=field)
    if phonenumbers.region_code_for_number(number) != "KZ":
        raise ValidationError(Code.PHONE_NOT_KZ, field=field)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_email(raw: str, field: str = "email") -> str:
    """Return a trimmed e-mail with a lower-cased domain, or raise ValidationError."""
    text = raw.strip()
    if not _EMAIL.match(text):
        raise ValidationError(Code.EMAIL_FORM, field=field)
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"


def phone_digits(e164: str) -> str:
    """The digits of an E.164 number, without the plus."""
    return e164.lstrip("+")
