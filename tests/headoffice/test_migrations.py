"""Head office's Alembic migrations build exactly the schema its models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from headoffice.db import HeadOfficeDB, current_revision, head_revision, upgrade
from headoffice.models import Base


def test_upgrade_head_matches_the_models(ho_db: HeadOfficeDB) -> None:
    assert current_revision(ho_db) == head_revision()
    with ho_db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    assert upgrade(ho_db) is False  # already at head: nothing runs
