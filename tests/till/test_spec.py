"""pos.spec stays buildable: it runs, names its entry point, its data files exist, the
modules imported by name at run time are bundled, and no Qt module the window uses is left out.

The PyInstaller build itself is not part of the test run (`make dist` builds it).
"""

from __future__ import annotations

import ast
import glob
import importlib.util
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "pos.spec"


class _Captured:
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        self.binaries: list[Any] = []
        self.datas: list[Any] = []


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    """Run pos.spec with PyInstaller's build classes replaced by recorders."""
    source = SPEC.read_text(encoding="utf-8")
    namespace: dict[str, Any] = {
        "SPECPATH": str(ROOT),
        "Analysis": _Captured,
        "PYZ": _Captured,
        "EXE": _Captured,
        "COLLECT": _Captured,
    }
    exec(compile(source, str(SPEC), "exec"), namespace)  # noqa: S102 - our own build file
    return namespace


def test_spec_builds_one_folder_app_from_the_entry_script(spec: dict[str, Any]) -> None:
    analysis = spec["a"]
    (script,) = analysis.args[0]
    assert Path(script) == ROOT / "till" / "entry.py"
    entry = ast.parse(Path(script).read_text(encoding="utf-8"))
    assert any(
        isinstance(node, ast.ImportFrom) and node.module == "till.cli.main" for node in entry.body
    ), "the build's entry point is the `pos` command line"
    assert spec["exe"].kwargs["name"] == "pos" and spec["exe"].kwargs["exclude_binaries"]
    assert spec["coll"].kwargs["name"] == "pos"  # COLLECT: one folder, dist/pos/


def test_every_data_file_exists(spec: dict[str, Any]) -> None:
    datas = spec["a"].kwargs["datas"]
    for src, dest in datas:
        assert glob.glob(src), f"data file missing: {src} -> {dest}"
    dests = {dest for _src, dest in datas}
    assert {"ui/translations", "printing/fonts", "pos/storage/migrations/versions"} <= dests
    assert any(src.endswith(".qm") for src, _ in datas)  # translations travel compiled
    assert any("escpos" in dest for _src, dest in datas)  # the printer capability database


def test_hidden_imports_are_importable_and_cover_the_lazy_ones(spec: dict[str, Any]) -> None:
    hidden = set(spec["a"].kwargs["hiddenimports"])
    lazily_imported = {
        "sqlalchemy.dialects.sqlite.pysqlcipher",  # chosen by the database URL
        "till.gui",  # `pos gui`
        "ui.app",  # till.gui
        "ui.widgets.main_window",
        "printing.service",  # till.gui.LazyPrinter, till.app
        "printing.docs.consent_slip",  # the slip preview
        "sync.worker",  # background sync
        "pos.seed",  # `pos seed`
    }
    assert lazily_imported <= hidden
    for name in sorted(hidden):
        assert importlib.util.find_spec(name) is not None, name
    assert not any(name.startswith("headoffice") for name in hidden)


def test_no_qt_module_the_window_uses_is_excluded(spec: dict[str, Any]) -> None:
    excluded = set(spec["a"].kwargs["excludes"])
    used = set()
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                used.add(node.module)
            elif isinstance(node, ast.Import):
                used |= {a.name for a in node.names if a.name.startswith("PySide6.")}
    assert used == {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"}
    assert not used & excluded
    assert {"PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtWebEngineCore"} <= excluded
