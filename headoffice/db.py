"""Head office's database: PostgreSQL through psycopg 3, or an SQLite file for one machine."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from headoffice.config import database_url

log = logging.getLogger(__name__)


@dataclass
class HeadOfficeDB:
    engine: Engine
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(bind=self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def session(self) -> Session:
        return self._sessions()

    def insert(self, table: Any) -> Any:
        """An INSERT with ON CONFLICT support for this dialect."""
        if self.dialect == "postgresql":
            return postgresql.insert(table)
        return sqlite.insert(table)

    def close(self) -> None:
        self.engine.dispose()


def open_db(url: str | None = None, *, pool_size: int = 10) -> HeadOfficeDB:
    """An engine for HEADOFFICE_DATABASE_URL (or the given URL); nothing is created yet."""
    url = url or database_url()
    kwargs: dict[str, Any] = {"hide_parameters": True, "pool_pre_ping": True}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
    else:
        kwargs.update(pool_size=pool_size, max_overflow=2 * pool_size, pool_timeout=30)
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _sqlite_events(engine)
    return HeadOfficeDB(engine)


def _sqlite_events(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we send BEGIN ourselves, below
        for pragma in (
            "journal_mode = WAL",
            "foreign_keys = ON",
            "busy_timeout = 30000",
            "synchronous = NORMAL",
            "secure_delete = ON",  # a destroyed buyer's bytes do not linger in free pages
        ):
            dbapi_conn.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # One writer at a time, taken at BEGIN, so two pushes never deadlock on upgrade.
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "headoffice:migrations")
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("the head-office migrations have no head revision")
    return head


def current_revision(db: HeadOfficeDB) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: HeadOfficeDB, keys: Any = None, *, to: str = "head") -> bool:
    """Bring the schema to head (or `to`); True if anything was run. `keys` (config.Keys)
    are needed by revisions that re-encrypt stored data, when there is data."""
    if current_revision(db) == (head_revision() if to == "head" else to):
        return False
    cfg = _alembic_config()
    with db.engine.begin() as conn:
        if db.dialect == "postgresql":
            # Two servers starting at once must not both create the tables.
            conn.execute(text("SELECT pg_advisory_xact_lock(4242001)"))
        cfg.attributes["connection"] = conn
        cfg.attributes["keys"] = keys
        command.upgrade(cfg, to)
    log.info("head-office schema upgraded to %s", head_revision())
    return True
