"""The till's worker against the real service: drains the backlog exactly once, whatever
head office does meanwhile (500s, dropped connections, slow answers, being stopped)."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pos.seed import seed
from pos.services import sync_state
from pos.storage.models import OutboxEvent
from sync.backoff import Backoff
from sync.worker import RetryPolicy, SyncWorker
from tests.support.headoffice import (
    HeadOffice,
    Subprocess,
    assert_exactly_once,
    free_port,
    outbox_ids,
    unsent,
    wait_for,
)
from tests.support.tills import TillFixture
from till.cli.main import main as pos_main

FAST_RETRY = RetryPolicy(attempts=6, backoff=Backoff(base=0.01, cap=0.05))


def drain(till: TillFixture, worker: SyncWorker, cycles: int = 200) -> int:
    """Run cycles until nothing waits; returns how many events came back as duplicates."""
    duplicates = 0
    for _ in range(cycles):
        report = worker.run_cycle()
        duplicates += report.duplicate
        if report.ok and report.backlog == 0:
            return duplicates
    raise AssertionError(f"backlog not drained: {unsent(till)} events left")


def test_pos_sync_once_pushes_the_backlog_and_prints_counts(
    headoffice: HeadOffice,
    new_till: Callable[..., TillFixture],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    till_a = new_till(buyers=30, sales=100)
    headoffice.connect(till_a)
    monkeypatch.setenv("POS_HOME", str(till_a.paths.home))
    monkeypatch.setenv("POS_DB_KEY", till_a.key)

    assert pos_main(["sync", "--once"]) == 0
    out = capsys.readouterr().out
    # Retention was due (never run): it ran first, and what it queued went in the same push.
    assert out.startswith("retention: finished: ")
    total = len(outbox_ids(till_a))
    assert f"pushed {total} ({total} stored, 0 duplicate), pulled 0 directives, backlog 0" in out
    assert_exactly_once(headoffice, till_a)

    assert pos_main(["sync", "--once"]) == 0
    assert (
        "pushed 0 (0 stored, 0 duplicate), pulled 0 directives, backlog 0"
        in capsys.readouterr().out
    )
    status = sync_state.status(till_a.ctx())
    assert status.backlog == 0 and status.last_success is not None and status.last_error is None


def test_without_head_office_settings_sync_says_what_to_set(
    till_a: TillFixture, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("POS_HOME", str(till_a.paths.home))
    monkeypatch.setenv("POS_DB_KEY", till_a.key)
    assert pos_main(["sync", "--once"]) == 1
    err = capsys.readouterr().err
    assert "head office is not set up" in err
    assert "Traceback" not in err


def test_unreachable_head_office_is_reported_and_nothing_is_marked_sent(
    till_a: TillFixture, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from pos.services import settings

    port = free_port()  # nothing listens here
    settings.update(
        till_a.ctx(), settings.HEADOFFICE, {"url": f"http://127.0.0.1:{port}", "token": "x"}
    )
    seed(till_a.ctx(), buyers=3, sales=5)
    waiting = unsent(till_a)
    report = SyncWorker(till_a.ctx(), retry=FAST_RETRY).run_cycle()
    assert not report.ok and "cannot be reached" in (report.error or "")
    assert unsent(till_a) == waiting
    status = sync_state.status(till_a.ctx())
    assert status.backlog == waiting
    assert status.last_success is None
    assert "cannot be reached" in (status.last_error or "")
    with till_a.db.read_session() as s:
        attempts = set(s.scalars(select(OutboxEvent.attempts)))
    assert attempts == {FAST_RETRY.attempts}  # every try is counted against the events


@pytest.mark.parametrize("fault", ["error_before", "error_after", "drop_after", "slow"])
def test_each_kind_of_head_office_failure_still_ends_with_every_event_once(
    headoffice: HeadOffice, new_till: Callable[..., TillFixture], fault: str
) -> None:
    till_a = new_till(buyers=20, sales=80)
    headoffice.connect(till_a)
    # Every other push fails this way; the answers in between succeed.
    headoffice.faults.script = [fault, "pass"] * 50
    headoffice.faults.slow_seconds = 1.5
    worker = SyncWorker(till_a.ctx(), batch_events=40, retry=FAST_RETRY, timeouts=(2.0, 0.5))
    duplicates = drain(till_a, worker)
    assert headoffice.faults.seen.get(fault, 0) >= 2
    assert_exactly_once(headoffice, till_a)
    with till_a.db.read_session() as s:
        retried = s.scalar(select(func.count()).where(OutboxEvent.attempts > 0))
    assert retried and retried >= 40  # each failed push was counted against its events
    if fault in ("error_after", "drop_after"):
        # Head office stored those batches but the till never heard: they came back as duplicates.
        assert duplicates >= 40
    elif fault == "error_before":
        assert duplicates == 0


def test_random_mix_of_failures_ends_with_every_event_once(
    headoffice: HeadOffice, new_till: Callable[..., TillFixture]
) -> None:
    till_a = new_till(buyers=40, sales=200)
    headoffice.connect(till_a)
    plan = headoffice.faults
    plan.rng = random.Random(20250122)
    plan.error_before = plan.error_after = plan.drop_after = 0.15
    plan.slow, plan.slow_seconds = 0.1, 1.0
    worker = SyncWorker(till_a.ctx(), batch_events=8, retry=FAST_RETRY, timeouts=(2.0, 0.5))
    drain(till_a, worker)
    assert all(
        plan.seen.get(k, 0) > 0 for k in ("error_before", "error_after", "drop_after", "slow")
    )
    assert_exactly_once(headoffice, till_a)


def test_head_office_stopped_mid_push_and_started_again(
    headoffice: HeadOffice, new_till: Callable[..., TillFixture]
) -> None:
    till_a = new_till(buyers=30, sales=150)
    headoffice.connect(till_a)
    # The third push hangs long enough for us to stop the server under it.
    headoffice.faults.script = ["pass", "pass", "slow"]
    headoffice.faults.slow_seconds = 3.0
    worker = SyncWorker(
        till_a.ctx(),
        batch_events=20,
        retry=RetryPolicy(attempts=3, backoff=Backoff(base=0.05, cap=0.1)),
        timeouts=(1.0, 10.0),
    )
    reports = []
    thread = threading.Thread(target=lambda: reports.append(worker.run_cycle()))
    thread.start()
    wait_for(lambda: headoffice.faults.seen.get("slow", 0) == 1, what="the slow push")
    headoffice.stop(force=True)
    thread.join(timeout=60)
    assert reports and not reports[0].ok
    assert 0 < unsent(till_a) < len(outbox_ids(till_a))
    headoffice.start()
    drain(till_a, worker)
    assert_exactly_once(headoffice, till_a)


def test_head_office_process_killed_mid_drain_and_restarted(
    headoffice: HeadOffice, new_till: Callable[..., TillFixture]
) -> None:
    # About 2,300 events in 50-event batches: each kill below comes after a few batches,
    # so three leave plenty behind. Seeded once per session (a till template).
    till_a = new_till(buyers=200, sales=1500)
    # The service as its own process (`pos-headoffice serve`), killed outright.
    headoffice.stop()
    port = free_port()
    proc = Subprocess(headoffice.env, port)
    proc.start()
    token = headoffice.add_store("ALM-01")
    from pos.services import settings

    settings.update(
        till_a.ctx(), settings.HEADOFFICE, {"url": f"http://127.0.0.1:{port}", "token": token}
    )
    worker = SyncWorker(
        till_a.ctx(),
        batch_events=50,
        retry=RetryPolicy(attempts=2, backoff=Backoff(base=0.05, cap=0.1)),
        timeouts=(1.0, 5.0),
    )
    try:
        for _ in range(3):
            before = unsent(till_a)
            thread = threading.Thread(target=worker.run_cycle)
            thread.start()
            wait_for(lambda b=before: unsent(till_a) < b, what="the first batches")
            proc.kill()
            thread.join(timeout=60)
            proc.start()
        assert unsent(till_a) > 0  # every kill came mid-drain
        drain(till_a, worker)
    finally:
        proc.kill()
    assert_exactly_once(headoffice, till_a)


def test_a_slow_head_office_never_holds_the_tills_database(
    headoffice: HeadOffice, till_a: TillFixture, tmp_path: Path
) -> None:
    """A sale is recorded while a push hangs: the worker holds no transaction over the network."""
    from pos.domain.enums import PaymentMethod
    from pos.services.sales import LineInput, NewSale, record_sale

    headoffice.connect(till_a)
    seed(till_a.ctx(), buyers=5, sales=20)
    headoffice.faults.script = ["slow"]
    headoffice.faults.slow_seconds = 2.0
    worker = SyncWorker(till_a.ctx(), retry=FAST_RETRY, timeouts=(2.0, 10.0))
    thread = threading.Thread(target=worker.run_cycle)
    thread.start()
    wait_for(lambda: headoffice.faults.seen.get("slow", 0) == 1, what="the slow push")
    sale = record_sale(
        till_a.ctx(till_a.cashier),
        NewSale(
            lines=(LineInput("Хлеб", 1, 25_000),), payment=PaymentMethod.CASH, tendered_tiyn=25_000
        ),
    )
    assert thread.is_alive()  # the push is still waiting while the sale went through
    thread.join(timeout=30)
    assert sale.total_tiyn == 25_000
    drain(till_a, worker)
    assert_exactly_once(headoffice, till_a)


def test_a_running_worker_follows_a_new_credential(
    headoffice: HeadOffice, till_a: TillFixture
) -> None:
    import datetime as dt

    from headoffice.officer import new_credential
    from pos.services import settings

    headoffice.connect(till_a)
    worker = SyncWorker(till_a.ctx(), retry=FAST_RETRY)
    seed(till_a.ctx(), buyers=2, sales=5)
    assert worker.run_cycle().ok
    token = new_credential(headoffice.db, "ALM-01", dt.datetime.now(dt.UTC))
    seed(till_a.ctx(), buyers=2, sales=5)
    refused = worker.run_cycle()
    assert "refused this till's credential" in (refused.error or "")
    settings.update(till_a.ctx(), settings.HEADOFFICE, {"token": token})
    assert worker.run_cycle().ok
    assert_exactly_once(headoffice, till_a)


def test_run_forever_drains_new_sales_and_stops_when_asked(
    headoffice: HeadOffice, till_a: TillFixture
) -> None:
    headoffice.connect(till_a)
    stop = threading.Event()
    reports = []
    worker = SyncWorker(till_a.ctx(), retry=FAST_RETRY)
    thread = threading.Thread(
        target=worker.run_forever,
        args=(stop,),
        kwargs={"interval": 0.05, "on_cycle": reports.append},
    )
    thread.start()
    try:
        seed(till_a.ctx(), buyers=5, sales=30)
        wait_for(lambda: unsent(till_a) == 0 and len(headoffice.event_ids("ALM-01")) > 0)
        headoffice.stop()
        seed(till_a.ctx(), buyers=1, sales=3)
        wait_for(lambda: any(not r.ok for r in reports), what="a failed cycle")
        headoffice.start()
        wait_for(lambda: unsent(till_a) == 0, what="the backlog after head office returned")
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not thread.is_alive()
    assert_exactly_once(headoffice, till_a)


def test_an_event_head_office_cannot_read_waits_alone_and_the_rest_go_on(
    headoffice: HeadOffice, till_a: TillFixture
) -> None:
    from sqlalchemy import text

    headoffice.connect(till_a)
    seed(till_a.ctx(), buyers=10, sales=60)
    total = len(outbox_ids(till_a))
    with till_a.db.write_session() as s:
        # A damaged row: its payload is not a JSON object.
        s.execute(text("UPDATE outbox_events SET payload = '[1, 2]' WHERE seq = 17"))
        s.commit()
    report = SyncWorker(till_a.ctx(), batch_events=40, retry=FAST_RETRY).run_cycle()
    assert report.ok, report.error
    assert (report.stored, report.rejected, report.backlog) == (total - 1, 1, 1)
    assert "payload" in next(iter(report.rejected_reasons))
    with till_a.db.read_session() as s:
        stuck = s.scalars(select(OutboxEvent).where(OutboxEvent.sent_at.is_(None))).one()
    assert stuck.seq == 17 and "payload" in (stuck.last_error or "")
    status = sync_state.status(till_a.ctx())
    assert (status.backlog, status.rejected) == (1, 1)
