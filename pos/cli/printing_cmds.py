"""`pos print-sample` and print-queue commands (owned by the printing work)."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    """Printing commands register here."""
