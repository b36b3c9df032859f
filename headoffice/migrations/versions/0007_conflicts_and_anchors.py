"""event content digests, conflicting resends, audit anchors

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import headoffice.types

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
_BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    # Events stored before this revision have no digest: a resend of one is a duplicate.
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("digest", sa.String(length=64), nullable=True))
    op.create_table(
        "event_conflicts",
        sa.Column("id", _BIG_ID, autoincrement=True, nullable=False),
        sa.Column("store_pk", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("register_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("type", sa.String(length=64), nullable=False),
        sa.Column("differs", _JSON, nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("first_seen_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.Column("last_seen_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.Column("times", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["store_pk"], ["stores.id"], name=op.f("fk_event_conflicts_store_pk_stores")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_conflicts")),
        sa.UniqueConstraint(
            "store_pk",
            "event_id",
            "digest",
            name=op.f("uq_event_conflicts_store_pk_event_id_digest"),
        ),
    )
    op.create_table(
        "audit_anchors",
        sa.Column("id", _BIG_ID, autoincrement=True, nullable=False),
        sa.Column("store_pk", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("problem", sa.String(length=300), nullable=True),
        sa.Column("received_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.Column("confirmed_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["store_pk"], ["stores.id"], name=op.f("fk_audit_anchors_store_pk_stores")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_anchors")),
    )
    op.create_index(
        "ix_audit_anchors_store_pk_register_id_id",
        "audit_anchors",
        ["store_pk", "register_id", "id"],
    )


def downgrade() -> None:
    op.drop_index("ix_audit_anchors_store_pk_register_id_id", table_name="audit_anchors")
    op.drop_table("audit_anchors")
    op.drop_table("event_conflicts")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("digest")
