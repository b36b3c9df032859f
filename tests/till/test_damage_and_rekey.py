"""Clear failures: a damaged or cut file is told from a wrong key, `pos check` prints what
it found, Ctrl-D at the key prompt and a full disk are one line each, and `pos rekey`
never loses a write another process committed."""

from __future__ import annotations

import os
import pty
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pos.services.sales import LineInput, NewSale, record_sale
from pos.storage.database import PAGE_SIZE, open_database
from pos.storage.models import Sale
from tests.support.cli import pos, pos_here
from tests.support.tills import TEST_KEY, make_till


@pytest.fixture
def home(tmp_path: Path) -> Path:
    till = make_till(tmp_path / "home", buyers=20, sales=40)
    till.db.checkpoint()
    till.db.close()
    return till.paths.home


def sales_in(home: Path, key: str) -> set[str]:
    db = open_database(home / "pos.db", key)
    try:
        with db.read_session() as session:
            return {str(s.id) for s in session.query(Sale)}
    finally:
        db.close()


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset : offset + 8] = bytes(b ^ 0xFF for b in data[offset : offset + 8])
    path.write_bytes(bytes(data))


def _one_line(err: str) -> str:
    # Warnings (say, retention overdue on a till nobody used for days) may come first.
    err = "".join(line for line in err.splitlines(True) if not line.startswith("pos: warning:"))
    assert err.count("\n") == 1 and err.startswith("pos: "), err
    assert "Traceback" not in err and "unexpected failure" not in err
    return err


def test_flipped_bytes_mid_file_are_found_by_page(home: Path) -> None:
    db = home / "pos.db"
    pages = db.stat().st_size // PAGE_SIZE
    page = pages // 2
    _flip(db, (page - 1) * PAGE_SIZE + 1000)
    run = pos_here(home, "check", key=TEST_KEY)
    assert run.code == 1
    err = _one_line(run.err)
    assert f"1 page(s) fail their checks ({page})" in err
    assert "the key is right" in err
    lines = dict(line.split(": ", 1) for line in run.out.splitlines())
    assert lines["cipher integrity"].startswith("pos.db is damaged")
    assert lines["database integrity"] != "ok"


def test_a_damaged_first_page_is_not_a_wrong_key(home: Path) -> None:
    _flip(home / "pos.db", 100)
    run = pos_here(home, "check", key=TEST_KEY)
    assert run.code == 1
    assert "1 page(s) fail their checks (1)" in _one_line(run.err)
    wrong = pos_here(home, "check", key="not-the-key-at-all")
    assert "wrong key" in _one_line(wrong.err)


@pytest.mark.parametrize("cut_pages", [1, 5])
def test_a_file_cut_by_whole_pages_is_not_a_wrong_key(home: Path, cut_pages: int) -> None:
    db = home / "pos.db"
    data = db.read_bytes()
    db.write_bytes(data[: len(data) - cut_pages * PAGE_SIZE])
    run = pos_here(home, "check", key=TEST_KEY)
    assert run.code == 1
    err = _one_line(run.err)
    assert "pages the database needs are missing" in err and "wrong key" not in err


def test_ctrl_d_at_the_key_prompt_is_one_line(home: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POS_")}
    env.update(POS_HOME=str(home), PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    pid, fd = pty.fork()
    if pid == 0:  # the child: `pos check` on a terminal of its own
        os.execve(sys.executable, [sys.executable, "-m", "till.cli.main", "check"], env)  # noqa: S606
    out = b""
    try:
        out = _read_until(fd, b"Database key:")
        os.write(fd, b"\x04")
        out += _read_until(fd, None)
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    text = out.decode(errors="replace")
    assert os.waitstatus_to_exitcode(status) == 1, text
    assert "pos: no database key was typed (input ended); nothing was opened" in text
    assert "Traceback" not in text and "unexpected" not in text


def _read_until(fd: int, marker: bytes | None, timeout: float = 60) -> bytes:
    got = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the child closed its terminal
            return got
        if not chunk:
            return got
        got += chunk
        if marker is not None and marker in got:
            return got
    raise AssertionError(f"no {marker!r} in {got!r}")


_HOLDER = """
import sys, time
from pathlib import Path
from pos.storage.database import open_database
db = open_database(Path(sys.argv[1]), sys.argv[2])
print("open", flush=True)
sys.stdin.readline()
db.close()
"""


def test_rekey_refuses_while_another_process_has_the_database_open(home: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(home / "pos.db"), TEST_KEY],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        before = (home / "pos.db").read_bytes()
        run = pos(home, "rekey", key=TEST_KEY, POS_NEW_DB_KEY="a-brand-new-key")
        assert run.code == 1
        assert "open in another program" in _one_line(run.err)
        assert (home / "pos.db").read_bytes() == before
    finally:
        holder.communicate("\n", timeout=60)
    run = pos(home, "rekey", key=TEST_KEY, POS_NEW_DB_KEY="a-brand-new-key")
    assert run.code == 0, run.err
    assert pos_here(home, "check", key="a-brand-new-key").code == 0


_WRITER = """
import sys
import time
from pathlib import Path
from pos.domain.errors import PosError
from pos.services.context import ServiceContext
from pos.services.sales import LineInput, NewSale, record_sale
from pos.services.setup import till_identity
from pos.storage.database import open_database
home, key, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
for _ in range(count):
    try:
        db = open_database(home / "pos.db", key)
    except PosError as exc:  # the key changed under us: stop, nothing half-written
        print("stopped", exc.code, flush=True)
        break
    try:
        ctx = ServiceContext(db, till_identity(db).admin_actor())
        sale = record_sale(ctx, NewSale(lines=(LineInput("Хлеб", 1, 25_000),)))
        print("committed", sale.id, flush=True)
    finally:
        db.close()
    time.sleep(0.02)  # as short `pos` runs one after another
"""


def test_no_committed_sale_is_lost_to_a_rekey_beside_a_writer(home: Path) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(home), TEST_KEY, "150"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert writer.stdout is not None
    first = writer.stdout.readline()
    assert first.startswith("committed"), first
    rekeyed = False
    while not rekeyed and writer.poll() is None:
        # The writer opens and closes the till; a rekey gets in between, or is refused.
        run = pos_here(home, "rekey", key=TEST_KEY, POS_NEW_DB_KEY="a-brand-new-key")
        rekeyed = run.code == 0
        if not rekeyed:
            assert "open in another program" in _one_line(run.err)
    rest, _ = writer.communicate(timeout=600)
    if not rekeyed:  # the writer finished first: the file is free now
        run = pos_here(home, "rekey", key=TEST_KEY, POS_NEW_DB_KEY="a-brand-new-key")
        assert run.code == 0, run.err
    committed = {line.split()[1] for line in (first + rest).splitlines() if "committed" in line}
    db = open_database(home / "pos.db", "a-brand-new-key")
    try:
        with db.read_session() as session:
            kept = {str(s.id) for s in session.query(Sale)}
    finally:
        db.close()
    assert committed <= kept, f"{len(committed - kept)} committed sale(s) lost"


def test_rekey_on_a_full_disk_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    mount = tmp_path / "small"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1200k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.fail(f"a small disk cannot be mounted here: {made.stderr!r}")
    try:
        till = make_till(tmp_path / "src", buyers=5, sales=10)
        record_sale(till.ctx(till.cashier), NewSale(lines=(LineInput("Хлеб", 1, 25_000),)))
        till.db.checkpoint()
        till.db.close()
        home = mount / "home"
        shutil.copytree(till.paths.home, home)
        # Fill the disk so the re-encrypted copy cannot fit.
        filler = mount / "filler"
        free = shutil.disk_usage(mount).free
        filler.write_bytes(b"\0" * max(free - (home / "pos.db").stat().st_size // 2, 0))
        sales_before = sales_in(home, TEST_KEY)
        run = pos_here(home, "rekey", key=TEST_KEY, POS_NEW_DB_KEY="a-brand-new-key")
        assert run.code == 1
        assert _one_line(run.err) == "pos: the disk is full: the key was not changed\n"
        # The old key still opens every sale (the sign-in itself is in the audit).
        assert sales_in(home, TEST_KEY) == sales_before
        assert not (home / "pos.db.rekey").exists()
        filler.unlink()
        assert pos_here(home, "check", key=TEST_KEY).code == 0
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.parametrize("weak", ["12345678", "password", "Password2025!", "qwertyuiop12"])
def test_weak_keys_are_refused_at_init_and_rekey(home: Path, tmp_path: Path, weak: str) -> None:
    fresh = tmp_path / "fresh"
    run = pos_here(fresh, "init", "--store-id", "ALM-02", "--store-name", "Тест", key=weak)
    assert run.code == 1 and "database key" in _one_line(run.err)
    assert weak not in run.err
    assert not (fresh / "pos.db").exists()
    before = (home / "pos.db").read_bytes()
    run = pos_here(home, "rekey", key=TEST_KEY, POS_NEW_DB_KEY=weak)
    assert run.code == 1 and "database key" in _one_line(run.err)
    assert (home / "pos.db").read_bytes() == before
