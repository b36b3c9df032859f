"""The copies of the database the till makes before a schema upgrade, and their end.

A copy made before an upgrade holds every buyer as they were then, destroyed ones
included, under the same key. So the till keeps none while it runs: the copy is removed
as soon as the upgraded database passes the checks of `pos check`, and if it does not,
the till refuses to open (the copy is then what the admin restores). A copy left behind
by an earlier version of the app goes the same way at the next start. Destruction
therefore never has a backup to reach into: none exists while the till can destroy.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pos.domain.errors import Code, DatabaseError
from pos.storage.database import Database
from pos.storage.integrity import run_checks

# What migrate.backup_file names its copies: <db stem>-before-<revision>-<stamp><suffix>.
_PATTERN = "{stem}-before-*{suffix}"


@dataclass(frozen=True, slots=True)
class Settled:
    """What became of the migration backups: how many files were removed."""

    removed: int


def migration_backups(db: Database, backup_dir: Path) -> list[Path]:
    """The copies (and their WAL files) an upgrade left in `backup_dir`."""
    if not backup_dir.is_dir():
        return []
    copies = sorted(backup_dir.glob(_PATTERN.format(stem=db.path.stem, suffix=db.path.suffix)))
    return copies + [p for c in copies for p in (Path(f"{c}-wal"),) if p.exists()]


def settle_backups(db: Database, backup_dir: Path) -> Settled:
    """Remove every migration backup once the database passes `pos check`; refuse otherwise.

    Called after an upgrade and at each start while copies remain. A failed check raises
    DatabaseError naming the check and the newest copy, which is left in place.
    """
    found = migration_backups(db, backup_dir)
    if not found:
        return Settled(0)
    failed = [r for r in run_checks(db) if not r.ok]
    if failed:
        newest = max((p for p in found if not p.name.endswith("-wal")), key=lambda p: p.name)
        raise DatabaseError(Code.DB_UPGRADE_UNSOUND, check=failed[0].name, file=newest.name)
    for path in found:
        path.unlink(missing_ok=True)
    return Settled(len(found))
