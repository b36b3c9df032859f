"""Rotating the database key without ever leaving the till without a working file.

The data is exported into a new file under the new key, checked, then swapped in with an
atomic rename. A crash before the rename leaves the old file as it was; after it, the
new one is complete.
"""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from pos.domain.errors import Code, DatabaseError
from pos.storage.database import Database, open_database, quote_key

_SQLITE_FULL = 13


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return getattr(exc, "sqlite_errorcode", None) == _SQLITE_FULL or "full" in str(exc).lower()


def rekey(db: Database, new_key: str, progress: Callable[[float], None] | None = None) -> Database:
    """Re-encrypt `db` under `new_key`; returns the reopened database. `db` is closed.

    Refused while another process has the database open: it would go on writing into the
    file this replaces, and its commits would be lost."""
    path = db.path
    tmp = path.with_name(path.name + ".rekey")
    if db.process_lock is not None:
        db.process_lock.exclusive()
    try:
        _export(db, path, tmp, new_key, progress)
    except BaseException as exc:
        for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
            leftover.unlink(missing_ok=True)
        if db.process_lock is not None:
            db.process_lock.shared()
        if isinstance(exc, DatabaseError) or not isinstance(exc, sqlcipher3.Error | OSError):
            raise
        raise DatabaseError(Code.REKEY_DISK_FULL if _full(exc) else Code.REKEY_FAILED) from None
    db.close()  # releases this process's lock too, so the reopen below can take it again
    os.replace(tmp, path)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    _fsync(path.parent)
    if progress:
        progress(1.0)
    return open_database(path, new_key)


def _export(
    db: Database,
    path: Path,
    tmp: Path,
    new_key: str,
    progress: Callable[[float], None] | None,
) -> None:
    """The new file beside the old one, complete, verified and on disk; the old untouched."""
    for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        leftover.unlink(missing_ok=True)
    db.checkpoint()
    total = max(path.stat().st_size, 1)
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.2):
            if progress and tmp.exists():
                progress(min(tmp.stat().st_size / total, 0.99))

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        with db.connection() as conn:
            conn.execute(
                f"ATTACH DATABASE {quote_key(str(tmp))} AS rekeyed KEY {quote_key(new_key)}"
            )
            try:
                conn.execute("SELECT sqlcipher_export('rekeyed')")
            finally:
                conn.execute("DETACH DATABASE rekeyed")
    finally:
        done.set()
        watcher.join()

    conn = sqlcipher3.connect(str(tmp), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = {quote_key(new_key)}")
        conn.execute("PRAGMA journal_mode = WAL")
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise DatabaseError(Code.REKEY_NOT_VERIFIED)
    finally:
        conn.close()
    _fsync(tmp)
    os.chmod(tmp, 0o600)
