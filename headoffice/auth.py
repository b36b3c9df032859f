"""Store credentials: made once, shown once, kept only as a salted SHA-256.

A token is `hoc1.<id>.<secret>`: the id finds the row, the 32-byte random secret is
checked against its salted hash in constant time. A slow hash (argon2) buys nothing for
a 256-bit random secret and would cost every request tens of milliseconds.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from headoffice.models import Credential, Store

TOKEN_PREFIX = "hoc1"  # noqa: S105 - a format tag, not a secret
SECRET_BYTES = 32
_DUMMY_SALT = b"\x00" * 16
_DUMMY_DIGEST = hashlib.sha256(b"no such credential").digest()


DEFAULT_EXPIRY_DAYS = 365


class CredentialRefused(Exception):
    """A genuine credential head office no longer accepts (store disabled, expired); the
    message is the one line the till shows."""


@dataclass(frozen=True, slots=True)
class StoreRef:
    pk: int
    code: str


def _digest(salt: bytes, secret: bytes) -> bytes:
    return hashlib.sha256(salt + secret).digest()


def issue(
    session: Session, store: Store, now: dt.datetime, expires_in_days: int | None = None
) -> str:
    """A new credential for the store, revoking its earlier ones; the token is returned once.
    It expires after `expires_in_days` (default DEFAULT_EXPIRY_DAYS; 0: never)."""
    days = DEFAULT_EXPIRY_DAYS if expires_in_days is None else expires_in_days
    for old in session.scalars(
        select(Credential).where(Credential.store_pk == store.id, Credential.revoked_at.is_(None))
    ):
        old.revoked_at = now
    cred_id = secrets.token_hex(8)
    secret = os.urandom(SECRET_BYTES)
    salt = os.urandom(16)
    session.add(
        Credential(
            id=cred_id,
            store_pk=store.id,
            salt=salt,
            digest=_digest(salt, secret),
            created_at=now,
            expires_at=now + dt.timedelta(days=days) if days > 0 else None,
        )
    )
    encoded = base64.urlsafe_b64encode(secret).decode("ascii").rstrip("=")
    return f"{TOKEN_PREFIX}.{cred_id}.{encoded}"


def _parse(token: str) -> tuple[str, bytes] | None:
    parts = token.split(".")
    if len(parts) != 3 or parts[0] != TOKEN_PREFIX or len(parts[1]) != 16:
        return None
    try:
        secret = base64.urlsafe_b64decode(parts[2] + "=" * (-len(parts[2]) % 4))
    except (binascii.Error, ValueError):
        return None
    if len(secret) != SECRET_BYTES:
        return None
    return parts[1], secret


def authenticate(session: Session, token: str, now: dt.datetime | None = None) -> StoreRef | None:
    """The store a token belongs to, or None; the time taken does not depend on why. A
    valid token of a disabled store, or past its expiry, raises CredentialRefused."""
    parsed = _parse(token)
    cred_id, secret = parsed if parsed else ("", b"")
    row = None
    if parsed:
        row = session.execute(
            select(
                Credential.salt,
                Credential.digest,
                Store.id,
                Store.code,
                Store.disabled_at,
                Credential.expires_at,
            )
            .join(Store, Store.id == Credential.store_pk)
            .where(Credential.id == cred_id, Credential.revoked_at.is_(None))
        ).first()
    salt, digest = (row[0], row[1]) if row else (_DUMMY_SALT, _DUMMY_DIGEST)
    ok = hmac.compare_digest(_digest(salt, secret), digest)
    if not ok or row is None:
        return None
    if row[4] is not None:
        raise CredentialRefused(
            f"store {row[3]} is disabled at head office since {row[4]:%Y-%m-%d}; ask head office"
        )
    at = now or dt.datetime.now(dt.UTC)
    if row[5] is not None and row[5] <= at:
        raise CredentialRefused(
            f"this till's head-office credential expired on {row[5]:%Y-%m-%d}; "
            "ask head office for a new one"
        )
    return StoreRef(pk=row[2], code=row[3])
