"""Head-office destruction benchmark: a buyer's destruction (and an erasure) with many buyers.

    .venv/bin/python bench/headoffice_destruction.py [--buyers 1000000] [--runs 300]
        [--dir .bench/headoffice] [--fresh]

Builds a head office on SQLite through the real ingest path (each buyer registered with
their data, under their own key in the key store), then times pushes of one
`buyer.destroyed` event as a till sends it: the record deleted, the buyer's events
redacted, their key and blind indexes deleted from the key store (secure_delete, WAL
truncated) and the database's WAL truncated. Also an erasure (`consent.expired` naming a
field): the field dropped and the buyer re-keyed. Prints p50/p99. The built files are kept,
so a second run only measures (destroyed buyers are not reused).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select

from headoffice import ingest
from headoffice.auth import StoreRef
from headoffice.config import Keys
from headoffice.crypto import BlindIndex, FieldCipher
from headoffice.db import HeadOfficeDB, open_db, upgrade
from headoffice.keystore import KeyStore
from headoffice.models import BuyerRecord, Store
from headoffice.officer import add_store
from protocol.wire import WireEvent

BATCH = 1000
REGISTER = uuid.UUID("00000000-0000-4000-8000-000000000001")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def keys_for(folder: Path) -> Keys:
    """Bench keys kept beside the files, so a second run opens what the first built."""
    path = folder / "bench-keys.bin"
    if not path.exists():
        path.write_bytes(os.urandom(64))
    raw = path.read_bytes()
    return Keys(
        FieldCipher.from_keys(raw[:32]), BlindIndex(raw[32:]), KeyStore(folder / "keystore.db")
    )


def event(seq: int, kind: str, buyer: uuid.UUID, payload: dict[str, object]) -> WireEvent:
    return WireEvent.model_validate(
        {
            "id": str(uuid.uuid4()),
            "register_id": str(REGISTER),
            "seq": seq,
            "type": kind,
            "payload": {"buyer_id": str(buyer), **payload},
            "buyer_id": str(buyer) if kind != "buyer.destroyed" else None,
            "created_at": dt.datetime.now(dt.UTC).isoformat(),
        }
    )


def person(i: int) -> dict[str, object]:
    return {
        "surname": f"Фамилия{i % 9973}",
        "given_name": "Асель",
        "phone": f"+7701{i:07d}",
        "email": f"buyer{i}@example.kz",
        "delivery_address": f"Алматы, ул. Абая, {i % 500}, кв. {i % 97}",
    }


def next_seq(db: HeadOfficeDB) -> int:
    from headoffice.models import RegisterRow

    with db.session() as s:
        return int(s.scalar(select(func.max(RegisterRow.max_seq))) or 0) + 1


def build(db: HeadOfficeDB, keys: Keys, store: StoreRef, buyers: int) -> None:
    with db.session() as s:
        have = int(s.scalar(select(func.count()).select_from(BuyerRecord)) or 0)
    if have >= buyers:
        print(f"  reusing {have:,} buyers")
        return
    print(f"  building {buyers - have:,} buyers (from {have:,})", flush=True)
    seq = next_seq(db)
    started = time.perf_counter()
    for start in range(have, buyers, BATCH):
        batch = []
        for i in range(start, min(start + BATCH, buyers)):
            batch.append(
                event(
                    seq, "buyer.registered", uuid.uuid4(), {"status": "active", "data": person(i)}
                )
            )
            seq += 1
        ingest.push(db, keys, store, batch, dt.datetime.now(dt.UTC))
        done = start + len(batch)
        if done % 50_000 == 0 or done == buyers:
            rate = (done - have) / (time.perf_counter() - started)
            print(f"    {done:,} buyers, {rate:,.0f}/s", flush=True)
    print(f"  built in {time.perf_counter() - started:,.0f} s", flush=True)


def measure(
    db: HeadOfficeDB, keys: Keys, store: StoreRef, runs: int
) -> tuple[list[float], list[float]]:
    with db.session() as s:
        total = int(s.scalar(select(func.max(BuyerRecord.id))) or 0)
        picks: list[uuid.UUID] = []
        rng = random.Random(7)
        while len(picks) < 2 * runs:
            row = s.scalar(
                select(BuyerRecord.buyer_id).where(BuyerRecord.id >= rng.randint(1, total)).limit(1)
            )
            if row is not None and row not in picks:
                picks.append(row)
    seq = next_seq(db)
    destroy, erase = [], []
    for buyer in picks[:runs]:
        ev = event(
            seq,
            "buyer.destroyed",
            buyer,
            {"at": dt.datetime.now(dt.UTC).isoformat(), "cause": "request"},
        )
        seq += 1
        t = time.perf_counter()
        ingest.push(db, keys, store, [ev], dt.datetime.now(dt.UTC))
        destroy.append((time.perf_counter() - t) * 1000)
    for buyer in picks[runs:]:
        ev = event(
            seq,
            "consent.expired",
            buyer,
            {"purposes": ["delivery"], "erased": ["delivery_address"]},
        )
        seq += 1
        t = time.perf_counter()
        ingest.push(db, keys, store, [ev], dt.datetime.now(dt.UTC))
        erase.append((time.perf_counter() - t) * 1000)
    return destroy, erase


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--buyers", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--dir", type=Path, default=Path(".bench/headoffice"))
    parser.add_argument("--fresh", action="store_true", help="start from empty files")
    args = parser.parse_args()
    folder = args.dir.resolve()
    if args.fresh and folder.exists():
        for p in folder.iterdir():
            p.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    keys = keys_for(folder)
    db = open_db(f"sqlite:///{folder / 'headoffice.db'}")
    upgrade(db, keys)
    with db.session() as s:
        pk = s.scalar(select(Store.id).where(Store.code == "BENCH-01"))
    if pk is None:
        add_store(db, "BENCH-01", dt.datetime.now(dt.UTC))
        with db.session() as s:
            pk = s.scalar(select(Store.id).where(Store.code == "BENCH-01"))
    assert pk is not None
    store = StoreRef(pk, "BENCH-01")
    print(f"load average before: {', '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
    build(db, keys, store, args.buyers)
    size = sum(p.stat().st_size for p in folder.iterdir() if p.name.startswith("headoffice.db"))
    ks = sum(p.stat().st_size for p in folder.iterdir() if p.name.startswith("keystore.db"))
    print(
        f"  database {size / 1e6:,.0f} MB, key store {ks / 1e6:,.0f} MB, {keys.store.count_keys():,} buyer keys"
    )
    destroy, erase = measure(db, keys, store, args.runs)
    for name, values in (("destruction", destroy), ("erasure (re-key)", erase)):
        print(
            f"  {name}: p50 {pct(values, 50):.1f} ms, p99 {pct(values, 99):.1f} ms, "
            f"mean {statistics.fmean(values):.1f} ms over {len(values)} pushes"
        )
    print(f"load average after: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    db.close()
    keys.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
