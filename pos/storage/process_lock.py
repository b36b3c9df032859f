"""Which processes have the till database open: a lock file beside it.

Every process that opens the database holds a shared lock on `pos.db.lock` for as long as
it has the file open; `pos rekey` needs the lock alone (exclusive) before it swaps the
file, so no other process can go on writing into a file that is about to be replaced. The
operating system drops a dead process's lock, so a crash or kill -9 leaves nothing behind.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import IO

import portalocker

from pos.domain.errors import Code, DatabaseError

# How long an opener waits for a key change in another process to finish.
WAIT_FOR_REKEY_S = 60.0
_POLL_S = 0.05


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class ProcessLock:
    """This process's hold on the database: shared while it works, exclusive to rekey."""

    def __init__(self, db_path: Path, *, wait_s: float = WAIT_FOR_REKEY_S) -> None:
        self._path = lock_path(db_path)
        self._file: IO[str] | None = self._path.open("a")
        deadline = time.monotonic() + wait_s
        while not self._try(portalocker.LockFlags.SHARED):
            if time.monotonic() >= deadline:
                self.release()
                raise DatabaseError(Code.DB_BEING_REKEYED)
            time.sleep(_POLL_S)

    def _try(self, kind: portalocker.LockFlags) -> bool:
        if self._file is None:  # released: nothing to hold
            return False
        try:
            portalocker.lock(self._file, kind | portalocker.LockFlags.NON_BLOCKING)
        except portalocker.exceptions.LockException:
            return False
        return True

    def exclusive(self) -> None:
        """Hold the database alone; refuse at once if another process has it open."""
        if not self._try(portalocker.LockFlags.EXCLUSIVE):
            # flock may have dropped the shared lock while trying: take it back.
            self._try(portalocker.LockFlags.SHARED)
            raise DatabaseError(Code.REKEY_IN_USE)

    def shared(self) -> None:
        """Let other processes open the database again."""
        self._try(portalocker.LockFlags.SHARED)

    def release(self) -> None:
        if self._file is not None:
            try:
                portalocker.unlock(self._file)
            finally:
                self._file.close()
                self._file = None
