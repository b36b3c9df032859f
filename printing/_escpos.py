"""The one place python-escpos is imported, with its side effects undone.

python-escpos calls `logging.basicConfig()` when its capabilities module loads (and the
root-level `logging.info(...)` calls in its printer classes do the same when the root
logger has no handler), which would add a stderr handler to the app's root logger. It
also pickles its printer database into a fresh temporary folder on every import; a
per-user cache folder keeps that pickle between runs and out of shared /tmp.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import platformdirs


@contextmanager
def keep_root_logging() -> Iterator[None]:
    """Restore the root logger's handlers and level after the block, whatever it did."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        yield
    finally:
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
        for handler in handlers:
            if handler not in root.handlers:
                root.addHandler(handler)
        root.setLevel(level)


def _cache_dir() -> str:
    path = platformdirs.user_cache_path("kz-pos", False) / "escpos"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return str(path)


__all__ = [
    "CupsPrinter",
    "DeviceNotFoundError",
    "File",
    "Network",
    "Serial",
    "Usb",
    "Win32Raw",
    "constants",
    "keep_root_logging",
    "profile_data",
]

with keep_root_logging():
    os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", _cache_dir())
    from escpos import constants
    from escpos.capabilities import get_profile as _get_profile
    from escpos.exceptions import DeviceNotFoundError
    from escpos.printer import CupsPrinter, File, Network, Serial, Usb, Win32Raw


def profile_data(name: str) -> dict[str, Any]:
    """The printer database entry of a python-escpos profile (KeyError if unknown)."""
    return dict(_get_profile(name).profile_data)
