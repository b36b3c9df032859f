"""Which processes have the till database open: a whole-file lock on the database itself.

Every process that opens the database holds a shared `flock` on `pos.db` for as long as it
has the file open; `pos rekey` needs it alone (exclusive) before it swaps the file, so no
other process can go on writing into a file that is about to be replaced. The operating
system drops a dead process's lock, so a crash or kill -9 leaves nothing behind, and no
file is added beside the database. (SQLite's own locks are POSIX record locks, which
`flock` does not touch.)
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


class ProcessLock:
    """This process's hold on the database: shared while it works, exclusive to rekey."""

    def __init__(self, db_path: Path, *, wait_s: float = WAIT_FOR_REKEY_S) -> None:
        # Read-only: the lock needs a handle, never a write.
        self._file: IO[bytes] | None = db_path.open("rb")
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
