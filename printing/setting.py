"""Checking a printer setting before it is saved: what printing it would do is allowed."""

from __future__ import annotations

import dataclasses
from typing import Any

from pos.services import settings
from pos.services.context import ServiceContext
from printing import transport
from printing.config import load


def check_printer_setting(ctx: ServiceContext, change: dict[str, Any]) -> None:
    """Raise the PrinterFault printing would raise for the changed setting's URL (a file URL
    outside the print folder, or into a folder holding the till's files); else nothing."""
    current = settings.read(ctx, settings.PRINTER)
    merged = {**current, **change}
    url = str(merged.get("url") or "")
    if not url.lower().startswith("file:"):
        return
    # The setting as it would be, without POS_PRINTER: that is what is being saved.
    config = dataclasses.replace(load(ctx, setting=merged, environment=False), url=url)
    transport.parse(config)
