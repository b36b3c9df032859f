"""A till left running `pos sync` erases what retention requires with no one typing a
command: at the first cycle, then daily, and head office hears of every run."""

from __future__ import annotations

import datetime as dt
import signal
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import select

from headoffice.models import BuyerRecord, DestroyedBuyer, RetentionRunRow
from pos.services.context import ServiceContext
from sync.backoff import Backoff
from sync.worker import CycleReport, RetryPolicy, SyncWorker
from tests.support.headoffice import HeadOffice, till_env, unsent, wait_for
from tests.support.retention import holds_personal_data, refused_and_repaid, retention_events
from tests.support.tills import TillFixture
from till.cli.main import main as pos_main

FAST_RETRY = RetryPolicy(attempts=3, backoff=Backoff(base=0.01, cap=0.05))


def held_runs(ho: HeadOffice) -> list[RetentionRunRow]:
    with ho.db.session() as s:
        return list(s.scalars(select(RetentionRunRow).order_by(RetentionRunRow.started_at)))


def held_at_headoffice(ho: HeadOffice, buyer: uuid.UUID) -> tuple[bool, bool]:
    """(head office holds a record of the buyer, head office knows them destroyed)."""
    with ho.db.session() as s:
        record = s.scalar(select(BuyerRecord.id).where(BuyerRecord.buyer_id == buyer))
        gone = s.scalar(select(DestroyedBuyer.at).where(DestroyedBuyer.buyer_id == buyer))
    return record is not None, gone is not None


def test_the_sync_loop_runs_retention_at_start_and_again_a_day_later(
    headoffice: HeadOffice, till_a: TillFixture
) -> None:
    headoffice.connect(till_a)
    first = refused_and_repaid(till_a, serial=1234)
    # The loop's clock: now, until the test moves it a day on.
    clock = [dt.datetime.now(dt.UTC)]
    ctx = ServiceContext(till_a.db, till_a.admin, clock=lambda: clock[0])
    worker = SyncWorker(ctx, retry=FAST_RETRY)
    reports: list[CycleReport] = []
    stop = threading.Event()
    loop = threading.Thread(
        target=worker.run_forever,
        args=(stop,),
        kwargs={"interval": 0.05, "on_cycle": reports.append},
        name="sync-loop",
    )
    loop.start()
    try:
        wait_for(lambda: not holds_personal_data(till_a, first), what="the start-up run")
        wait_for(lambda: len(held_runs(headoffice)) == 1, what="the run at head office")
        wait_for(lambda: unsent(till_a) == 0, what="the backlog")

        second = refused_and_repaid(till_a, serial=1300)
        cycles = len(reports)
        wait_for(lambda: len(reports) >= cycles + 5, what="five more cycles")
        assert holds_personal_data(till_a, second)  # not due again within the day
        assert held_at_headoffice(headoffice, second) == (True, False)

        clock[0] += dt.timedelta(days=1, minutes=1)
        wait_for(lambda: not holds_personal_data(till_a, second), what="the daily run")
        wait_for(lambda: len(held_runs(headoffice)) == 2, what="the second run at head office")
    finally:
        stop.set()
        loop.join(timeout=30)
    assert not loop.is_alive()
    ran = [r.retention for r in reports if r.retention is not None and r.retention.ran]
    assert len(ran) == 2
    assert [(r.buyers_destroyed, r.errors, r.trigger) for r in held_runs(headoffice)] == [
        (1, 0, "sync"),
        (1, 0, "sync"),
    ]
    for buyer in (first, second):
        assert held_at_headoffice(headoffice, buyer) == (False, True)


def test_pos_sync_as_a_process_erases_with_no_one_typing_a_command(
    headoffice: HeadOffice, till_a: TillFixture
) -> None:
    headoffice.connect(till_a)
    buyer = refused_and_repaid(till_a)
    proc = subprocess.Popen(
        [sys.executable, "-m", "till.cli.main", "sync", "--interval", "0.2"],
        env=till_env(till_a),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for(lambda: not holds_personal_data(till_a, buyer), what="retention in pos sync")
        wait_for(lambda: len(held_runs(headoffice)) == 1, what="the run at head office")
        wait_for(lambda: unsent(till_a) == 0, what="the backlog")
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err.decode()
    lines = out.decode().splitlines()
    assert lines[0] == (
        "retention: finished: 0 purposes expired, 1 buyers destroyed, "
        "0 kept for outstanding credit, 0 errors"
    )
    assert sum(line.startswith("retention:") for line in lines) == 1  # once, not per cycle
    assert held_runs(headoffice)[0].trigger == "sync"


def test_pos_sync_once_runs_retention_only_when_due(
    headoffice: HeadOffice,
    new_till: Callable[..., TillFixture],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    till = new_till()
    headoffice.connect(till)
    buyer = refused_and_repaid(till)
    monkeypatch.setenv("POS_HOME", str(till.paths.home))
    monkeypatch.setenv("POS_DB_KEY", till.key)

    assert pos_main(["sync", "--once"]) == 0
    first = capsys.readouterr().out.splitlines()
    assert first[0].startswith("retention: finished: 0 purposes expired, 1 buyers destroyed")
    # Head office sends the destruction back (so a restored copy destroys again): this till
    # already did it.
    assert first[-1].endswith("backlog 0; directives: 1 already applied")
    assert not holds_personal_data(till, buyer)
    assert len(held_runs(headoffice)) == 1

    assert pos_main(["sync", "--once"]) == 0
    assert not any(line.startswith("retention") for line in capsys.readouterr().out.splitlines())
    assert len(retention_events(till)) == 1


def test_two_processes_syncing_one_till_run_retention_once(
    headoffice: HeadOffice, new_till: Callable[..., TillFixture]
) -> None:
    """The window's till and a `pos sync` started beside it: one run, whoever asks first."""
    till = new_till(buyers=30, sales=100)
    headoffice.connect(till)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "till.cli.main", "sync", "--once"],
            env=till_env(till),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(2)
    ]
    outs = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
        outs.append(out.decode())
    ran = [o for o in outs if o.startswith("retention: finished: ")]
    assert len(ran) == 1, outs
    assert len(retention_events(till)) == 1
    wait_for(lambda: len(held_runs(headoffice)) == 1, what="the run at head office")
