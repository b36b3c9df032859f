"""split payments, returns with their refunds, held sales

New tables; every recorded cash or card sale gets its one payment row from the sale's own
columns, so returns and reports read payments in one place. No existing row is changed.

Revision ID: 0009
Revises: 0010
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import pos.storage.types

revision: str = "0009"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fk(
    table: str, column: str, target: str, ondelete: str | None = None
) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "sale_payments",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("sale_id", sa.Uuid(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("amount_tiyn", sa.Integer(), nullable=False),
        sa.Column("tendered_tiyn", sa.Integer(), nullable=True),
        sa.Column("change_tiyn", sa.Integer(), nullable=True),
        sa.Column("reference", sa.String(length=32), nullable=True),
        _fk("sale_payments", "sale_id", "sales", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_payments")),
        sa.UniqueConstraint("sale_id", "method", name=op.f("uq_sale_payments_sale_id_method")),
    )
    op.create_table(
        "sale_returns",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("sale_id", sa.Uuid(), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=False),
        sa.Column("register_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("shift_id", sa.Uuid(), nullable=True),
        sa.Column("return_no", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("total_tiyn", sa.Integer(), nullable=False),
        sa.Column("override_staff_id", sa.Uuid(), nullable=True),
        sa.Column("override_name", sa.String(length=100), nullable=True),
        sa.Column("override_reason", sa.String(length=200), nullable=True),
        sa.Column("credit_id", sa.Uuid(), nullable=True),
        sa.Column("credit_reduction_tiyn", sa.Integer(), nullable=False),
        sa.Column("created_at", pos.storage.types.UTCDateTime(), nullable=False),
        _fk("sale_returns", "sale_id", "sales"),
        _fk("sale_returns", "store_id", "stores"),
        _fk("sale_returns", "register_id", "registers"),
        _fk("sale_returns", "staff_id", "staff"),
        _fk("sale_returns", "override_staff_id", "staff"),
        _fk("sale_returns", "credit_id", "credit_arrangements"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_returns")),
        sa.UniqueConstraint(
            "register_id", "return_no", name=op.f("uq_sale_returns_register_id_return_no")
        ),
    )
    op.create_index("ix_sale_returns_sale_id", "sale_returns", ["sale_id"])
    op.create_index("ix_sale_returns_shift_id", "sale_returns", ["shift_id"])
    op.create_index("ix_sale_returns_credit_id", "sale_returns", ["credit_id"])
    op.create_table(
        "sale_return_lines",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("return_id", sa.Uuid(), nullable=False),
        sa.Column("sale_line_id", sa.Uuid(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("quantity_milli", sa.Integer(), nullable=False),
        sa.Column("amount_tiyn", sa.Integer(), nullable=False),
        _fk("sale_return_lines", "return_id", "sale_returns", ondelete="CASCADE"),
        _fk("sale_return_lines", "sale_line_id", "sale_lines"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_return_lines")),
    )
    op.create_index("ix_sale_return_lines_return_id", "sale_return_lines", ["return_id"])
    op.create_index("ix_sale_return_lines_sale_line_id", "sale_return_lines", ["sale_line_id"])
    op.create_table(
        "return_refunds",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("return_id", sa.Uuid(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("amount_tiyn", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=True),
        _fk("return_refunds", "return_id", "sale_returns", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_refunds")),
    )
    op.create_index("ix_return_refunds_return_id", "return_refunds", ["return_id"])
    op.create_table(
        "held_sales",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("register_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("buyer_id", sa.Uuid(), nullable=True),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("total_tiyn", sa.Integer(), nullable=False),
        sa.Column("held_at", pos.storage.types.UTCDateTime(), nullable=False),
        _fk("held_sales", "register_id", "registers"),
        _fk("held_sales", "staff_id", "staff"),
        _fk("held_sales", "buyer_id", "buyers", ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_held_sales")),
    )
    op.create_index("ix_held_sales_register_id", "held_sales", ["register_id"])
    op.create_index("ix_held_sales_buyer_id", "held_sales", ["buyer_id"])
    # Every cash or card sale so far had exactly one payment: its own columns say which.
    op.execute(
        "INSERT INTO sale_payments (id, sale_id, method, amount_tiyn, tendered_tiyn, "
        "change_tiyn, reference) SELECT lower(hex(randomblob(16))), id, payment_method, "
        "total_tiyn, tendered_tiyn, change_tiyn, NULL FROM sales "
        "WHERE payment_method IN ('cash', 'card')"
    )


def downgrade() -> None:
    for table in ("held_sales", "return_refunds", "sale_return_lines", "sale_returns"):
        op.drop_table(table)
    op.drop_table("sale_payments")
