"""Who sees what (BRIEF 11): a buyer's fields by role, the settings that hold secrets, and
the role each read of personal data or secrets needs. Pure rules; the services apply them
(README "Who sees what" prints the same table).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from pos.domain.buyer import BuyerData
from pos.domain.enums import Role
from pos.domain.masking import mask_document, mask_email, mask_iin, mask_phone, mask_text
from pos.domain.minimization import BUYER_FIELDS

# The least role that sees each of a buyer's fields in full. Below it a text field is shown
# in its masked form and a date is withheld (None); either way the view names the field
# as held (`BuyerView.masked`), so the window still knows what not to ask again. A cashier
# keeps the name (to greet the buyer and check it against the slip) and the document's
# type; everything that identifies or reaches the person is a sales manager's.
FULL_FROM: Mapping[str, Role] = {
    "surname": Role.CASHIER,
    "given_name": Role.CASHIER,
    "patronymic": Role.CASHIER,
    "iin": Role.SALES_MANAGER,
    "birth_date": Role.SALES_MANAGER,
    "phone": Role.SALES_MANAGER,
    "email": Role.SALES_MANAGER,
    "delivery_address": Role.SALES_MANAGER,
    "registration_address": Role.SALES_MANAGER,
    "id_doc_type": Role.CASHIER,
    "id_doc_number": Role.SALES_MANAGER,
    "id_doc_issue_date": Role.SALES_MANAGER,
    "id_doc_issuer": Role.SALES_MANAGER,
}

# How a text field is shown below FULL_FROM (a field without a mask is withheld).
MASKS: Mapping[str, Callable[[str], str]] = {
    "iin": mask_iin,
    "phone": mask_phone,
    "email": mask_email,
    "delivery_address": mask_text,
    "registration_address": mask_text,
    "id_doc_number": mask_document,
    "id_doc_issuer": mask_text,
}

# The least role for each read of personal data or secrets beyond a buyer's own fields.
ACCESS_REPORT = Role.SALES_MANAGER  # the buyer's own right: in full, handed to the buyer
SLIP_REPRINT = Role.SALES_MANAGER  # a signed slip names the buyer and their consent
OUTBOX_PAYLOADS = Role.STORE_ADMIN  # events for head office carry personal values
SECRET_SETTINGS = Role.STORE_ADMIN  # the head-office credential and TLS key files

# Settings fields that are secrets: the credential head office knows this till by, and the
# paths of its TLS client certificate and key. The rest of a setting (the head office's
# address, say) stays readable by anyone signed in.
SECRET_FIELDS: Mapping[str, frozenset[str]] = {
    "headoffice": frozenset({"token", "client_cert", "client_key"}),
}


def shown_in_full(field: str, role: Role) -> bool:
    """True when `role` sees `field` of a buyer as stored (an unknown field: admin only)."""
    return role.allows(FULL_FROM.get(field, Role.STORE_ADMIN))


def visible_buyer(data: BuyerData, role: Role) -> tuple[BuyerData, tuple[str, ...]]:
    """`data` as `role` may see it, and the held fields it shows masked or withholds."""
    changes: dict[str, Any] = {}
    masked: list[str] = []
    held = data.given_fields()
    for name in BUYER_FIELDS:
        if name not in held or shown_in_full(name, role):
            continue
        value = getattr(data, name)
        mask = MASKS.get(name)
        changes[name] = mask(value) if mask is not None and isinstance(value, str) else None
        masked.append(name)
    return replace(data, **changes), tuple(masked)


def secret_fields(key: str) -> frozenset[str]:
    """The fields of setting `key` that only a store admin (or the till itself) reads."""
    return SECRET_FIELDS.get(key, frozenset())


def without_secrets(key: str, value: Mapping[str, Any]) -> dict[str, Any]:
    """Setting `key` with its secret fields left out."""
    hidden = secret_fields(key)
    return {k: v for k, v in value.items() if k not in hidden}
