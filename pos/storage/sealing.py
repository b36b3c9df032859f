"""Per-buyer link keys: what ties records to a person opens only while the person exists.

Each buyer gets a random 256-bit key when something is first sealed for them. Audit
entries that name the buyer (or their consent, disclosure or request) and the content of
their signed slips are sealed with AES-GCM under it, with a fresh nonce each time, so two
sealed values never show that they belong together. Destruction deletes the key and the
index of the buyer's entries; with secure_delete on and the WAL checkpointed, the sealed
bytes left behind are noise to anyone, the database key's holder included.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import uuid
from collections.abc import Iterable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from pos.storage.models import AuditLink, BuyerLinkKey, Erasure, SignedSlip

NONCE_BYTES = 12
KEY_BYTES = 32
_CHUNK = 500  # ids per IN (...) query, under SQLite's bound-parameter limit


class KeyRing:
    """The link keys one transaction uses, loaded once and created on first need."""

    def __init__(self, session: Session, now: dt.datetime) -> None:
        self._session = session
        self._now = now
        self._keys: dict[uuid.UUID, bytes] = {}
        self._new: list[dict[str, object]] = []

    def preload(self, buyer_ids: Iterable[uuid.UUID]) -> None:
        """Load (or make) the keys of many buyers with a few queries, not one per buyer."""
        wanted = sorted(set(buyer_ids) - self._keys.keys())
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            stored: dict[uuid.UUID, bytes] = {
                b: k
                for b, k in self._session.execute(
                    select(BuyerLinkKey.buyer_id, BuyerLinkKey.key).where(
                        BuyerLinkKey.buyer_id.in_(chunk)
                    )
                )
            }
            missing = [b for b in chunk if b not in stored]
            erased = (
                set(
                    self._session.scalars(
                        select(Erasure.buyer_id).where(Erasure.buyer_id.in_(missing))
                    )
                )
                if missing
                else set()
            )
            self._keys.update(stored)
            for b in missing:
                self._make(b, store=b not in erased)

    def key_for(self, buyer_id: uuid.UUID, *, new_buyer: bool = False) -> bytes:
        """The buyer's key; `new_buyer`: a buyer made in this transaction (nothing to load)."""
        key = self._keys.get(buyer_id)
        if key is not None:
            return key
        if new_buyer:
            return self._make(buyer_id, store=True)
        self.preload([buyer_id])
        return self._keys[buyer_id]

    def _make(self, buyer_id: uuid.UUID, *, store: bool) -> bytes:
        key = new_key()
        # A destroyed buyer gets no key again: what is sealed for them now is sealed
        # under a key that is never stored, so it never opens.
        if store:
            self._new.append({"buyer_id": buyer_id, "key": key, "created_at": self._now})
        self._keys[buyer_id] = key
        return key

    def forget(self, buyer_id: uuid.UUID) -> None:
        """Delete the buyer's key, the index of their sealed entries and their slips."""
        self._keys[buyer_id] = os.urandom(KEY_BYTES)  # anything sealed later never opens
        self._new = [r for r in self._new if r["buyer_id"] != buyer_id]
        forget_buyer(self._session, buyer_id)

    def save(self) -> None:
        if self._new:
            self._session.execute(insert(BuyerLinkKey), self._new)
            self._new = []


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def existing_key(session: Session, buyer_id: uuid.UUID) -> bytes | None:
    row = session.get(BuyerLinkKey, buyer_id)
    return row.key if row is not None else None


def seal(key: bytes, plain: bytes, context: str) -> bytes:
    """nonce + AES-GCM(plain), bound to `context` (the entry's seq, the slip's consent)."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plain, context.encode())


def unseal(key: bytes, sealed: bytes, context: str) -> bytes | None:
    """The plain bytes, or None when the key or the context does not match."""
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], context.encode())
    except (InvalidTag, ValueError):
        return None


def to_text(sealed: bytes) -> str:
    return base64.b64encode(sealed).decode("ascii")


def from_text(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def forget_buyer(session: Session, buyer_id: uuid.UUID) -> None:
    """Delete what opens the buyer's sealed links; the caller checkpoints the WAL."""
    session.execute(delete(AuditLink).where(AuditLink.buyer_id == buyer_id))
    session.execute(delete(SignedSlip).where(SignedSlip.buyer_id == buyer_id))
    session.execute(delete(BuyerLinkKey).where(BuyerLinkKey.buyer_id == buyer_id))
