"""Alembic environment: always run from pos.storage.migrate with an open connection."""

from __future__ import annotations

from alembic import context

from pos.storage.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through pos.storage.migrate, which supplies the key")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
