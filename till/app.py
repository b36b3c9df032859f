"""Composition root: the open till, and the printing and sync it is wired to.

`open_till()` gives a `Till` to use in a `with` block, so it is closed however the block
ends. Printing and sync are imported only inside the functions that need
them, so the command line starts fast. The window's start-up is `till.gui`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self

from pos import logs
from pos.config import TillPaths, till_paths
from pos.keys import resolve_key
from pos.services.context import Actor, ServiceContext
from pos.services.setup import TillIdentity, till_identity
from pos.storage.database import Database, open_database
from pos.storage.revision import is_current

if TYPE_CHECKING:
    from printing.service import PrintService

log = logging.getLogger(__name__)


@dataclass
class Till:
    """An open till: its files, its database and who it is. Closes its database on exit."""

    paths: TillPaths
    db: Database
    identity: TillIdentity
    key: str
    # Who this process acts as: the staff member a command signed in, or the till itself.
    actor: Actor | None = None

    def context(self, actor: Actor | None = None) -> ServiceContext:
        """A service context acting as `actor`, else as whoever this till was opened for
        (the built-in administrator only where nobody was named: the window's start-up)."""
        return ServiceContext(self.db, actor or self.actor or self.identity.admin_actor())

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_till(home: str | Path | None = None, key: str | None = None) -> Till:
    """Open (and, if the app is newer, migrate) the till database under POS_HOME."""
    paths = till_paths(home)
    logs.configure(paths.logs)
    key = key or resolve_key(paths.db)
    db = open_database(paths.db, key)
    try:
        if not is_current(db):
            from pos.storage.migrate import upgrade

            backup = upgrade(db, backup_dir=paths.backups)
            if backup is not None:
                log.info("database upgraded; copy made before it: %s", backup.name)
        if paths.backups.is_dir():
            from pos.storage.backups import settle_backups

            # No copy of the database outlives a sound upgrade: it would keep destroyed
            # buyers (pos/storage/backups.py).
            settled = settle_backups(db, paths.backups)
            if settled.removed:
                log.info(
                    "upgraded database passed its checks; %d backup files removed", settled.removed
                )
        identity = till_identity(db)
    except BaseException:
        db.close()
        raise
    return Till(paths=paths, db=db, identity=identity, key=key)


def printer_service(till: Till) -> PrintService:
    """The printing service for this till (printer from settings or POS_PRINTER)."""
    from printing.service import PrintService

    return PrintService.for_till(till.context(), till.paths)


def print_sample(till: Till, document: str, language: str, report: Callable[[str], None]) -> int:
    from printing.samples import print_sample as _print_sample

    return int(_print_sample(till.context(), document, language, report=report))


def sync_once(till: Till, report: Callable[[str], None]) -> int:
    from sync.worker import run_cycle_cli

    return int(run_cycle_cli(till.context(), report=report))
