"""Malformed, oversized or unauthenticated requests: a 4xx with a reason, never a 500."""

from __future__ import annotations

import datetime as dt
import json
import socket
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from headoffice.models import EventRow
from protocol.wire import MAX_BODY_BYTES
from tests.support.headoffice import (
    HeadOffice,
    open_headoffice,
    reset_database,
    serving,
    sqlite_url,
)


def _event(**over: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "register_id": str(uuid.uuid4()),
        "seq": 1,
        "type": "sale.recorded",
        "payload": {"total_tiyn": 100},
        "buyer_id": None,
        "created_at": dt.datetime.now(dt.UTC).isoformat(),
    }
    event.update(over)
    return event


BAD_BODIES: list[tuple[str, bytes]] = [
    ("not json", b"{events: nope"),
    ("a list", b"[]"),
    ("no events", b"{}"),
    ("empty batch", b'{"events": []}'),
    ("too many events", json.dumps({"events": [_event(seq=i + 1) for i in range(1001)]}).encode()),
    ("unknown field", json.dumps({"events": [_event()], "extra": 1}).encode()),
    ("bad uuid", json.dumps({"events": [_event(id="not-a-uuid")]}).encode()),
    ("seq zero", json.dumps({"events": [_event(seq=0)]}).encode()),
    ("seq too big", json.dumps({"events": [_event(seq=2**64)]}).encode()),
    ("naive time", json.dumps({"events": [_event(created_at="2025-01-01T10:00:00")]}).encode()),
    ("payload not object", json.dumps({"events": [_event(payload=[1, 2])]}).encode()),
    (
        "NaN in payload",
        b'{"events": ['
        + json.dumps(_event(payload={"x": 1})).encode().replace(b'{"x": 1}', b'{"x": NaN}')
        + b"]}",
    ),
    ("NUL in payload", json.dumps({"events": [_event(payload={"x": "a\u0000b"})]}).encode()),
    ("lone surrogate", json.dumps({"events": [_event(payload={"x": "\ud800"})]}).encode()),
    ("huge number", json.dumps({"events": [_event(payload={"x": 10**30})]}).encode()),
    (
        "deep nesting",
        b'{"events": ['
        + json.dumps(_event())
        .encode()
        .replace(b'{"total_tiyn": 100}', b'{"a":' * 40 + b"1" + b"}" * 40)
        + b"]}",
    ),
    ("very deep nesting", b'{"events": [' + b"[" * 100_000 + b"]" * 100_000 + b"]}"),
    ("not utf-8", b'{"events": [{"id": "\xff\xfe"}]}'),
]


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def headoffice(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[HeadOffice]:
    """One head office per database kind for this module: every request here is refused and
    each test checks that nothing was stored, so a test sees nothing of the one before."""
    if request.param == "sqlite":
        db = open_headoffice(sqlite_url(tmp_path_factory.mktemp("ho")))
    else:
        db = request.getfixturevalue("pg_db")
        reset_database(db)
    ho = serving(db, tmp_path_factory.mktemp("ho-keystore") / "keystore.db")
    yield ho
    ho.stop()
    if request.param == "sqlite":
        db.close()


@pytest.fixture(scope="module")
def store(headoffice: HeadOffice) -> Iterator[tuple[str, dict[str, str]]]:
    token = headoffice.add_store("ALM-01")
    yield (
        f"{headoffice.url}/v1/stores/ALM-01",
        {
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json",
        },
    )


@pytest.mark.parametrize(("what", "body"), BAD_BODIES, ids=[b[0] for b in BAD_BODIES])
def test_a_malformed_push_gets_a_4xx_with_a_reason(
    headoffice: HeadOffice, store: tuple[str, dict[str, str]], what: str, body: bytes
) -> None:
    base, headers = store
    response = requests.post(f"{base}/events", data=body, headers=headers, timeout=30)
    assert 400 <= response.status_code < 500, (what, response.status_code)
    detail = response.json()["detail"]
    assert isinstance(detail, str) and detail
    assert headoffice.count(EventRow) == 0


def test_a_body_over_the_limit_is_refused_before_it_is_read(
    headoffice: HeadOffice, store: tuple[str, dict[str, str]]
) -> None:
    base, headers = store
    big = b'{"events": [' + b" " * (MAX_BODY_BYTES + 10) + b"]}"
    response = requests.post(f"{base}/events", data=big, headers=headers, timeout=60)
    assert response.status_code == 413
    assert "too large" in response.json()["detail"]


def test_a_streamed_body_over_the_limit_is_cut_off(
    headoffice: HeadOffice, store: tuple[str, dict[str, str]]
) -> None:
    base, headers = store

    def chunks() -> Iterator[bytes]:
        yield b'{"events": ['
        for _ in range(MAX_BODY_BYTES // 1_000_000 + 2):
            yield b" " * 1_000_000

    # No Content-Length: chunked transfer, so only counting the bytes can stop it.
    response = requests.post(f"{base}/events", data=chunks(), headers=headers, timeout=60)
    assert response.status_code == 413


def test_a_request_cut_short_leaves_nothing_behind(
    headoffice: HeadOffice, store: tuple[str, dict[str, str]]
) -> None:
    _, headers = store
    body = json.dumps({"events": [_event()]}).encode()
    with socket.create_connection(("127.0.0.1", headoffice.port), timeout=10) as sock:
        head = (
            f"POST /v1/stores/ALM-01/events HTTP/1.1\r\nHost: x\r\n"
            f"Authorization: {headers['Authorization']}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode()
        sock.sendall(head + body[: len(body) // 2])
    response = requests.get(f"{headoffice.url}/health", timeout=10)
    assert response.status_code == 200
    assert headoffice.count(EventRow) == 0


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        "Bearer",
        "Bearer nonsense",
        "Basic dXNlcjpwYXNz",
        "Bearer hoc1.0000000000000000.AAAA",
    ],
)
def test_a_missing_or_wrong_credential_is_refused(
    headoffice: HeadOffice, store: tuple[str, dict[str, str]], authorization: str | None
) -> None:
    base, _ = store
    headers = {"Content-Type": "application/json"}
    if authorization is not None:
        headers["Authorization"] = authorization
    response = requests.post(
        f"{base}/events", data=json.dumps({"events": [_event()]}), headers=headers, timeout=10
    )
    assert response.status_code == 401
    assert response.json()["detail"] == "missing or invalid store credential"
    assert headoffice.count(EventRow) == 0


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?register_id=nope",
        "?register_id=" + str(uuid.UUID(int=1)) + "&after=-1",
        "?register_id=" + str(uuid.UUID(int=1)) + "&limit=100000",
    ],
)
def test_a_malformed_pull_gets_a_422(store: tuple[str, dict[str, str]], query: str) -> None:
    base, headers = store
    response = requests.get(f"{base}/directives{query}", headers=headers, timeout=10)
    assert response.status_code == 422
    assert response.json()["detail"].startswith("invalid request")
