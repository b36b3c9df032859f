"""The buyer's personal data as entered at the counter, and its validation."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields, replace

from pos.domain.contact import normalize_email, normalize_phone
from pos.domain.enums import Sex
from pos.domain.errors import Code, ValidationError, ValidationErrors
from pos.domain.iin import parse_iin
from pos.domain.minimization import BuyerField, Requirements, field_list
from pos.domain.names import tidy_name

ID_DOC_TYPES = ("id_card", "passport", "residence_permit", "stateless_certificate")
_NAME = re.compile(r"^[^\W\d_]+(?:[ '\-’][^\W\d_]+)*$")
_DOC_NUMBER = re.compile(r"^[A-Za-z0-9]{5,20}$")
_MAX_NAME = 100
_MAX_TEXT = 300


@dataclass(frozen=True, slots=True)
class BuyerData:
    """Fields a buyer may give. Empty strings mean "not given"."""

    surname: str | None = None
    given_name: str | None = None
    patronymic: str | None = None
    iin: str | None = None
    birth_date: dt.date | None = None
    phone: str | None = None
    email: str | None = None
    delivery_address: str | None = None
    registration_address: str | None = None
    id_doc_type: str | None = None
    id_doc_number: str | None = None
    id_doc_issue_date: dt.date | None = None
    id_doc_issuer: str | None = None

    def given_fields(self) -> set[str]:
        return {f.name for f in fields(self) if _present(getattr(self, f.name))}

    def as_dict(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def merged_over(self, base: BuyerData) -> BuyerData:
        """This data with the gaps filled from `base` (a returning buyer's stored data)."""
        updates = {name: getattr(self, name) for name in self.given_fields()}
        return replace(base, **updates)


@dataclass(frozen=True, slots=True)
class CleanBuyer:
    """Validated and normalised buyer data plus what the IIN tells."""

    data: BuyerData
    sex: Sex | None


def _present(value: object) -> bool:
    return value is not None and value != ""


def clean_buyer(
    data: BuyerData,
    requirements: Requirements | None = None,
    *,
    today: dt.date | None = None,
) -> CleanBuyer:
    """Validate every given field; with `requirements`, also enforce minimization.

    Raises ValidationErrors with one coded error per offending field.
    """
    today = today or dt.datetime.now(dt.UTC).date()
    errors: dict[str, ValidationError] = {}
    out: dict[str, object] = {}
    given = data.given_fields()

    if requirements is not None:
        extra = given - requirements.allowed_fields
        if extra:
            for name in sorted(extra):
                errors[name] = ValidationError(
                    Code.BUYER_FIELD_NOT_NEEDED, field=name, what=BuyerField(name)
                )
        missing = requirements.required_fields - given
        for name in sorted(missing):
            errors[name] = ValidationError(
                Code.BUYER_FIELD_REQUIRED, field=name, what=BuyerField(name)
            )
        for group in requirements.one_of:
            if not group & given:
                key = sorted(group)[0]
                errors.setdefault(
                    key,
                    ValidationError(Code.BUYER_ONE_OF_MISSING, field=key, fields=field_list(group)),
                )

    def check(name: str, fn: object) -> None:
        value = getattr(data, name)
        if not _present(value) or name in errors:
            return
        try:
            out[name] = fn(value)  # type: ignore[operator]
        except ValidationError as exc:
            errors[name] = exc

    for name in ("surname", "given_name", "patronymic"):
        check(name, lambda v, n=name: _clean_name(v, n))
    check("birth_date", lambda v: _clean_birth_date(v, today))
    sex: Sex | None = None
    if _present(data.iin) and "iin" not in errors:
        birth = out.get("birth_date") if "birth_date" not in errors else None
        try:
            info = parse_iin(str(data.iin), birth_date=birth)  # type: ignore[arg-type]
            out["iin"] = "".join(str(data.iin).split())
            sex = info.sex
        except ValidationError as exc:
            errors["iin"] = exc
    check("phone", normalize_phone)
    check("email", normalize_email)
    check("delivery_address", lambda v: _clean_text(v, "delivery_address"))
    check("registration_address", lambda v: _clean_text(v, "registration_address"))
    check("id_doc_type", _clean_doc_type)
    check("id_doc_number", _clean_doc_number)
    check("id_doc_issuer", lambda v: _clean_text(v, "id_doc_issuer", _MAX_NAME))
    check("id_doc_issue_date", lambda v: _clean_issue_date(v, today, out.get("birth_date")))

    if errors:
        raise ValidationErrors(errors)
    return CleanBuyer(data=BuyerData(**out), sex=sex)  # type: ignore[arg-type]


def _clean_name(value: str, field: str) -> str:
    name = tidy_name(value)
    if len(name) > _MAX_NAME:
        raise ValidationError(Code.BUYER_TOO_LONG, field=field, what=BuyerField(field), n=_MAX_NAME)
    if not _NAME.match(name):
        raise ValidationError(Code.BUYER_NAME_LETTERS, field=field, what=BuyerField(field))
    return name


def _clean_text(value: str, field: str, limit: int = _MAX_TEXT) -> str:
    text = " ".join(value.split())
    if len(text) > limit:
        raise ValidationError(Code.BUYER_TOO_LONG, field=field, what=BuyerField(field), n=limit)
    return text


def _clean_birth_date(value: dt.date, today: dt.date) -> dt.date:
    if not isinstance(value, dt.date):
        raise ValidationError(Code.BUYER_BIRTH_DATE_NOT_DATE, field="birth_date")
    if value > today:
        raise ValidationError(Code.BUYER_BIRTH_DATE_FUTURE, field="birth_date")
    if value.year < 1900:
        raise ValidationError(Code.BUYER_BIRTH_DATE_BEFORE_1900, field="birth_date")
    return value


def _clean_issue_date(value: dt.date, today: dt.date, birth: object) -> dt.date:
    if value > today:
        raise ValidationError(Code.BUYER_ISSUE_DATE_FUTURE, field="id_doc_issue_date")
    if isinstance(birth, dt.date) and value <= birth:
        raise ValidationError(Code.BUYER_ISSUE_DATE_BEFORE_BIRTH, field="id_doc_issue_date")
    return value


def _clean_doc_type(value: str) -> str:
    if value not in ID_DOC_TYPES:
        raise ValidationError(Code.BUYER_DOC_TYPE, field="id_doc_type", types=ID_DOC_TYPES)
    return value


def _clean_doc_number(value: str) -> str:
    number = "".join(value.split()).upper()
    if not _DOC_NUMBER.match(number):
        raise ValidationError(Code.BUYER_DOC_NUMBER, field="id_doc_number")
    return number
