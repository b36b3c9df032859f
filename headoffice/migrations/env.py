"""Alembic environment for head office: always run from headoffice.db with a connection."""

from __future__ import annotations

from alembic import context

from headoffice.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run head-office migrations through headoffice.db.upgrade")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
