"""retention runs reported by the tills

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import headoffice.types

revision: str = "0003"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "retention_runs",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("store_pk", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("run_id", sa.Uuid(), nullable=False),
        sa.Column("trigger", sa.String(length=16), nullable=False),
        sa.Column("started_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.Column("finished_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.Column("purposes_expired", sa.BigInteger(), nullable=False),
        sa.Column("buyers_destroyed", sa.BigInteger(), nullable=False),
        sa.Column("buyers_kept", sa.BigInteger(), nullable=False),
        sa.Column("sent_events_pruned", sa.BigInteger(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.Column("error", sa.String(length=300), nullable=True),
        sa.Column("received_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["store_pk"], ["stores.id"], name=op.f("fk_retention_runs_store_pk_stores")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_runs")),
        sa.UniqueConstraint(
            "store_pk", "event_id", name=op.f("uq_retention_runs_store_pk_event_id")
        ),
    )
    op.create_index(
        "ix_retention_runs_store_pk_register_id_started_at",
        "retention_runs",
        ["store_pk", "register_id", "started_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_retention_runs_store_pk_register_id_started_at", table_name="retention_runs")
    op.drop_table("retention_runs")
