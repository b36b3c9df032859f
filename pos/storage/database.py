"""Opening the encrypted till database.

Standard SQLCipher 4 format: the passphrase goes through SQLCipher's own key derivation
(PBKDF2-HMAC-SHA512), so the stock `sqlcipher` tool opens the file with the passphrase
alone. The derivation costs tens of milliseconds per connection, so connections are
pooled; the pool is a QueuePool because sqlcipher3 has crashed under the dialect's
default SingletonThreadPool with many threads.

Nothing here writes to a file until the key has been proven right: a wrong key, a
plaintext or damaged file is refused with the file left byte-for-byte unchanged.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from pos.domain.errors import Code, DatabaseError, WrongKey
from pos.storage.process_lock import ProcessLock

log = logging.getLogger(__name__)

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 4096  # SQLCipher 4 default
CACHE_KIB = 65536  # decrypted pages stay cached, so reads cost about what plain SQLite costs


@dataclass
class Database:
    """An open till database: the engine and session factories for reads and writes."""

    path: Path
    engine: Engine
    encrypted: bool
    # This process's shared hold on the file (see process_lock); None for a bare engine.
    process_lock: ProcessLock | None = None
    _read: sessionmaker[Session] = field(init=False, repr=False)
    _write: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)
        # Writers take the write lock at BEGIN, so the audit chain and counters read
        # inside the transaction cannot be overtaken by another writer.
        self._write = sessionmaker(
            bind=self.engine.execution_options(sqlite_begin="IMMEDIATE"),
            expire_on_commit=False,
        )

    def read_session(self) -> Session:
        return self._read()

    def write_session(self) -> Session:
        return self._write()

    @contextmanager
    def connection(self) -> Iterator[Any]:
        """A raw DB-API connection from the pool (for PRAGMAs and checks)."""
        conn = self.engine.raw_connection()
        try:
            yield conn
        finally:
            conn.close()

    def checkpoint(self, *, attempts: int = 50) -> bool:
        """Move the WAL into the main file and truncate it to zero bytes; False if a reader
        kept it from finishing every attempt (the next checkpoint then does it)."""
        with self.connection() as conn:
            for _ in range(attempts):
                # (busy, frames in the WAL, frames checkpointed); busy while a reader holds
                # an older snapshot: the old page images must not outlive an erasure.
                busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
                if not busy:
                    return True
                time.sleep(0.02)
        log.warning(
            "the WAL checkpoint could not finish (a reader kept it busy); the next one will"
        )
        return False

    def close(self) -> None:
        self.engine.dispose()
        if self.process_lock is not None:
            self.process_lock.release()
            self.process_lock = None


def describe_unreadable(path: Path) -> DatabaseError | None:
    """Say why a file cannot be a till database, judging only its bytes; None if it might be."""
    size = path.stat().st_size
    if size == 0:
        return DatabaseError(Code.DB_EMPTY, file=path.name)
    with path.open("rb") as fh:
        head = fh.read(16)
    if head == SQLITE_PLAIN_HEADER:
        return DatabaseError(Code.DB_PLAIN, file=path.name)
    if size % PAGE_SIZE != 0:
        return DatabaseError(Code.DB_TRUNCATED, file=path.name, size=size)
    return None


_FAILED_PAGE = re.compile(r"page (\d+)")


def _silence_sqlcipher_log() -> None:
    # SQLCipher prints decryption failures to stderr by default; we report them ourselves
    # in one line. The level is process-wide, so one throwaway connection sets it.
    probe = sqlcipher3.connect(":memory:")
    try:
        probe.execute("PRAGMA cipher_log_level = NONE")
    finally:
        probe.close()


_silence_sqlcipher_log()


def _raw_connect(path: Path, key: str | None) -> Any:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    if key is not None:
        conn.execute(f"PRAGMA key = {quote_key(key)}")
    return conn


def quote_key(key: str) -> str:
    """The passphrase as an SQL string literal (SQLCipher derives the key from it)."""
    return "'" + key.replace("'", "''") + "'"


def _precheck(path: Path, key: str | None) -> None:
    if not path.exists():
        raise DatabaseError(Code.DB_MISSING, path=str(path))
    reason = describe_unreadable(path)
    plain_file_for_plain_open = key is None and reason is not None and reason.code is Code.DB_PLAIN
    if reason is not None and not plain_file_for_plain_open:
        raise reason


def _make_engine(path: Path, key: str | None, pool_size: int) -> Engine:
    if key is None:
        url = URL.create("sqlite+pysqlite", database=str(path))
        module: Any = sqlcipher3.dbapi2
    else:
        # The dialect runs `PRAGMA key` from the URL password on every new connection.
        url = URL.create("sqlite+pysqlcipher", password=key, database=str(path))
        module = None
    kwargs: dict[str, Any] = {
        "poolclass": QueuePool,
        "pool_size": pool_size,
        "max_overflow": 8,
        "pool_timeout": 30,
        # SQL parameters hold personal data: keep them out of exception messages and logs.
        "hide_parameters": True,
        "connect_args": {"check_same_thread": False, "timeout": 30},
    }
    if module is not None:
        kwargs["module"] = module
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # We issue BEGIN ourselves (see _on_begin), so the driver must not.
        dbapi_conn.isolation_level = None
        for pragma in (
            "foreign_keys = ON",
            "secure_delete = ON",
            "temp_store = MEMORY",
            "synchronous = FULL",
            "busy_timeout = 30000",
            f"cache_size = -{CACHE_KIB}",
        ):
            dbapi_conn.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def open_database(path: Path, key: str | None, *, pool_size: int = 4) -> Database:
    """Open an existing database after proving the key. `key=None` opens a plain file (benchmarks)."""
    _precheck(path, key)
    # Taken first: a key change in another process finishes before this one reads.
    lock = ProcessLock(path)
    try:
        engine = _make_engine(path, key, pool_size)
    except BaseException:
        lock.release()
        raise
    # The first pooled connection proves the key (reading page 1 fails otherwise); it
    # only reads, so a wrong key leaves the file untouched, and it stays in the pool so
    # the key derivation is not paid twice.
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except sa_exc.DBAPIError:
        engine.dispose()
        lock.release()
        raise why_unopened(path, key) from None
    except BaseException:
        engine.dispose()
        lock.release()
        raise
    return Database(path=path, engine=engine, encrypted=key is not None, process_lock=lock)


def why_unopened(path: Path, key: str | None) -> DatabaseError:
    """Tell a wrong key from a damaged or cut-short file: every page of the file carries its
    own HMAC under the key, so with a wrong key all of them fail and with damage only some."""
    if key is None:
        return WrongKey(Code.KEY_WRONG, file=path.name)
    conn = _raw_connect(path, key)
    try:
        failing = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    except sqlcipher3.Error:
        return WrongKey(Code.KEY_WRONG, file=path.name)
    finally:
        conn.close()
    pages = [int(m.group(1)) for m in map(_FAILED_PAGE.search, failing) if m]
    total = path.stat().st_size // PAGE_SIZE
    if not failing:
        # Every page there verifies under this key, yet the database does not open.
        return DatabaseError(Code.DB_INCOMPLETE, file=path.name)
    if len(pages) >= total:
        return WrongKey(Code.KEY_WRONG, file=path.name)
    return damaged_pages(path.name, pages, total)


def damaged_pages(file: str, pages: list[int], total: int) -> DatabaseError:
    shown = ", ".join(str(p) for p in pages[:10]) + (", ..." if len(pages) > 10 else "")
    return DatabaseError(
        Code.DB_PAGES_DAMAGED,
        file=file,
        count=len(pages),
        pages=shown,
        good=max(total - len(pages), 0),
    )


def create_database(path: Path, key: str | None, *, pool_size: int = 4) -> Database:
    """Create a new, empty database file in WAL mode; refuse if one exists."""
    if path.exists() and path.stat().st_size > 0:
        raise DatabaseError(Code.DB_EXISTS, path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = _raw_connect(path, key)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE _init_probe (x INTEGER)")
        conn.execute("DROP TABLE _init_probe")
    finally:
        conn.close()
    os.chmod(path, 0o600)
    engine = _make_engine(path, key, pool_size)
    lock = ProcessLock(path)
    return Database(path=path, engine=engine, encrypted=key is not None, process_lock=lock)
