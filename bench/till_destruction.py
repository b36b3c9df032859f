"""Till destruction benchmark: `destroy_buyer` p50/p99 on a till with a million buyers.

    .venv/bin/python -m bench.till_destruction [--buyers 1000000] [--base 5000]
        [--sample 200] [--work /tmp/till-destruction] [--verify]

Seeding a million buyers through the services takes hours, so the till is built in two
steps. A base of `--base` buyers (two sales each) is seeded through the real services
(`pos.seed.seed`), so every table is filled the way the app fills it: consents and their
purposes and events, sales with lines, credits, courier hand-overs in the disclosure
register, signed slips, per-buyer link keys, sealed audit entries and their audit links.
The base is then copied until there are `--buyers` buyers, in one SQLCipher connection:

* plain tables by INSERT ... SELECT, each copy's ids being the base ids with the last
  32 bits replaced by the copy number (so buyer, consent and sale ids stay consistent
  across tables and unique); each copy gets fresh valid IINs and phone numbers (unique
  index, search keys recomputed) and receipt numbers shifted past the base's (the
  receipt counter is moved on, so a new sale does not collide);
* per-buyer link keys are fresh random keys; signed slips and sealed audit entries are
  opened with the base buyer's key, their ids re-pointed, and sealed again under the
  copy's key with the new entry's seq; every copied audit entry is appended to the hash
  chain in Python (new seq, prev hash, hash), so the chain verifies end to end
  (`--verify` walks it) and a copied buyer's audit history opens like a real one.

Not copied: the outbox. A till in sync holds only unsent and recently acknowledged events
(retention prunes the rest), so the outbox keeps the base's events only. Copies share the
base's timestamps (sales and audit entries of a copy are not in time order with the other
copies); nothing in destruction reads by time. `print_jobs` is empty: the seed prints
nothing (destruction deletes the buyer's jobs by `subject_id`, which has no index, so
that statement scans print_jobs; retention keeps the table small on a real till).

The built file is cached under `--work` (keyed by buyers and base), so a rerun only
measures. Measuring works on a copy of it, so every run destroys buyers of the same till.
Each sampled buyer (random, without an outstanding credit, which would refuse
destruction) is destroyed in its own `destroy_buyer` call as a store admin, as the rights
window does; the WAL checkpoint (TRUNCATE) that call ends with is timed on its own too.
Not part of the test run; prints figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import shutil
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlcipher3
from sqlalchemy import event, select, text

from pos.domain.contact import phone_digits
from pos.domain.enums import Sex
from pos.domain.iin import make_iin
from pos.seed import MOBILE_PREFIXES, seed
from pos.services import policies
from pos.services.context import ServiceContext
from pos.services.privacy import destroy_buyer
from pos.services.setup import create_till, till_identity
from pos.storage import audit, sealing
from pos.storage.database import Database, open_database, quote_key
from pos.storage.models import AuditEntry

KEY = "bench-key-not-secret"
SALES_PER_BUYER = 2

# Columns holding ids of rows that are copied (re-pointed in each copy); ids of the
# store, register, staff, policy and products are shared by every copy.
COPIED: dict[str, tuple[str, ...]] = {
    "buyers": ("id",),
    "buyer_name_keys": ("buyer_id",),
    "consents": ("id", "buyer_id"),
    "consent_purposes": ("consent_id",),
    "consent_events": ("id", "consent_id", "buyer_id"),
    "buyer_purposes": ("buyer_id", "consent_id"),
    "sales": ("id", "buyer_id", "consent_id"),
    "sale_lines": ("id", "sale_id"),
    "credit_arrangements": ("id", "sale_id", "buyer_id"),
    "disclosures": ("id", "buyer_id", "sale_id"),
    "subject_requests": ("id", "buyer_id"),
}
# Tables whose own ids appear in sealed and audited text and must be re-pointed there.
OWN_IDS = [t for t, cols in COPIED.items() if "id" in cols]
UUID_TEXT = re.compile(
    r"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4})([0-9a-f]{8})"
)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def connect(path: Path) -> Any:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = {quote_key(KEY)}")
    return conn


def dashed(hex32: str) -> str:
    return str(uuid.UUID(hex32))


# --- the base, through the services -------------------------------------------------


def seed_base(path: Path, buyers: int) -> float:
    started = time.perf_counter()
    tmp = path.with_suffix(".partial")
    for leftover in tmp.parent.glob(tmp.name + "*"):
        leftover.unlink()
    db, ident = create_till(
        tmp,
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
    ctx = ServiceContext(db, ident.admin_actor())
    policies.import_policy(
        ctx, "Bench policy.\n", label="B-1", effective=dt.date(2024, 1, 1), language="ru"
    )
    seed(ctx, buyers=buyers, sales=SALES_PER_BUYER * buyers, seed=1)
    db.checkpoint()
    db.close()
    tmp.rename(path)
    return time.perf_counter() - started


# --- multiplying it ------------------------------------------------------------------


class Multiplier:
    """Appends copies of the base rows (all rows present when it starts) to the file."""

    def __init__(self, conn: Any, typed_audit: dict[int, AuditEntry]) -> None:
        self.conn = conn
        self.rng = random.Random(7)
        c = conn
        self.columns = {
            t: [r[1] for r in c.execute(f"PRAGMA table_info({t})").fetchall()] for t in COPIED
        }
        for table in COPIED:
            c.execute(f"CREATE TEMP TABLE base_{table} AS SELECT * FROM main.{table}")
        c.execute(
            "CREATE TEMP TABLE ident (old_id TEXT PRIMARY KEY, iin TEXT, phone TEXT, phone_rev TEXT)"
        )
        self.copied_ids: set[str] = set()
        for table in OWN_IDS:
            self.copied_ids.update(r[0] for r in c.execute(f"SELECT id FROM base_{table}"))
        self.people = c.execute(
            "SELECT id, iin, birth_date, sex, phone FROM base_buyers ORDER BY id"
        ).fetchall()
        self.iins = {r[0] for r in c.execute("SELECT iin FROM buyers WHERE iin IS NOT NULL")}
        self.phones = {r[0] for r in c.execute("SELECT phone FROM buyers WHERE phone IS NOT NULL")}
        self.keys: dict[str, bytes] = {
            b: k for b, k in c.execute("SELECT buyer_id, key FROM buyer_link_keys")
        }
        self.key_created = dict(c.execute("SELECT buyer_id, created_at FROM buyer_link_keys"))
        self.slips = c.execute("SELECT consent_id, buyer_id, sealed FROM signed_slips").fetchall()
        links = dict(c.execute("SELECT seq, buyer_id FROM audit_links"))
        self.receipt_counter, self.receipts = c.execute(
            "SELECT name, value FROM counters WHERE name LIKE 'receipt:%'"
        ).fetchone()
        # The audit entries about copied rows, with their typed values for the hash.
        self.entries: list[tuple[tuple[Any, ...], AuditEntry, str | None]] = []
        for raw in c.execute(
            "SELECT seq, at, store_id, register_id, actor, action, entities, fields "
            "FROM audit_entries ORDER BY seq"
        ):
            seq, entities_text = raw[0], raw[6]
            owner = links.get(seq)
            if owner is None and not any(
                (m.group(1) + m.group(2)).replace("-", "") in self.copied_ids
                for m in UUID_TEXT.finditer(entities_text)
            ):
                continue  # the till's own set-up entries (till, policy, catalog)
            self.entries.append((raw, typed_audit[seq], owner))
        self.head_seq, self.head_hash = c.execute(
            "SELECT seq, hash FROM audit_head WHERE id = 1"
        ).fetchone()

    def remap(self, text: str, suffix: str) -> str:
        def one(m: re.Match[str]) -> str:
            if (m.group(1) + m.group(2)).replace("-", "") in self.copied_ids:
                return m.group(1) + suffix
            return m.group(0)

        return UUID_TEXT.sub(one, text)

    def _identities(self, suffix: str) -> list[tuple[str, str | None, str | None, str | None]]:
        rng = self.rng
        out = []
        for old_id, iin, birth, sex, phone in self.people:
            new_iin = None
            if iin is not None:
                born = dt.date.fromisoformat(birth)
                # The IIN's seventh digit carries the sex (odd: male) when the row does not.
                who = Sex(sex) if sex else (Sex.MALE if int(iin[6]) % 2 else Sex.FEMALE)
                while True:
                    new_iin = make_iin(born, who, rng.randint(0, 9999))
                    if new_iin is not None and new_iin not in self.iins:
                        self.iins.add(new_iin)
                        break
            new_phone = None
            if phone is not None:
                while True:
                    new_phone = (
                        "+7" + rng.choice(MOBILE_PREFIXES) + f"{rng.randint(0, 9_999_999):07d}"
                    )
                    if new_phone not in self.phones:
                        self.phones.add(new_phone)
                        break
            rev = phone_digits(new_phone)[::-1] if new_phone else None
            out.append((old_id, new_iin, new_phone, rev))
        return out

    def copy(self, k: int) -> int:
        """Append copy number k (1, 2, ...) in one transaction; returns the rows written."""
        c = self.conn
        suffix = f"{k:08x}"
        written = 0
        c.execute("BEGIN")
        c.execute("DELETE FROM temp.ident")
        c.executemany("INSERT INTO temp.ident VALUES (?, ?, ?, ?)", self._identities(suffix))
        for table, id_cols in COPIED.items():
            exprs = []
            for col in self.columns[table]:
                if col in id_cols:
                    exprs.append(
                        f"CASE WHEN b.{col} IS NULL THEN NULL ELSE substr(b.{col}, 1, 24) || :sfx END"
                    )
                elif table == "buyers" and col in ("iin", "phone", "phone_rev"):
                    exprs.append(f"i.{col}")
                elif table == "sales" and col == "receipt_no":
                    exprs.append(f"b.receipt_no + {k * self.receipts}")
                else:
                    exprs.append(f"b.{col}")
            join = " JOIN temp.ident i ON i.old_id = b.id" if table == "buyers" else ""
            cur = c.execute(
                f"INSERT INTO main.{table} ({', '.join(self.columns[table])}) "
                f"SELECT {', '.join(exprs)} FROM temp.base_{table} b{join}",
                {"sfx": suffix},
            )
            written += cur.rowcount

        new_keys = {b: sealing.new_key() for b in self.keys}

        def moved(hex32: str) -> str:
            return hex32[:24] + suffix

        c.executemany(
            "INSERT INTO buyer_link_keys (buyer_id, key, created_at) VALUES (?, ?, ?)",
            [(moved(b), key, self.key_created[b]) for b, key in new_keys.items()],
        )
        slips = []
        for consent_id, buyer_id, sealed in self.slips:
            plain = sealing.unseal(self.keys[buyer_id], sealed, f"slip:{dashed(consent_id)}")
            assert plain is not None, "a base slip does not open under its buyer's key"
            new_consent = moved(consent_id)
            slips.append(
                (
                    new_consent,
                    moved(buyer_id),
                    sealing.seal(
                        new_keys[buyer_id],
                        self.remap(plain.decode(), suffix).encode(),
                        f"slip:{dashed(new_consent)}",
                    ),
                )
            )
        c.executemany(
            "INSERT INTO signed_slips (consent_id, buyer_id, sealed) VALUES (?, ?, ?)", slips
        )

        rows, links = [], []
        seq, prev = self.head_seq, self.head_hash
        for raw, typed, owner in self.entries:
            seq += 1
            old_seq, at_raw, store_raw, register_raw, actor, action, entities_text, fields_raw = raw
            if owner is not None:
                sealed_text = json.loads(entities_text)[audit.SEALED]
                plain = sealing.unseal(
                    self.keys[owner], sealing.from_text(sealed_text), f"audit:{old_seq}"
                )
                assert plain is not None, "a base audit entry does not open under its key"
                resealed = sealing.seal(
                    new_keys[owner], self.remap(plain.decode(), suffix).encode(), f"audit:{seq}"
                )
                entities: dict[str, Any] = {audit.SEALED: sealing.to_text(resealed)}
                links.append((seq, moved(owner)))
            else:
                entities = json.loads(self.remap(entities_text, suffix))
            digest = audit.entry_hash(
                seq=seq,
                at=typed.at,
                store_id=typed.store_id,
                register_id=typed.register_id,
                actor=actor,
                action=action,
                entities=entities,
                fields=typed.fields,
                prev_hash=prev,
            )
            rows.append(
                (
                    seq,
                    at_raw,
                    store_raw,
                    register_raw,
                    actor,
                    action,
                    json.dumps(entities),
                    fields_raw,
                    prev,
                    digest,
                )
            )
            prev = digest
        c.executemany(
            "INSERT INTO audit_entries (seq, at, store_id, register_id, actor, action, "
            "entities, fields, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        c.executemany("INSERT INTO audit_links (seq, buyer_id) VALUES (?, ?)", links)
        c.execute("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", (seq, prev))
        c.execute(
            "UPDATE counters SET value = ? WHERE name = ?",
            ((k + 1) * self.receipts, self.receipt_counter),
        )
        c.execute("COMMIT")
        self.head_seq, self.head_hash = seq, prev
        return written + len(new_keys) + len(slips) + len(rows) + len(links)


def typed_audit_entries(path: Path) -> dict[int, AuditEntry]:
    db = open_database(path, KEY)
    try:
        with db.read_session() as s:
            entries = s.scalars(select(AuditEntry)).all()
            s.expunge_all()
            return {e.seq: e for e in entries}
    finally:
        db.close()


def build(path: Path, base: Path, base_buyers: int, buyers: int) -> dict[str, Any]:
    copies = max(1, round(buyers / base_buyers)) - 1
    tmp = path.with_suffix(".partial")
    for leftover in tmp.parent.glob(tmp.name + "*"):
        leftover.unlink()
    shutil.copyfile(base, tmp)
    started = time.perf_counter()
    typed = typed_audit_entries(tmp)
    conn = connect(tmp)
    # Bulk load: nothing to recover if it fails (the partial file is rebuilt), and foreign
    # keys are consistent by construction; the product's settings come back below.
    for pragma in (
        "journal_mode = OFF",
        "synchronous = OFF",
        "foreign_keys = OFF",
        "temp_store = MEMORY",
        "cache_size = -1048576",
    ):
        conn.execute(f"PRAGMA {pragma}")
    m = Multiplier(conn, typed)
    rows = 0
    for k in range(1, copies + 1):
        rows += m.copy(k)
        if k % 5 == 0 or k == copies:
            elapsed = time.perf_counter() - started
            print(
                f"  copy {k}/{copies}: {(k + 1) * base_buyers:,} buyers, {rows:,} rows "
                f"in {elapsed:,.0f} s (about {elapsed / k * (copies - k):,.0f} s left)",
                flush=True,
            )
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    seconds = time.perf_counter() - started
    tmp.rename(path)
    return {"copies": copies, "rows_added": rows, "multiply_seconds": round(seconds, 1)}


# --- what the data looks like --------------------------------------------------------


TABLES = (
    "buyers",
    "buyer_name_keys",
    "consents",
    "consent_purposes",
    "consent_events",
    "buyer_purposes",
    "signed_slips",
    "buyer_link_keys",
    "sales",
    "sale_lines",
    "credit_arrangements",
    "disclosures",
    "subject_requests",
    "audit_entries",
    "audit_links",
    "outbox_events",
    "erasures",
)


def describe(path: Path) -> dict[str, int]:
    conn = connect(path)
    try:
        out = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        out["credit buyers (active)"] = conn.execute(
            "SELECT count(DISTINCT buyer_id) FROM credit_arrangements WHERE status = 'active'"
        ).fetchone()[0]
        out["buyers with an IIN"] = conn.execute(
            "SELECT count(*) FROM buyers WHERE iin IS NOT NULL"
        ).fetchone()[0]
        return out
    finally:
        conn.close()


def spot_check(path: Path, copies: int, verify: bool) -> str:
    """A copied buyer's sealed history and slip open like a real one; optionally the chain."""
    db = open_database(path, KEY)
    try:
        with db.read_session() as s:
            buyer_hex = s.execute(
                text("SELECT buyer_id FROM audit_links ORDER BY seq DESC LIMIT 1")
            ).scalar_one()
            assert buyer_hex.endswith(f"{copies:08x}") or copies == 0
            buyer = uuid.UUID(buyer_hex)
            opened = audit.buyer_entries(s, buyer)
            assert any(e.entities.get("buyer") == str(buyer) for e in opened)
            slip_consent, slip_sealed = s.execute(
                text("SELECT consent_id, sealed FROM signed_slips WHERE buyer_id = :b"),
                {"b": buyer_hex},
            ).one()
            key = sealing.existing_key(s, buyer)
            assert key is not None
            content = sealing.unseal(key, slip_sealed, f"slip:{dashed(slip_consent)}")
            assert content is not None and dashed(slip_consent) in content.decode()
            note = f"last copied buyer: {len(opened)} audit entries open, signed slip opens"
            if verify:
                t = time.perf_counter()
                report = audit.verify_chain(s)
                note += (
                    f"; audit chain {'verifies' if report.ok else 'BROKEN: ' + str(report.problem)}"
                    f" ({report.entries:,} entries, {time.perf_counter() - t:,.0f} s)"
                )
        return note
    finally:
        db.close()


# --- measuring -----------------------------------------------------------------------


def sample_buyers(path: Path, n: int, rng: random.Random) -> list[uuid.UUID]:
    """Random buyers without an active credit (destruction would be refused for those)."""
    conn = connect(path)
    try:
        top = conn.execute("SELECT max(rowid) FROM buyers").fetchone()[0]
        picked: dict[str, None] = {}
        while len(picked) < n:
            row = conn.execute(
                "SELECT id FROM buyers WHERE rowid >= ? ORDER BY rowid LIMIT 1",
                (rng.randint(1, top),),
            ).fetchone()
            if row is None or row[0] in picked:
                continue
            owes = conn.execute(
                "SELECT 1 FROM credit_arrangements WHERE buyer_id = ? AND status = 'active'",
                (row[0],),
            ).fetchone()
            if owes is None:
                picked[row[0]] = None
        return [uuid.UUID(h) for h in picked]
    finally:
        conn.close()


def profile_statements(db: Database, spent: dict[str, list[float]]) -> None:
    """Collect the time of each SQL statement (by its text), to name the slow ones."""

    @event.listens_for(db.engine, "before_cursor_execute")
    def _before(conn: Any, _cur: Any, _stmt: str, _params: Any, context: Any, _many: bool) -> None:
        conn.info.setdefault("bench_t", []).append(time.perf_counter())

    @event.listens_for(db.engine, "after_cursor_execute")
    def _after(conn: Any, _cur: Any, stmt: str, _params: Any, context: Any, _many: bool) -> None:
        started = conn.info["bench_t"].pop()
        spent.setdefault(" ".join(stmt.split()), []).append((time.perf_counter() - started) * 1000)


def measure(path: Path, sample: int, seed_: int, profile: bool) -> dict[str, Any]:
    victims = sample_buyers(path, sample, random.Random(seed_))
    db = open_database(path, KEY)
    spent: dict[str, list[float]] = {}
    if profile:
        profile_statements(db, spent)
    ident = till_identity(db)
    ctx = ServiceContext(db, ident.admin_actor())
    checkpoints: list[float] = []
    plain_checkpoint: Callable[..., bool] = db.checkpoint

    def timed_checkpoint(**kwargs: Any) -> bool:
        t = time.perf_counter()
        try:
            return plain_checkpoint(**kwargs)
        finally:
            checkpoints.append((time.perf_counter() - t) * 1000)

    db.checkpoint = timed_checkpoint  # type: ignore[method-assign]
    totals, per_call = [], []
    try:
        for i, buyer_id in enumerate(victims):
            before = len(checkpoints)
            t = time.perf_counter()
            destroy_buyer(ctx, buyer_id, reason=f"Заявление BENCH-{i + 1}", expressed_by="buyer")
            totals.append((time.perf_counter() - t) * 1000)
            # The unit of work checkpoints after its commit and destroy_buyer once more
            # (then on an empty WAL): both count as the checkpoint's share.
            per_call.append(sum(checkpoints[before:]))
    finally:
        db.close()
    without = [a - b for a, b in zip(totals, per_call, strict=True)]
    return {"total": totals, "checkpoint": per_call, "transaction": without, "spent": spent}


def fmt(values: list[float]) -> str:
    return (
        f"p50 {statistics.median(values):7.1f} ms   p99 {pct(values, 99):7.1f} ms   "
        f"max {max(values):7.1f} ms"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--buyers", type=int, default=1_000_000)
    ap.add_argument("--base", type=int, default=5_000, help="buyers seeded through the services")
    ap.add_argument("--sample", type=int, default=200, help="buyers destroyed")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--work", type=Path, default=Path("/tmp/till-destruction"))
    ap.add_argument("--verify", action="store_true", help="walk the whole audit chain too")
    ap.add_argument("--keep", action="store_true", help="keep the measured copy (run.db)")
    ap.add_argument("--profile", action="store_true", help="name the slowest SQL statements")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)

    base = args.work / f"base-{args.base}.db"
    base_info = args.work / f"base-{args.base}.json"
    if not base.exists():
        print(f"seeding the base: {args.base:,} buyers, {SALES_PER_BUYER * args.base:,} sales")
        seconds = seed_base(base, args.base)
        base_info.write_text(json.dumps({"seed_seconds": round(seconds, 1)}))
    base_seconds = json.loads(base_info.read_text())["seed_seconds"]

    built = args.work / f"till-{args.buyers}-base{args.base}.db"
    built_info = built.with_suffix(".json")
    if not built.exists():
        print(f"multiplying the base to {args.buyers:,} buyers ...", flush=True)
        info = build(built, base, args.base, args.buyers)
        built_info.write_text(json.dumps(info))
    info = json.loads(built_info.read_text())
    print(
        f"build: base seeded in {base_seconds:,.0f} s through the services, "
        f"{info['copies']} copies added in {info['multiply_seconds']:,.0f} s "
        f"({info['rows_added']:,} rows)"
    )
    print(f"till: {built} ({built.stat().st_size / 2**20:,.0f} MiB)")
    for name, count in describe(built).items():
        print(f"  {name:24} {count:>12,}")
    print("  " + spot_check(built, info["copies"], args.verify))

    run = args.work / "run.db"
    for leftover in args.work.glob("run.db*"):
        leftover.unlink()
    shutil.copyfile(built, run)
    try:
        result = measure(run, args.sample, args.seed, args.profile)
        buyers_after = describe(run)["buyers"]
        size = run.stat().st_size
    finally:
        if not args.keep:
            for leftover in args.work.glob("run.db*"):
                leftover.unlink()
    print(
        f"destroy_buyer, {args.sample} random buyers without obligations, one call each "
        f"(store admin):"
    )
    print(f"  whole call              {fmt(result['total'])}")
    print(f"  transaction             {fmt(result['transaction'])}")
    print(f"  WAL checkpoint (inside) {fmt(result['checkpoint'])}")
    print(
        f"  first call {result['total'][0]:.1f} ms (cold); file {size / 2**20:,.0f} MiB, "
        f"{buyers_after:,} buyers left"
    )
    if result["spent"]:
        print("  slowest statements (total over the sample; the commit is not a statement):")
        top = sorted(result["spent"].items(), key=lambda kv: -sum(kv[1]))[:10]
        for stmt, times in top:
            print(f"  {sum(times):9.1f} ms  {len(times):5} x  max {max(times):7.1f}  {stmt[:110]}")
        print("  their query plans on the built till (EXPLAIN QUERY PLAN):")
        conn = connect(built)
        try:
            for stmt, _ in top:
                if stmt.startswith("INSERT"):
                    continue
                plan = conn.execute(
                    f"EXPLAIN QUERY PLAN {stmt}", (None,) * stmt.count("?")
                ).fetchall()
                print(f"    {stmt[:70]}: " + "; ".join(str(r[-1]) for r in plan))
        finally:
            conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
