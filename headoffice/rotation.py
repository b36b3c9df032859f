"""Retiring a master key: re-wrap every buyer key under the current master key, and
re-encrypt the few values sealed by the master key itself (a destroyed buyer's sale lines,
kept for accounting), so the old master key can go."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from headoffice.config import Keys
from headoffice.crypto import FieldCipher, is_encrypted
from headoffice.db import HeadOfficeDB
from headoffice.keystore import unwrap, wrap
from headoffice.models import BuyerRecord, EventRow
from headoffice.people import event_context, record_context

BATCH = 1000


@dataclass(frozen=True)
class RotationResult:
    keys: int
    records: int
    event_values: int


def _stale(cipher: FieldCipher, token: object) -> bool:
    """Sealed by a retired master key (buyer-key values are re-wrapped, not re-encrypted)."""
    if not is_encrypted(token):
        return False
    kid = cipher.key_id(str(token))
    return kid in cipher.keys and kid != cipher.current_id


def rotate_data_key(db: HeadOfficeDB, keys: Keys) -> RotationResult:
    """Re-wrap and re-encrypt everything not under the current master key; safe to run
    again after a stop."""
    cipher = keys.cipher
    wrapped = 0
    after = ""
    while True:
        batch = keys.store.all_keys(after)
        if not batch:
            break
        stale = [k for k in batch if k.master_id != cipher.current_id]
        keys.store.rewrap(
            [wrap(cipher, k.store_pk, k.buyer_id, k.key_id, unwrap(cipher, k)) for k in stale]
        )
        wrapped += len(stale)
        after = batch[-1].key_id
    records = 0
    last = 0
    while True:
        with db.session() as session, session.begin():
            rows = session.scalars(
                select(BuyerRecord)
                .where(BuyerRecord.id > last)
                .order_by(BuyerRecord.id)
                .limit(BATCH)
            ).all()
            for row in rows:
                fields = dict(row.fields)
                changed = False
                for name, token in fields.items():
                    if _stale(cipher, token):
                        where = record_context(row.store_pk, row.buyer_id, name)
                        fields[name] = cipher.encrypt(cipher.decrypt(token, where), where)
                        changed = True
                if changed:
                    row.fields = fields
                    records += 1
        if not rows:
            break
        last = rows[-1].id
    values = 0
    last = 0
    while True:
        with db.session() as session, session.begin():
            events = session.execute(
                select(EventRow.id, EventRow.store_pk, EventRow.event_id, EventRow.payload)
                .where(EventRow.id > last)
                .order_by(EventRow.id)
                .limit(BATCH)
            ).all()
            for pk, store_pk, event_id, payload in events:
                new, count = _rotate(payload, event_context(store_pk, event_id), cipher)
                if count:
                    session.execute(update(EventRow).where(EventRow.id == pk).values(payload=new))
                    values += count
        if not events:
            break
        last = events[-1][0]
    return RotationResult(wrapped, records, values)


def _rotate(
    payload: dict[str, Any], context: str, cipher: FieldCipher
) -> tuple[dict[str, Any], int]:
    count = 0

    def walk(value: dict[str, Any], base: str) -> dict[str, Any]:
        nonlocal count
        out: dict[str, Any] = {}
        for key, item in value.items():
            where = f"{base}.{key}"
            if _stale(cipher, item):
                out[key] = cipher.encrypt(cipher.decrypt(item, where), where)
                count += 1
            elif isinstance(item, dict):
                out[key] = walk(item, where)
            else:
                out[key] = item
        return out

    return walk(payload, context), count
