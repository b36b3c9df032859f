"""The cashier window over a real encrypted till, a TCP printer listener, and leak checks.

Every test gets a fresh till and window. A test that leaves a timer running, a worker
busy or a thread started is failed at teardown (napari's `_dangling_qthreads` idea).
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pos.seed import ensure_products
from pos.services import settings
from pos.services.staff import set_pin
from tests.support.printer import FakePrinter
from tests.support.tills import ADMIN_PIN, TillFixture
from till.gui import default_printer_factory
from ui.app import build_window
from ui.state import TillHandle
from ui.widgets.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "ui" / "translations"


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Compile the .ts sources (as `make translations` does) so language tests see them."""
    lrelease = ROOT / ".venv" / "bin" / "pyside6-lrelease"
    for ts in sorted(TS_DIR.glob("*.ts")):
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    return TS_DIR


@pytest.fixture(autouse=True)
def _no_dangling(no_dangling_qt: None) -> None:
    """Every test here fails if it leaves a timer, a QThread or a thread running."""


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
    # The window's translator is the application's: a test that switched language must not
    # leave the next test's widgets speaking it.
    w.translations.install("en")
