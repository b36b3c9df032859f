"""the incident register (K14): incidents with detection time and authority deadline

A new table only: no existing row is rewritten.

Revision ID: 0007
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import pos.storage.types

revision: str = "0007"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("detected_at", pos.storage.types.UTCDateTime(), nullable=False),
        sa.Column("recorded_at", pos.storage.types.UTCDateTime(), nullable=False),
        sa.Column("what", sa.String(length=500), nullable=False),
        sa.Column("scope", sa.String(length=500), nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=True),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("finding", sa.String(length=64), nullable=True),
        sa.Column("authority_due", sa.Date(), nullable=False),
        sa.Column("notifications", sa.JSON(), nullable=False),
        sa.Column("closed_at", pos.storage.types.UTCDateTime(), nullable=True),
        sa.Column("close_note", sa.String(length=500), nullable=True),
        sa.Column("store_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_incidents_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name=op.f("fk_incidents_store_id_stores")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    op.create_index("ix_incidents_detected_at", "incidents", ["detected_at"], unique=False)
    op.create_index(
        "uq_incidents_open_finding",
        "incidents",
        ["finding"],
        unique=True,
        sqlite_where=sa.text("finding IS NOT NULL AND status != 'closed'"),
    )


def downgrade() -> None:
    op.drop_index("uq_incidents_open_finding", table_name="incidents")
    op.drop_index("ix_incidents_detected_at", table_name="incidents")
    op.drop_table("incidents")
