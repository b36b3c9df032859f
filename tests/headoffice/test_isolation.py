"""One store's credential neither reads nor writes another store's records."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import pytest
import requests
from sqlalchemy import select

from headoffice.models import EventRow, Store
from headoffice.officer import new_credential
from pos.domain.enums import Purpose
from pos.services import sync_state
from sync.client import ClientConfig, HeadOfficeClient, Permanent
from sync.worker import SyncWorker
from tests.support.headoffice import HeadOffice
from tests.support.tills import DELIVERY, TillFixture, delivery_buyer, register


def _call(
    ho: HeadOffice, token: str, method: str, path: str, body: Any = None
) -> requests.Response:
    return requests.request(
        method,
        f"{ho.url}/v1/stores/{path}",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        data=None if body is None else json.dumps(body),
        timeout=10,
    )


def _event(seq: int = 1, event_id: str | None = None) -> dict[str, Any]:
    return {
        "id": event_id or str(uuid.uuid4()),
        "register_id": str(uuid.uuid4()),
        "seq": seq,
        "type": "sale.recorded",
        "payload": {"total_tiyn": 1},
        "created_at": dt.datetime.now(dt.UTC).isoformat(),
    }


@pytest.mark.parametrize("target", ["AST-01", "NOPE-99"])
def test_a_credential_for_another_store_is_refused_alike_whether_or_not_it_exists(
    headoffice: HeadOffice, till_b: TillFixture, target: str
) -> None:
    token_a = headoffice.add_store("ALM-01")
    headoffice.connect(till_b)
    register(till_b, delivery_buyer(), DELIVERY)
    assert SyncWorker(till_b.ctx()).run_cycle().ok
    held_by_b = sorted(headoffice.event_ids("AST-01"))
    rid = uuid.uuid4()
    attempts = [
        ("POST", f"{target}/events", {"events": [_event()]}),
        ("GET", f"{target}/events", None),
        ("GET", f"{target}/registers", None),
        ("GET", f"{target}/directives?register_id={rid}", None),
        (
            "POST",
            f"{target}/directives/acks",
            {
                "acks": [
                    {
                        "directive_id": str(uuid.uuid4()),
                        "register_id": str(rid),
                        "outcome": "applied",
                        "applied_at": dt.datetime.now(dt.UTC).isoformat(),
                    }
                ]
            },
        ),
    ]
    for method, path, body in attempts:
        response = _call(headoffice, token_a, method, path, body)
        assert response.status_code == 403, path
        assert response.json() == {"detail": "this credential does not give access to that store"}
    assert sorted(headoffice.event_ids("AST-01")) == held_by_b
    assert headoffice.event_ids("ALM-01") == []


def test_reusing_another_stores_event_id_does_not_touch_that_stores_record(
    headoffice: HeadOffice, till_b: TillFixture
) -> None:
    token_a = headoffice.add_store("ALM-01")
    headoffice.connect(till_b)
    register(till_b, delivery_buyer(), DELIVERY)
    assert SyncWorker(till_b.ctx()).run_cycle().ok
    with headoffice.db.session() as s:
        b_rows = {
            r.event_id: json.dumps(r.payload, sort_keys=True)
            for r in s.scalars(select(EventRow).join(Store).where(Store.code == "AST-01"))
        }
    stolen = next(iter(b_rows))
    response = _call(
        headoffice, token_a, "POST", "ALM-01/events", {"events": [_event(1, str(stolen))]}
    )
    assert response.status_code == 200
    # Stored in A's own space: A learns nothing about B (it is not "duplicate").
    assert response.json()["results"][0]["status"] == "stored"
    with headoffice.db.session() as s:
        after = {
            r.event_id: json.dumps(r.payload, sort_keys=True)
            for r in s.scalars(select(EventRow).join(Store).where(Store.code == "AST-01"))
        }
    assert after == b_rows
    listed = _call(headoffice, token_a, "GET", "ALM-01/events").json()["events"]
    assert [e["id"] for e in listed] == [str(stolen)]


def test_a_store_cannot_see_or_answer_another_stores_directives(
    headoffice: HeadOffice, till_a: TillFixture, till_b: TillFixture
) -> None:
    from headoffice.officer import Officer, Subject

    token_a = headoffice.connect(till_a)
    headoffice.connect(till_b)
    register(till_b, delivery_buyer(phone="+7 701 999 00 11"), DELIVERY)
    assert SyncWorker(till_b.ctx()).run_cycle().ok
    issued = Officer(headoffice.db, headoffice.keys, "test officer").withdraw(
        Subject.parse(iin=None, phone="+7 701 999 00 11"), [Purpose.DELIVERY], "REQ-1"
    )
    assert [code for code, _ in issued] == ["AST-01"]
    directive_id = issued[0][1]
    register_b = sync_state.headoffice_settings(till_b.ctx()).register_id

    # A asks with B's register id on its own path: nothing of B's comes back.
    page = _call(headoffice, token_a, "GET", f"ALM-01/directives?register_id={register_b}").json()
    assert page["directives"] == []
    ack = {
        "acks": [
            {
                "directive_id": str(directive_id),
                "register_id": str(register_b),
                "outcome": "refused",
                "applied_at": dt.datetime.now(dt.UTC).isoformat(),
            }
        ]
    }
    answer = _call(headoffice, token_a, "POST", "ALM-01/directives/acks", ack).json()
    unknown = _call(
        headoffice,
        token_a,
        "POST",
        "ALM-01/directives/acks",
        {"acks": [{**ack["acks"][0], "directive_id": str(uuid.uuid4())}]},
    ).json()
    assert answer["results"][0]["accepted"] is False
    # Refused alike whether or not the directive exists: B's register is not A's to answer.
    assert answer["results"][0]["reason"] == unknown["results"][0]["reason"]
    assert answer["results"][0]["reason"] == "that register is not this store's"


def test_a_replaced_credential_stops_working_at_once(headoffice: HeadOffice) -> None:
    old = headoffice.add_store("ALM-01")
    new = new_credential(headoffice.db, "ALM-01", dt.datetime.now(dt.UTC))
    client_old = HeadOfficeClient(ClientConfig(url=headoffice.url, token=old, store_code="ALM-01"))
    client_new = HeadOfficeClient(ClientConfig(url=headoffice.url, token=new, store_code="ALM-01"))
    with pytest.raises(Permanent, match="credential"):
        client_old.push([_event()])
    assert client_new.push([_event()]).results[0].status == "stored"
