"""cash shifts (BRIEF 9.1): shifts, cash moves, and each sale's shift

New tables and a nullable column: no existing row is rewritten (sales made before keep
no shift).

Revision ID: 0008
Revises: 0009
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import pos.storage.types

revision: str = "0008"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "shifts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=False),
        sa.Column("register_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("opened_by", sa.Uuid(), nullable=True),
        sa.Column("opened_at", pos.storage.types.UTCDateTime(), nullable=False),
        sa.Column("float_tiyn", sa.Integer(), nullable=False),
        sa.Column("closed_by", sa.Uuid(), nullable=True),
        sa.Column("closed_at", pos.storage.types.UTCDateTime(), nullable=True),
        sa.Column("counted_tiyn", sa.Integer(), nullable=True),
        sa.Column("expected_tiyn", sa.Integer(), nullable=True),
        sa.Column("difference_tiyn", sa.Integer(), nullable=True),
        sa.Column("z_totals", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["staff.id"], name=op.f("fk_shifts_closed_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["opened_by"], ["staff.id"], name=op.f("fk_shifts_opened_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["register_id"], ["registers.id"], name=op.f("fk_shifts_register_id_registers")
        ),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name=op.f("fk_shifts_store_id_stores")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shifts")),
        sa.UniqueConstraint("register_id", "number", name=op.f("uq_shifts_register_id_number")),
    )
    op.create_index(
        "uq_shifts_open_register",
        "shifts",
        ["register_id"],
        unique=True,
        sqlite_where=sa.text("closed_at IS NULL"),
    )
    op.create_table(
        "cash_moves",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("shift_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("amount_tiyn", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("created_at", pos.storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["shift_id"], ["shifts.id"], name=op.f("fk_cash_moves_shift_id_shifts")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_cash_moves_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_moves")),
    )
    op.create_index("ix_cash_moves_shift_id", "cash_moves", ["shift_id"], unique=False)
    # A plain column, added in place: the sales table, however large, is not copied, and
    # a downgrade drops it in place too (SQLite drops no column a foreign key names).
    op.add_column("sales", sa.Column("shift_id", sa.Uuid(), nullable=True))
    op.create_index("ix_sales_shift_id", "sales", ["shift_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_sales_shift_id", table_name="sales")
    op.execute("ALTER TABLE sales DROP COLUMN shift_id")
    op.drop_index("ix_cash_moves_shift_id", table_name="cash_moves")
    op.drop_table("cash_moves")
    op.drop_index("uq_shifts_open_register", table_name="shifts")
    op.drop_table("shifts")
