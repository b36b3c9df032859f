"""Statistics export benchmark: one month of a till with a million buyers.

    .venv/bin/python bench/stats_export.py [--buyers 1000000 --sales 250000] [--dir .bench/stats]

Builds the till with bulk inserts (the services would take an hour for a million consents),
with time-ordered ids and sales in time order as the till writes them:
buyers with a consent each, 40 % of them with a marketing consent (a twentieth of those
later withdrawn), 2 % under a written refusal; `--sales` sales in October 2026 and a fifth
as many in September, 70 % linked to a random buyer, one to three lines each. Then times
the first export of 2026-10 (figures computed and frozen), a re-export (frozen figures),
and the computation alone (p50 of three). The built file is kept, so a second run only
measures (the frozen period is dropped first, so the first export is first again).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import delete, func, insert, select

from pos.domain.ids import new_id
from pos.domain.stats import month
from pos.services import policies
from pos.services.context import ServiceContext
from pos.services.setup import create_till, till_identity
from pos.services.stats import compute_figures, export_stats
from pos.storage.database import Database, open_database
from pos.storage.models import (
    Buyer,
    BuyerPurpose,
    Consent,
    ConsentEvent,
    ConsentPurpose,
    PolicyVersion,
    Sale,
    SaleLine,
    StatsExport,
    StatsPeriod,
)

KEY = "bench-key-not-secret"
CHUNK = 50_000
OCTOBER = month(2026, 10)
AFTER = dt.datetime(2026, 11, 5, 6, 0, tzinfo=dt.UTC)
CATEGORIES = ("phones", "laptops", "tv", "appliances", "audio", "accessories", "games", "kitchen")
PAYMENTS = ("cash", "cash", "card", "card", "card", "installment", "credit")
NAMES = ("Асель", "Нурлан", "Айгерим", "Ерлан", "Динара", "Сергей", "Мадина", "Тимур")


def _chunks(db: Database, table: Any, rows: list[dict[str, Any]]) -> None:
    with db.engine.begin() as conn:
        for i in range(0, len(rows), CHUNK):
            conn.execute(insert(table), rows[i : i + CHUNK])


def build(path: Path, buyers: int, sales: int, rng: random.Random) -> None:
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
    admin = ServiceContext(db, ident.admin_actor())
    policies.import_policy(
        admin, "Bench policy.\n", label="B-1", effective=dt.date(2024, 1, 1), language="ru"
    )
    with db.read_session() as s:
        policy = s.scalars(select(PolicyVersion)).one()
    start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    span = int((dt.datetime(2026, 9, 1, tzinfo=dt.UTC) - start).total_seconds())
    store, register, staff = ident.store_id, ident.register_id, ident.admin_staff_id
    ids: list[uuid.UUID] = []
    for offset in range(0, buyers, 200_000):
        b_rows, c_rows, cp_rows, ev_rows, bp_rows = [], [], [], [], []
        for i in range(offset, min(buyers, offset + 200_000)):
            bid, cid = new_id(), new_id()
            ids.append(bid)
            given = start + dt.timedelta(seconds=rng.randrange(span))
            profiled = rng.random() < 0.6
            birth = dt.date(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28))
            phone = f"+7701{i:07d}"
            b_rows.append(
                {
                    "id": bid,
                    "given_name": rng.choice(NAMES),
                    "phone": phone,
                    "phone_rev": phone[1:][::-1],
                    "birth_date": birth if profiled else None,
                    "sex": rng.choice(("male", "female")) if profiled else None,
                    "status": "restricted" if rng.random() < 0.02 else "active",
                    "store_id": store,
                    "created_at": given,
                    "updated_at": given,
                }
            )
            marketing = rng.random() < 0.4
            c_rows.append(
                {
                    "id": cid,
                    "schema_version": 1,
                    "buyer_id": bid,
                    "policy_version_id": policy.id,
                    "policy_label": policy.label,
                    "policy_sha256": policy.text_sha256,
                    "slip_template": "cash",
                    "sale_type": "cash",
                    "language": "ru",
                    "jurisdiction": "KZ",
                    "operator_name": "ТОО «Бенч»",
                    "operator_bin": "000000000000",
                    "operator_contact": "p@bench.kz",
                    "data_categories": ["full_name", "phone"],
                    "recipient_categories": [],
                    "cross_border": False,
                    "published": False,
                    "valid_until": None,
                    "channel": "in-store",
                    "method": "paper-slip-signed",
                    "form_number": None,
                    "store_id": store,
                    "register_id": register,
                    "staff_id": staff,
                    "slip_at": given,
                    "given_at": given,
                }
            )
            for purpose in ("sale", "marketing") if marketing else ("sale",):
                valid = dt.date(2029, 1, 1) if purpose == "marketing" else None
                cp_rows.append(
                    {
                        "consent_id": cid,
                        "purpose": purpose,
                        "ticked": True,
                        "required": purpose == "sale",
                        "data_categories": ["full_name", "phone"],
                        "recipient_categories": [],
                        "valid_until": valid,
                    }
                )
                withdrawn = purpose == "marketing" and rng.random() < 0.05
                ev_rows.append(_event(bid, cid, purpose, "given", given, store, register, staff))
                if withdrawn:
                    later = given + dt.timedelta(days=rng.randint(1, 500))
                    ev_rows.append(
                        _event(bid, cid, purpose, "withdrawn", later, store, register, staff)
                    )
                bp_rows.append(
                    {
                        "buyer_id": bid,
                        "purpose": purpose,
                        "state": "withdrawn" if withdrawn else "given",
                        "consent_id": cid,
                        "policy_label": policy.label,
                        "since": given,
                        "valid_until": valid,
                    }
                )
        for table, rows in (
            (Buyer, b_rows),
            (Consent, c_rows),
            (ConsentPurpose, cp_rows),
            (ConsentEvent, ev_rows),
            (BuyerPurpose, bp_rows),
        ):
            _chunks(db, table, rows)
        print(f"  {offset + len(b_rows):,} buyers", flush=True)

    receipt = 0
    for first, days, count in ((dt.date(2026, 9, 1), 30, sales // 5), (OCTOBER.first, 31, sales)):
        s_rows, l_rows = [], []
        # Recorded in time order, as a till records them (ids grow with time too).
        times = sorted(rng.randrange(days * 86_400) for _ in range(count))
        for offset in times:
            receipt += 1
            sid = new_id()
            when = dt.datetime.combine(first, dt.time(3, 0), dt.UTC) + dt.timedelta(seconds=offset)
            lines = [
                (rng.choice(CATEGORIES), rng.randint(1_000_00, 500_000_00))
                for _ in range(rng.choice((1, 1, 1, 2, 3)))
            ]
            s_rows.append(
                {
                    "id": sid,
                    "store_id": store,
                    "register_id": register,
                    "staff_id": staff,
                    "receipt_no": receipt,
                    "sale_type": "cash",
                    "payment_method": rng.choice(PAYMENTS),
                    "delivery": False,
                    "buyer_id": rng.choice(ids) if rng.random() < 0.7 else None,
                    "consent_id": None,
                    "total_tiyn": sum(a for _, a in lines),
                    "tendered_tiyn": None,
                    "change_tiyn": None,
                    "created_at": when,
                }
            )
            for n, (category, amount) in enumerate(lines, 1):
                l_rows.append(
                    {
                        "id": new_id(),
                        "sale_id": sid,
                        "line_no": n,
                        "product_id": None,
                        "barcode": None,
                        "name": category,
                        "category": category,
                        "quantity": 1,
                        "unit_price_tiyn": amount,
                        "total_tiyn": amount,
                    }
                )
        _chunks(db, Sale, s_rows)
        _chunks(db, SaleLine, l_rows)
        print(f"  {count:,} sales from {first:%Y-%m}", flush=True)
    db.checkpoint()
    db.close()


def _event(
    bid: uuid.UUID,
    cid: uuid.UUID,
    purpose: str,
    state: str,
    at: dt.datetime,
    store: uuid.UUID,
    register: uuid.UUID,
    staff: uuid.UUID,
) -> dict[str, Any]:
    return {
        "id": new_id(),
        "consent_id": cid,
        "buyer_id": bid,
        "purpose": purpose,
        "state": state,
        "at": at,
        "store_id": store,
        "register_id": register,
        "staff_id": staff,
        "expressed_by": "buyer",
        "representative_doc": None,
        "slip_printed": state == "given",
        "form_number": None,
        "reference": None,
        "blocker": None,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--buyers", type=int, default=1_000_000)
    parser.add_argument("--sales", type=int, default=250_000, help="sales in October 2026")
    parser.add_argument("--dir", type=Path, default=Path(".bench/stats"))
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    path = args.dir / f"till-v7-{args.buyers}-{args.sales}.db"
    if not path.exists():
        print(f"building {path} ({args.buyers:,} buyers, {args.sales:,} October sales)...")
        started = time.perf_counter()
        build(path, args.buyers, args.sales, random.Random(7))
        print(f"  built in {time.perf_counter() - started:,.0f} s", flush=True)
    db = open_database(path, KEY)
    try:
        ident = till_identity(db)
        ctx = ServiceContext(db, ident.admin_actor(), lambda: AFTER)
        with db.engine.begin() as conn:  # a second run: the first export is first again
            conn.execute(delete(StatsExport))
            conn.execute(delete(StatsPeriod))
        with db.read_session() as s:
            n_buyers = s.scalar(select(func.count()).select_from(Buyer))
            n_oct = s.scalar(
                select(func.count())
                .select_from(Sale)
                .where(Sale.created_at >= dt.datetime(2026, 9, 30, 19, tzinfo=dt.UTC))
            )
        print(f"till: {n_buyers:,} buyers; {n_oct:,} sales in October 2026")
        out = args.dir / "stats-2026-10.csv"
        t = time.perf_counter()
        first = export_stats(ctx, out, OCTOBER, recipient="Bench Analytics")
        first_s = time.perf_counter() - t
        t = time.perf_counter()
        again = export_stats(ctx, out, OCTOBER)
        again_s = time.perf_counter() - t
        assert again.file_sha256 == first.file_sha256
        runs, cpu = [], []
        for _ in range(3):
            t, c = time.perf_counter(), time.process_time()
            figures = compute_figures(ctx, OCTOBER)
            runs.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        print(
            f"first export of 2026-10 (compute + freeze + write): {first_s:.2f} s; "
            f"{len(first.rows)} rows, {first.cells_suppressed} of {first.cells_total} cells "
            f"suppressed"
        )
        print(f"re-export (frozen figures): {again_s * 1000:.0f} ms")
        print(
            f"figures alone: p50 {statistics.median(runs):.2f} s "
            f"(min {min(runs):.2f}, max {max(runs):.2f}); CPU p50 {statistics.median(cpu):.2f} s "
            f"(this process; wall time includes waiting for a shared CPU); {len(figures.rows)} rows"
        )
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
