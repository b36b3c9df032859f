"""The till killed at random moments while it syncs: after a restart head office holds
every event exactly once (the worker relies on nothing but `sent_at` in the database)."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable

from tests.support.headoffice import HeadOffice, assert_exactly_once, till_env, unsent, wait_for
from tests.support.tills import TillFixture


def _sync_process(till: TillFixture, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "till.cli.main", "sync", *args],
        env=till_env(till),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_till_killed_mid_sync_then_restarted_sends_every_event_once(
    headoffice: HeadOffice, new_till: Callable[..., TillFixture]
) -> None:
    # About 6,700 events, seven of `pos sync`'s 1,000-event batches: each run below is
    # killed after one batch or two, so all three kills land while a backlog remains.
    # Seeded once per session (a till template).
    till_a = new_till(buyers=600, sales=4000)
    headoffice.connect(till_a)
    # Some answers take a while, so kills land inside pushes as well as between them.
    headoffice.faults.slow, headoffice.faults.slow_seconds = 0.5, 0.15
    rng = random.Random(7)
    kills = 0
    till_a.db.close()  # the subprocess owns the database while it runs
    # Three kills; the restart after the last one drains the rest in one cycle.
    for _ in range(3):
        before = unsent(till_a)
        if before == 0:
            break
        proc = _sync_process(till_a, "--interval", "0.2")
        try:
            wait_for(
                lambda b=before, p=proc: unsent(till_a) < b or p.poll() is not None,
                what="progress",
            )
            time.sleep(rng.uniform(0.0, 0.4))
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        kills += 1
    assert kills >= 3
    final = _sync_process(till_a, "--once")
    out, err = final.communicate(timeout=300)
    assert final.returncode == 0, err.decode()
    assert out.decode().rstrip().endswith("backlog 0")
    assert_exactly_once(headoffice, till_a)
