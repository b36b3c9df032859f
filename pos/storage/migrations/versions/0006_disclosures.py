"""disclosure register: read by date, one hand-over per delivery (issue 11, finding 9)

Revision ID: 0006
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Indexes only: no row is rewritten. Before this revision no till recorded a courier or
    # postal transfer, so the unique hand-over index cannot meet a duplicate.
    with op.batch_alter_table("disclosures", schema=None) as batch_op:
        batch_op.create_index("ix_disclosures_at", ["at"], unique=False)
        batch_op.create_index(
            "uq_disclosures_handover",
            ["sale_id"],
            unique=True,
            sqlite_where=sa.text("recipient_category IN ('courier', 'postal')"),
        )


def downgrade() -> None:
    with op.batch_alter_table("disclosures", schema=None) as batch_op:
        batch_op.drop_index("uq_disclosures_handover")
        batch_op.drop_index("ix_disclosures_at")
