"""credit repayments in the drawer: each repayment's method and shift; the credit's rate

A new table (repayments taken at the till, from now on) and a new nullable column on
credit_arrangements (the annual rate agreed at sale time): no existing row is rewritten.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import pos.storage.types

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "credit_repayments",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("credit_id", sa.Uuid(), nullable=False),
        sa.Column("shift_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("amount_tiyn", sa.Integer(), nullable=False),
        sa.Column("created_at", pos.storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["credit_id"], ["credit_arrangements.id"]),
        sa.ForeignKeyConstraint(["shift_id"], ["shifts.id"]),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_credit_repayments_credit_id", "credit_repayments", ["credit_id"], unique=False
    )
    op.create_index(
        "ix_credit_repayments_shift_id", "credit_repayments", ["shift_id"], unique=False
    )
    op.add_column(
        "credit_arrangements", sa.Column("annual_rate_hundredths", sa.Integer(), nullable=True)
    )


def downgrade() -> None:
    op.drop_index("ix_credit_repayments_shift_id", table_name="credit_repayments")
    op.drop_index("ix_credit_repayments_credit_id", table_name="credit_repayments")
    op.drop_table("credit_repayments")
    # A plain ALTER TABLE DROP COLUMN: a batch copy would drop a table others point to.
    op.drop_column("credit_arrangements", "annual_rate_hundredths")
