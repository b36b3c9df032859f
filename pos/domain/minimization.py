"""Data minimization (BRIEF 4.2): what each kind of sale may ask for and which consents it needs.

The services refuse more data than the sale needs and refuse a sale whose needed data or
consents are missing, naming what is missing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from pos.domain.enums import DataCategory, PaymentMethod, Purpose, RecipientCategory, SaleType


class BuyerField(StrEnum):
    """A field of the buyer's data, as a message names it (equal to its plain name)."""

    SURNAME = "surname"
    GIVEN_NAME = "given_name"
    PATRONYMIC = "patronymic"
    IIN = "iin"
    BIRTH_DATE = "birth_date"
    PHONE = "phone"
    EMAIL = "email"
    DELIVERY_ADDRESS = "delivery_address"
    REGISTRATION_ADDRESS = "registration_address"
    ID_DOC_TYPE = "id_doc_type"
    ID_DOC_NUMBER = "id_doc_number"
    ID_DOC_ISSUE_DATE = "id_doc_issue_date"
    ID_DOC_ISSUER = "id_doc_issuer"


NAME_FIELDS = ("surname", "given_name", "patronymic")
ID_DOC_FIELDS = ("id_doc_type", "id_doc_number", "id_doc_issue_date", "id_doc_issuer")
BUYER_FIELDS: tuple[str, ...] = tuple(f.value for f in BuyerField)

FIELD_CATEGORY: dict[str, DataCategory] = {
    "surname": DataCategory.FULL_NAME,
    "given_name": DataCategory.FULL_NAME,
    "patronymic": DataCategory.FULL_NAME,
    "iin": DataCategory.IIN,
    "birth_date": DataCategory.BIRTH_DATE,
    "phone": DataCategory.PHONE,
    "email": DataCategory.EMAIL,
    "delivery_address": DataCategory.DELIVERY_ADDRESS,
    "registration_address": DataCategory.REGISTRATION_ADDRESS,
    "id_doc_type": DataCategory.ID_DOCUMENT,
    "id_doc_number": DataCategory.ID_DOCUMENT,
    "id_doc_issue_date": DataCategory.ID_DOCUMENT,
    "id_doc_issuer": DataCategory.ID_DOCUMENT,
}

FIELD_LABEL: dict[str, str] = {
    "surname": "surname",
    "given_name": "given name",
    "patronymic": "patronymic",
    "iin": "IIN",
    "birth_date": "date of birth",
    "phone": "phone",
    "email": "e-mail",
    "delivery_address": "delivery address",
    "registration_address": "registration address",
    "id_doc_type": "ID document type",
    "id_doc_number": "ID document number",
    "id_doc_issue_date": "ID document issue date",
    "id_doc_issuer": "ID document issuer",
}

# Who may receive data under each purpose (policy 4.3.2); the disclosure service enforces it.
PURPOSE_RECIPIENTS: dict[Purpose, tuple[RecipientCategory, ...]] = {
    Purpose.SALE: (RecipientCategory.COUNTERPARTY,),
    Purpose.DELIVERY: (RecipientCategory.COURIER, RecipientCategory.POSTAL),
    Purpose.CREDIT: (RecipientCategory.PARTNER_BANK,),
    Purpose.INSURANCE: (RecipientCategory.INSURER,),
    Purpose.MARKETING: (),
}

# The data each purpose uses, when the buyer has given it.
PURPOSE_CATEGORIES: dict[Purpose, tuple[DataCategory, ...]] = {
    # E-mail is collected only for offers, so only marketing justifies keeping it.
    Purpose.SALE: (DataCategory.FULL_NAME, DataCategory.PHONE, DataCategory.PURCHASE_HISTORY),
    Purpose.DELIVERY: (DataCategory.FULL_NAME, DataCategory.PHONE, DataCategory.DELIVERY_ADDRESS),
    Purpose.CREDIT: (
        DataCategory.FULL_NAME,
        DataCategory.IIN,
        DataCategory.BIRTH_DATE,
        DataCategory.PHONE,
        DataCategory.REGISTRATION_ADDRESS,
        DataCategory.ID_DOCUMENT,
    ),
    Purpose.INSURANCE: (
        DataCategory.FULL_NAME,
        DataCategory.IIN,
        DataCategory.BIRTH_DATE,
        DataCategory.PHONE,
    ),
    Purpose.MARKETING: (
        DataCategory.FULL_NAME,
        DataCategory.PHONE,
        DataCategory.EMAIL,
        DataCategory.PURCHASE_HISTORY,
    ),
}

_CREDIT_REQUIRED = frozenset(
    {"surname", "given_name", "iin", "birth_date", "phone", "registration_address", *ID_DOC_FIELDS}
)
_INSURANCE_REQUIRED = frozenset({"surname", "given_name", "iin", "birth_date", "phone"})


@dataclass(frozen=True, slots=True)
class SaleNeeds:
    """What the sale at the counter involves; decides the data and consents it needs."""

    payment: PaymentMethod = PaymentMethod.CASH
    delivery: bool = False
    marketing: bool = False
    insurance: bool = False

    @property
    def sale_type(self) -> SaleType:
        return self.payment.sale_type


@dataclass(frozen=True, slots=True)
class Requirements:
    required_fields: frozenset[str]
    allowed_fields: frozenset[str]
    # At least one field of each group must be given (marketing: phone or e-mail).
    one_of: tuple[frozenset[str], ...]
    required_purposes: frozenset[Purpose]

    @property
    def carries_personal_data(self) -> bool:
        return bool(self.required_fields or self.one_of)


def requirements_for(needs: SaleNeeds) -> Requirements:
    """The minimization matrix of BRIEF 4.2 as data."""
    required: set[str] = set()
    allowed: set[str] = set()
    one_of: list[frozenset[str]] = []
    purposes: set[Purpose] = set()
    if needs.sale_type in (SaleType.CREDIT, SaleType.INSTALLMENT):
        required |= _CREDIT_REQUIRED
        allowed |= _CREDIT_REQUIRED | {"patronymic"}
        purposes |= {Purpose.SALE, Purpose.CREDIT}
    if needs.delivery:
        required |= {"given_name", "phone", "delivery_address"}
        allowed |= {"surname", "given_name", "patronymic", "phone", "delivery_address"}
        purposes |= {Purpose.SALE, Purpose.DELIVERY}
    if needs.insurance:
        required |= _INSURANCE_REQUIRED
        allowed |= _INSURANCE_REQUIRED | {"patronymic"}
        purposes |= {Purpose.SALE, Purpose.INSURANCE}
    if needs.marketing:
        allowed |= {"given_name", "phone", "email"}
        if not required & {"phone", "email"}:
            one_of.append(frozenset({"phone", "email"}))
        purposes |= {Purpose.SALE, Purpose.MARKETING}
    allowed |= required
    return Requirements(
        required_fields=frozenset(required),
        allowed_fields=frozenset(allowed),
        one_of=tuple(one_of),
        required_purposes=frozenset(purposes),
    )


def purposes_justifying(field: str) -> frozenset[Purpose]:
    """The purposes under which a buyer field may be kept."""
    category = FIELD_CATEGORY[field]
    return frozenset(p for p, cats in PURPOSE_CATEGORIES.items() if category in cats)


def describe_fields(fields: set[str] | frozenset[str]) -> str:
    """'IIN, date of birth' in the order of BUYER_FIELDS, for messages."""
    return ", ".join(FIELD_LABEL[f] for f in BUYER_FIELDS if f in fields)


def field_list(fields: Iterable[str]) -> tuple[BuyerField, ...]:
    """Fields as a message parameter, in the order of BUYER_FIELDS."""
    wanted = set(fields)
    return tuple(f for f in BuyerField if f.value in wanted)
