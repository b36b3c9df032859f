"""unlinking: per-buyer link keys, the index of sealed audit entries, signed slips

Audit entries written before this revision name buyers and their consents, disclosures
and requests in the clear, so a destroyed buyer's paper would still lead to them. The
upgrade seals those entries as new ones are sealed (pos/storage/audit.py): a live buyer's
under their new link key, a destroyed buyer's under a key never stored. The chain is
verified first (a broken chain is left as it is, for `pos check` to name) and re-hashed
after; an `audit.resealed` entry records how many entries and the previous head hash.

It reads and writes through table stubs with explicit columns, not the app's models, so
later schema changes cannot break it.

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

import pos.storage.types
from pos.storage.audit import DESTROYED, GENESIS, SEALED, entry_hash
from pos.storage.audit_ddl import AUDIT_TRIGGERS
from pos.storage.sealing import KEY_BYTES, seal, to_text

revision: str = "0003"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "buyer_link_keys",
        sa.Column("buyer_id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_at", pos.storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("buyer_id", name=op.f("pk_buyer_link_keys")),
    )
    op.create_table(
        "audit_links",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("buyer_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_links")),
    )
    op.create_index(op.f("ix_audit_links_buyer_id"), "audit_links", ["buyer_id"], unique=False)
    op.create_table(
        "signed_slips",
        sa.Column("consent_id", sa.Uuid(), nullable=False),
        sa.Column("buyer_id", sa.Uuid(), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consent_id"],
            ["consents.id"],
            name=op.f("fk_signed_slips_consent_id_consents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("consent_id", name=op.f("pk_signed_slips")),
    )
    op.create_index(op.f("ix_signed_slips_buyer_id"), "signed_slips", ["buyer_id"], unique=False)
    _reseal_audit(op.get_bind())


_UTC = pos.storage.types.UTCDateTime()
_AUDIT = sa.table(
    "audit_entries",
    sa.column("seq", sa.Integer()),
    sa.column("at", _UTC),
    sa.column("store_id", sa.Uuid()),
    sa.column("register_id", sa.Uuid()),
    sa.column("actor", sa.String()),
    sa.column("action", sa.String()),
    sa.column("entities", sa.JSON()),
    sa.column("fields", sa.JSON()),
    sa.column("prev_hash", sa.String()),
    sa.column("hash", sa.String()),
)
_HEAD = sa.table(
    "audit_head",
    sa.column("id", sa.Integer()),
    sa.column("seq", sa.Integer()),
    sa.column("hash", sa.String()),
)
_KEYS = sa.table(
    "buyer_link_keys",
    sa.column("buyer_id", sa.Uuid()),
    sa.column("key", sa.LargeBinary()),
    sa.column("created_at", _UTC),
)
_LINKS = sa.table("audit_links", sa.column("seq", sa.Integer()), sa.column("buyer_id", sa.Uuid()))
_OWNERS = {
    "consent": sa.table("consents", sa.column("id", sa.Uuid()), sa.column("buyer_id", sa.Uuid())),
    "disclosure": sa.table(
        "disclosures", sa.column("id", sa.Uuid()), sa.column("buyer_id", sa.Uuid())
    ),
    "request": sa.table(
        "subject_requests", sa.column("id", sa.Uuid()), sa.column("buyer_id", sa.Uuid())
    ),
}
_OWNERS["subject_request"] = _OWNERS["request"]
_ERASURES = sa.table("erasures", sa.column("buyer_id", sa.Uuid()))
_BATCH = 5000


def _as_id(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def _owner(conn: sa.Connection, entities: dict[str, Any]) -> uuid.UUID | None:
    buyer = _as_id(entities.get("buyer"))
    if buyer is not None:
        return buyer
    for name, table in _OWNERS.items():
        record = _as_id(entities.get(name))
        if record is not None:
            owner = conn.execute(sa.select(table.c.buyer_id).where(table.c.id == record)).scalar()
            if owner is not None:
                return owner  # type: ignore[no-any-return]
    return None


def _chain_ok(conn: sa.Connection) -> bool:
    prev, expected = GENESIS, 1
    for e in conn.execute(sa.select(_AUDIT).order_by(_AUDIT.c.seq)).mappings():
        if e["seq"] != expected or e["prev_hash"] != prev:
            return False
        digest = entry_hash(
            seq=e["seq"],
            at=e["at"],
            store_id=e["store_id"],
            register_id=e["register_id"],
            actor=e["actor"],
            action=e["action"],
            entities=e["entities"],
            fields=e["fields"],
            prev_hash=prev,
        )
        if digest != e["hash"]:
            return False
        prev, expected = digest, expected + 1
    head = conn.execute(sa.select(_HEAD.c.seq, _HEAD.c.hash)).first()
    return (head is None and expected == 1) or (
        head is not None and head[0] == expected - 1 and head[1] == prev
    )


def _reseal_audit(conn: sa.Connection) -> None:
    if not _chain_ok(conn):
        return  # never re-hash over an altered chain: `pos check` must still name it
    head = conn.execute(sa.select(_HEAD.c.seq, _HEAD.c.hash)).first()
    if head is None:
        return
    now = dt.datetime.now(dt.UTC)
    erased = set(conn.execute(sa.select(_ERASURES.c.buyer_id)).scalars())
    keys: dict[uuid.UUID, bytes] = {}
    for name in AUDIT_TRIGGERS:
        conn.execute(sa.text(f"DROP TRIGGER IF EXISTS {name}"))
    prev, last, resealed = GENESIS, 0, 0
    while True:
        batch = list(
            conn.execute(
                sa.select(_AUDIT).where(_AUDIT.c.seq > last).order_by(_AUDIT.c.seq).limit(_BATCH)
            ).mappings()
        )
        if not batch:
            break
        updates, links = [], []
        for e in batch:
            entities = dict(e["entities"])
            buyer = None
            if SEALED not in entities and e["action"] != DESTROYED:
                buyer = _owner(conn, entities)
            if buyer is not None:
                key = keys.get(buyer)
                if key is None:
                    key = keys[buyer] = os.urandom(KEY_BYTES)
                plain = json.dumps(entities, sort_keys=True, separators=(",", ":")).encode()
                entities = {SEALED: to_text(seal(key, plain, f"audit:{e['seq']}"))}
                resealed += 1
                if buyer not in erased:
                    links.append({"seq": e["seq"], "buyer_id": buyer})
            digest = entry_hash(
                seq=e["seq"],
                at=e["at"],
                store_id=e["store_id"],
                register_id=e["register_id"],
                actor=e["actor"],
                action=e["action"],
                entities=entities,
                fields=e["fields"],
                prev_hash=prev,
            )
            updates.append({"s": e["seq"], "e": entities, "p": prev, "h": digest})
            prev = digest
        conn.execute(
            _AUDIT.update()
            .where(_AUDIT.c.seq == sa.bindparam("s"))
            .values(
                entities=sa.bindparam("e"), prev_hash=sa.bindparam("p"), hash=sa.bindparam("h")
            ),
            updates,
        )
        if links:
            conn.execute(_LINKS.insert(), links)
        last = batch[-1]["seq"]
    # A destroyed buyer's key is never stored: what was sealed for them never opens.
    live = [
        {"buyer_id": b, "key": k, "created_at": now} for b, k in keys.items() if b not in erased
    ]
    if live:
        conn.execute(_KEYS.insert(), live)
    entry = {
        "seq": last + 1,
        "at": now,
        "store_id": None,
        "register_id": None,
        "actor": "migration:0003",
        "action": "audit.resealed",
        "entities": {},
        "fields": [f"entries:{resealed}", f"previous_head:{head[1]}"],
    }
    digest = entry_hash(prev_hash=prev, **entry)  # type: ignore[arg-type]
    conn.execute(_AUDIT.insert().values(**entry, prev_hash=prev, hash=digest))
    conn.execute(_HEAD.update().where(_HEAD.c.id == 1).values(seq=last + 1, hash=digest))
    for ddl in AUDIT_TRIGGERS.values():
        conn.execute(sa.text(ddl))


def downgrade() -> None:
    op.drop_index(op.f("ix_signed_slips_buyer_id"), table_name="signed_slips")
    op.drop_table("signed_slips")
    op.drop_index(op.f("ix_audit_links_buyer_id"), table_name="audit_links")
    op.drop_table("audit_links")
    op.drop_table("buyer_link_keys")
