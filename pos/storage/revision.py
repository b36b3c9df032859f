"""The schema revision this app writes, readable without importing Alembic.

Opening the till checks the stored revision against this constant and loads Alembic only
when an upgrade is due, which keeps it off the cashier window's start-up path. A test
keeps the constant equal to the migration scripts' head.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from pos.storage.database import Database

SCHEMA_HEAD = "0012"


def stored_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:  # no table yet: a database never migrated
            return None


def is_current(db: Database) -> bool:
    return stored_revision(db) == SCHEMA_HEAD
