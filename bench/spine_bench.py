"""Spine benchmark: a million buyers and two million sales, encrypted and plain side by side.

    .venv/bin/python bench/spine_bench.py [--buyers 1000000 --sales 2000000] [--dir .bench/spine]

Seeds the encrypted till through the services (`pos seed` throughput), copies the same data
into a plain SQLite file with sqlcipher_export, then measures on both: buyer search p50/p99
by IIN, phone, phone suffix and name prefix (and the encrypted/plain ratio); recording a
consent and a sale with audit and outbox (durable commit); opening the database.
The seeded files are kept, so a second run only measures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select

from pos.domain.buyer import BuyerData
from pos.domain.enums import PaymentMethod
from pos.domain.minimization import SaleNeeds
from pos.seed import seed
from pos.services import policies
from pos.services.buyers import find_buyers
from pos.services.consents import ConsentDraft, record_consent
from pos.services.context import ServiceContext
from pos.services.sales import LineInput, NewSale, record_sale
from pos.services.setup import create_till, till_identity
from pos.services.shifts import current_shift, open_shift
from pos.storage.database import Database, open_database, quote_key
from pos.storage.models import Buyer, Sale

KEY = "bench-key-not-secret"


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed(fn: Callable[[], object], n: int) -> list[float]:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def build(path: Path, buyers: int, sales: int) -> None:
    """Seed through the services in chunks; resumes an interrupted build from its row counts."""
    progress = path.parent / "seed_progress.txt"
    if path.exists():
        db = open_database(path, KEY)
        ident = till_identity(db)
        with db.read_session() as s:
            done_b = s.scalar(select(func.count()).select_from(Buyer)) or 0
            done_s = s.scalar(select(func.count()).select_from(Sale)) or 0
        before = float(progress.read_text()) if progress.exists() else 0.0
        print(f"  resuming at {done_b:,} buyers, {done_s:,} sales ({before:,.0f} s so far)")
    else:
        db, ident = create_till(
            path,
            KEY,
            store_code="BENCH-01",
            store_name="Бенчмарк",
            operator={
                "name": "ТОО «Бенч»",
                "bin": "000000000000",
                "email": "p@bench.kz",
                "address": "Алматы",
            },
        )
        policies.import_policy(
            ServiceContext(db, ident.admin_actor()),
            "Bench policy.\n",
            label="B-1",
            effective=dt.date(2024, 1, 1),
            language="ru",
        )
        done_b = done_s = 0
        before = 0.0
    ctx = ServiceContext(db, ident.admin_actor())
    started = time.perf_counter() - before
    chunk = 100_000
    while done_b < buyers or done_s < sales:
        nb, ns = min(chunk, buyers - done_b), min(2 * chunk, sales - done_s)
        seed(ctx, buyers=nb, sales=ns, seed=1000 + done_b)
        done_b, done_s = done_b + nb, done_s + ns
        elapsed = time.perf_counter() - started
        progress.write_text(f"{elapsed:.1f}\n")
        print(
            f"  seeded {done_b:,} buyers, {done_s:,} sales in {elapsed:,.0f} s "
            f"({(done_b + done_s) / elapsed:,.0f} records/s)",
            flush=True,
        )
    db.close()
    (path.parent / "seed_seconds.txt").write_text(f"{time.perf_counter() - started:.1f}\n")


def export_plain(enc: Path, plain: Path) -> None:
    import sqlcipher3

    conn = sqlcipher3.connect(str(enc), isolation_level=None)
    conn.execute(f"PRAGMA key = {quote_key(KEY)}")
    conn.execute(f"ATTACH DATABASE {quote_key(str(plain))} AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    conn = sqlcipher3.connect(str(plain), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()


def queries(db: Database, n: int, rng: random.Random) -> dict[str, list[str]]:
    with db.read_session() as s:
        total = s.scalar(select(func.count()).select_from(Buyer)) or 0
        picks = []
        for _ in range(n):
            row = s.execute(
                select(Buyer.iin, Buyer.phone, Buyer.surname, Buyer.given_name)
                .offset(rng.randrange(total))
                .limit(1)
            ).one()
            picks.append(row)
    iins = [p.iin for p in picks if p.iin][: n // 2] or [p.iin for p in picks if p.iin]
    return {
        "IIN": iins,
        "phone": [p.phone for p in picks if p.phone],
        "phone last 4": [p.phone[-4:] for p in picks if p.phone],
        "name prefix": [(p.surname or p.given_name)[: rng.randint(2, 5)] for p in picks],
    }


def measure_search(
    db: Database, ctx: ServiceContext, qs: dict[str, list[str]]
) -> dict[str, tuple[float, float]]:
    out = {}
    for kind, values in qs.items():
        for v in values[:50]:  # warm the page cache as a working till would be
            find_buyers(ctx, v)
        times = []
        for v in values:
            t = time.perf_counter()
            find_buyers(ctx, v)
            times.append((time.perf_counter() - t) * 1000)
        out[kind] = (statistics.median(times), pct(times, 99))
    return out


def measure_writes(
    ctx: ServiceContext, n: int, rng: random.Random
) -> tuple[list[float], list[float]]:
    consent_ms, sale_ms = [], []
    for i in range(n):
        data = BuyerData(
            surname="Бенчева",
            given_name="Асель",
            phone=f"+7701{rng.randrange(10**7):07d}",
            delivery_address=f"Алматы, ул. Абая, {i + 1}",
        )
        t = time.perf_counter()
        rec = record_consent(
            ctx, ConsentDraft(needs=SaleNeeds(PaymentMethod.CASH, delivery=True), buyer=data)
        )
        consent_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        record_sale(
            ctx,
            NewSale(
                lines=(LineInput("Товар", 1, 100_000 + i),), delivery=True, buyer_id=rec.buyer.id
            ),
        )
        sale_ms.append((time.perf_counter() - t) * 1000)
    return consent_ms, sale_ms


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--buyers", type=int, default=1_000_000)
    ap.add_argument("--sales", type=int, default=2_000_000)
    ap.add_argument("--dir", type=Path, default=Path(".bench/spine"))
    ap.add_argument("--queries", type=int, default=1000)
    args = ap.parse_args()
    folder = args.dir / f"{args.buyers}-{args.sales}"
    folder.mkdir(parents=True, exist_ok=True)
    enc, plain = folder / "encrypted.db", folder / "plain.db"
    if not (folder / "seed_seconds.txt").exists():
        print(f"seeding {args.buyers:,} buyers and {args.sales:,} sales through the services ...")
        build(enc, args.buyers, args.sales)
    if not plain.exists():
        export_plain(enc, plain)
    seconds = (
        float((folder / "seed_seconds.txt").read_text())
        if (folder / "seed_seconds.txt").exists()
        else None
    )
    print(
        f"\nfiles: encrypted {enc.stat().st_size / 1e6:,.0f} MB, plain {plain.stat().st_size / 1e6:,.0f} MB"
    )
    if seconds:
        print(
            f"pos seed throughput: {args.buyers / seconds:,.0f} buyers/s and {args.sales / seconds:,.0f} sales/s "
            f"together ({(args.buyers + args.sales) / seconds:,.0f} records/s, {seconds / 60:,.1f} min)"
        )

    opens = timed(lambda: open_database(enc, KEY).close(), 10)
    opens_plain = timed(lambda: open_database(plain, None).close(), 10)
    print(
        f"open database: encrypted p50 {statistics.median(opens):.0f} ms, plain p50 {statistics.median(opens_plain):.0f} ms"
    )

    rng = random.Random(5)
    results = {}
    for name, key, path in (("encrypted", KEY, enc), ("plain", None, plain)):
        db = open_database(path, key)
        ident = till_identity(db)
        ctx = ServiceContext(db, ident.admin_actor())
        with db.read_session() as s:
            counts = (
                s.scalar(select(func.count()).select_from(Buyer)),
                s.scalar(select(func.count()).select_from(Sale)),
            )
        qs = queries(db, args.queries, random.Random(9))
        results[name] = measure_search(db, ctx, qs)
        print(f"\n{name}: {counts[0]:,} buyers, {counts[1]:,} sales")
        for kind, (p50, p99) in results[name].items():
            print(f"  search by {kind:<13} p50 {p50:6.2f} ms   p99 {p99:6.2f} ms")
        db.close()
    print("\nencrypted / plain (p99):")
    for kind in results["encrypted"]:
        e, p = results["encrypted"][kind][1], results["plain"][kind][1]
        print(f"  {kind:<13} {e / p:4.2f}")

    db = open_database(enc, KEY)
    ctx = ServiceContext(db, till_identity(db).admin_actor())
    if current_shift(ctx) is None:
        open_shift(ctx, 0)  # a register sells only inside an open shift
    consent_ms, sale_ms = measure_writes(ctx, 200, rng)
    db.close()
    print(
        f"\nrecord consent (buyer + consent + events + audit + outbox, synchronous=FULL): "
        f"p50 {statistics.median(consent_ms):.1f} ms, p99 {pct(consent_ms, 99):.1f} ms"
    )
    print(
        f"record sale for that buyer (sale + lines + audit + outbox): "
        f"p50 {statistics.median(sale_ms):.1f} ms, p99 {pct(sale_ms, 99):.1f} ms"
    )
    print(f"\nmachine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
