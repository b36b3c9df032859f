"""Fiscal benchmark: from record_sale to the printed fiscal receipt, and draining a backlog.

    .venv/bin/python bench/fiscal_bench.py [--sales 200] [--backlog 500]

A real SQLCipher till connected (Webkassa adapter) to the local stand-in on loopback and
printing to the TCP test printer. Per sale, what F12 starts: `record_sale` (the sale and
its fiscal document in one unit of work), the fiscal call through the drain (result
stored, outbox event), then the receipt printed (layout, QR, bytes delivered). Prints
p50/p99. Then an outage: `--backlog` sales recorded while the service answers 5xx, and
the time to drain them all, in order, when it is back.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fiscal.connect import FiscalLink
from pos.domain.enums import PaymentMethod
from pos.services import fiscal, sales
from pos.services.sales import LineInput, NewSale
from printing.service import PrintService
from tests.support.kkm_standin import API_KEY, CASHBOX, LOGIN, PASSWORD, KkmStandin
from tests.support.printer import FakePrinter, set_printer
from tests.support.tills import make_till


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def sale(n: int) -> NewSale:
    return NewSale(
        lines=(
            LineInput("Чай зелёный 100 г", 1 + n % 3, 1_290_00, barcode="4870001000011"),
            LineInput("Кабель USB-C 1 м", 1, 1_990_00, barcode="4870001000165"),
        ),
        payment=PaymentMethod.CASH,
        tendered_tiyn=10_000_00,
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sales", type=int, default=200)
    parser.add_argument("--backlog", type=int, default=500)
    args = parser.parse_args()
    os.environ["POS_FISCAL_PASSWORD"] = PASSWORD
    os.environ["POS_FISCAL_API_KEY"] = API_KEY
    with tempfile.TemporaryDirectory() as tmp, KkmStandin() as kkm:
        printer = FakePrinter().start()
        try:
            till = make_till(Path(tmp) / "till")
            fiscal.configure(till.ctx(), "webkassa", url=kkm.url, cashbox=CASHBOX, login=LOGIN)
            set_printer(till, printer.url)
            ctx = till.ctx(till.cashier)
            service = PrintService.for_till(ctx, till.paths)
            link = FiscalLink()
            times: list[float] = []
            fiscal_only: list[float] = []
            for n in range(args.sales):
                start = time.perf_counter()
                view = sales.record_sale(ctx, sale(n))
                t1 = time.perf_counter()
                report = link.send_waiting(ctx)
                t2 = time.perf_counter()
                assert report.ok and len(report.done) == 1, report
                assert service.print_receipt(view.id).ok
                times.append(time.perf_counter() - start)
                fiscal_only.append(t2 - t1)
            print(
                f"record_sale -> fiscal result -> printed receipt, {args.sales} sales: "
                f"p50 {pct(times, 50) * 1000:.1f} ms, p99 {pct(times, 99) * 1000:.1f} ms "
                f"(the fiscal call alone: p50 {pct(fiscal_only, 50) * 1000:.1f} ms, "
                f"p99 {pct(fiscal_only, 99) * 1000:.1f} ms)"
            )

            kkm.fault("5xx", times=10**6)  # the service is down: sales go on, pending
            start = time.perf_counter()
            for n in range(args.backlog):
                sales.record_sale(ctx, sale(n))
            recorded = time.perf_counter() - start
            assert link.send_waiting(ctx).fault is not None
            assert fiscal.status(ctx).pending == args.backlog
            kkm.state.faults.clear()
            start = time.perf_counter()
            report = link.send_waiting(ctx)
            drained = time.perf_counter() - start
            assert report.ok and len(report.done) == args.backlog
            assert fiscal.status(ctx).pending == 0
            print(
                f"outage: {args.backlog} sales recorded as pending in {recorded:.2f} s; "
                f"drained in order in {drained:.2f} s "
                f"({drained / args.backlog * 1000:.1f} ms a document)"
            )
            link.close()
        finally:
            printer.stop()
            till.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
