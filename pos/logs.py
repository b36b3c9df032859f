"""Logging to POS_HOME/logs with personal data masked out, whatever a message holds."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from pos.domain.masking import scrub


class ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def configure(logs_dir: Path | None, level: int = logging.INFO) -> None:
    """Send the app's logs to a rotating file (and warnings to stderr); idempotent."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_pos_handler", False):
            root.removeHandler(handler)
    formatter = ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    if logs_dir is not None:
        logs_dir.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            logs_dir / "pos.log", maxBytes=5_000_000, backupCount=5, encoding="utf-8"
        )
        file_handler.setFormatter(formatter)
        file_handler._pos_handler = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
    root.setLevel(level)
    logging.captureWarnings(True)
