"""Retention on its own: runs when due as the till itself, one run at a time across
processes (a lease in the database, not a file), every run remembered and queued for head
office, and `pos check` / `pos retention run` showing it."""

from __future__ import annotations

import datetime as dt
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from pos.domain.errors import Code, Conflict, DatabaseError
from pos.services import retention_schedule as schedule
from pos.services import settings
from pos.services.context import ServiceContext
from pos.services.retention_schedule import (
    LEASE,
    RETRY_AFTER,
    STATE,
    run_if_due,
    run_now,
)
from pos.storage.database import open_database
from pos.storage.models import AuditEntry
from protocol.wire import RetentionRunBody, RetentionTrigger
from tests.support.cli import pos_here
from tests.support.retention import holds_personal_data, refused_and_repaid, retention_events
from tests.support.tills import TillFixture

SYNC = RetentionTrigger.SYNC
NOW = dt.datetime.now(dt.UTC)


def at(till: TillFixture, when: dt.datetime, db: Any = None) -> ServiceContext:
    """The till's administrator context (as `pos sync` has), on a clock fixed at `when`."""
    return ServiceContext(db or till.db, till.admin, clock=lambda: when)


def audit_actors(till: TillFixture, action: str) -> list[str]:
    with till.db.read_session() as s:
        return list(s.scalars(select(AuditEntry.actor).where(AuditEntry.action == action)))


def test_a_due_run_destroys_the_refused_buyer_as_the_till_itself_and_is_remembered(
    till: TillFixture,
) -> None:
    buyer = refused_and_repaid(till)
    assert holds_personal_data(till, buyer)

    outcome = run_if_due(at(till, NOW), SYNC)

    assert outcome.ran and outcome.failure is None
    assert not holds_personal_data(till, buyer)
    record = outcome.record
    assert record is not None and (record.buyers_destroyed, record.errors) == (1, 0)
    # Nobody signed in: the run is the till's own, named as head-office directives are.
    assert audit_actors(till, "retention.run") == ["retention"]
    assert audit_actors(till, "buyer.destroyed") == ["retention"]
    [payload] = retention_events(till)
    body = RetentionRunBody.model_validate(payload)
    assert (body.trigger, body.buyers_destroyed, body.errors) == (SYNC, 1, 0)
    assert str(buyer) not in repr(payload)
    status = schedule.status(at(till, NOW))
    assert status.last_run == record and status.last_success == record.started_at
    assert not status.overdue and status.running_since is None


def test_it_runs_again_only_once_a_day_has_passed(till: TillFixture) -> None:
    assert run_if_due(at(till, NOW), SYNC).ran
    assert run_if_due(at(till, NOW + dt.timedelta(hours=23)), SYNC).skipped == "not due"
    buyer = refused_and_repaid(till)
    assert run_if_due(at(till, NOW + dt.timedelta(hours=23, minutes=59)), SYNC).skipped
    assert holds_personal_data(till, buyer)
    later = run_if_due(at(till, NOW + dt.timedelta(days=1, minutes=1)), SYNC)
    assert later.ran and not holds_personal_data(till, buyer)
    assert len(retention_events(till)) == 2


def test_overdue_after_two_days_without_a_finished_run(till: TillFixture) -> None:
    assert schedule.status(at(till, NOW)).overdue  # never run
    run_if_due(at(till, NOW), SYNC)
    assert not schedule.status(at(till, NOW + dt.timedelta(days=2))).overdue
    assert schedule.status(at(till, NOW + dt.timedelta(days=2, minutes=1))).overdue


def test_a_failed_run_is_recorded_sent_and_retried_an_hour_later(
    till: TillFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_if_due(at(till, NOW - dt.timedelta(days=3)), SYNC)  # the last one that finished
    buyer = refused_and_repaid(till)

    def busy(ctx: ServiceContext) -> None:
        raise DatabaseError(Code.STORAGE_BUSY)

    monkeypatch.setattr(schedule, "run_retention", busy)
    failed = run_if_due(at(till, NOW), SYNC)
    assert failed.ran and failed.failure is not None and failed.record is not None
    assert failed.record.errors == 1 and failed.record.error == str(failed.failure)
    status = schedule.status(at(till, NOW))
    assert status.last_run == failed.record and status.overdue
    assert status.last_success == NOW - dt.timedelta(days=3)
    assert audit_actors(till, "retention.failed") == ["retention"]
    assert [RetentionRunBody.model_validate(p).errors for p in retention_events(till)] == [0, 1]

    monkeypatch.undo()
    soon = NOW + RETRY_AFTER - dt.timedelta(minutes=1)
    assert run_if_due(at(till, soon), SYNC).skipped == "not due"
    assert holds_personal_data(till, buyer)
    retried = run_if_due(at(till, NOW + RETRY_AFTER), SYNC)
    assert retried.ran and retried.failure is None and not holds_personal_data(till, buyer)
    assert not schedule.status(at(till, NOW + RETRY_AFTER)).overdue


@pytest.fixture
def slow_run(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, threading.Event]]:
    """run_retention that, once started, waits until released (a run under way)."""
    started, release = threading.Event(), threading.Event()
    real = schedule.run_retention

    def slow(ctx: ServiceContext) -> Any:
        started.set()
        assert release.wait(30)
        return real(ctx)

    monkeypatch.setattr(schedule, "run_retention", slow)
    yield started, release
    release.set()


def test_the_lease_keeps_a_second_run_out_while_one_is_under_way(
    till: TillFixture, slow_run: tuple[threading.Event, threading.Event]
) -> None:
    """The window and `pos sync` on one till: each its own connection to the file."""
    started, release = slow_run
    other_db = open_database(till.paths.db, till.key)
    outcomes: list[schedule.Outcome] = []
    first = threading.Thread(target=lambda: outcomes.append(run_if_due(at(till, NOW), SYNC)))
    first.start()
    try:
        assert started.wait(30)
        second = run_if_due(at(till, NOW, other_db), RetentionTrigger.WINDOW)
        assert second.skipped == "busy" and not second.ran
        assert schedule.status(at(till, NOW, other_db)).running_since == NOW
        with pytest.raises(Conflict) as refused:
            run_now(at(till, NOW, other_db))
        assert refused.value.code is Code.RETENTION_BUSY
        check = pos_here(till.paths.home, "check", key=till.key)
        assert check.code == 0 and "retention: a run is under way since " in check.out
    finally:
        release.set()
        first.join(30)
        other_db.close()
    assert len(outcomes) == 1 and outcomes[0].ran
    assert len(retention_events(till)) == 1  # one run, whoever asked
    with till.db.read_session() as s:
        assert settings.get(s, LEASE) == {}  # given back with the record
    assert run_if_due(at(till, NOW), SYNC).skipped == "not due"


def test_a_lease_left_by_a_crashed_process_does_not_block_retention(till: TillFixture) -> None:
    """A lease is a row with its holder's process and an expiry, not a lock file: once the
    holder is gone (or its time is up) the next run takes it over."""
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lease = {
            "holder": "crashed",
            "pid": holder.pid,
            "host": schedule.socket.gethostname(),
            "since": NOW.isoformat(),
            "until": (NOW + dt.timedelta(hours=6)).isoformat(),
        }
        _put(till, LEASE, lease)
        assert run_if_due(at(till, NOW), SYNC).skipped == "busy"  # alive: it may be running
        assert run_if_due(at(till, NOW + dt.timedelta(hours=6)), SYNC).ran  # its time is up
        _put(till, LEASE, lease)
        _put(till, STATE, {})
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
        assert run_if_due(at(till, NOW), SYNC).ran  # the process is gone
    finally:
        holder.kill()
        holder.wait(10)


def _put(till: TillFixture, key: str, value: dict[str, Any]) -> None:
    with till.db.write_session() as s:
        settings.put(s, key, value)
        s.commit()


def test_pos_check_prints_the_last_run_and_warns_when_overdue_without_failing(
    till: TillFixture,
) -> None:
    never = pos_here(till.paths.home, "check", key=till.key)
    assert never.code == 0, never.err
    assert "retention: never run" in never.out
    assert "pos: warning: retention is overdue" in never.err

    # The last run finished three days ago (09:00 in Almaty): still overdue, still exit 0.
    three_days = dt.datetime.combine(
        NOW.date() - dt.timedelta(days=3), dt.time(4, 0), tzinfo=dt.UTC
    )
    refused_and_repaid(till)
    run_if_due(at(till, three_days), SYNC)
    old = pos_here(till.paths.home, "check", key=till.key)
    assert old.code == 0
    day = three_days.date().isoformat()
    assert (
        f"retention: last run {day} 09:00 (Asia/Almaty), finished: 0 purposes expired, "
        "1 buyers destroyed, 0 kept for outstanding credit, 0 errors"
    ) in old.out
    assert "retention is overdue (no finished run in 2 days)" in old.err

    ran = pos_here(till.paths.home, "retention", "run", key=till.key)
    assert ran.code == 0, ran.err
    fresh = pos_here(till.paths.home, "check", key=till.key)
    assert fresh.code == 0
    assert "retention: last run " in fresh.out and ", finished: " in fresh.out
    assert "overdue" not in fresh.err
    # The typed run is the admin's, remembered and sent like the others.
    assert audit_actors(till, "retention.run") == ["retention", f"staff:{till.admin.staff_id}"]
    assert [p["trigger"] for p in retention_events(till)] == ["sync", "manual"]


def test_pos_check_still_fails_on_a_broken_audit_chain_whatever_retention_says(
    till: TillFixture,
) -> None:
    run_if_due(at(till, NOW), SYNC)
    with till.db.connection() as conn:
        conn.execute("DROP TRIGGER audit_entries_no_update")
        conn.execute("UPDATE audit_entries SET actor = 'someone' WHERE action = 'retention.run'")
        conn.commit()
    result = pos_here(till.paths.home, "check", key=till.key)
    assert result.code == 1
    assert "audit chain" in result.err
    assert "retention: last run" in result.out
