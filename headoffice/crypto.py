"""Field-level encryption (AES-256-GCM) and keyed blind indexes for head office.

Each buyer's values are encrypted under a data key of that buyer's own, wrapped by the
head-office master key and kept in the key store (headoffice.keystore): destroying the
buyer deletes the key, and every copy of their ciphertexts stops opening. Each personal
value is encrypted on its own, bound by its associated data to where it
lives (row and field), so a ciphertext copied elsewhere does not decrypt. The key id is
part of every ciphertext, so an old key can be retired by re-encrypting.

Blind indexes are HMAC-SHA256 of the normalised IIN or phone under a separate key: equal
values match without the value being stored, and without the key the small IIN space
cannot be brute-forced (policy 1.11).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "enc:v1:"
_KID = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
NONCE_BYTES = 12


class CryptoError(Exception):
    """A key is missing or malformed, or a ciphertext does not open."""


class Decrypter(Protocol):
    """Anything that opens head office's ciphertexts: a FieldCipher, or a KeyRing that
    finds each buyer's own key by the key id in the ciphertext."""

    def decrypt(self, token: str, context: str) -> str: ...


def decode_key(text: str, what: str) -> bytes:
    """A 32-byte key from base64 (standard or URL-safe)."""
    text = text.strip()
    try:
        if "-" in text or "_" in text:
            raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        else:
            raw = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise CryptoError(f"{what} is not base64") from None
    if len(raw) != 32:
        raise CryptoError(f"{what} must be 32 bytes in base64 (got {len(raw)} bytes)")
    return raw


def new_key_text() -> str:
    return base64.b64encode(os.urandom(32)).decode("ascii")


def key_id_of(key: bytes) -> str:
    """A short public name for a key (a hash prefix of it; reveals nothing useful)."""
    return "k" + hashlib.sha256(b"headoffice-key-id|" + key).hexdigest()[:10]


@dataclass(frozen=True)
class FieldCipher:
    """Encrypts with the current key; decrypts with any key it knows, by key id."""

    current_id: str
    keys: Mapping[str, bytes]
    _aead: dict[str, AESGCM] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_keys(cls, current: bytes, old: list[bytes] | None = None) -> FieldCipher:
        keys = {key_id_of(k): k for k in [*(old or []), current]}
        return cls(key_id_of(current), keys)

    def _engine(self, kid: str) -> AESGCM:
        engine = self._aead.get(kid)
        if engine is None:
            key = self.keys.get(kid)
            if key is None:
                raise CryptoError(f"no data key with id {kid} is configured")
            engine = self._aead[kid] = AESGCM(key)
        return engine

    def encrypt(self, plaintext: str, context: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        blob = self._engine(self.current_id).encrypt(
            nonce, plaintext.encode("utf-8"), context.encode("utf-8")
        )
        return f"{PREFIX}{self.current_id}:{base64.b64encode(nonce + blob).decode('ascii')}"

    def decrypt(self, token: str, context: str) -> str:
        kid, blob = _split(token)
        try:
            plain = self._engine(kid).decrypt(
                blob[:NONCE_BYTES], blob[NONCE_BYTES:], context.encode("utf-8")
            )
        except InvalidTag:
            raise CryptoError("a ciphertext does not open with its key and place") from None
        return plain.decode("utf-8")

    def key_id(self, token: str) -> str:
        return _split(token)[0]

    def needs_rotation(self, token: str) -> bool:
        return self.key_id(token) != self.current_id


def is_encrypted(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


def _split(token: str) -> tuple[str, bytes]:
    if not token.startswith(PREFIX):
        raise CryptoError("not a ciphertext")
    kid, _, body = token[len(PREFIX) :].partition(":")
    if not _KID.match(kid):
        raise CryptoError("a ciphertext has a malformed key id")
    try:
        return kid, base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        raise CryptoError("a ciphertext is not base64") from None


@dataclass(frozen=True)
class BlindIndex:
    """Keyed HMAC-SHA256 of normalised identifiers, for equality lookups only."""

    key: bytes

    def of(self, kind: str, value: str) -> str:
        normal = normalise(kind, value)
        return hmac.new(self.key, f"{kind}|{normal}".encode(), hashlib.sha256).hexdigest()


def normalise(kind: str, value: str) -> str:
    digits = "".join(ch for ch in value if ch.isdigit())
    if kind == "phone" and len(digits) == 11 and digits[0] == "8":
        digits = "7" + digits[1:]  # 8 7xx ... is the domestic spelling of +7 7xx ...
    return digits
