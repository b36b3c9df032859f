"""Masked forms of personal data for slips, receipts, logs and test output."""

from __future__ import annotations

import re


def mask_iin(iin: str | None) -> str:
    """'920315300012' -> '9203******12'."""
    if not iin:
        return ""
    return iin[:4] + "*" * (len(iin) - 6) + iin[-2:]


def mask_phone(phone: str | None) -> str:
    """'+77011234567' -> '+7701*****67'."""
    if not phone:
        return ""
    return phone[:5] + "*" * max(len(phone) - 7, 0) + phone[-2:]


def mask_name(given_name: str | None, surname: str | None = None) -> str:
    """'Асель', 'Нурланова' -> 'А*** Н.'; enough for the buyer to recognise a receipt."""
    parts = []
    if given_name:
        parts.append(given_name[0] + "***")
    if surname:
        parts.append(surname[0] + ".")
    return " ".join(parts)


def mask_email(email: str | None) -> str:
    """'aigerim@mail.kz' -> 'a***@mail.kz'."""
    if not email:
        return ""
    local, _, domain = email.partition("@")
    return f"{local[:1]}***@{domain}"


def mask_text(text: str | None) -> str:
    """'050000, Алматы, пр. Абая, 1' -> '0***': says a value is held, shows none of it."""
    if not text:
        return ""
    return text[:1] + "***"


def mask_document(number: str | None) -> str:
    """'N12345678' -> '*******78': enough to tell two documents apart, not to use one."""
    if not number:
        return ""
    keep = 2 if len(number) > 4 else 0
    return "*" * (len(number) - keep) + number[len(number) - keep :]


# Twelve digits in a row (an IIN or BIN) and Kazakh phone numbers in any common spelling.
_IIN = re.compile(r"(?<!\d)(\d{4})\d{6}(\d{2})(?!\d)")
_PHONE = re.compile(r"(?<![\d+])(\+?[78])[\s(-]*(\d{3})[\s)-]*\d{3}[\s-]*\d{2}[\s-]*(\d{2})(?!\d)")
_EMAIL = re.compile(r"([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+)")


def scrub(text: str) -> str:
    """Mask anything shaped like an IIN, a phone number or an e-mail address."""
    text = _IIN.sub(r"\1******\2", text)
    text = _PHONE.sub(r"\1\2*****\3", text)
    return _EMAIL.sub(r"\1***@\2", text)
