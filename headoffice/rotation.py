"""Re-encrypting head office's ciphertexts under the current data key, so an old key can go."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select, update

from headoffice.config import Keys
from headoffice.crypto import is_encrypted
from headoffice.db import HeadOfficeDB
from headoffice.ingest import event_context
from headoffice.models import BuyerRecord, EventRow
from headoffice.payloads import rotate
from headoffice.people import record_context

BATCH = 1000


@dataclass(frozen=True)
class RotationResult:
    records: int
    event_values: int


def rotate_data_key(db: HeadOfficeDB, keys: Keys) -> RotationResult:
    """Re-encrypt every value not under the current key; safe to run again after a stop."""
    cipher = keys.cipher
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
                    if is_encrypted(token) and cipher.needs_rotation(token):
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
            batch = session.execute(
                select(EventRow.id, EventRow.store_pk, EventRow.event_id, EventRow.payload)
                .where(
                    EventRow.id > last,
                    or_(EventRow.buyer_id.is_not(None), EventRow.type.like("buyer.%")),
                )
                .order_by(EventRow.id)
                .limit(BATCH)
            ).all()
            for pk, store_pk, event_id, payload in batch:
                new, count = rotate(payload, event_context(store_pk, event_id), cipher)
                if count:
                    session.execute(update(EventRow).where(EventRow.id == pk).values(payload=new))
                    values += count
        if not batch:
            break
        last = batch[-1][0]
    return RotationResult(records, values)
