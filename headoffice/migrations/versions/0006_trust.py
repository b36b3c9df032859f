"""store trust: disabled stores, credential expiry, officer accounts, held propagations,
and the officer audit append-only and hash-chained

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import headoffice.types
from headoffice.chain import COUNTER, GENESIS, entry_hash

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
_UTC = headoffice.types.UTCDateTime()

_SQLITE_TRIGGERS = (
    """CREATE TRIGGER officer_audit_no_update BEFORE UPDATE ON officer_audit
    BEGIN SELECT RAISE(ABORT, 'officer_audit is append-only'); END""",
    """CREATE TRIGGER officer_audit_no_delete BEFORE DELETE ON officer_audit
    BEGIN SELECT RAISE(ABORT, 'officer_audit is append-only'); END""",
)
_PG_TRIGGERS = (
    """CREATE OR REPLACE FUNCTION officer_audit_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'officer_audit is append-only'; END $$""",
    """CREATE TRIGGER officer_audit_append_only BEFORE UPDATE OR DELETE ON officer_audit
    FOR EACH ROW EXECUTE FUNCTION officer_audit_append_only()""",
)


def upgrade() -> None:
    with op.batch_alter_table("stores") as batch:
        batch.add_column(sa.Column("disabled_at", _UTC, nullable=True))
    with op.batch_alter_table("credentials") as batch:
        batch.add_column(sa.Column("expires_at", _UTC, nullable=True))
    with op.batch_alter_table("officer_audit") as batch:
        batch.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
        batch.create_unique_constraint(op.f("uq_officer_audit_seq"), ["seq"])
    _chain_existing()
    op.create_index("ix_officer_audit_officer_at", "officer_audit", ["officer", "at"], unique=False)
    op.create_table(
        "officers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("created_at", _UTC, nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officers")),
        sa.UniqueConstraint("name", name=op.f("uq_officers_name")),
    )
    op.create_table(
        "held_propagations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_pk", sa.Integer(), nullable=False),
        sa.Column("target_store_pk", sa.Integer(), nullable=False),
        sa.Column("target_register_id", sa.Uuid(), nullable=False),
        sa.Column("target_buyer_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("body", _JSON, nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=True),
        sa.Column("staff", sa.String(length=100), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("held_at", _UTC, nullable=False),
        sa.Column("decided_at", _UTC, nullable=True),
        sa.Column("decided_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["store_pk"], ["stores.id"], name=op.f("fk_held_propagations_store_pk_stores")
        ),
        sa.ForeignKeyConstraint(
            ["target_store_pk"],
            ["stores.id"],
            name=op.f("fk_held_propagations_target_store_pk_stores"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_held_propagations")),
    )
    op.create_index("ix_held_propagations_status", "held_propagations", ["status"], unique=False)
    bind = op.get_bind()
    for statement in _PG_TRIGGERS if bind.dialect.name == "postgresql" else _SQLITE_TRIGGERS:
        op.execute(statement)


def _chain_existing() -> None:
    """Entries written before the chain are chained in the order they were written."""
    bind = op.get_bind()
    audit = sa.table(
        "officer_audit",
        sa.column("id", sa.BigInteger()),
        sa.column("at", _UTC),
        sa.column("officer", sa.String()),
        sa.column("action", sa.String()),
        sa.column("detail", _JSON),
        sa.column("seq", sa.BigInteger()),
        sa.column("prev_hash", sa.String()),
        sa.column("hash", sa.String()),
    )
    prev, seq = GENESIS, 0
    rows: list[Any] = list(
        bind.execute(
            sa.select(
                audit.c.id, audit.c.at, audit.c.officer, audit.c.action, audit.c.detail
            ).order_by(audit.c.id)
        )
    )
    for pk, raw_at, officer, action, detail in rows:
        seq += 1
        at = raw_at if isinstance(raw_at, dt.datetime) else dt.datetime.fromisoformat(str(raw_at))
        digest = entry_hash(prev, seq, at, officer, action, detail)
        bind.execute(
            audit.update().where(audit.c.id == pk).values(seq=seq, prev_hash=prev, hash=digest)
        )
        prev = digest
    if seq:
        counters = sa.table(
            "counters", sa.column("name", sa.String()), sa.column("value", sa.BigInteger())
        )
        bind.execute(counters.delete().where(counters.c.name == COUNTER))
        bind.execute(counters.insert().values(name=COUNTER, value=seq))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS officer_audit_append_only ON officer_audit")
        op.execute("DROP FUNCTION IF EXISTS officer_audit_append_only()")
    else:
        op.execute("DROP TRIGGER IF EXISTS officer_audit_no_update")
        op.execute("DROP TRIGGER IF EXISTS officer_audit_no_delete")
    op.drop_index("ix_held_propagations_status", table_name="held_propagations")
    op.drop_table("held_propagations")
    op.drop_table("officers")
    op.drop_index("ix_officer_audit_officer_at", table_name="officer_audit")
    with op.batch_alter_table("officer_audit") as batch:
        batch.drop_constraint(op.f("uq_officer_audit_seq"), type_="unique")
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
        batch.drop_column("seq")
    with op.batch_alter_table("credentials") as batch:
        batch.drop_column("expires_at")
    with op.batch_alter_table("stores") as batch:
        batch.drop_column("disabled_at")
