"""Writing a buyer's fields and their search keys; the only place buyer values are set."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pos.domain.buyer import CleanBuyer
from pos.domain.contact import phone_digits
from pos.domain.minimization import BUYER_FIELDS
from pos.domain.names import name_tokens
from pos.storage.models import Buyer, BuyerNameKey


def apply_buyer_data(buyer: Buyer, clean: CleanBuyer, fields: Iterable[str]) -> None:
    """Copy the named validated fields onto the row and refresh the derived search columns."""
    for name in fields:
        setattr(buyer, name, getattr(clean.data, name))
    if clean.sex is not None:
        buyer.sex = clean.sex.value
    refresh_search_keys(buyer)


def refresh_search_keys(buyer: Buyer) -> None:
    buyer.phone_rev = phone_digits(buyer.phone)[::-1] if buyer.phone else None
    wanted = name_tokens(buyer.surname, buyer.given_name, buyer.patronymic)
    have = {k.key for k in buyer.name_keys}
    if wanted != have:
        buyer.name_keys = [k for k in buyer.name_keys if k.key in wanted] + [
            BuyerNameKey(key=key) for key in sorted(wanted - have)
        ]


def buyer_payload(buyer: Buyer, only: Iterable[str] | None = None) -> dict[str, Any]:
    """The buyer's data for head office (carried in an outbox event, purged on destruction)."""
    names = BUYER_FIELDS if only is None else [f for f in BUYER_FIELDS if f in set(only)]
    data: dict[str, Any] = {}
    for name in names:
        value = getattr(buyer, name)
        data[name] = value.isoformat() if hasattr(value, "isoformat") else value
    return {
        "buyer_id": str(buyer.id),
        "status": buyer.status,
        "data": data,
    }
