"""The core runs without Qt, HTTP or printer libraries (napari-style headless check)."""

from __future__ import annotations

import subprocess
import sys


def test_core_imports_no_gui_network_or_printer_library() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import pos.domain, pos.services, pos.storage\n"
        "for pkg in (pos.domain, pos.services, pos.storage):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations' not in m.name: importlib.import_module(m.name)\n"
        "import till.cli.main\n"
        "bad = sorted({n.split('.')[0] for n in sys.modules} & {'PySide6', 'escpos', 'requests', 'fastapi', 'ui', 'printing', 'sync'})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
