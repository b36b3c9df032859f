"""fiscal documents: the queue of documents for the cash register and their fiscal results

A new table only: no existing row is rewritten.

Revision ID: 0011
Revises: 0008
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import pos.storage.types

revision: str = "0011"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    when = pos.storage.types.UTCDateTime
    op.create_table(
        "fiscal_documents",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("register_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=True),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("amount_tiyn", sa.Integer(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_code", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.String(length=300), nullable=True),
        sa.Column("created_at", when(), nullable=False),
        sa.Column("tried_at", when(), nullable=True),
        sa.Column("done_at", when(), nullable=True),
        sa.Column("fiscal_sign", sa.String(length=64), nullable=True),
        sa.Column("registration_number", sa.String(length=64), nullable=True),
        sa.Column("factory_number", sa.String(length=64), nullable=True),
        sa.Column("fiscal_at", when(), nullable=True),
        sa.Column("fiscal_total_tiyn", sa.Integer(), nullable=True),
        sa.Column("offline", sa.Boolean(), nullable=True),
        sa.Column("shift_number", sa.Integer(), nullable=True),
        sa.Column("order_number", sa.Integer(), nullable=True),
        sa.Column("ticket_url", sa.String(length=500), nullable=True),
        sa.Column("ofd_name", sa.String(length=200), nullable=True),
        sa.Column("ofd_host", sa.String(length=200), nullable=True),
        sa.Column("report", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["register_id"],
            ["registers.id"],
            name=op.f("fk_fiscal_documents_register_id_registers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fiscal_documents")),
        sa.UniqueConstraint("register_id", "seq", name=op.f("uq_fiscal_documents_register_id_seq")),
    )
    op.create_index(
        "ix_fiscal_documents_state", "fiscal_documents", ["register_id", "state", "seq"]
    )
    op.create_index(
        op.f("ix_fiscal_documents_subject_id"), "fiscal_documents", ["subject_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_fiscal_documents_subject_id"), table_name="fiscal_documents")
    op.drop_index("ix_fiscal_documents_state", table_name="fiscal_documents")
    op.drop_table("fiscal_documents")
