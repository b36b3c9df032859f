"""Schema migrations with Alembic, run in-process over the open (keyed) connection.

Before an upgrade of an existing database the file is copied aside (still encrypted,
openable with the same key), so a failed or unwanted upgrade can be rolled back.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from pos.domain.errors import Code, DatabaseError
from pos.storage.database import Database


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "pos.storage:migrations")
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:
        raise RuntimeError("the migration scripts have no head revision")
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _user_tables(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ).all()
    return [r[0] for r in rows]


def backup_file(db: Database, backup_dir: Path, label: str) -> Path:
    """Copy the database file aside while holding the write lock; returns the copy's path."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"{db.path.stem}-{label}-{stamp}{db.path.suffix}"
    db.checkpoint()
    with db.connection() as conn:
        conn.execute("BEGIN IMMEDIATE")
        try:
            shutil.copy2(db.path, target)
            wal = Path(str(db.path) + "-wal")
            if wal.exists() and wal.stat().st_size > 0:
                shutil.copy2(wal, Path(str(target) + "-wal"))
        finally:
            conn.execute("ROLLBACK")
    target.chmod(0o600)
    return target


def _known(scripts: ScriptDirectory, revision: str) -> bool:
    try:
        return scripts.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(db: Database, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to head. Returns the backup made first, if an upgrade was needed."""
    head = head_revision()
    current = current_revision(db)
    if current == head:
        return None
    scripts = ScriptDirectory.from_config(_config())
    if current is not None and not _known(scripts, current):
        raise DatabaseError(Code.DB_NEWER)
    if current is None and _user_tables(db):
        raise DatabaseError(Code.DB_FOREIGN_TABLES)
    backup = None
    if current is not None and backup_dir is not None:
        backup = backup_file(db, backup_dir, f"before-{head}")
    cfg = _config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup
