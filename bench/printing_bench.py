"""Printing benchmark: building and encoding a Kazakh consent slip, p50/p99 and bytes per slip.

    .venv/bin/python bench/printing_bench.py [--n 1000]

Two paths: KZ-1048 text (the printer profile has the Kazakh page) and bitmap (it does not:
Kazakh lines are drawn with the bundled font), each on 80 mm and 58 mm paper. Measured
three ways: the layout and encoding alone from a slip view; the counter path (validate
the draft with `preview_consent`, lay out, encode); and a reprint rebuilt from the stored
consent in a real encrypted till. Target: p99 under 50 ms. Nothing is sent to a printer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pos.domain.enums import Sex
from pos.services.consents import ConsentDraft, preview_consent, record_consent
from pos.services.documents import consent_slip as stored_slip
from printing.docs import consent_slip
from printing.encoder import encode
from printing.model import PrinterModel, printer_model
from printing.samples import DEMO_OPERATOR, demo_slip
from tests.support.tills import CREDIT, credit_buyer, make_till, valid_iin

PATHS = (
    ("KZ-1048 text", "default", 80),
    ("KZ-1048 text", "default", 58),
    ("bitmap", "TM-T88IV", 80),  # CP866 only, native QR
    ("bitmap", "POS-5890", 58),  # CP1251/CP866, QR drawn too
)
TARGET_MS = 50.0


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed(fn: Callable[[], bytes], n: int) -> tuple[list[float], int]:
    out = []
    size = 0
    for _ in range(n):
        t = time.perf_counter()
        size = len(fn())
        out.append((time.perf_counter() - t) * 1000)
    return out, size


def report(name: str, samples: list[float], size: int) -> bool:
    p50, p99 = pct(samples, 50), pct(samples, 99)
    ok = p99 < TARGET_MS
    print(
        f"  {name:<44} p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  max {max(samples):6.2f} ms"
        f"  {size:>7} bytes  {'ok' if ok else 'OVER TARGET'}"
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1000)
    args = parser.parse_args()
    at = dt.datetime(2025, 3, 15, 9, 5, tzinfo=dt.UTC)
    slip = demo_slip(DEMO_OPERATOR, at)
    models: list[tuple[str, PrinterModel]] = [
        (f"{path}, {profile}, {mm} mm", printer_model(profile, mm)) for path, profile, mm in PATHS
    ]
    ok = True

    print("Kazakh consent slip (credit sale, 5 purposes), layout + encode from the view:")
    for name, model in models:
        t = time.perf_counter()
        encode(consent_slip.build(slip, "kk", model.columns), model)
        first = (time.perf_counter() - t) * 1000
        samples, size = timed(
            lambda m=model: encode(consent_slip.build(slip, "kk", m.columns), m), args.n
        )
        ok &= report(name, samples, size)
        print(f"  {'':<44} first call (fonts, glyph cache) {first:6.2f} ms")

    with tempfile.TemporaryDirectory() as tmp:
        till = make_till(Path(tmp) / "home")
        try:
            ctx = till.ctx(till.manager)
            draft = ConsentDraft(needs=CREDIT, buyer=credit_buyer(), language="kk")
            stored = record_consent(ctx, draft, slip_printed=True).consent_id
            # A second credit buyer (another IIN): preview validates it but writes nothing.
            born = dt.date(1988, 7, 9)
            counter = ConsentDraft(
                needs=CREDIT,
                buyer=credit_buyer(iin=valid_iin(born, Sex.FEMALE), birth_date=born),
                language="kk",
            )
            n_db = max(args.n // 4, 50)
            print(f"At the counter: preview_consent + layout + encode (encrypted till), n={n_db}:")
            for name, model in models:
                samples, size = timed(
                    lambda m=model: encode(
                        consent_slip.build(preview_consent(ctx, counter), "kk", m.columns), m
                    ),
                    n_db,
                )
                ok &= report(name, samples, size)
            print(f"Reprint rebuilt from the stored consent + layout + encode, n={n_db}:")
            for name, model in models:
                samples, size = timed(
                    lambda m=model: encode(
                        consent_slip.build(stored_slip(ctx, stored), "kk", m.columns), m
                    ),
                    n_db,
                )
                ok &= report(name, samples, size)
        finally:
            till.db.close()
    print("all within target" if ok else "SOME OVER TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
