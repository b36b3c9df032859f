"""Finding a receipt for a return among 200,000 sales: by the number typed and by the
scanned QR code (STORE/REGISTER/NUMBER), p50/p99 over random receipts.

    .venv/bin/python bench/receipt_lookup.py [--sales 200000] [--n 2000]

Measured in a real encrypted till: the lookup alone (`receipts.find_sale`), and what the
return dialog does on Enter (find the sale, then load its lines with what is left to
return). The sales are written in bulk (one line each, a payment each, a return on every
50th) so the tables have the shape of a busy register's year. Target: p99 under 50 ms.
Also prints SQLite's plan for the lookup, to show it uses the (register_id, receipt_no)
index rather than scanning the sales.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from pos.services import receipts, returns
from tests.support.tills import make_till

TARGET_MS = 50.0


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def fill(till: object, sales: int) -> None:
    """`sales` sales at this register, written in bulk (the services would take hours)."""
    t = till  # TillFixture
    store, register = t.identity.store_id, t.identity.register_id  # type: ignore[attr-defined]
    staff = t.cashier.staff_id  # type: ignore[attr-defined]
    start = dt.datetime(2025, 1, 1, 6, 0, tzinfo=dt.UTC)
    batch = 20_000
    with t.db.engine.begin() as conn:  # type: ignore[attr-defined]
        for first in range(1, sales + 1, batch):
            numbers = range(first, min(first + batch, sales + 1))
            ids = {n: uuid.uuid4().hex for n in numbers}
            conn.execute(
                text(
                    "INSERT INTO sales (id, store_id, register_id, staff_id, receipt_no, "
                    "sale_type, payment_method, delivery, total_tiyn, tendered_tiyn, "
                    "change_tiyn, created_at, discount_tiyn) VALUES (:id, :store, :register, "
                    ":staff, :no, 'cash', 'cash', 0, 199000, 200000, 1000, :at, 0)"
                ),
                [
                    {
                        "id": ids[n],
                        "store": store.hex,
                        "register": register.hex,
                        "staff": staff.hex,
                        "no": n,
                        "at": start + dt.timedelta(minutes=2 * n),
                    }
                    for n in numbers
                ],
            )
            conn.execute(
                text(
                    "INSERT INTO sale_lines (id, sale_id, line_no, barcode, name, category, "
                    "quantity_milli, unit, unit_price_tiyn, total_tiyn, discount_tiyn, "
                    "receipt_discount_tiyn, vat_percent, vat_tiyn) VALUES (:id, :sale, 1, "
                    "'4870001000165', 'Кабель USB-C 1 м', 'cables', 1000, 'pcs', 199000, "
                    "199000, 0, 0, 16, 27448)"
                ),
                [{"id": uuid.uuid4().hex, "sale": ids[n]} for n in numbers],
            )
            conn.execute(
                text(
                    "INSERT INTO sale_payments (id, sale_id, method, amount_tiyn, "
                    "tendered_tiyn, change_tiyn) VALUES (:id, :sale, 'cash', 199000, "
                    "200000, 1000)"
                ),
                [{"id": uuid.uuid4().hex, "sale": ids[n]} for n in numbers],
            )
    # A receipt-number counter as the services would have left it.
    with t.db.engine.begin() as conn:  # type: ignore[attr-defined]
        conn.execute(
            text("INSERT OR REPLACE INTO counters (name, value) VALUES (:n, :v)"),
            {"n": f"receipt:{register}", "v": sales},
        )


def timed(fn: Callable[[int], object], numbers: list[int]) -> list[float]:
    out = []
    for n in numbers:
        t = time.perf_counter()
        fn(n)
        out.append((time.perf_counter() - t) * 1000)
    return out


def report(name: str, samples: list[float]) -> bool:
    p50, p99 = pct(samples, 50), pct(samples, 99)
    ok = p99 < TARGET_MS
    print(
        f"  {name:<48} p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  max {max(samples):7.2f} ms"
        f"  {'ok' if ok else 'OVER TARGET'}"
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sales", type=int, default=200_000)
    parser.add_argument("--n", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        till = make_till(Path(tmp) / "home")
        t0 = time.perf_counter()
        fill(till, args.sales)
        print(f"{args.sales:,} sales written in {time.perf_counter() - t0:.1f} s")
        ctx = till.ctx(till.cashier)
        info = receipts.find_sale(ctx, "1")  # warm the connection pool and caches
        assert info is not None
        code_prefix = "ALM-01/1/"
        rng = random.Random(13)
        numbers = [rng.randint(1, args.sales) for _ in range(args.n)]
        with till.db.engine.connect() as conn:
            plan = conn.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT id FROM sales "
                    "WHERE register_id = :r AND receipt_no = :n"
                ),
                {"r": till.identity.register_id.hex, "n": 42},
            ).all()
        print("lookup plan:", "; ".join(str(row[-1]) for row in plan))
        print(f"finding a receipt among {args.sales:,} ({args.n} random receipts):")
        ok = report("by number typed", timed(lambda n: receipts.find_sale(ctx, str(n)), numbers))
        ok &= report(
            "by scanned code (ALM-01/1/N)",
            timed(lambda n: receipts.find_sale(ctx, f"{code_prefix}{n}"), numbers),
        )
        ok &= report(
            "return dialog on Enter: find + lines left (code)",
            timed(
                lambda n: returns.returnable(ctx, receipts.find_sale(ctx, f"{code_prefix}{n}")),
                numbers,
            ),
        )
        till.db.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
