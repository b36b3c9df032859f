"""An event id resent with other content is a conflict, not a duplicate: not acknowledged,
kept for an officer (`pos-headoffice conflicts list`, an incident draft), the stored event
unchanged; the same content resent stays a duplicate."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import insert, select

from headoffice import anchors
from headoffice.auth import StoreRef
from headoffice.cli import main
from headoffice.db import current_revision, head_revision, open_db, upgrade
from headoffice.models import EventConflictRow, EventRow, IncidentRow, Store
from pos.domain.errors import PosError
from pos.seed import seed
from pos.services import privacy, sync_state
from pos.storage.models import OutboxEvent
from protocol.wire import EventStatus, WireEvent
from sync.client import ClientConfig, HeadOfficeClient
from sync.worker import CONFLICT_REASON, SyncWorker, run_cycle_cli
from tests.support.headoffice import HeadOffice, outbox_ids, sqlite_url, unsent
from tests.support.tills import TillFixture

NOW = dt.datetime.now(dt.UTC)


@pytest.fixture
def env(headoffice: HeadOffice, monkeypatch: pytest.MonkeyPatch) -> HeadOffice:
    for name, value in headoffice.env.items():
        monkeypatch.setenv(name, value)
    return headoffice


def _event(register: uuid.UUID, seq: int, total: int) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "register_id": str(register),
        "seq": seq,
        "type": "sale.recorded",
        "payload": {"total_tiyn": total, "lines": [{"sku": "A-1", "qty": 1}]},
        "buyer_id": None,
        "created_at": dt.datetime(2026, 11, 26, 9, 30, tzinfo=dt.UTC).isoformat(),
    }


def _listing(capsys: pytest.CaptureFixture[str], *args: str) -> list[str]:
    capsys.readouterr()
    assert main(["conflicts", "list", *args]) == 0
    return capsys.readouterr().out.splitlines()


def test_a_resent_id_with_changed_content_is_a_conflict_kept_for_an_officer(
    env: HeadOffice, capsys: pytest.CaptureFixture[str]
) -> None:
    token = env.add_store("ALM-01")
    client = HeadOfficeClient(ClientConfig(url=env.url, token=token, store_code="ALM-01"))
    register = uuid.uuid4()
    original = [_event(register, 1, 500_00), _event(register, 2, 700_00)]
    assert [r.status for r in client.push(original).results] == [EventStatus.STORED] * 2

    # The same content with its keys in another order: still the same event.
    reordered = [json.loads(json.dumps(e, sort_keys=True)) for e in reversed(original)]
    reordered[0]["payload"] = dict(reversed(list(reordered[0]["payload"].items())))
    assert [r.status for r in client.push(reordered).results] == [EventStatus.DUPLICATE] * 2

    changed = dict(original[0], payload={"total_tiyn": 5_00, "lines": [{"sku": "A-1", "qty": 1}]})
    moved = dict(original[1], seq=7)
    answer = client.push([changed, moved])
    assert [r.status for r in answer.results] == [EventStatus.CONFLICT] * 2
    assert not any(r.acknowledged for r in answer.results)
    again = client.push([changed])  # resent again: still a conflict, counted
    assert again.results[0].status is EventStatus.CONFLICT

    with env.db.session() as s:
        held = {r.event_id: r for r in s.scalars(select(EventRow))}
        kept = {r.event_id: r for r in s.scalars(select(EventConflictRow))}
        drafts = [r for r in s.scalars(select(IncidentRow)) if r.finding]
    assert len(held) == 2 and held[uuid.UUID(moved["id"])].seq == 2  # nothing overwritten
    assert sorted(kept) == sorted(uuid.UUID(e["id"]) for e in original)
    assert kept[uuid.UUID(changed["id"])].differs == ["payload"]
    assert kept[uuid.UUID(changed["id"])].times == 2
    assert kept[uuid.UUID(moved["id"])].differs == ["seq"]
    assert [d.finding for d in drafts] == [f"conflict:{register}"]
    assert drafts[0].status == "draft"

    lines = _listing(capsys)
    assert lines[-1] == "2 conflicting resends"
    assert any(
        f"event {changed['id']}" in line and "differs: payload" in line and "2 time(s)" in line
        for line in lines
    )
    assert any(f"event {moved['id']}" in line and "seq 7" in line for line in lines)
    assert "50000" not in "\n".join(lines) and "500" not in "".join(lines[:-1]).split("seq")[0]
    assert _listing(capsys, "--store", "OTHER-01") == ["0 conflicting resends"]


def test_the_same_id_twice_in_one_batch_with_other_content_is_a_conflict(
    env: HeadOffice,
) -> None:
    token = env.add_store("ALM-01")
    client = HeadOfficeClient(ClientConfig(url=env.url, token=token, store_code="ALM-01"))
    first = _event(uuid.uuid4(), 1, 100)
    twin = dict(first, payload={"total_tiyn": 1})
    same = dict(first)
    answer = client.push([first, twin, same])
    assert [r.status for r in answer.results] == [
        EventStatus.STORED,
        EventStatus.CONFLICT,
        EventStatus.DUPLICATE,
    ]
    assert env.count(EventConflictRow) == 1


def test_the_till_keeps_a_conflicting_event_unsent_and_says_so(
    env: HeadOffice, till_a: TillFixture
) -> None:
    env.connect(till_a)
    seed(till_a.ctx(), buyers=2, sales=3)
    assert SyncWorker(till_a.ctx()).run_cycle().ok
    ids = outbox_ids(till_a)
    assert ids and unsent(till_a) == 0
    # Someone with the database key changes a sent sale and marks it unsent again. (The
    # last event is the seeded day's shift close, whose shape head office checks first.)
    with till_a.db.read_session() as s:
        victim = s.scalars(
            select(OutboxEvent.id)
            .where(OutboxEvent.type == "sale.recorded")
            .order_by(OutboxEvent.seq.desc())
        ).first()
    assert victim in ids
    with till_a.db.write_session() as s:
        row = s.get(OutboxEvent, victim)
        assert row is not None
        row.payload = {**row.payload, "forged": 1}
        row.sent_at = None
        s.commit()
    assert unsent(till_a) == 1

    lines: list[str] = []
    assert run_cycle_cli(till_a.ctx(), lines.append) == 0
    assert any(", 1 conflict" in line and line.startswith("pushed ") for line in lines)
    assert any(CONFLICT_REASON in line for line in lines)
    assert unsent(till_a) == 1  # kept, not acknowledged
    failed = sync_state.status(till_a.ctx())
    assert failed.backlog == 1
    assert env.count(EventConflictRow) == 1


MIGRATION = importlib.import_module("headoffice.migrations.versions.0007_conflicts_and_anchors")


def _config(conn: Any) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "headoffice:migrations")
    cfg.attributes["connection"] = conn
    return cfg


def test_upgrading_to_0007_keeps_every_event_and_a_resent_old_one_stays_a_duplicate(
    tmp_path: Path,
) -> None:
    assert MIGRATION.revision == "0007"
    db = open_db(sqlite_url(tmp_path))
    try:
        with db.engine.begin() as conn:
            command.upgrade(_config(conn), MIGRATION.down_revision)
        register = uuid.uuid4()
        old = [_event(register, seq, seq * 100) for seq in (1, 2, 3)]
        columns = [c for c in EventRow.__table__.c if c.name != "digest"]
        with db.engine.begin() as conn:
            store_pk = conn.execute(
                insert(Store)
                .values(code="ALM-01", created_at=dt.datetime.now(dt.UTC))
                .returning(Store.id)
            ).scalar_one()
            conn.execute(
                insert(EventRow),
                [
                    {
                        "store_pk": store_pk,
                        "event_id": uuid.UUID(e["id"]),
                        "register_id": register,
                        "seq": e["seq"],
                        "type": e["type"],
                        "buyer_id": None,
                        "payload": e["payload"],
                        "created_at": dt.datetime.fromisoformat(e["created_at"]),
                        "received_at": dt.datetime.now(dt.UTC),
                    }
                    for e in old
                ],
            )
            before = [tuple(r) for r in conn.execute(select(*columns).order_by(EventRow.seq))]

        assert upgrade(db) is True
        assert current_revision(db) == head_revision()
        with db.engine.connect() as conn:
            after = [tuple(r) for r in conn.execute(select(*columns).order_by(EventRow.seq))]
            digests = conn.execute(select(EventRow.digest)).scalars().all()
        assert after == before and len(after) == 3
        assert digests == [None, None, None]
        with db.session() as s, s.begin():
            ref = StoreRef(pk=store_pk, code="ALM-01")
            events = [WireEvent.model_validate(dict(old[0], payload={"total_tiyn": 1}))]
            # Held from before digests: nothing to compare with, so not called a conflict.
            assert anchors.conflicting(s, ref, events, {events[0].id: "0" * 64}, NOW) == set()
    finally:
        db.close()


def test_the_tills_own_redaction_after_a_lost_acknowledgement_is_no_conflict(
    env: HeadOffice, till_a: TillFixture
) -> None:
    env.connect(till_a)
    seed(till_a.ctx(), buyers=4, sales=8)
    assert SyncWorker(till_a.ctx()).run_cycle().ok
    with till_a.db.read_session() as s:
        buyers = sorted(
            {b for b in s.scalars(select(OutboxEvent.buyer_id)) if b is not None}, key=str
        )
    destroyed = None
    for buyer in buyers:
        # Head office stored the buyer's events but the answer was lost: still unsent here.
        with till_a.db.write_session() as s:
            for row in s.scalars(select(OutboxEvent).where(OutboxEvent.buyer_id == buyer)):
                row.sent_at = None
            s.commit()
        try:
            privacy.destroy_buyer(
                till_a.ctx(), buyer, reason="buyer's request", expressed_by="buyer"
            )
        except PosError:
            continue  # an obligation outstanding: try another buyer
        destroyed = buyer
        break
    assert destroyed is not None

    lines: list[str] = []
    assert run_cycle_cli(till_a.ctx(), lines.append) == 0
    assert not any("conflict" in line for line in lines), lines
    assert env.count(EventConflictRow) == 0
    assert SyncWorker(till_a.ctx()).run_cycle().ok
    with till_a.db.read_session() as s:
        left = s.scalars(select(OutboxEvent).where(OutboxEvent.sent_at.is_(None))).all()
    assert [e.last_error for e in left if e.last_error] == []
