"""Head office receives every till's retention runs and shows an officer the stores whose
retention is overdue (`pos-headoffice retention`)."""

from __future__ import annotations

import datetime as dt
import importlib
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from headoffice.cli import main
from headoffice.models import RetentionRunRow
from pos.services.context import ServiceContext
from pos.services.retention_schedule import run_if_due
from protocol.wire import EventStatus, RetentionTrigger
from sync.client import ClientConfig, HeadOfficeClient
from sync.worker import SyncWorker
from tests.support.headoffice import HeadOffice
from tests.support.ho_upgrade import assert_upgrade_keeps_events
from tests.support.retention import refused_and_repaid
from tests.support.tills import TillFixture

NOW = dt.datetime.now(dt.UTC)
MIGRATION = importlib.import_module("headoffice.migrations.versions.0003_retention_runs")


@pytest.fixture
def env(headoffice: HeadOffice, monkeypatch: pytest.MonkeyPatch) -> HeadOffice:
    for name, value in headoffice.env.items():
        monkeypatch.setenv(name, value)
    return headoffice


def retention_at(till: TillFixture, when: dt.datetime) -> None:
    """A retention run at the till as `pos sync` does it, its clock at `when`."""
    ctx = ServiceContext(till.db, till.admin, clock=lambda: when)
    assert run_if_due(ctx, RetentionTrigger.SYNC).ran


def runs(ho: HeadOffice) -> list[RetentionRunRow]:
    with ho.db.session() as s:
        return list(s.scalars(select(RetentionRunRow).order_by(RetentionRunRow.started_at)))


def test_each_run_reaches_head_office_once_with_its_counts(
    headoffice: HeadOffice, till_a: TillFixture
) -> None:
    headoffice.connect(till_a)
    refused_and_repaid(till_a)
    retention_at(till_a, NOW)
    worker = SyncWorker(till_a.ctx())
    assert worker.run_cycle().ok
    assert worker.run_cycle().ok  # nothing new: nothing stored twice
    [row] = runs(headoffice)
    assert (row.register_id, row.trigger) == (till_a.identity.register_id, "sync")
    assert (row.purposes_expired, row.buyers_destroyed, row.buyers_kept, row.errors) == (
        0,
        1,
        0,
        0,
    )
    assert abs(row.started_at - NOW) < dt.timedelta(seconds=1)

    retention_at(till_a, NOW + dt.timedelta(days=1, minutes=1))
    assert worker.run_cycle().ok
    assert len(runs(headoffice)) == 2


def _client(ho: HeadOffice, code: str, token: str) -> HeadOfficeClient:
    return HeadOfficeClient(ClientConfig(url=ho.url, token=token, store_code=code))


def _run_event(register: uuid.UUID, seq: int, **over: Any) -> dict[str, Any]:
    payload = {
        "run_id": str(uuid.uuid4()),
        "trigger": "window",
        "started_at": NOW.isoformat(),
        "finished_at": NOW.isoformat(),
        "purposes_expired": 3,
        "buyers_destroyed": 1,
        "buyers_kept": 0,
        "sent_events_pruned": 0,
        "errors": 0,
    }
    event = {
        "id": str(uuid.uuid4()),
        "register_id": str(register),
        "seq": seq,
        "type": "retention.run",
        "payload": payload,
        "buyer_id": None,
        "created_at": NOW.isoformat(),
    }
    payload.update(over.pop("payload", {}))
    event.update(over)
    return event


def test_a_malformed_run_report_is_rejected_alone_without_echoing_it(
    headoffice: HeadOffice,
) -> None:
    token = headoffice.add_store("ALM-01")
    register = uuid.uuid4()
    negative = _run_event(register, 1, payload={"buyers_destroyed": -7})
    personal = _run_event(register, 2, payload={"iin": "900517301234"})
    with_buyer = _run_event(register, 3, buyer_id=str(uuid.uuid4()))
    fine = _run_event(register, 4)
    response = _client(headoffice, "ALM-01", token).push([negative, personal, with_buyer, fine])
    by_id = {str(r.id): r for r in response.results}
    for bad in (negative, personal, with_buyer):
        assert by_id[bad["id"]].status is EventStatus.REJECTED
    assert "buyers_destroyed" in (by_id[negative["id"]].reason or "")
    assert "-7" not in (by_id[negative["id"]].reason or "")
    assert "900517301234" not in (by_id[personal["id"]].reason or "")
    assert "names no buyer" in (by_id[with_buyer["id"]].reason or "")
    assert by_id[fine["id"]].status is EventStatus.STORED
    assert [(r.purposes_expired, r.buyers_destroyed) for r in runs(headoffice)] == [(3, 1)]


def test_the_officer_sees_stores_whose_retention_is_overdue(
    env: HeadOffice,
    till_a: TillFixture,
    till_b: TillFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    env.connect(till_a)
    env.connect(till_b)
    env.add_store("KRG-01")  # registered, never synced
    retention_at(till_a, NOW - dt.timedelta(hours=3))
    three_days_ago = NOW - dt.timedelta(days=3)
    retention_at(till_b, three_days_ago)
    for till in (till_a, till_b):
        assert SyncWorker(till.ctx()).run_cycle().ok

    assert main(["retention"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    alm, ast, krg = lines
    assert alm.startswith(f"ALM-01  register {till_a.identity.register_id}  last run ")
    assert "(sync): 0 purposes expired, 0 buyers destroyed" in alm
    assert "OVERDUE" not in alm
    day = f"{three_days_ago:%Y-%m-%d %H:%M} UTC"
    assert ast.startswith(f"AST-01  register {till_b.identity.register_id}  last run {day}")
    assert ast.endswith("OVERDUE (none finished in 2 days)")
    assert krg == "KRG-01  no finished retention run reported  OVERDUE (none finished in 2 days)"


def test_a_failed_run_after_the_last_finished_one_is_shown(
    env: HeadOffice, capsys: pytest.CaptureFixture[str]
) -> None:
    token = env.add_store("ALM-01")
    register = uuid.uuid4()
    earlier = (NOW - dt.timedelta(days=4)).isoformat()
    finished = _run_event(register, 1, payload={"started_at": earlier, "finished_at": earlier})
    failed = _run_event(
        register, 2, payload={"errors": 1, "error": "the database is busy", "buyers_destroyed": 0}
    )
    _client(env, "ALM-01", token).push([finished, failed])
    assert main(["retention"]) == 0
    line = capsys.readouterr().out.strip()
    assert f"last run {NOW - dt.timedelta(days=4):%Y-%m-%d %H:%M} UTC (window)" in line
    assert "then failed " in line and "the database is busy" in line
    assert line.endswith("OVERDUE (none finished in 2 days)")


def test_upgrading_to_0003_keeps_what_head_office_held(tmp_path: Path) -> None:
    """A head-office database at the revision before ours, with stores, registers and
    events, upgraded: every row is still there and the new table is empty."""
    assert MIGRATION.revision == "0003"
    assert_upgrade_keeps_events(
        tmp_path, MIGRATION.down_revision, events=5, empty=(RetentionRunRow,)
    )
