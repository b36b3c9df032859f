"""Personal values inside event payloads: encrypted on arrival, cut out on destruction."""

from __future__ import annotations

import json
from typing import Any

from headoffice.crypto import Decrypter, FieldCipher, is_encrypted
from pos.domain.minimization import BUYER_FIELDS

PERSONAL_KEYS = frozenset(BUYER_FIELDS)
# Purchase lines are personal data while a sale is linked to a buyer (policy 2.3).
LINKED_KEYS = frozenset({"lines"})
# What destruction removes from a payload besides the personal values: the links.
LINK_KEYS = frozenset({"buyer_id", "data"})


def _sensitive(key: str, linked: bool) -> bool:
    return key in PERSONAL_KEYS or (linked and key in LINKED_KEYS)


def protect(
    payload: dict[str, Any], context: str, *, linked: bool, cipher: FieldCipher
) -> dict[str, Any]:
    """The payload with every personal value replaced by its ciphertext."""
    return _walk(payload, context, linked, cipher, encrypt=True)


def reveal(payload: dict[str, Any], context: str, *, cipher: Decrypter) -> dict[str, Any]:
    """The payload with its ciphertexts opened (officer reports only)."""
    return _walk(payload, context, True, cipher, encrypt=False)


def _walk(
    value: dict[str, Any],
    context: str,
    linked: bool,
    cipher: Decrypter | FieldCipher,
    *,
    encrypt: bool,
) -> dict[str, Any]:
    if encrypt and _nothing_to_protect(value, linked):
        return value
    out: dict[str, Any] = {}
    for key, item in value.items():
        where = f"{context}.{key}"
        if (
            encrypt
            and _sensitive(key, linked)
            and item not in (None, "")
            and not is_encrypted(item)
        ):
            if not isinstance(cipher, FieldCipher):  # protect() always passes one
                raise TypeError("encrypting needs a FieldCipher")
            out[key] = cipher.encrypt(json.dumps(item, ensure_ascii=False), where)
        elif not encrypt and is_encrypted(item):
            out[key] = json.loads(cipher.decrypt(item, where))
        elif isinstance(item, dict):
            out[key] = _walk(item, where, linked, cipher, encrypt=encrypt)
        else:
            out[key] = item
    return out


def _nothing_to_protect(value: dict[str, Any], linked: bool) -> bool:
    # Most events (sales without a buyer, policies...) hold nothing personal: no copy.
    if not PERSONAL_KEYS.isdisjoint(value) or (linked and not LINKED_KEYS.isdisjoint(value)):
        return False
    return not any(isinstance(v, dict) for v in value.values())


def rotate(
    payload: dict[str, Any], context: str, cipher: FieldCipher
) -> tuple[dict[str, Any], int]:
    """The payload with ciphertexts under retired keys re-encrypted; and how many were."""
    count = 0

    def walk(value: dict[str, Any], where_base: str) -> dict[str, Any]:
        nonlocal count
        out: dict[str, Any] = {}
        for key, item in value.items():
            where = f"{where_base}.{key}"
            if is_encrypted(item) and cipher.needs_rotation(item):
                out[key] = cipher.encrypt(cipher.decrypt(item, where), where)
                count += 1
            elif isinstance(item, dict):
                out[key] = walk(item, where)
            else:
                out[key] = item
        return out

    return walk(payload, context), count


# What a redacted event may still name besides itself: a sale's or a credit's own event
# keeps its sale (kept for accounting); any other event (a consent, a disclosure, a
# request) loses it, so the person's paper leads to no sale (policy 1.11).
_OWNS_SALE = frozenset({"receipt_no", "credit_id"})


def redact(payload: dict[str, Any]) -> dict[str, Any]:
    """What stays of a destroyed buyer's event: no personal value, no link to the person."""
    kept = _strip(payload)
    kept.pop("consent_id", None)
    if _OWNS_SALE.isdisjoint(payload):
        kept.pop("sale_id", None)
    return {**kept, "redacted": True}


def _strip(value: dict[str, Any]) -> dict[str, Any]:
    return {
        k: (_strip(v) if isinstance(v, dict) else v)
        for k, v in value.items()
        if k not in PERSONAL_KEYS and k not in LINK_KEYS
    }


def holds_personal_data(payload: dict[str, Any]) -> bool:
    for key, item in payload.items():
        if key in PERSONAL_KEYS and item not in (None, ""):
            return True
        if isinstance(item, dict) and holds_personal_data(item):
            return True
    return False
