"""Writing a buyer's fields and their search keys; the only place buyer values are set."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import delete

from pos.domain.buyer import CleanBuyer
from pos.domain.contact import phone_digits
from pos.domain.minimization import BUYER_FIELDS, NAME_FIELDS
from pos.domain.names import name_tokens
from pos.services.uow import UnitOfWork
from pos.storage.models import Buyer, BuyerNameKey
from pos.storage.outbox import strip_buyer_values


def apply_buyer_data(
    uow: UnitOfWork, buyer: Buyer, clean: CleanBuyer, fields: Iterable[str], *, new: bool
) -> None:
    """Copy the named validated fields onto the row and refresh the derived search keys."""
    fields = list(fields)
    for name in fields:
        setattr(buyer, name, getattr(clean.data, name))
    if clean.sex is not None:
        buyer.sex = clean.sex.value
    buyer.phone_rev = phone_digits(buyer.phone)[::-1] if buyer.phone else None
    if new or set(fields) & set(NAME_FIELDS):
        refresh_name_keys(uow, buyer, new=new)


def refresh_name_keys(uow: UnitOfWork, buyer: Buyer, *, new: bool) -> None:
    """Replace the buyer's folded name words in the search table."""
    if not new:
        uow.session.execute(delete(BuyerNameKey).where(BuyerNameKey.buyer_id == buyer.id))
    for key in sorted(name_tokens(buyer.surname, buyer.given_name, buyer.patronymic)):
        uow.insert(BuyerNameKey, key=key, buyer_id=buyer.id)


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


def erase_from_outbox(uow: UnitOfWork, buyer_id: uuid.UUID, fields: Collection[str]) -> None:
    """Erased values never travel: strip them from the buyer's outbox payloads, sent or
    not, in this transaction; the unit of work checkpoints the WAL after its commit."""
    if fields:
        uow.flush()
        strip_buyer_values(uow.session, buyer_id, fields)
        uow.checkpoint_after = True
