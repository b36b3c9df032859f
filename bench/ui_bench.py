"""Cashier window benchmark: cold start, buyer search as you type, memory.

    .venv/bin/python bench/ui_bench.py [--db-home DIR --key KEY] [--runs 5] [--queries 30]
    xvfb-run -a .venv/bin/python bench/ui_bench.py ...   (on a real X server instead of offscreen)

Cold start: the window is started as a new process on a demo till by `bench.ui_probe`,
which opens it exactly as `pos gui` does and reports when it was shown, when the sign-in
screen was usable and when the sale screen was usable after a cashier's PIN
(POS_UI_PROBE=...). Target: sale screen under 1.5 s.

Search as you type: the window is built in this process over --db-home (a till folder
holding pos.db, or the spine benchmark's folder holding encrypted.db; a million buyers is
the target) and queries are typed key by key, 60 ms apart, into the buyer search field.
The figure is the time from the last keystroke to its results being shown (target under
100 ms), with the GUI stalls the watchdog saw. Only reads: nothing is written to the file.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEMO_KEY = "demo-till-key-not-secret"
TYPING_GAP_MS = 60


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def qt_env() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


# --- cold start ---------------------------------------------------------------------------


def demo_home(base: Path) -> Path:
    home = base / "demo"
    if not (home / "pos.db").exists():
        env = {**os.environ, "POS_HOME": str(home), "POS_DB_KEY": DEMO_KEY}
        subprocess.run([sys.executable, "-m", "till.demo"], env=env, check=True, cwd=ROOT)
    return home


def one_start(command: list[str], home: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe.jsonl"
        env = {
            **qt_env(),
            "POS_HOME": str(home),
            "POS_DB_KEY": DEMO_KEY,
            "POS_UI_PROBE": str(probe),
            "POS_UI_PROBE_PIN": "4071",
        }
        started = time.time()
        subprocess.run(command, env=env, check=True, cwd=ROOT, timeout=60, capture_output=True)
        marks = [json.loads(line) for line in probe.read_text().splitlines()]
    out = {m["event"]: (m["t"] - started) * 1000 for m in marks}
    out["rss_mib"] = max((m.get("rss_kib") or 0) for m in marks) / 1024
    return out


def cold_start(label: str, command: list[str], home: Path, runs: int) -> None:
    results = [one_start(command, home) for _ in range(runs)]
    print(f"cold start, {label} ({runs} runs; first run {results[0]['sale_ready']:.0f} ms):")
    for event in ("window_shown", "login_ready", "sale_ready"):
        values = [r[event] for r in results]
        print(
            f"  {event:<13} median {statistics.median(values):6.0f} ms  min {min(values):6.0f} ms"
        )
    print(
        f"  memory at the sale screen: {statistics.median(r['rss_mib'] for r in results):.0f} MiB RSS"
    )


# --- search as you type -------------------------------------------------------------------


def search_as_you_type(db_home: Path, key: str, queries: int) -> None:
    os.environ.update({k: v for k, v in qt_env().items() if k == "QT_QPA_PLATFORM"})
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from pos.config import TillPaths
    from pos.domain.enums import Role
    from pos.domain.views import StaffInfo
    from pos.services.setup import till_identity
    from pos.storage.database import open_database
    from ui.app import build_window
    from ui.state import TillHandle
    from ui.watchdog import StallWatchdog

    path = db_home / "pos.db" if (db_home / "pos.db").exists() else db_home / "encrypted.db"
    app = QApplication.instance() or QApplication(["ui-bench"])
    db = open_database(path, key)
    identity = till_identity(db)
    window = build_window(TillHandle(TillPaths(db_home), db, identity), language="ru")
    stalls: list[float] = []
    stacks: list[str] = []

    def stalled(seconds: float, stack: str) -> None:
        stalls.append(seconds * 1000)
        stacks.append(stack)

    dog = StallWatchdog(report=stalled)

    def pump(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    try:
        window.show()
        window.start()
        while not window.login.ready:
            pump(10)
        admin = identity.admin_actor()
        window.state.sign_in(admin, StaffInfo(identity.admin_staff_id, "bench", Role.STORE_ADMIN))
        ctx = window.state.ctx()
        with db.read_session() as session:
            from sqlalchemy import func, select

            from pos.storage.models import Buyer

            total = session.scalar(select(func.count()).select_from(Buyer)) or 0
        samples = sample_queries(ctx, queries)
        search = window.sale.buyer.buyer_panel.search
        field = search.field
        shown: dict[str, float] = {}
        search.results_shown.connect(
            lambda _found: shown.setdefault(search._shown_for, time.perf_counter())
        )
        latencies: dict[str, list[float]] = {}
        found_counts: dict[str, list[int]] = {}
        pump(200)
        dog.start()
        for kind, text in samples:
            search.clear()
            shown.clear()
            pump(30)
            for ch in text:
                field.insert(ch)  # what a key press does to the field
                last_key = time.perf_counter()
                pump(TYPING_GAP_MS)
            deadline = time.perf_counter() + 10
            while text not in shown and time.perf_counter() < deadline:
                pump(1)
            latencies.setdefault(kind, []).append((shown.get(text, deadline) - last_key) * 1000)
            found_counts.setdefault(kind, []).append(search.results.count())
        dog.stop()
        print(
            f"search as you type over {total:,} buyers ({path.name}), keys {TYPING_GAP_MS} ms apart:"
        )
        for kind, values in latencies.items():
            print(
                f"  {kind:<13} n={len(values):3d}  last key -> results shown: p50 {pct(values, 50):5.1f} ms"
                f"  p95 {pct(values, 95):5.1f} ms  max {max(values):5.1f} ms"
                f"  (results shown: {statistics.median(found_counts[kind]):.0f})"
            )
        print(
            f"  GUI stalls over 100 ms while typing: {len(stalls)}"
            + (f" (longest {max(stalls):.0f} ms)" if stalls else "")
        )
        if stacks and os.environ.get("POS_DEBUG"):
            print("  where the GUI thread was:\n" + "\n".join(stacks))
        print(
            f"  memory of the running window with this database open: {rss_kib() / 1024:.0f} MiB RSS"
        )
    finally:
        dog.stop()
        window.shutdown()
        window.close()
        db.close()
        app.processEvents()


def sample_queries(ctx: Any, n: int) -> list[tuple[str, str]]:
    """Queries a cashier would type, built from buyers that exist (plain reads: no audit,
    no write lock, so a database being seeded meanwhile is not disturbed)."""
    from sqlalchemy import select

    from pos.services import buyers
    from pos.storage.models import Buyer

    rng = random.Random(7)
    ids = []
    for prefix in ("Ах", "Ну", "Се", "Ка", "Иван", "Ас", "Ер", "Жу", "Са", "Ол", "Бе", "Да"):
        ids += [s.id for s in buyers.find_buyers(ctx, prefix, limit=50)]
    rng.shuffle(ids)
    with ctx.db.read_session() as session:
        rows = session.execute(
            select(Buyer.surname, Buyer.given_name, Buyer.phone, Buyer.iin).where(
                Buyer.id.in_(ids[:n])
            )
        ).all()
    out: list[tuple[str, str]] = []
    for surname, given_name, phone, iin in rows:
        if surname:
            out.append(("name prefix", surname[:5]))
        if surname and given_name:
            out.append(("surname+name", f"{surname} {given_name[:3]}"))
        if phone:
            out.append(("phone last 4", phone[-4:]))
        if iin:
            out.append(("IIN", iin))
    rng.shuffle(out)
    return out[: n * 3]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db-home", type=Path, help="till folder for the search benchmark")
    ap.add_argument("--key", default=os.environ.get("POS_DB_KEY") or "bench-key-not-secret")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--queries", type=int, default=30)
    ap.add_argument("--dir", type=Path, default=ROOT / ".bench" / "ui")
    ap.add_argument("--skip-start", action="store_true", help="only the search benchmark")
    ap.add_argument("--skip-search", action="store_true", help="only the cold start")
    args = ap.parse_args(argv)
    platform = "X11" if "QT_QPA_PLATFORM" not in qt_env() else "offscreen"
    print(f"Qt platform: {platform}")
    args.dir.mkdir(parents=True, exist_ok=True)
    if not args.skip_start:
        home = demo_home(args.dir)
        # The probe opens the window exactly as `pos gui` does, plus its timing marks.
        cold_start("from source", [sys.executable, "-m", "bench.ui_probe"], home, args.runs)
    if args.skip_search:
        return 0
    db_home = args.db_home
    key = args.key
    if db_home is None:
        spine = ROOT / ".bench" / "spine"
        candidates = sorted(
            spine.glob("*-*/encrypted.db"), key=lambda p: int(p.parent.name.split("-")[0])
        )
        if candidates:
            db_home = candidates[-1].parent
        else:
            db_home, key = demo_home(args.dir), DEMO_KEY
    search_as_you_type(db_home, key, args.queries)
    return 0


if __name__ == "__main__":
    sys.exit(main())
