"""Push to the real head-office service: each event stored once, answered one by one."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import requests

from headoffice.models import EventRow, RegisterRow
from pos.seed import seed
from pos.services import sync_state
from protocol.wire import EventStatus
from sync.client import ClientConfig, HeadOfficeClient
from tests.support.headoffice import HeadOffice
from tests.support.tills import TillFixture


def _client(ho: HeadOffice, code: str, token: str) -> HeadOfficeClient:
    return HeadOfficeClient(ClientConfig(url=ho.url, token=token, store_code=code))


def _wire(till: TillFixture) -> list[dict[str, Any]]:
    return [item.wire() for item in sync_state.pending_events(till.ctx(), 0, 10_000)]


def _event(register: uuid.UUID, seq: int, kind: str = "sale.recorded") -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "register_id": str(register),
        "seq": seq,
        "type": kind,
        "payload": {"total_tiyn": 100 * seq},
        "buyer_id": None,
        "created_at": dt.datetime.now(dt.UTC).isoformat(),
    }


def test_a_batch_is_stored_once_and_a_repeat_changes_nothing(
    headoffice: HeadOffice, till_a: TillFixture
) -> None:
    seed(till_a.ctx(), buyers=20, sales=60)
    events = _wire(till_a)
    token = headoffice.add_store("ALM-01")
    client = _client(headoffice, "ALM-01", token)

    first = client.push(events)
    assert [r.status for r in first.results] == [EventStatus.STORED] * len(events)
    assert [str(r.id) for r in first.results] == [e["id"] for e in events]
    assert first.registers[0].max_seq == len(events)
    assert first.registers[0].missing == 0
    with headoffice.db.session() as s:
        before = sorted(
            (r.event_id, r.seq, json.dumps(r.payload, sort_keys=True)) for r in s.query(EventRow)
        )

    again = client.push(events)
    assert [r.status for r in again.results] == [EventStatus.DUPLICATE] * len(events)
    with headoffice.db.session() as s:
        after = sorted(
            (r.event_id, r.seq, json.dumps(r.payload, sort_keys=True)) for r in s.query(EventRow)
        )
        register = s.query(RegisterRow).one()
    assert after == before
    assert (register.max_seq, register.stored) == (len(events), len(events))
    assert sorted(headoffice.event_ids("ALM-01")) == sorted(uuid.UUID(e["id"]) for e in events)


def test_head_office_reports_a_gap_in_a_registers_sequence(headoffice: HeadOffice) -> None:
    token = headoffice.add_store("ALM-01")
    register = uuid.uuid4()
    response = _client(headoffice, "ALM-01", token).push(
        [_event(register, 1), _event(register, 2), _event(register, 5)]
    )
    status = response.registers[0]
    assert (status.max_seq, status.stored, status.missing) == (5, 3, 2)
    listed = requests.get(
        f"{headoffice.url}/v1/stores/ALM-01/registers",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    ).json()
    assert listed[0]["missing_ranges"] == [[3, 4]]


def test_one_bad_event_is_rejected_alone_with_a_reason(headoffice: HeadOffice) -> None:
    token = headoffice.add_store("ALM-01")
    register = uuid.uuid4()
    client = _client(headoffice, "ALM-01", token)
    client.push([_event(register, 1)])
    unknown = _event(register, 2, kind="coupon.printed")
    reused = _event(register, 1)  # a new event claiming an existing sequence number
    fine = _event(register, 3)
    response = client.push([unknown, reused, fine])
    by_id = {str(r.id): r for r in response.results}
    assert by_id[unknown["id"]].status is EventStatus.REJECTED
    assert "unknown event type" in (by_id[unknown["id"]].reason or "")
    assert by_id[reused["id"]].status is EventStatus.REJECTED
    assert "sequence number 1" in (by_id[reused["id"]].reason or "")
    assert by_id[fine["id"]].status is EventStatus.STORED
    assert headoffice.count(EventRow) == 2


def test_the_same_event_twice_in_one_batch_is_stored_once(headoffice: HeadOffice) -> None:
    token = headoffice.add_store("ALM-01")
    event = _event(uuid.uuid4(), 1)
    response = _client(headoffice, "ALM-01", token).push([event, event])
    assert [r.status for r in response.results] == [EventStatus.STORED, EventStatus.DUPLICATE]
    assert headoffice.count(EventRow) == 1


def test_health_and_openapi_are_served(headoffice: HeadOffice) -> None:
    health = requests.get(f"{headoffice.url}/health", timeout=10)
    assert health.status_code == 200
    assert health.json()["database"] == "ok"
    spec = requests.get(f"{headoffice.url}/openapi.json", timeout=10).json()
    assert "/v1/stores/{store}/events" in spec["paths"]
    assert "/v1/stores/{store}/directives" in spec["paths"]
    assert "WireEvent" in spec["components"]["schemas"]
