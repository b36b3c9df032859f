"""`pos sync` (owned by the sync work)."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    """Sync commands register here."""
