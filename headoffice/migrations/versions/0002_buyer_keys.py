"""per-buyer keys: values move from the master key to each buyer's own key; the blind
indexes move to the key store

Revision ID: 0002
Revises: 0003
Create Date: 2026-11-26

Every buyer record's fields and every ciphertext in a linked event are re-encrypted under
a key of that buyer's own (made here, wrapped by the master key, written to the key store
before this transaction commits); the IIN and phone blind indexes move to the key store
and their columns go. Needs the keys (`HEADOFFICE_DATA_KEY`, `HEADOFFICE_INDEX_KEY`,
`HEADOFFICE_KEYSTORE`) when there is data to move. Copies made before this revision (old
WAL, dead tuples, backups) stay under the master key: see README, "Head office key store".
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import headoffice.types  # noqa: F401 - column types in generated scripts

revision: str = "0002"
down_revision: str | None = "0003"  # chained after retention (0003) when merged
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 1000
_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
_records = sa.table(
    "buyer_records",
    sa.column("id", sa.Integer()),
    sa.column("store_pk", sa.Integer()),
    sa.column("buyer_id", sa.Uuid()),
    sa.column("fields", _JSON),
    sa.column("iin_index", sa.String()),
    sa.column("phone_index", sa.String()),
    sa.column("key_id", sa.String()),
)
_events = sa.table(
    "events",
    sa.column("id", sa.BigInteger()),
    sa.column("store_pk", sa.Integer()),
    sa.column("event_id", sa.Uuid()),
    sa.column("buyer_id", sa.Uuid()),
    sa.column("payload", _JSON),
)


def upgrade() -> None:
    with op.batch_alter_table("buyer_records", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key_id", sa.String(length=32), nullable=True))
    _move_to_buyer_keys()
    with op.batch_alter_table("buyer_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_buyer_records_phone_index"))
        batch_op.drop_index(batch_op.f("ix_buyer_records_iin_index"))
        batch_op.drop_column("phone_index")
        batch_op.drop_column("iin_index")


def _move_to_buyer_keys() -> None:
    from headoffice.crypto import FieldCipher
    from headoffice.people import event_context, record_context, reencrypt

    conn = op.get_bind()
    held = conn.execute(sa.select(sa.func.count()).select_from(_records)).scalar_one()
    linked = conn.execute(
        sa.select(sa.func.count()).select_from(_events).where(_events.c.buyer_id.is_not(None))
    ).scalar_one()
    if not held and not linked:
        return
    config = op.get_context().config
    keys = config.attributes.get("keys") if config is not None else None
    if keys is None:
        raise RuntimeError(
            "revision 0002 moves buyers' data to per-buyer keys: set HEADOFFICE_DATA_KEY, "
            "HEADOFFICE_INDEX_KEY (and HEADOFFICE_KEYSTORE) and run `pos-headoffice migrate`"
        )
    now = dt.datetime.now(dt.UTC)
    last = 0
    while True:
        rows = conn.execute(
            sa.select(_records).where(_records.c.id > last).order_by(_records.c.id).limit(BATCH)
        ).all()
        if not rows:
            break
        ring = keys.ring(now)
        ring.preload((r.store_pk, r.buyer_id) for r in rows)
        for r in rows:
            cipher: FieldCipher = ring.cipher_for(r.store_pk, r.buyer_id)
            fields: dict[str, Any] = {}
            for name, token in (r.fields or {}).items():
                where = record_context(r.store_pk, r.buyer_id, name)
                fields[name] = cipher.encrypt(ring.decrypt(token, where), where)
            conn.execute(
                sa.update(_records)
                .where(_records.c.id == r.id)
                .values(fields=fields, key_id=cipher.current_id)
            )
            ring.set_index(r.store_pk, r.buyer_id, "iin", r.iin_index)
            ring.set_index(r.store_pk, r.buyer_id, "phone", r.phone_index)
        ring.before_commit()
        last = rows[-1].id
    last = 0
    while True:
        events = conn.execute(
            sa.select(_events)
            .where(_events.c.id > last, _events.c.buyer_id.is_not(None))
            .order_by(_events.c.id)
            .limit(BATCH)
        ).all()
        if not events:
            break
        ring = keys.ring(now)
        refs: list[tuple[int, uuid.UUID]] = [(e.store_pk, e.buyer_id) for e in events]
        ring.preload(refs)
        for e in events:
            fresh = ring.cipher_for(e.store_pk, e.buyer_id)
            new, count = reencrypt(e.payload, event_context(e.store_pk, e.event_id), ring, fresh)
            if count:
                conn.execute(sa.update(_events).where(_events.c.id == e.id).values(payload=new))
        ring.before_commit()
        last = events[-1].id


def downgrade() -> None:
    # The values stay under the buyers' keys: 0001's code could not read them; refuse.
    raise NotImplementedError("revision 0002 (per-buyer keys) cannot be undone")
