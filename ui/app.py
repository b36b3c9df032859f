"""Starting the cashier window: the application, the till, printing and sync, the watchdog.

`run()` is what `pos gui` (and `make run`) calls; `build_window()` wires a window around an
open till, so the tests and the benchmark build exactly what the cashier gets.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from pos.config import TillPaths, till_paths
from pos.domain.enums import Role
from pos.domain.errors import PosError
from pos.services import settings
from pos.services.context import ServiceContext
from ui.i18n import DEFAULT_LANGUAGE, LANGUAGES, Translations
from ui.operations import Operations
from ui.state import AppState, Printer, PrinterFactory, SyncFactory, SyncRunner, TillHandle
from ui.watchdog import StallWatchdog, debug_enabled
from ui.widgets.main_window import MainWindow

log = logging.getLogger(__name__)
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


def ui_language(ctx: ServiceContext) -> str:
    """The language setting of the till (store admin sets it)."""
    value = settings.read(ctx, settings.LANGUAGE).get("ui", DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def build_window(
    till: TillHandle,
    *,
    printer_factory: PrinterFactory | None = None,
    sync_factory: SyncFactory | None = None,
    language: str | None = None,
    current_key: str | None = None,
) -> MainWindow:
    """The cashier window around an open till (the application must exist)."""
    ops = Operations()
    state = AppState(
        till,
        ops,
        printer_factory=printer_factory,
        sync_factory=sync_factory,
        language=language or DEFAULT_LANGUAGE,
    )
    window = MainWindow(state, Translations(), current_key=current_key)
    ops.setParent(window)
    state.setParent(window)
    return window


def _register_fonts() -> None:
    """The bundled monospace font for slip previews (Cyrillic, Kazakh letters and ₸)."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = (
        Path(bundle) / "printing" / "fonts"
        if bundle
        else Path(__file__).resolve().parent.parent / "printing" / "fonts"
    )
    for name in ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"):
        path = base / name
        if path.exists():
            QFontDatabase.addApplicationFont(str(path))


def _known_key(db_path: Path) -> str | None:
    from pos.keys import stored_key

    return stored_key(db_path)


def _open_till(home: str | Path | None) -> tuple[Any, str] | None:
    """Open the till, asking for the key in a dialog when it is not known; None: gave up."""
    from pos.app import open_till

    paths = till_paths(home)
    key = _known_key(paths.db)
    for _attempt in range(KEY_ATTEMPTS):
        if key is None:
            key, ok = QInputDialog.getText(
                None,
                QCoreApplication.translate("Startup", "Database key"),
                QCoreApplication.translate("Startup", "The till's database key:"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
        try:
            return open_till(home, key=key), key
        except PosError as exc:
            QMessageBox.critical(None, QCoreApplication.translate("Startup", "Till"), str(exc))
            if os.environ.get("POS_DB_KEY") or "wrong key" not in str(exc):
                return None
            key = None
    return None


def run(home: str | Path | None, argv: list[str]) -> int:
    """Open the cashier window on the till under `home` (POS_HOME); returns the exit code."""
    app = QApplication.instance() or QApplication(["pos", *argv])
    if not isinstance(app, QApplication):
        raise RuntimeError("another kind of Qt application is already running")
    app.setApplicationName("kz-pos")
    app.setApplicationDisplayName("Till")
    _register_fonts()
    probe = _Probe.from_env()
    opened = _open_till(home)
    if opened is None:
        return 1
    till, key = opened
    language = ui_language(till.context())
    window = build_window(
        TillHandle(till.paths, till.db, till.identity),
        printer_factory=default_printer_factory(),
        sync_factory=default_sync_factory(),
        language=language,
        current_key=key,
    )
    watchdog: StallWatchdog | None = None
    if debug_enabled():
        watchdog = StallWatchdog(parent=window)
        watchdog.start()
    window.resize(1280, 800)
    window.show()
    window.start()
    if probe is not None:
        probe.attach(window)
    try:
        return int(app.exec())
    finally:
        if watchdog is not None:
            watchdog.stop()
        window.shutdown()
        window.state.till.db.close()


class _Probe:
    """Benchmark hook (POS_DEBUG=1 and POS_UI_PROBE=file): writes when the login and the
    sale screen became usable, signs in with POS_UI_PROBE_PIN as the first cashier, quits."""

    def __init__(self, out: Path, pin: str | None) -> None:
        self.out = out
        self.pin = pin

    @classmethod
    def from_env(cls) -> _Probe | None:
        target = os.environ.get("POS_UI_PROBE")
        if not target or not debug_enabled():
            return None
        return cls(Path(target), os.environ.get("POS_UI_PROBE_PIN"))

    def mark(self, event: str) -> None:
        record = {"event": event, "t": time.time(), "rss_kib": _rss_kib()}
        with self.out.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record) + "\n")

    def attach(self, window: MainWindow) -> None:
        self.mark("window_shown")
        self._when(lambda: window.login.ready, lambda: self._login_ready(window))

    def _login_ready(self, window: MainWindow) -> None:
        self.mark("login_ready")
        if not self.pin:
            QTimer.singleShot(0, window.close)
            return
        login = window.login
        for row, person in enumerate(login._staff):
            if person.role is Role.CASHIER:
                login.staff_list.setCurrentRow(row)
                break
        login.pin.setText(self.pin)
        login.sign_in_button.click()

        def sale_ready() -> None:
            self.mark("sale_ready")
            QTimer.singleShot(0, window.close)

        self._when(
            lambda: window.stack.currentWidget() is window.sale and window.state.actor is not None,
            sale_ready,
        )

    def _when(self, condition: Callable[[], bool], then: Callable[[], object]) -> None:
        if condition():
            then()
        else:
            QTimer.singleShot(5, lambda: self._when(condition, then))


def _rss_kib() -> int | None:
    """Resident memory of this process (Linux), for the benchmark."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None
