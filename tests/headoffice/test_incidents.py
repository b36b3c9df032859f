"""Head office holds every store's incident register (K14) with the authority deadlines,
opens its own draft when a register's events have a gap, and `pos-headoffice incidents
list` shows an officer what is overdue."""

from __future__ import annotations

import datetime as dt
import importlib
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from headoffice.cli import main
from headoffice.models import IncidentRow
from pos.domain.incidents import NotifyTarget, authority_due
from pos.services.context import ServiceContext
from pos.services.incidents import close_incident, record_incident, record_notification
from protocol.wire import EventStatus
from sync.client import ClientConfig, HeadOfficeClient
from sync.worker import SyncWorker
from tests.support.headoffice import HeadOffice
from tests.support.ho_upgrade import assert_upgrade_keeps_events
from tests.support.tills import TillFixture

NOW = dt.datetime.now(dt.UTC)
MIGRATION = importlib.import_module("headoffice.migrations.versions.0005_incidents")


@pytest.fixture
def env(headoffice: HeadOffice, monkeypatch: pytest.MonkeyPatch) -> HeadOffice:
    for name, value in headoffice.env.items():
        monkeypatch.setenv(name, value)
    return headoffice


def rows(ho: HeadOffice) -> list[IncidentRow]:
    with ho.db.session() as s:
        return list(s.scalars(select(IncidentRow).order_by(IncidentRow.detected_at)))


def listing(capsys: pytest.CaptureFixture[str], *args: str) -> list[str]:
    capsys.readouterr()
    assert main(["incidents", "list", *args]) == 0
    return capsys.readouterr().out.splitlines()


def test_a_tills_incident_reaches_head_office_with_its_deadline_and_its_notification(
    env: HeadOffice,
    till_a: TillFixture,
    till_b: TillFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    env.connect(till_a)
    env.connect(till_b)
    detected = NOW - dt.timedelta(days=10)
    ctx = ServiceContext(till_a.db, till_a.admin)
    view = record_incident(
        ctx,
        what="A phone with the store's chat export was lost",
        scope="about 30 buyers: names and phones",
        detected_at=detected,
        people=30,
    )
    record_incident(
        ServiceContext(till_b.db, till_b.admin),
        what="A door was found open overnight",
        scope="none known",
        detected_at=NOW - dt.timedelta(minutes=5),
    )
    for till in (till_a, till_b):
        assert SyncWorker(till.ctx()).run_cycle().ok

    [held] = [r for r in rows(env) if r.incident_id == view.id]
    assert held.authority_due == view.authority_due
    assert held.people == 30 and held.status == "open" and held.notifications == []
    assert held.register_id == till_a.identity.register_id

    due = view.authority_due.isoformat()
    lines = listing(capsys, "--store", "ALM-01")
    assert lines[-1] == "1 incidents"
    [line] = lines[:-1]
    cols = line.split("\t")
    assert cols[0] == str(view.id)
    assert cols[1] == f"ALM-01 register {till_a.identity.register_id}"
    assert cols[3:7] == ["staff", "open", "medium", f"authority by {due} OVERDUE"]
    assert cols[7] == "A phone with the store's chat export was lost"
    # Overdue lists only ALM-01's: AST-01's was detected minutes ago.
    overdue = listing(capsys, "--overdue")
    assert [x.split("\t")[0] for x in overdue[:-1]] == [str(view.id)]

    # The notification made later reaches head office: the same row, no longer overdue.
    record_notification(ctx, view.id, NotifyTarget.AUTHORITY, NOW, "letter 7/26.11")
    assert SyncWorker(till_a.ctx()).run_cycle().ok
    [held] = [r for r in rows(env) if r.incident_id == view.id]
    assert held.notifications[0]["reference"] == "letter 7/26.11"
    assert f"authority by {due} (notified)" in listing(capsys, "--store", "ALM-01")[0]
    assert listing(capsys, "--overdue") == ["0 incidents"]

    close_incident(ctx, view.id, "the phone was wiped remotely")
    assert SyncWorker(till_a.ctx()).run_cycle().ok
    assert [r.status for r in rows(env) if r.incident_id == view.id] == ["closed"]
    assert len(rows(env)) == 2


def _client(ho: HeadOffice, code: str, token: str) -> HeadOfficeClient:
    return HeadOfficeClient(ClientConfig(url=ho.url, token=token, store_code=code))


def _event(register: uuid.UUID, seq: int, **over: Any) -> dict[str, Any]:
    payload = {
        "incident_id": str(uuid.uuid4()),
        "detected_at": NOW.isoformat(),
        "recorded_at": NOW.isoformat(),
        "updated_at": NOW.isoformat(),
        "what": "A door was found open",
        "scope": "",
        "categories": [],
        "people": None,
        "severity": "low",
        "status": "open",
        "source": "staff",
        "authority_due": (NOW.date() + dt.timedelta(days=1)).isoformat(),
        "notifications": [],
        "closed_at": None,
    }
    payload.update(over.pop("payload", {}))
    event = {
        "id": str(uuid.uuid4()),
        "register_id": str(register),
        "seq": seq,
        "type": "incident.recorded",
        "payload": payload,
        "buyer_id": None,
        "created_at": NOW.isoformat(),
    }
    event.update(over)
    return event


def test_a_malformed_incident_is_rejected_alone_without_echoing_it(headoffice: HeadOffice) -> None:
    token = headoffice.add_store("ALM-01")
    register = uuid.uuid4()
    personal = _event(register, 1, payload={"iin": "900517301234"})
    with_buyer = _event(register, 2, buyer_id=str(uuid.uuid4()))
    bad_status = _event(register, 3, payload={"status": "forgotten"})
    fine = _event(register, 4)
    answer = _client(headoffice, "ALM-01", token).push([personal, with_buyer, bad_status, fine])
    by_id = {str(r.id): r for r in answer.results}
    for bad in (personal, with_buyer, bad_status):
        assert by_id[bad["id"]].status is EventStatus.REJECTED
        assert "900517301234" not in (by_id[bad["id"]].reason or "")
    assert by_id[fine["id"]].status is EventStatus.STORED
    kept = [r.what for r in rows(headoffice) if r.source == "staff"]
    assert kept == ["A door was found open"]
    # The three refused events left a gap in the register's numbers: head office's own draft.
    assert [r.source for r in rows(headoffice) if r.source != "staff"] == ["headoffice"]


def test_an_older_state_arriving_late_does_not_undo_a_newer_one(headoffice: HeadOffice) -> None:
    token = headoffice.add_store("ALM-01")
    register, incident = uuid.uuid4(), str(uuid.uuid4())
    later = (NOW + dt.timedelta(minutes=1)).isoformat()
    closed = _event(
        register, 2, payload={"incident_id": incident, "status": "closed", "updated_at": later}
    )
    opened = _event(register, 1, payload={"incident_id": incident, "status": "open"})
    client = _client(headoffice, "ALM-01", token)
    client.push([closed])
    client.push([opened])
    assert [r.status for r in rows(headoffice) if r.source == "staff"] == ["closed"]
    # Seq 2 came before 1: a gap for a moment, whose draft closed when 1 arrived.
    assert [r.status for r in rows(headoffice) if r.source == "headoffice"] == ["closed"]


def test_a_gap_in_a_registers_events_opens_one_head_office_draft(
    env: HeadOffice, capsys: pytest.CaptureFixture[str]
) -> None:
    token = env.add_store("ALM-01")
    register = uuid.uuid4()
    client = _client(env, "ALM-01", token)
    client.push([_event(register, 1), _event(register, 2)])
    assert [r.source for r in rows(env)] == ["staff", "staff"]  # no gap, no draft

    client.push([_event(register, 5)])  # 3 and 4 never arrive
    client.push([_event(register, 6)])  # still missing: no second draft
    drafts = [r for r in rows(env) if r.source == "headoffice"]
    assert len(drafts) == 1
    [draft] = drafts
    assert draft.status == "draft" and draft.register_id == register
    assert "missing 2 event(s)" in draft.what
    assert draft.authority_due == authority_due(draft.detected_at.astimezone(
        dt.timezone(dt.timedelta(hours=5))).date())  # fmt: skip
    [line] = [x for x in listing(capsys, "--store", "ALM-01") if "\theadoffice\t" in x]
    assert "\tdraft\tmedium\tauthority by " in line

    client.push([_event(register, 3), _event(register, 4)])  # they arrive after all
    assert [r.status for r in rows(env) if r.source == "headoffice"] == ["closed"]


def test_upgrading_to_0005_keeps_what_head_office_held(tmp_path: Path) -> None:
    """A head-office database at the revision before ours, with a store, a register and
    events, upgraded: every row is still there and the incident table is empty."""
    assert MIGRATION.revision == "0005"
    assert_upgrade_keeps_events(tmp_path, MIGRATION.down_revision, events=3, empty=(IncidentRow,))
