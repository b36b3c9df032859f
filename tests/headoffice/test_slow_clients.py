"""`pos-headoffice serve` against slow clients, over real sockets to a real served process:
tricklers without a credential never take `/health` down, and slow headers and bodies are
cut after the request deadline."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from headoffice.officer import add_store
from tests.support.headoffice import free_port, new_keys, open_headoffice, sqlite_url

TIMEOUT = 2.0  # the served process's request deadline (seconds)
_ARGS = ("serve", "--request-timeout", str(TIMEOUT), "--max-connections-per-client", "100")


# `pos-headoffice` under a file limit as small as many servers have: unguarded, 500
# connections exhaust it.
_SERVE = (
    "import resource, sys\n"
    "resource.setrlimit(resource.RLIMIT_NOFILE, (400, 400))\n"
    "from headoffice.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


@dataclass(frozen=True)
class Served:
    port: int
    token: str  # store ALM-01's credential


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    """`pos-headoffice serve` as its own process over a fresh SQLite database."""
    url = sqlite_url(tmp_path / "ho")
    db = open_headoffice(url)
    token = add_store(db, "ALM-01", dt.datetime.now(dt.UTC))
    db.close()
    _keys, env = new_keys(tmp_path / "keystore.db")
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", _SERVE, *_ARGS, "--port", str(port)],
        env={**os.environ, **env, "HEADOFFICE_DATABASE_URL": url},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(f"http://127.0.0.1:{port}/health", timeout=1).ok:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("pos-headoffice serve did not come up")
            time.sleep(0.1)
        yield Served(port, token)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _health_seconds(port: int) -> float:
    started = time.monotonic()
    answer = requests.get(f"http://127.0.0.1:{port}/health", timeout=5)
    assert answer.status_code == 200, answer.text
    assert answer.json()["status"] == "ok"
    return time.monotonic() - started


def _slow_header(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=5)
    # A request line and part of a header, no credential, never finished.
    sock.sendall(b"GET /v1/stores/ALM-01/events HTTP/1.1\r\nHost: ho\r\nX-Slow: a")
    return sock


def _answer(sock: socket.socket, within: float) -> bytes:
    """What the server sends before closing, waiting at most `within` seconds."""
    sock.settimeout(within)
    got = b""
    try:
        while chunk := sock.recv(4096):
            got += chunk
    except ConnectionResetError:
        pass
    return got


def test_500_slow_header_connections_leave_health_answering(served: Served) -> None:
    socks = [_slow_header(served.port) for _ in range(500)]
    try:
        # Keep trickling: one more header byte each, as the red team's clients did.
        for s in socks[-50:]:
            with contextlib.suppress(OSError):  # already cut to make room: the point
                s.sendall(b"b")
        for _ in range(3):
            assert _health_seconds(served.port) < 1.0
    finally:
        for s in socks:
            s.close()


def test_a_slow_header_is_answered_408_and_closed(served: Served) -> None:
    sock = _slow_header(served.port)
    started = time.monotonic()
    try:
        got = _answer(sock, within=TIMEOUT + 5)
    finally:
        sock.close()
    took = time.monotonic() - started
    assert got.startswith(b"HTTP/1.1 408 "), got[:80]
    assert TIMEOUT - 0.5 < took < TIMEOUT + 3


def test_a_slow_body_is_cut_with_408(served: Served) -> None:
    sock = socket.create_connection(("127.0.0.1", served.port), timeout=5)
    started = time.monotonic()
    try:
        # With the store's credential, so the service really waits for the body.
        sock.sendall(
            b"POST /v1/stores/ALM-01/events HTTP/1.1\r\nHost: ho\r\n"
            + f"Authorization: Bearer {served.token}\r\n".encode()
            + b"Content-Type: application/json\r\nContent-Length: 4000\r\n\r\n"
            + b'{"events":['
        )
        time.sleep(TIMEOUT / 2)
        sock.sendall(b'{"id":')  # a trickle does not extend the deadline
        got = _answer(sock, within=TIMEOUT + 5)
    finally:
        sock.close()
    took = time.monotonic() - started
    assert got.startswith(b"HTTP/1.1 408 "), got[:80]
    assert TIMEOUT - 0.5 < took < TIMEOUT + 3
    assert _health_seconds(served.port) < 1.0


def test_a_large_body_arriving_steadily_is_not_cut(served: Served) -> None:
    body = b'{"events":[' + b" " * 300_000 + b"]}"
    sock = socket.create_connection(("127.0.0.1", served.port), timeout=5)
    started = time.monotonic()
    try:
        sock.sendall(
            b"POST /v1/stores/ALM-01/events HTTP/1.1\r\nHost: ho\r\n"
            + f"Authorization: Bearer {served.token}\r\n".encode()
            + b"Content-Type: application/json\r\n"
            + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
        )
        # About 100 kB/s: longer than the header deadline, well above the floor rate.
        for at in range(0, len(body), 10_000):
            sock.sendall(body[at : at + 10_000])
            time.sleep(0.1)
        got = _answer(sock, within=10)
    finally:
        sock.close()
    assert time.monotonic() - started > TIMEOUT
    # Read whole and answered by the service itself (no events in it), not cut.
    assert got.startswith(b"HTTP/1.1 422 "), got[:80]
