"""The window's Qt half of start-up: the application, the key dialog, the window, the loop.

`till.gui` decides what to open and wires printing and sync; this module only does what
needs Qt. `build_window()` wires a window around an open till, so the tests and the
benchmarks build exactly what the cashier gets.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from pos.services import settings
from pos.services.context import ServiceContext
from pos.services.setup import describe_till
from ui.i18n import DEFAULT_LANGUAGE, LANGUAGES, Translations
from ui.messages import line_message
from ui.operations import Operations
from ui.state import AppState, PrinterFactory, SyncFactory, TillHandle
from ui.watchdog import StallWatchdog, debug_enabled
from ui.widgets.main_window import MainWindow


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
    """The cashier window around an open till (the application must exist).

    Reads the store (its name and time zone) once, before the window shows, as the
    language is read: every "today" the window uses is the store's."""
    ops = Operations()
    store = describe_till(ServiceContext(till.db, till.identity.system_actor()))
    state = AppState(
        till,
        ops,
        store=store,
        printer_factory=printer_factory,
        sync_factory=sync_factory,
        language=language or DEFAULT_LANGUAGE,
    )
    window = MainWindow(state, Translations(), current_key=current_key)
    ops.setParent(window)
    state.setParent(window)
    return window


def application(argv: list[str]) -> QApplication:
    """The Qt application (made once), with the bundled fonts registered."""
    app = QApplication.instance() or QApplication(["pos", *argv])
    if not isinstance(app, QApplication):
        raise RuntimeError("another kind of Qt application is already running")
    app.setApplicationName("kz-pos")
    app.setApplicationDisplayName("Till")
    _register_fonts()
    return app


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


def ask_key() -> str | None:
    """The database key typed into a dialog; None when the cashier cancelled."""
    key, ok = QInputDialog.getText(
        None,
        QCoreApplication.translate("Startup", "Database key"),
        QCoreApplication.translate("Startup", "The till's database key:"),
        QLineEdit.EchoMode.Password,
    )
    return key if ok else None


def show_startup_error(error: Exception) -> None:
    """Say in one line why the till did not open."""
    QMessageBox.critical(None, QCoreApplication.translate("Startup", "Till"), line_message(error))


def run_window(window: MainWindow, *, on_shown: Callable[[MainWindow], None] | None = None) -> int:
    """Show the window and run the event loop until it closes; returns the exit code."""
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("make the application first (ui.app.application)")
    watchdog: StallWatchdog | None = None
    if debug_enabled():
        watchdog = StallWatchdog(parent=window)
        watchdog.start()
    window.resize(1280, 800)
    window.show()
    window.start()
    if on_shown is not None:
        on_shown(window)
    try:
        return int(app.exec())
    finally:
        if watchdog is not None:
            watchdog.stop()
        window.shutdown()
        window.state.till.db.close()
