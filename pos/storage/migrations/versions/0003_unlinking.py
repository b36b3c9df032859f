"""unlinking: per-buyer link keys, the index of sealed audit entries, signed slips

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import pos.storage.types

revision: str = "0003"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "buyer_link_keys",
        sa.Column("buyer_id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_at", pos.storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("buyer_id", name=op.f("pk_buyer_link_keys")),
    )
    op.create_table(
        "audit_links",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("buyer_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_links")),
    )
    op.create_index(op.f("ix_audit_links_buyer_id"), "audit_links", ["buyer_id"], unique=False)
    op.create_table(
        "signed_slips",
        sa.Column("consent_id", sa.Uuid(), nullable=False),
        sa.Column("buyer_id", sa.Uuid(), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consent_id"],
            ["consents.id"],
            name=op.f("fk_signed_slips_consent_id_consents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("consent_id", name=op.f("pk_signed_slips")),
    )
    op.create_index(op.f("ix_signed_slips_buyer_id"), "signed_slips", ["buyer_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_signed_slips_buyer_id"), table_name="signed_slips")
    op.drop_table("signed_slips")
    op.drop_index(op.f("ix_audit_links_buyer_id"), table_name="audit_links")
    op.drop_table("audit_links")
    op.drop_table("buyer_link_keys")
