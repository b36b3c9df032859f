"""The cashier window over a real encrypted till, a TCP printer listener, and leak checks.

Every test gets a fresh till and window. A test that leaves a timer running, a worker
busy or a thread started is failed at teardown (napari's `_dangling_qthreads` idea).
"""

from __future__ import annotations

import subprocess
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThread, QTimer
from pytestqt.qtbot import QtBot

from pos.seed import ensure_products
from pos.services import settings
from pos.services.staff import set_pin
from printing import raster
from tests.printing.conftest import FakePrinter
from tests.printing.escpos_decoder import GlyphReader
from tests.support.tills import TillFixture
from till.gui import default_printer_factory
from ui.app import build_window
from ui.state import TillHandle
from ui.widgets.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "ui" / "translations"
ADMIN_PIN = "3333"


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Compile the .ts sources (as `make translations` does) so language tests see them."""
    lrelease = ROOT / ".venv" / "bin" / "pyside6-lrelease"
    for ts in sorted(TS_DIR.glob("*.ts")):
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    return TS_DIR


_timers: weakref.WeakSet[QTimer] = weakref.WeakSet()
_qthreads: weakref.WeakSet[QThread] = weakref.WeakSet()


@pytest.fixture(autouse=True)
def _no_dangling(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves a QTimer active, a QThread running or a Python thread alive."""
    start_timer = QTimer.start
    start_thread = QThread.start

    def track_timer(self: QTimer, *args: object) -> None:
        _timers.add(self)
        start_timer(self, *args)  # type: ignore[arg-type]

    def track_thread(self: QThread, *args: object) -> None:
        _qthreads.add(self)
        start_thread(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(QTimer, "start", track_timer)
    monkeypatch.setattr(QThread, "start", track_thread)
    before = set(threading.enumerate())
    yield
    active = [t.objectName() or "QTimer" for t in list(_timers) if _is_active(t)]
    running = [t.objectName() or "QThread" for t in list(_qthreads) if _is_running(t)]
    leftover = [
        t.name
        for t in threading.enumerate()
        if t not in before and t.is_alive() and not t.name.startswith(("fake-printer", "Dummy"))
    ]
    _timers.clear()
    _qthreads.clear()
    assert not active, f"timers left running: {active}"
    assert not running, f"QThreads left running: {running}"
    assert not leftover, f"threads left running: {leftover}"


def _is_active(timer: QTimer) -> bool:
    try:
        return timer.isActive()
    except RuntimeError:  # already deleted by Qt
        return False


def _is_running(thread: QThread) -> bool:
    try:
        return thread.isRunning()
    except RuntimeError:
        return False


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    """A network receipt printer on 127.0.0.1 (raw TCP)."""
    p = FakePrinter().start()
    yield p
    p.stop()


@pytest.fixture
def shop(till: TillFixture, printer: FakePrinter, monkeypatch: pytest.MonkeyPatch) -> TillFixture:
    """The till with products, a store admin PIN and the TCP printer configured."""
    monkeypatch.delenv("POS_PRINTER", raising=False)
    ensure_products(till.ctx())
    set_pin(till.ctx(), till.identity.admin_staff_id, ADMIN_PIN)
    settings.update(
        till.ctx(), settings.PRINTER, {"url": printer.url, "paper_width": 80, "timeout": 2}
    )
    return till


@pytest.fixture
def window(qtbot: QtBot, shop: TillFixture) -> Iterator[MainWindow]:
    """The cashier window as `pos gui` builds it (printing through the real service)."""
    w = build_window(
        TillHandle(shop.paths, shop.db, shop.identity),
        printer_factory=default_printer_factory(),
        language="en",
        current_key=shop.key,
    )
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.login.ready, timeout=10_000)
    yield w
    w.shutdown()
    w.close()


@pytest.fixture(scope="session")
def reader() -> GlyphReader:
    """Reads text back from the bitmap lines a printer receives (Kazakh letters, ₸)."""
    return GlyphReader(
        raster.FONT_FILES,
        size=raster.FONT_SIZE,
        cell=(raster.CELL_WIDTH, raster.CELL_HEIGHT),
        top=raster.GLYPH_TOP,
    )
