"""Sync benchmark: a till's backlog drained into head office on PostgreSQL over loopback,
head office's insert rate against a plain COPY of the same rows, and 50 tills at once.

Run: .venv/bin/python bench/sync_bench.py [--events 100000] [--tills 50]

Needs PostgreSQL on 127.0.0.1:5432 (trust auth); makes and drops its own database. The
seeded till is kept under .bench/sync/ and reused by later runs.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import psycopg
import requests
from sqlalchemy import func, select, update

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from headoffice import ingest  # noqa: E402
from headoffice.auth import StoreRef  # noqa: E402
from headoffice.config import Keys  # noqa: E402
from headoffice.crypto import BlindIndex, FieldCipher  # noqa: E402
from headoffice.db import HeadOfficeDB, open_db, upgrade  # noqa: E402
from headoffice.keystore import KeyStore  # noqa: E402
from headoffice.models import EventRow, Store  # noqa: E402
from headoffice.officer import add_store  # noqa: E402
from pos.seed import seed  # noqa: E402
from pos.services import settings, sync_state  # noqa: E402
from pos.services.context import ServiceContext  # noqa: E402
from pos.services.setup import create_till, till_identity  # noqa: E402
from pos.storage.database import open_database  # noqa: E402
from pos.storage.models import OutboxEvent  # noqa: E402
from protocol.wire import WireEvent  # noqa: E402
from sync.worker import SyncWorker  # noqa: E402
from tests.support.tills import OPERATOR, POLICY_TEXT  # noqa: E402

PG_ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
BENCH = ROOT / ".bench" / "sync"
TILL_KEY = "sync-bench-key-not-secret"


def proc_cpu(pids: list[int]) -> dict[int, float]:
    """CPU seconds (user + system) used so far by each of these processes, from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    out = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[pid] = (int(fields[11]) + int(fields[12])) / tick
    return out


def family(pid: int) -> list[int]:
    """A process and its children (uvicorn workers)."""
    pids = [pid]
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            if ppid == pid:
                pids.append(int(entry.name))
    return pids


def postgres_pids() -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip() in ("postgres", "postmaster"):
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


class CpuMeter:
    """CPU used by this process, the head-office server and PostgreSQL over a stretch.

    PostgreSQL backends that exit meanwhile take their CPU time with them, so its figure
    is a lower bound when connections come and go.
    """

    def __init__(self, server_pid: int) -> None:
        self.server_pid = server_pid
        self.client = time.process_time()
        self.server = proc_cpu(family(server_pid))
        self.pg = proc_cpu(postgres_pids())

    @staticmethod
    def _used(before: dict[int, float], after: dict[int, float]) -> float:
        return sum(v - before.get(pid, 0.0) for pid, v in after.items())

    def per_event_us(self, events: int) -> str:
        client = time.process_time() - self.client
        server = self._used(self.server, proc_cpu(family(self.server_pid)))
        pg = self._used(self.pg, proc_cpu(postgres_pids()))
        return (
            f"CPU per event: till {client / events * 1e6:.0f} us, head office "
            f"{server / events * 1e6:.0f} us, PostgreSQL {pg / events * 1e6:.0f} us"
        )


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --- the till with its backlog ----------------------------------------------------------


def seeded_template(events: int) -> Path:
    """A till whose outbox holds at least `events` events, made once and kept."""
    from pos.services import policies

    folder = BENCH / f"till-{events}"
    db_path = folder / "pos.db"
    if db_path.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    print(f"seeding a till with about {events} outbox events (once; kept in {folder})", flush=True)
    db, identity = create_till(
        db_path, TILL_KEY, store_code="ALM-01", store_name="Bench", operator=dict(OPERATOR)
    )
    ctx = ServiceContext(db, identity.admin_actor())
    policies.import_policy(
        ctx, POLICY_TEXT, label="2025-01-22", effective=dt.date(2025, 1, 22), language="ru"
    )
    # The seed's mix: 2 events per buyer (registration, consent), about 1.39 per sale.
    buyers = events // 10
    sales = int((events - 2 * buyers) / 1.38) + 500
    started = time.perf_counter()
    seed(ctx, buyers=buyers, sales=sales)
    with db.read_session() as s:
        made = s.scalar(select(func.count()).select_from(OutboxEvent)) or 0
    print(f"  seeded {made} events in {time.perf_counter() - started:.0f} s", flush=True)
    db.close()
    return folder


def fresh_till(events: int) -> tuple[Any, ServiceContext, int]:
    """A copy of the template with exactly `events` unsent events."""
    template = seeded_template(events)
    work = BENCH / "work-till"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(template, work)
    db = open_database(work / "pos.db", TILL_KEY)
    ctx = ServiceContext(db, till_identity(db).admin_actor())
    with db.write_session() as s:
        # Only the first `events` of the backlog take part; the rest count as sent already.
        s.execute(update(OutboxEvent).where(OutboxEvent.seq > events).values(sent_at=now()))
        s.commit()
    return db, ctx, sync_state.status(ctx).backlog


# --- head office ------------------------------------------------------------------------


class Server:
    def __init__(self, url: str, keys_env: dict[str, str], workers: int = 1) -> None:
        self.port = free_port()
        env = {**os.environ, **keys_env, "HEADOFFICE_DATABASE_URL": url}
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "headoffice.cli",
                "serve",
                "--port",
                str(self.port),
                "--workers",
                str(workers),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.url = f"http://127.0.0.1:{self.port}"
        for _ in range(200):
            try:
                if requests.get(self.url + "/health", timeout=1).ok:
                    return
            except requests.RequestException:
                time.sleep(0.05)
        raise RuntimeError("head office did not start")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def bench_drain(
    db: HeadOfficeDB, server: Server, events: int, batch: int
) -> dict[uuid.UUID, dict[str, Any]]:
    """Drain the backlog over HTTP; returns the payloads as the till sent them."""
    till_db, ctx, backlog = fresh_till(events)
    token = add_store(db, "ALM-01", now())
    settings.update(ctx, settings.HEADOFFICE, {"url": server.url, "token": token})
    worker = SyncWorker(ctx, batch_events=batch)
    meter = CpuMeter(server.proc.pid)
    started = time.perf_counter()
    report = worker.run_cycle()
    elapsed = time.perf_counter() - started
    cpu = meter.per_event_us(backlog)
    worker.close()
    if not report.ok or report.backlog:
        raise RuntimeError(f"drain failed: {report.error}")
    with db.session() as s:
        held = s.scalar(select(func.count()).select_from(EventRow)) or 0
    assert held == backlog, (held, backlog)
    print(
        f"drain: {backlog} events from one till (SQLCipher) into head office "
        f"(PostgreSQL, over HTTP on loopback) in {elapsed:.1f} s = {backlog / elapsed:,.0f} events/s "
        f"(batches of {batch}; target >= 5,000/s)\n  {cpu}",
        flush=True,
    )
    with till_db.read_session() as s:
        payloads = dict(s.execute(select(OutboxEvent.id, OutboxEvent.payload)).all())
    till_db.close()
    return payloads


def bench_insert_vs_copy(
    db: HeadOfficeDB, keys: Keys, payloads: dict[uuid.UUID, dict[str, Any]]
) -> None:
    """Head office's own insert path against COPY of the same rows into an identical table."""
    with db.session() as s:
        store_pk = s.scalar(select(Store.id).where(Store.code == "ALM-01"))
        rows = s.execute(
            select(
                EventRow.event_id,
                EventRow.register_id,
                EventRow.seq,
                EventRow.type,
                EventRow.buyer_id,
                EventRow.created_at,
            ).order_by(EventRow.register_id, EventRow.seq)
        ).all()
    # The same events as the till sent them (payloads before head office encrypted them).
    wire = [
        WireEvent(
            id=r.event_id,
            register_id=r.register_id,
            seq=r.seq,
            type=r.type,
            payload=payloads[r.event_id],
            buyer_id=r.buyer_id,
            created_at=r.created_at,
        )
        for r in rows
    ]
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE events_copy (LIKE events INCLUDING ALL)")
        conn.exec_driver_sql("TRUNCATE events, buyer_records, destroyed_buyers, registers CASCADE")

    store = StoreRef(int(store_pk or 0), "ALM-01")
    started = time.perf_counter()
    for i in range(0, len(wire), 1000):
        ingest.push(db, keys, store, wire[i : i + 1000], now())
    ingest_s = time.perf_counter() - started

    raw = psycopg.connect(str(db.engine.url.set(drivername="postgresql")))
    with raw, raw.cursor() as cur:
        cur.execute(
            "SELECT store_pk, event_id, register_id, seq, type, buyer_id, payload::text, "
            "created_at, received_at FROM events ORDER BY id"
        )
        stored = cur.fetchall()
        started = time.perf_counter()
        with cur.copy(
            "COPY events_copy (store_pk, event_id, register_id, seq, type, buyer_id, payload, "
            "created_at, received_at) FROM STDIN"
        ) as copy:
            for row in stored:
                copy.write_row(row)
        raw.commit()
        copy_s = time.perf_counter() - started
    n = len(wire)
    print(
        f"insert: head office stores {n / ingest_s:,.0f} events/s in process (validation done, "
        f"encryption, dedup, buyer records; batches of 1000) vs plain COPY of the same rows "
        f"into an identical table {n / copy_s:,.0f} rows/s: {ingest_s / copy_s:.1f}x the COPY time",
        flush=True,
    )


def bench_many_tills(db: HeadOfficeDB, server: Server, tills: int, pushes: int, size: int) -> None:
    tokens = [(f"B-{i:03d}", add_store(db, f"B-{i:03d}", now())) for i in range(tills)]
    bodies: list[list[bytes]] = []
    for _code, _token in tokens:
        register = uuid.uuid4()
        seq = 0
        mine = []
        for _ in range(pushes):
            events = []
            for _ in range(size):
                seq += 1
                events.append(
                    {
                        "id": str(uuid.uuid4()),
                        "register_id": str(register),
                        "seq": seq,
                        "type": "sale.recorded",
                        "payload": {
                            "sale_id": str(uuid.uuid4()),
                            "receipt_no": seq,
                            "sale_type": "cash",
                            "payment_method": "card",
                            "total_tiyn": 1_250_000,
                            "lines": [{"name": "Чай", "quantity": 2, "unit_price_tiyn": 625_000}],
                        },
                        "buyer_id": None,
                        "created_at": now().isoformat(),
                    }
                )
            mine.append(json.dumps({"events": events}, ensure_ascii=False).encode())
        bodies.append(mine)
    latencies: list[float] = []
    lock = threading.Lock()
    errors: list[str] = []
    barrier = threading.Barrier(tills)

    def till(index: int) -> None:
        code, token = tokens[index]
        session = requests.Session()
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        url = f"{server.url}/v1/stores/{code}/events"
        barrier.wait()
        for body in bodies[index]:
            started = time.perf_counter()
            response = session.post(url, data=body, headers=headers, timeout=(5, 120))
            took = time.perf_counter() - started
            if response.status_code != 200:
                errors.append(str(response.status_code))
            with lock:
                latencies.append(took)
        session.close()

    threads = [threading.Thread(target=till, args=(i,)) for i in range(tills)]
    meter = CpuMeter(server.proc.pid)
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    q = statistics.quantiles(latencies, n=100)
    total = tills * pushes * size
    print(
        f"{tills} tills at once, {pushes} pushes of {size} events each: "
        f"p50 {q[49] * 1000:.0f} ms, p90 {q[89] * 1000:.0f} ms, p99 {q[98] * 1000:.0f} ms, "
        f"max {latencies[-1] * 1000:.0f} ms; {total / elapsed:,.0f} events/s overall"
        + (f"; {len(errors)} failed" if errors else "")
        + f"\n  {meter.per_event_us(total)} (the till side here is 50 client threads)",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--tills", type=int, default=50)
    parser.add_argument("--pushes", type=int, default=20)
    parser.add_argument("--push-size", type=int, default=50)
    parser.add_argument("--workers", type=int, default=1, help="head-office worker processes")
    args = parser.parse_args()

    print(f"load average before: {', '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
    seeded_template(args.events)
    name = f"ho_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    data_key, index_key = os.urandom(32), os.urandom(32)
    keystore = Path(tempfile.mkdtemp(prefix="ho-bench-keys-")) / "keystore.db"
    keys = Keys(FieldCipher.from_keys(data_key), BlindIndex(index_key), KeyStore(keystore))
    keys_env = {
        "HEADOFFICE_DATA_KEY": base64.b64encode(data_key).decode(),
        "HEADOFFICE_INDEX_KEY": base64.b64encode(index_key).decode(),
        "HEADOFFICE_KEYSTORE": str(keystore),
    }
    db = open_db(url)
    server = None
    try:
        upgrade(db)
        server = Server(url, keys_env, args.workers)
        payloads = bench_drain(db, server, args.events, args.batch)
        bench_insert_vs_copy(db, keys, payloads)
        bench_many_tills(db, server, args.tills, args.pushes, args.push_size)
    finally:
        if server is not None:
            server.stop()
        db.close()
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        shutil.rmtree(BENCH / "work-till", ignore_errors=True)
    print(f"load average after: {', '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
