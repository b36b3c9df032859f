"""The message catalogue: every code has its English, and every raise names exactly the
code's parameters."""

from __future__ import annotations

import ast
import datetime as dt
import uuid
from pathlib import Path

from pos.domain.codes import ENGLISH, Code
from pos.domain.enums import PaymentMethod, Purpose, Role
from pos.domain.errors import (
    NotFound,
    PosError,
    Refused,
    ValidationError,
    ValidationErrors,
    message,
    template_fields,
)
from pos.domain.money import Money
from pos.services.context import Action

ROOT = Path(__file__).resolve().parents[2]
# Where a code is raised or said; a call names the code, then its parameters by keyword.
PACKAGES = ("pos", "printing", "sync", "till", "ui")
MAKERS = {
    "PosError",
    "ValidationError",
    "ValidationErrors",
    "NotFound",
    "PermissionDenied",
    "Refused",
    "Conflict",
    "DatabaseError",
    "WrongKey",
    "PrinterFault",
    "SyncError",
    "SyncFailed",
    "Transient",
    "Permanent",
    "message",
    "_outcome",
}
# Keywords of the makers that are not message parameters.
NOT_PARAMS = {"field", "retry_after"}


def test_every_code_has_its_english() -> None:
    assert set(ENGLISH) == set(Code)
    values = [c.value for c in Code]
    assert len(values) == len(set(values))
    assert all("." in v and v == v.lower() for v in values)


def _codes_in(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return [node.attr] if node.value.id == "Code" else []
    if isinstance(node, ast.IfExp):
        return _codes_in(node.body) + _codes_in(node.orelse)
    return []


def _calls() -> list[tuple[str, str, set[str]]]:
    """(where, code, keywords) of every call that makes a coded error or message."""
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name not in MAKERS or any(k.arg is None for k in node.keywords):
                    continue
                keywords = {k.arg for k in node.keywords if k.arg} - NOT_PARAMS
                if name == "Permanent":
                    keywords.discard("status")  # the HTTP status, kept on the error
                for arg in node.args:
                    for code in _codes_in(arg):
                        where = f"{path.relative_to(ROOT)}:{node.lineno}"
                        found.append((where, code, keywords))
    return found


def test_every_call_names_exactly_the_codes_parameters() -> None:
    calls = _calls()
    assert len(calls) > 150  # the scan sees the raise sites
    wrong = [
        (where, code, sorted(keywords), sorted(template_fields(ENGLISH[Code[code]])))
        for where, code, keywords in calls
        if keywords != template_fields(ENGLISH[Code[code]])
    ]
    assert not wrong


def test_the_english_is_the_sentence_it_always_was() -> None:
    assert str(ValidationError(Code.IIN_LENGTH, field="iin")) == "IIN must be exactly 12 digits"
    assert str(Refused(Code.CONSENT_MISSING_PURPOSES, purposes=(Purpose.CREDIT, Purpose.SALE))) == (
        "the buyer has not consented to: credit, sale; print a consent slip first"
    )
    owed = message(
        Code.CREDIT_OUTSTANDING,
        kind=PaymentMethod.INSTALLMENT.sale_type,
        bank="Halyk Bank",
        amount=Money(30_000_000),
        until=dt.date(2025, 9, 1),
    )
    blocked = Refused(Code.WITHDRAWAL_REFUSED, obligation=owed, blocker="credit_outstanding:x")
    assert str(blocked) == (
        "an installment with Halyk Bank is outstanding (300 000,00 ₸) until 2025-09-01; "
        "consent to credit cannot be withdrawn until it is repaid [credit_outstanding:x]"
    )
    assert str(NotFound(Code.PRINTER_PROFILE_UNKNOWN, profile="tm")) == (
        "unknown printer profile 'tm' (see python-escpos's printer database)"
    )
    buyer = uuid.UUID(int=1)
    assert str(NotFound(Code.BUYER_NOT_FOUND, buyer_id=buyer)) == f"no buyer with id {buyer}"
    denied = PosError(
        Code.ROLE_NEEDED, action=Action.RETENTION_RUN, role=Role.STORE_ADMIN, mine=Role.CASHIER
    )
    assert str(denied) == "a retention run needs the store admin role; you are signed in as cashier"


def test_several_field_errors_say_the_first_and_count_the_rest() -> None:
    errors = ValidationErrors(
        {
            "phone": ValidationError(Code.PHONE_INVALID, field="phone"),
            "email": ValidationError(Code.EMAIL_FORM, field="email"),
        }
    )
    assert (errors.code, errors.field, errors.more) == (Code.PHONE_INVALID, "phone", 1)
    assert str(errors) == "phone number is not valid (and 1 more)"
