"""the incident register across stores (K14)

Revision ID: 0005
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import headoffice.types

revision: str = "0005"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("store_pk", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Uuid(), nullable=False),
        sa.Column("register_id", sa.Uuid(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("detected_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.Column("recorded_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.Column("what", sa.String(length=500), nullable=False),
        sa.Column("scope", sa.String(length=500), nullable=False),
        sa.Column("categories", _JSON, nullable=False),
        sa.Column("people", sa.BigInteger(), nullable=True),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("authority_due", sa.Date(), nullable=False),
        sa.Column("notifications", _JSON, nullable=False),
        sa.Column("closed_at", headoffice.types.UTCDateTime(), nullable=True),
        sa.Column("finding", sa.String(length=64), nullable=True),
        sa.Column("received_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["store_pk"], ["stores.id"], name=op.f("fk_incidents_store_pk_stores")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
        sa.UniqueConstraint(
            "store_pk", "incident_id", name=op.f("uq_incidents_store_pk_incident_id")
        ),
    )
    op.create_index(
        "ix_incidents_store_pk_detected_at",
        "incidents",
        ["store_pk", "detected_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_incidents_store_pk_detected_at", table_name="incidents")
    op.drop_table("incidents")
