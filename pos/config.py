"""Where the till keeps its files (POS_HOME) and what the environment overrides."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "kz-pos"
DB_FILE = "pos.db"


@dataclass(frozen=True, slots=True)
class TillPaths:
    home: Path

    @property
    def db(self) -> Path:
        return self.home / DB_FILE

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def exports(self) -> Path:
        return self.home / "exports"

    @property
    def prints(self) -> Path:
        """Where a `file://` printer may write, unless the admin names another folder."""
        return self.home / "prints"


def till_paths(home: str | os.PathLike[str] | None = None) -> TillPaths:
    """POS_HOME if set, else the platform's per-user data folder."""
    chosen = home or os.environ.get("POS_HOME") or platformdirs.user_data_path(APP_NAME, False)
    return TillPaths(Path(chosen).expanduser().resolve())


def printer_override() -> str | None:
    """POS_PRINTER overrides the printer setting."""
    return os.environ.get("POS_PRINTER") or None


def print_folder_override() -> Path | None:
    """POS_PRINT_DIR names the folder a `file://` printer writes into (the admin's choice)."""
    value = os.environ.get("POS_PRINT_DIR")
    return Path(value).expanduser() if value else None
