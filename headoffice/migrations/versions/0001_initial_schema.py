"""initial head-office schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import headoffice.types

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "counters",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_counters")),
    )
    op.create_table(
        "officer_audit",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("at", headoffice.types.UTCDateTime(), nullable=False),
        sa.Column("officer", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column(
            "detail",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officer_audit")),
    )
    op.create_table(
        "policies",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("label", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_sha256", sa.String(length=64), nullable=False),
        sa.Column("published_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policies")),
        sa.UniqueConstraint("label", "language", name=op.f("uq_policies_label_language")),
    )
    op.create_table(
        "stores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("created_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stores")),
        sa.UniqueConstraint("code", name=op.f("uq_stores_code")),
    )
    op.create_table(
        "buyer_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_pk", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Uuid(), nullable=False),
        sa.Column("buyer_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column(
            "fields",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("iin_index", sa.String(length=64), nullable=True),
        sa.Column("phone_index", sa.String(length=64), nullable=True),
        sa.Column(
            "purposes",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("created_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["store_pk"], ["stores.id"], name=op.f("fk_buyer_records_store_pk_stores")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_buyer_records")),
        sa.UniqueConstraint(
            "store_pk", "buyer_id", name=op.f("uq_buyer_records_store_pk_buyer_id")
        ),
    )
    op.create_index(
        op.f("ix_buyer_records_iin_index"), "buyer_records", ["iin_index"], unique=False
    )
    op.create_index(
        op.f("ix_buyer_records_phone_index"), "buyer_records", ["phone_index"], unique=False
    )
    op.create_table(
        "credentials",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("store_pk", sa.Integer(), nullable=False),
        sa.Column("salt", sa.LargeBinary(length=16), nullable=False),
        sa.Column("digest", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.Column("revoked_at", headoffice.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["store_pk"], ["stores.id"], name=op.f("fk_credentials_store_pk_stores")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credentials")),
    )
    op.create_index(op.f("ix_credentials_store_pk"), "credentials", ["store_pk"], unique=False)
    op.create_table(
        "destroyed_buyers",
        sa.Column("store_pk", sa.Integer(), nullable=False),
        sa.Column("buyer_id", sa.Uuid(), nullable=False),
        sa.Column("at", headoffice.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["store_pk"], ["stores.id"], name=op.f("fk_destroyed_buyers_store_pk_stores")
        ),
        sa.PrimaryKeyConstraint("store_pk", "buyer_id", name=op.f("pk_destroyed_buyers")),
    )
    op.create_table(
        "directives",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("store_pk", sa.Integer(), nullable=True),
        sa.Column("register_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column(
            "body",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("issued_by", sa.String(length=120), nullable=False),
        sa.Column("issued_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["store_pk"], ["stores.id"], name=op.f("fk_directives_store_pk_stores")
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_directives")),
        sa.UniqueConstraint("id", name=op.f("uq_directives_id")),
    )
    op.create_index("ix_directives_store_pk_seq", "directives", ["store_pk", "seq"], unique=False)
    op.create_table(
        "events",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("store_pk", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("register_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("type", sa.String(length=64), nullable=False),
        sa.Column("buyer_id", sa.Uuid(), nullable=True),
        sa.Column(
            "payload",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("created_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.Column("received_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["store_pk"], ["stores.id"], name=op.f("fk_events_store_pk_stores")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("store_pk", "event_id", name=op.f("uq_events_store_pk_event_id")),
        sa.UniqueConstraint(
            "store_pk", "register_id", "seq", name=op.f("uq_events_store_pk_register_id_seq")
        ),
    )
    op.create_index("ix_events_store_pk_buyer_id", "events", ["store_pk", "buyer_id"], unique=False)
    op.create_table(
        "registers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_pk", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Uuid(), nullable=False),
        sa.Column("max_seq", sa.BigInteger(), nullable=False),
        sa.Column("stored", sa.BigInteger(), nullable=False),
        sa.Column("first_seen_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.Column("last_seen_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["store_pk"], ["stores.id"], name=op.f("fk_registers_store_pk_stores")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registers")),
        sa.UniqueConstraint(
            "store_pk", "register_id", name=op.f("uq_registers_store_pk_register_id")
        ),
    )
    op.create_table(
        "directive_acks",
        sa.Column("directive_seq", sa.BigInteger(), nullable=False),
        sa.Column("register_id", sa.Uuid(), nullable=False),
        sa.Column("store_pk", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.String(length=300), nullable=True),
        sa.Column("applied_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.Column("received_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["directive_seq"],
            ["directives.seq"],
            name=op.f("fk_directive_acks_directive_seq_directives"),
        ),
        sa.ForeignKeyConstraint(
            ["store_pk"], ["stores.id"], name=op.f("fk_directive_acks_store_pk_stores")
        ),
        sa.PrimaryKeyConstraint("directive_seq", "register_id", name=op.f("pk_directive_acks")),
    )


def downgrade() -> None:
    op.drop_table("directive_acks")
    op.drop_table("registers")
    op.drop_index("ix_events_store_pk_buyer_id", table_name="events")
    op.drop_table("events")
    op.drop_index("ix_directives_store_pk_seq", table_name="directives")
    op.drop_table("directives")
    op.drop_table("destroyed_buyers")
    op.drop_index(op.f("ix_credentials_store_pk"), table_name="credentials")
    op.drop_table("credentials")
    op.drop_index(op.f("ix_buyer_records_phone_index"), table_name="buyer_records")
    op.drop_index(op.f("ix_buyer_records_iin_index"), table_name="buyer_records")
    op.drop_table("buyer_records")
    op.drop_table("stores")
    op.drop_table("policies")
    op.drop_table("officer_audit")
    op.drop_table("counters")
