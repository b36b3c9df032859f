"""`pos buyer withdraw|refuse`, `pos stats export`, `pos retention run` (privacy operations)."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    """Top-level privacy commands (statistics, retention)."""


def register_buyer_actions(bsub: Any) -> None:
    """Sub-actions of `pos buyer` for the buyer's requests."""
