"""python-escpos calls logging.basicConfig() on import; the app's logging must stay as it was."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from printing._escpos import keep_root_logging

ROOT = Path(__file__).resolve().parents[2]


def _python(code: str) -> str:
    run = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return run.stdout.strip()


def test_importing_and_printing_add_no_root_handler(tmp_path: Path) -> None:
    out = _python(
        "import logging\n"
        "import printing.service, printing.samples, printing.transport\n"
        "root = logging.getLogger()\n"
        "print(len(root.handlers), root.level)\n"
        "from pathlib import Path\nfrom printing.config import config_from\n"
        "from printing.transport import send\n"
        # escpos logs through the root logger while printing, which would configure it too.
        f"send(config_from({{'url': 'file://{tmp_path}/out.bin'}}, print_folder=Path({str(tmp_path)!r})), b'x')\n"
        "print(len(root.handlers), root.level)\n"
    )
    assert out.splitlines() == [f"0 {logging.WARNING}"] * 2


def test_printing_keeps_the_apps_handlers_and_level(tmp_path: Path) -> None:
    out = _python(
        "import logging, sys\n"
        "root = logging.getLogger()\n"
        "mine = logging.StreamHandler(sys.stdout)\n"
        "root.addHandler(mine); root.setLevel(logging.ERROR)\n"
        "import printing.service\n"
        "from pathlib import Path\nfrom printing.config import config_from\n"
        "from printing.transport import send\n"
        f"send(config_from({{'url': 'file://{tmp_path}/out.bin'}}, print_folder=Path({str(tmp_path)!r})), b'x')\n"
        "print(root.handlers == [mine], root.level == logging.ERROR)\n"
    )
    assert out == "True True"
    assert (tmp_path / "out.bin").read_bytes() == b"x"


def test_keep_root_logging_undoes_basic_config() -> None:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    with keep_root_logging():
        root.handlers.clear()
        logging.basicConfig(level=logging.DEBUG)
        assert root.handlers
    assert root.handlers == before and root.level == level
