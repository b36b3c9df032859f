"""`pos rekey` killed at any moment (kill -9) leaves one complete database that one of the
two keys opens, with every committed sale, and the next rekey works."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from pos.domain.errors import WrongKey
from pos.storage.database import open_database
from pos.storage.models import Sale
from tests.support.cli import _environ, pos_here
from tests.support.tills import TEST_KEY, make_till

NEW_KEY = "a-brand-new-key-after-kill"


def _sales(path: Path, key: str) -> set[str] | None:
    try:
        db = open_database(path, key)
    except WrongKey:
        return None
    try:
        with db.read_session() as s:
            return {str(i) for i in s.scalars(select(Sale.id))}
    finally:
        db.close()


@pytest.mark.parametrize("after_s", [0.05, 0.3, 0.6, 0.9, 1.2, 1.6])
def test_a_rekey_killed_mid_way_loses_nothing(tmp_path: Path, after_s: float) -> None:
    till = make_till(tmp_path / "home", buyers=30, sales=120)
    home, db_path = till.paths.home, till.paths.db
    till.db.checkpoint()
    till.db.close()
    before = _sales(db_path, TEST_KEY)
    assert before
    env = _environ(home, TEST_KEY, {"POS_NEW_DB_KEY": NEW_KEY})
    proc = subprocess.Popen(
        [sys.executable, "-m", "till.cli.main", "rekey"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(after_s)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)

    old, new = _sales(db_path, TEST_KEY), _sales(db_path, NEW_KEY)
    assert (old is None) != (new is None), "exactly one key opens the file"
    key = TEST_KEY if old is not None else NEW_KEY
    assert (old or new) == before
    assert pos_here(home, "check", key=key).code == 0
    # The till goes on: a new rekey from whichever key holds now succeeds.
    again = pos_here(home, "rekey", key=key, POS_NEW_DB_KEY="yet-another-till-key-9")
    assert again.code == 0, again.err
    assert _sales(db_path, "yet-another-till-key-9") == before
