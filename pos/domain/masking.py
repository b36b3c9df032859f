"""Masked forms of personal data for slips, receipts, logs and test output."""

from __future__ import annotations


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
