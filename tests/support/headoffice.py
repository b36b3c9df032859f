"""Run the real head-office service on 127.0.0.1 for tests, with faults we control, and
read back what it holds (every event once; nothing personal in the clear)."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
import uvicorn
from sqlalchemy import func, select, text

from headoffice.app import create_app
from headoffice.config import Keys
from headoffice.crypto import BlindIndex, FieldCipher
from headoffice.db import HeadOfficeDB, open_db, upgrade
from headoffice.ingest import event_context
from headoffice.keystore import KeyStore
from headoffice.models import Base, BuyerRecord, EventRow, Store
from headoffice.officer import add_store
from headoffice.payloads import reveal
from headoffice.people import record_context
from pos.services import settings
from pos.storage.models import OutboxEvent
from tests.support.tills import TillFixture

PG_ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres connect_timeout=3"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def new_keys(keystore: Path | None = None) -> tuple[Keys, dict[str, str]]:
    """Fresh master and index keys, a key store (in a new folder unless given), and the
    environment that names them."""
    data, index = os.urandom(32), os.urandom(32)
    path = keystore or Path(tempfile.mkdtemp(prefix="ho-keystore-")) / "keystore.db"
    env = {
        "HEADOFFICE_DATA_KEY": base64.b64encode(data).decode(),
        "HEADOFFICE_INDEX_KEY": base64.b64encode(index).decode(),
        "HEADOFFICE_KEYSTORE": str(path),
    }
    return Keys(FieldCipher.from_keys(data), BlindIndex(index), KeyStore(path)), env


def reset_database(db: HeadOfficeDB) -> None:
    """Empty every head-office table (a PostgreSQL database shared by a test session)."""
    with db.engine.begin() as conn:
        if db.dialect == "postgresql":
            names = ", ".join(t.name for t in Base.metadata.sorted_tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in reversed(Base.metadata.sorted_tables):
                conn.execute(table.delete())


# --- faults -----------------------------------------------------------------------------


@dataclass
class FaultPlan:
    """What goes wrong with the next push requests; random with a seed, or scripted."""

    rng: random.Random = field(default_factory=lambda: random.Random(1))
    # Probabilities per push request.
    error_before: float = 0.0  # 500 without storing anything
    error_after: float = 0.0  # stores, then answers 500 (the till must resend)
    drop_after: float = 0.0  # stores, then drops the connection mid-answer
    slow: float = 0.0  # answers after `slow_seconds` (beyond the till's read timeout)
    slow_seconds: float = 0.0
    script: list[str] = field(default_factory=list)
    seen: dict[str, int] = field(default_factory=dict)

    def next(self) -> str:
        if self.script:
            return self.script.pop(0)
        roll = self.rng.random()
        for name, p in (
            ("error_before", self.error_before),
            ("error_after", self.error_after),
            ("drop_after", self.drop_after),
            ("slow", self.slow),
        ):
            if roll < p:
                return name
            roll -= p
        return "pass"


class ConnectionDropped(Exception):
    """Raised after the response has started: uvicorn closes the connection mid-answer."""


class FaultInjector:
    """ASGI middleware in front of the real app, for the push route only."""

    def __init__(self, app: Any, plan: FaultPlan) -> None:
        self.app = app
        self.plan = plan

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if (
            scope["type"] != "http"
            or not scope["path"].endswith("/events")
            or scope["method"] != "POST"
        ):
            await self.app(scope, receive, send)
            return
        fault = self.plan.next()
        self.plan.seen[fault] = self.plan.seen.get(fault, 0) + 1
        if fault == "error_before":
            await _send_500(send)
            return
        if fault == "slow":
            await asyncio.sleep(self.plan.slow_seconds)
        if fault in ("error_after", "drop_after"):
            started: list[Any] = []

            async def swallow(message: Any) -> None:
                started.append(message)

            await self.app(scope, receive, swallow)
            if fault == "error_after":
                await _send_500(send)
                return
            start = next(m for m in started if m["type"] == "http.response.start")
            await send(start)
            await send({"type": "http.response.body", "body": b'{"results":[', "more_body": True})
            raise ConnectionDropped
        await self.app(scope, receive, send)


async def _send_500(send: Any) -> None:
    body = b'{"detail":"injected failure"}'
    await send(
        {
            "type": "http.response.start",
            "status": 500,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


# --- the service ------------------------------------------------------------------------


@dataclass
class HeadOffice:
    """The real service in a thread of this process, on 127.0.0.1."""

    db: HeadOfficeDB
    keys: Keys
    env: dict[str, str]
    url_env: str
    port: int = field(default_factory=free_port)
    faults: FaultPlan = field(default_factory=FaultPlan)
    server: uvicorn.Server | None = None
    thread: threading.Thread | None = None
    # uvicorn's TLS options (ssl_certfile, ssl_keyfile, ssl_ca_certs, ssl_cert_reqs).
    tls: dict[str, Any] = field(default_factory=dict)

    @property
    def url(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    def start(self) -> None:
        app = FaultInjector(create_app(self.db, self.keys), self.faults)
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="critical", lifespan="off", **self.tls
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("head office did not start")
            time.sleep(0.01)

    def stop(self, *, force: bool = True) -> None:
        if self.server is not None and self.thread is not None:
            self.server.should_exit = True
            self.server.force_exit = force
            self.thread.join(timeout=15)
        self.server = None
        self.thread = None

    def add_store(self, code: str) -> str:
        return add_store(self.db, code, dt.datetime.now(dt.UTC))

    def connect(self, till: TillFixture, code: str | None = None, token: str | None = None) -> str:
        """Register the till's store here (unless a token is given) and point the till at us."""
        with till.db.read_session() as session:
            from pos.services.lookups import store_info

            store_code = store_info(session, till.admin).store_code
        token = token or self.add_store(code or store_code)
        settings.update(till.ctx(), settings.HEADOFFICE, {"url": self.url, "token": token})
        return token

    def event_ids(self, code: str) -> list[uuid.UUID]:
        with self.db.session() as session:
            return list(
                session.scalars(
                    select(EventRow.event_id)
                    .join(Store, Store.id == EventRow.store_pk)
                    .where(Store.code == code)
                )
            )

    def count(self, model: Any) -> int:
        with self.db.session() as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)


def serving(db: HeadOfficeDB, keystore: Path | None = None) -> HeadOffice:
    """The service started over `db`, with fresh keys (the caller stops it)."""
    keys, env = new_keys(keystore)
    url = db.engine.url.render_as_string(hide_password=False)
    ho = HeadOffice(db, keys, {**env, "HEADOFFICE_DATABASE_URL": url}, url_env=url)
    ho.start()
    return ho


@contextmanager
def running(ho: HeadOffice) -> Iterator[HeadOffice]:
    ho.start()
    try:
        yield ho
    finally:
        ho.stop()


class Subprocess:
    """`pos-headoffice serve` as its own process (so it can be killed outright)."""

    def __init__(self, env: dict[str, str], port: int) -> None:
        self.env = {**os.environ, **env}
        self.port = port
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "headoffice.cli", "serve", "--port", str(self.port)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if requests.get(f"http://127.0.0.1:{self.port}/health", timeout=1).ok:
                    return
            except requests.RequestException:
                time.sleep(0.05)
        raise RuntimeError("pos-headoffice serve did not come up")

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(timeout=10)
            self.proc = None


def till_env(till: TillFixture) -> dict[str, str]:
    return {**os.environ, "POS_HOME": str(till.paths.home), "POS_DB_KEY": till.key}


def wait_for(predicate: Callable[[], bool], timeout: float = 30.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def open_headoffice(url: str) -> HeadOfficeDB:
    db = open_db(url)
    upgrade(db)
    return db


def sqlite_url(folder: Path) -> str:
    return f"sqlite:///{folder / 'headoffice.db'}"


# --- what head office holds -------------------------------------------------------------


def outbox_ids(till: TillFixture) -> list[uuid.UUID]:
    with till.db.read_session() as s:
        return list(s.scalars(select(OutboxEvent.id)))


def unsent(till: TillFixture) -> int:
    with till.db.read_session() as s:
        return int(s.scalar(select(func.count()).where(OutboxEvent.sent_at.is_(None))) or 0)


def assert_exactly_once(ho: HeadOffice, till: TillFixture, code: str = "ALM-01") -> None:
    """Head office holds every event of the till's outbox once, in an unbroken sequence."""
    held = ho.event_ids(code)
    assert len(held) == len(set(held))
    assert sorted(held) == sorted(outbox_ids(till))
    assert unsent(till) == 0
    with ho.db.session() as s:
        seqs = sorted(s.scalars(select(EventRow.seq)))
    assert seqs == list(range(1, len(held) + 1))


def dump_database(ho: HeadOffice) -> str:
    """Every value of every head-office table as text, plus the SQLite file's raw bytes."""
    parts: list[str] = []
    with ho.db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for row in conn.execute(select(table)):
                parts.extend(str(v) for v in row)
    if ho.db.dialect == "sqlite":
        raw = ho.db.engine.raw_connection()
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(FULL)")
        finally:
            raw.close()
        path = Path(str(ho.db.engine.url.database))
        for f in (path, Path(f"{path}-wal")):
            if f.exists():
                parts.append(f.read_bytes().decode("utf-8", errors="replace"))
    return "\n".join(parts)


def open_ciphertexts(ho: HeadOffice, _dump: str = "") -> list[str]:
    """Every ciphertext head office holds, opened with its key (what a key holder could read)."""
    opened: list[str] = []
    ring = ho.keys.ring(dt.datetime.now(dt.UTC))
    with ho.db.session() as s:
        for r in s.scalars(select(BuyerRecord)):
            for name, token in r.fields.items():
                opened.append(ring.decrypt(token, record_context(r.store_pk, r.buyer_id, name)))
        for e in s.scalars(select(EventRow)):
            opened.append(
                str(reveal(e.payload, event_context(e.store_pk, e.event_id), cipher=ring))
            )
    return opened
