"""A `file://` printer writes only print outputs inside its print folder.

Tried as an attacker with the printer setting or POS_PRINTER would: at the database, through
`..`, through a link, at a file that is not a print output, with the folder set to POS_HOME.
Each attempt is one clear line, and the file it aimed at is byte for byte what it was.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from pos.services import settings
from printing.service import PrintService
from tests.support import cli
from tests.support.tills import TEST_KEY, TillFixture, make_till


@pytest.fixture
def home(tmp_path: Path) -> Path:
    till = make_till(tmp_path / "home")
    till.db.close()
    return till.paths.home


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sample(home: Path, url: str, **env: str) -> cli.Result:
    return cli.pos_here(home, "print-sample", "test-page", key=TEST_KEY, POS_PRINTER=url, **env)


@pytest.mark.parametrize(
    "aim",
    [
        "{home}/pos.db",
        "{home}/prints/../pos.db",
        "{home}/pos.db-wal",
        "{home}/logs/pos.log",
        "{home}/../elsewhere.bin",
    ],
)
def test_a_url_outside_the_print_folder_writes_nothing(home: Path, aim: str) -> None:
    target = Path(aim.format(home=home))
    before = {p: _digest(p) for p in home.rglob("*") if p.is_file()}
    run = _sample(home, f"file://{target}")
    assert run.code == 1
    assert run.err.startswith("pos: sample test-page not printed: printer URL")
    assert "is outside the print folder" in run.err and run.err.count("\n") == 1
    after = {p: _digest(p) for p in home.rglob("*") if p.is_file() and p in before}
    assert after == before
    assert not (home.parent / "elsewhere.bin").exists()
    assert cli.pos_here(home, "check", key=TEST_KEY).code == 0


def test_the_print_folder_may_not_hold_the_till(home: Path) -> None:
    before = _digest(home / "pos.db")
    run = _sample(home, f"file://{home}/pos.db", POS_PRINT_DIR=str(home))
    assert run.code == 1
    assert "holds the till's own files" in run.err
    assert _digest(home / "pos.db") == before


def test_a_link_in_the_print_folder_is_not_followed(home: Path) -> None:
    prints = home / "prints"
    prints.mkdir()
    (prints / "out.bin").symlink_to(home / "pos.db")
    before = _digest(home / "pos.db")
    run = _sample(home, f"file://{prints}/out.bin")
    assert run.code == 1 and "is not a print output" in run.err
    assert _digest(home / "pos.db") == before


def test_a_file_that_is_not_a_print_output_is_left_alone(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "spool"
    folder.mkdir()
    notes = folder / "notes.txt"
    notes.write_text("the admin's own notes\n")
    run = _sample(home, f"file://{notes}", POS_PRINT_DIR=str(folder))
    assert run.code == 1 and "is not a print output" in run.err
    assert notes.read_text() == "the admin's own notes\n"


def test_print_outputs_in_the_folder_are_written_and_rewritten(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "spool"
    folder.mkdir()
    out = folder / "job.bin"
    for _ in range(2):  # the second job replaces the first print output
        run = _sample(home, f"file://{out}", POS_PRINT_DIR=str(folder))
        assert run.code == 0, run.err
        assert out.read_bytes().startswith(b"\x1b@")
    assert os.stat(out).st_mode & 0o077 == 0


def test_a_named_folder_that_does_not_exist_is_said(home: Path, tmp_path: Path) -> None:
    run = _sample(home, f"file://{tmp_path}/gone/job.bin", POS_PRINT_DIR=str(tmp_path / "gone"))
    assert run.code == 1
    assert run.err.endswith(f"the print folder {tmp_path / 'gone'} does not exist\n")


def test_the_setting_is_refused_before_it_is_saved(home: Path) -> None:
    run = cli.pos_here(home, "settings", "printer", "--url", f"file://{home}/pos.db", key=TEST_KEY)
    assert run.code == 1 and "is outside the print folder" in run.err
    shown = cli.pos_here(home, "settings", "show", key=TEST_KEY)
    assert "pos.db" not in shown.out

    # The admin names a folder of its own: a file there is accepted and printed into.
    spool = home.parent / "spool"
    spool.mkdir()
    ok = cli.pos_here(
        home,
        "settings",
        "printer",
        "--print-folder",
        str(spool),
        "--url",
        f"file://{spool}/out.bin",
        key=TEST_KEY,
    )
    assert ok.code == 0, ok.err
    assert cli.pos_here(home, "print-sample", "test-page", key=TEST_KEY).code == 0
    assert (spool / "out.bin").read_bytes().startswith(b"\x1b@")


def test_a_job_queued_for_a_file_printer_fails_without_touching_the_database(
    till: TillFixture,
) -> None:
    # Saved through the service, past the check the CLI and the window make: the printer
    # itself still refuses.
    settings.update(till.ctx(), settings.PRINTER, {"url": f"file://{till.paths.db}"})
    outcome = PrintService.for_till(till.ctx(), till.paths).test_print()
    assert not outcome.ok
    assert "is outside the print folder" in outcome.message
    assert till.paths.db.read_bytes()[:2] != b"\x1b@"
    with till.db.connection() as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
