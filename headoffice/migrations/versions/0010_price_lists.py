"""price lists published to stores (issue 14): versions and the directives carrying them

New tables only: no existing row is rewritten.

Revision ID: 0010
Revises: 0007
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import headoffice.types

revision: str = "0010"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "price_lists",
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("effective_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.Column("products", sa.Integer(), nullable=False),
        sa.Column("parts", sa.Integer(), nullable=False),
        sa.Column("stores", _JSON, nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("issued_by", sa.String(length=120), nullable=False),
        sa.Column("published_at", headoffice.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_price_lists")),
    )
    op.create_table(
        "price_list_parts",
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("part", sa.Integer(), nullable=False),
        sa.Column("directive_seq", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["directive_seq"],
            ["directives.seq"],
            name=op.f("fk_price_list_parts_directive_seq_directives"),
        ),
        sa.ForeignKeyConstraint(
            ["version"],
            ["price_lists.version"],
            name=op.f("fk_price_list_parts_version_price_lists"),
        ),
        sa.PrimaryKeyConstraint(
            "version", "part", "directive_seq", name=op.f("pk_price_list_parts")
        ),
    )
    op.create_index(
        "ix_price_list_parts_directive_seq", "price_list_parts", ["directive_seq"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_price_list_parts_directive_seq", table_name="price_list_parts")
    op.drop_table("price_list_parts")
    op.drop_table("price_lists")
