"""The message catalogue: every code has its English, every raise names exactly the code's
parameters, and the rules the service and the window share decide the same way."""

from __future__ import annotations

import ast
import datetime as dt
import uuid
from pathlib import Path

import pytest

from pos.domain.codes import ENGLISH, Code
from pos.domain.consent import consent_gap
from pos.domain.enums import ConsentState, PaymentMethod, Purpose, Role
from pos.domain.errors import (
    NotFound,
    PosError,
    Refused,
    ValidationError,
    ValidationErrors,
    message,
    template_fields,
)
from pos.domain.minimization import BuyerField, SaleNeeds
from pos.domain.money import Money
from pos.domain.payment import cash_change
from pos.domain.views import PurposeStatus
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
TODAY = dt.date(2025, 3, 1)
SINCE = dt.datetime(2025, 1, 10, 9, 0, tzinfo=dt.UTC)


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


def _status(
    purpose: Purpose, label: str = "P-2", until: dt.date | None = None, *, in_force: bool = True
) -> PurposeStatus:
    return PurposeStatus(
        purpose=purpose,
        state=ConsentState.GIVEN if in_force else ConsentState.WITHDRAWN,
        policy_label=label,
        since=SINCE,
        valid_until=until,
        consent_id=uuid.UUID(int=7),
    )


DELIVERY = SaleNeeds(PaymentMethod.CASH, delivery=True)
HELD = {"given_name", "phone", "delivery_address"}


def test_consent_gap_closed_when_consents_and_data_cover_the_sale() -> None:
    gap = consent_gap(
        [_status(Purpose.SALE), _status(Purpose.DELIVERY, until=TODAY)],
        HELD,
        refused=False,
        policy_label="P-2",
        needs=DELIVERY,
        today=TODAY,
    )
    assert not gap.asks_for_consent and gap.error() is None


def test_consent_gap_names_what_is_missing_in_the_order_the_service_refuses() -> None:
    expired = consent_gap(
        [_status(Purpose.SALE), _status(Purpose.DELIVERY, until=TODAY - dt.timedelta(days=1))],
        {"given_name"},
        refused=False,
        policy_label="P-2",
        needs=DELIVERY,
        today=TODAY,
    )
    assert expired.expired == (Purpose.DELIVERY,) and expired.asks_for_consent
    error = expired.error()
    assert error is not None and error.code is Code.CONSENT_MISSING_PURPOSES
    assert error.params["purposes"] == (Purpose.DELIVERY,)

    stale = consent_gap(
        [_status(Purpose.SALE, "P-1"), _status(Purpose.DELIVERY, "P-1")],
        {"given_name"},
        refused=False,
        policy_label="P-2",
        needs=DELIVERY,
        today=TODAY,
    )
    assert stale.stale == (Purpose.DELIVERY, Purpose.SALE) and stale.policy_changed
    assert stale.error() is not None and stale.error().code is Code.CONSENT_STALE_POLICY  # type: ignore[union-attr]

    fields = consent_gap(
        [_status(Purpose.SALE), _status(Purpose.DELIVERY)],
        {"given_name"},
        refused=False,
        policy_label="P-2",
        needs=DELIVERY,
        today=TODAY,
    )
    assert fields.missing_fields == (BuyerField.PHONE, BuyerField.DELIVERY_ADDRESS)
    assert str(fields.error()) == (
        "this sale needs the buyer's phone, delivery address; take a consent with them first"
    )


def test_a_written_refusal_is_refused_and_asks_for_no_consent() -> None:
    gap = consent_gap(
        [_status(Purpose.SALE)],
        set(),
        refused=True,
        policy_label="P-2",
        needs=SaleNeeds(),
        today=TODAY,
    )
    assert not gap.asks_for_consent
    assert gap.error() is not None and gap.error().code is Code.SALE_BUYER_REFUSED  # type: ignore[union-attr]


def test_offers_need_one_of_phone_or_email() -> None:
    gap = consent_gap(
        [_status(Purpose.SALE), _status(Purpose.MARKETING)],
        {"given_name"},
        refused=False,
        policy_label="P-2",
        needs=SaleNeeds(marketing=True),
        today=TODAY,
    )
    assert gap.missing_one_of == ((BuyerField.PHONE, BuyerField.EMAIL),)
    assert gap.asks_for_consent


@pytest.mark.parametrize(("tendered", "change"), [(10_000, 0), (25_000, 15_000)])
def test_cash_covers_the_total(tendered: int, change: int) -> None:
    assert cash_change(10_000, tendered) == change


def test_cash_short_of_the_total_is_refused_on_the_tendered_field() -> None:
    with pytest.raises(ValidationError) as caught:
        cash_change(10_000, 9_999)
    assert (caught.value.code, caught.value.field) == (Code.SALE_CASH_SHORT, "tendered")
