"""statistics exports: frozen period figures and the export register (issue 11)

Revision ID: 0004
Revises: 0006
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import pos.storage.types

revision: str = "0004"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # New tables only: nothing existing is rewritten, so no data can be lost.
    op.create_table(
        "stats_periods",
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("rows", sa.JSON(), nullable=False),
        sa.Column("cells_total", sa.Integer(), nullable=False),
        sa.Column("cells_suppressed", sa.Integer(), nullable=False),
        sa.Column("frozen_at", pos.storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("period", name=op.f("pk_stats_periods")),
    )
    op.create_table(
        "stats_exports",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=True),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("at", pos.storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["period"],
            ["stats_periods.period"],
            name=op.f("fk_stats_exports_period_stats_periods"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_stats_exports_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stats_exports")),
    )
    with op.batch_alter_table("stats_exports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stats_exports_period"), ["period"], unique=False)
        batch_op.create_index(batch_op.f("ix_stats_exports_staff_id"), ["staff_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("stats_exports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stats_exports_staff_id"))
        batch_op.drop_index(batch_op.f("ix_stats_exports_period"))
    op.drop_table("stats_exports")
    op.drop_table("stats_periods")
