"""Starting the cashier window: which till, which key, and the printing and sync it gets.

Everything Qt is in `ui.app`; this module decides and wires. A wrong key typed into the
dialog is asked again (three tries); a key from POS_DB_KEY or the keyring is not, since
typing cannot fix it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pos.config import TillPaths, till_paths
from pos.domain.errors import PosError, WrongKey
from pos.keys import stored_key
from pos.services.context import ServiceContext
from till.app import Till, open_till
from ui.state import Printer, PrinterFactory, SyncFactory, SyncRunner, TillHandle

if TYPE_CHECKING:
    from ui.widgets.main_window import MainWindow

KEY_ATTEMPTS = 3


class LazyPrinter:
    """The printing service, imported on first use: on a worker thread, not at start-up."""

    def __init__(self, ctx: ServiceContext, paths: TillPaths) -> None:
        self._ctx = ctx
        self._paths = paths
        self._service: Any = None

    def _get(self) -> Any:
        if self._service is None:
            from printing.service import PrintService

            self._service = PrintService.for_till(self._ctx, self._paths)
        return self._service

    def __getattr__(self, name: str) -> Any:
        return getattr(self._get(), name)


def default_printer_factory() -> PrinterFactory:
    def make(ctx: ServiceContext, paths: TillPaths) -> Printer:
        return LazyPrinter(ctx, paths)

    return make


def default_sync_factory() -> SyncFactory:
    def make(ctx: ServiceContext) -> SyncRunner:
        from sync.worker import SyncWorker

        return SyncWorker(ctx)

    return make


def known_key(db_path: Path) -> str | None:
    """The key from POS_DB_KEY or the OS keyring, without asking."""
    return stored_key(db_path)


def open_with_dialog(home: str | Path | None) -> tuple[Till, str] | None:
    """Open the till, asking for the key in a dialog when it is not known; None: gave up."""
    from ui import app as ui_app

    paths = till_paths(home)
    key = known_key(paths.db)
    for _attempt in range(KEY_ATTEMPTS):
        if key is None:
            key = ui_app.ask_key()
            if key is None:
                return None
        try:
            return open_till(home, key=key), key
        except PosError as exc:
            ui_app.show_startup_error(exc)
            if os.environ.get("POS_DB_KEY") or not isinstance(exc, WrongKey):
                return None
            key = None
    return None


def run(
    home: str | Path | None,
    argv: list[str],
    *,
    on_shown: Callable[[MainWindow], None] | None = None,
) -> int:
    """Open the cashier window on the till under `home` (POS_HOME); returns the exit code."""
    from ui import app as ui_app

    ui_app.application(argv)
    opened = open_with_dialog(home)
    if opened is None:
        return 1
    till, key = opened
    window = ui_app.build_window(
        TillHandle(till.paths, till.db, till.identity),
        printer_factory=default_printer_factory(),
        sync_factory=default_sync_factory(),
        language=ui_app.ui_language(till.context()),
        current_key=key,
    )
    return ui_app.run_window(window, on_shown=on_shown)
