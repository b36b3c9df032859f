"""The `pos` command line as store owners script it (BRIEF section 8).

Each kind of promise a process makes (exit 0 with its output, exit 1 with one line on
stderr and no traceback, exit 2 for usage, no key and no terminal) is checked on a real
`pos` process; the other checks of the same commands run `main()` in this process
(`pos_here`), which is the same code without a second of start-up each.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from pos.storage.database import Database, open_database
from tests.support.cli import CLI_KEY, pos, pos_here
from tests.support.sqlcipher_pages import decrypted_bytes, needles

INIT = (
    "init",
    "--admin",
    "Store admin",
    "--store-id",
    "ALM-01",
    "--store-name",
    "Алматы, ТРЦ Мега",
    "--register-id",
    "2",
    "--operator-name",
    "ТОО «Тест Ритейл»",
    "--operator-bin",
    "000000000000",
    "--operator-email",
    "privacy@test-retail.kz",
    "--operator-address",
    "Алматы, пр. Абая, 1",
)


def sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def copy_home(source: Path, home: Path) -> Path:
    """A copy of a closed till's folder (database, log) for a test that changes it."""
    shutil.copytree(source, home, dirs_exist_ok=True)
    return home


@pytest.fixture(scope="module")
def initialised(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A till right after `pos init` (a real process), for tests to copy."""
    home = tmp_path_factory.mktemp("initialised")
    r = pos(home, *INIT)
    assert r.code == 0, r.err
    return home


@pytest.fixture
def home(initialised: Path, tmp_path: Path) -> Path:
    """This test's own copy of the till after `pos init`."""
    return copy_home(initialised, tmp_path / "home")


@pytest.fixture(scope="module")
def seeded(initialised: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The initialised till after a policy import and `pos seed --buyers 300 --sales 700`."""
    home = copy_home(initialised, tmp_path_factory.mktemp("seeded"))
    policy = home.parent / "policy.txt"
    policy.write_text(
        "Test policy A: purposes sale, delivery, credit, insurance, marketing.\n", encoding="utf-8"
    )
    r = pos_here(
        home,
        "policy",
        "import",
        str(policy),
        "--version",
        "A-1",
        "--effective",
        "2025-01-22",
        "--lang",
        "ru",
    )
    assert r.code == 0, r.err
    r = pos_here(home, "seed", "--buyers", "300", "--sales", "700", "--seed", "3", "--quiet")
    assert r.code == 0, r.err
    assert "seeded 300 buyers and 700 sales" in r.out
    return home


def _open(home: Path) -> Database:
    return open_database(home / "pos.db", CLI_KEY)


def test_init_refuses_to_overwrite(home: Path) -> None:
    before = sha(home / "pos.db")
    r = pos(home, *INIT)
    assert r.code == 1 and "already exists" in r.err and len(r.err.strip().splitlines()) == 1
    assert sha(home / "pos.db") == before


def test_init_without_a_key_and_no_terminal_fails_cleanly(tmp_path: Path) -> None:
    r = pos(tmp_path, *INIT, key=None)
    assert r.code == 1 and "POS_DB_KEY" in r.err and "Traceback" not in r.err
    assert not (tmp_path / "pos.db").exists()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    r = pos(tmp_path, "init", "--store-name", "x")
    assert r.code == 2 and "--store-id" in r.err and len(r.err.strip().splitlines()) == 1
    r = pos_here(tmp_path, "buyer", "withdraw", "x", "--purpose", "loyalty")
    assert r.code == 2 and "unknown purpose 'loyalty'" in r.err


def test_wrong_key_one_line_no_traceback_file_unchanged(seeded: Path) -> None:
    before = sha(seeded / "pos.db")
    for run, command in (
        (pos, ("check",)),
        (pos_here, ("buyer", "find", "асель")),
        (pos_here, ("seed", "--buyers", "1", "--sales", "1")),
    ):
        r = run(seeded, *command, key="definitely-wrong")
        assert r.code == 1
        assert r.err.strip().splitlines() == [
            "pos: cannot open pos.db: wrong key, or the file is not a till database"
        ]
        assert sha(seeded / "pos.db") == before


def test_check_passes_on_a_seeded_till(seeded: Path) -> None:
    r = pos_here(seeded, "check")
    assert r.code == 0, r.err
    assert "audit chain: ok" in r.out and "cipher integrity: ok" in r.out


def test_find_and_report(seeded: Path) -> None:
    r = pos_here(seeded, "buyer", "find", "а")
    assert r.code == 0 and r.out.strip()
    first = r.out.splitlines()[0].split("\t")
    buyer_id = first[0]
    rep = pos_here(seeded, "buyer", "report", buyer_id, "--json")
    assert rep.code == 0, rep.err
    report = json.loads(rep.out)
    assert report["buyer"]["id"] == buyer_id
    assert report["consents"] and report["consents"][0]["policy_label"] == "A-1"
    assert {"purchases", "credits", "disclosures", "requests"} <= set(report)
    assert any(r["kind"] == "access" for r in report["requests"])
    text = pos_here(seeded, "buyer", "report", buyer_id)
    assert text.code == 0 and "Consent by purpose:" in text.out
    missing = pos_here(seeded, "buyer", "report", "00000000-0000-0000-0000-000000000000")
    assert missing.code == 1 and "no buyer with id" in missing.err
    bad = pos_here(seeded, "buyer", "report", "not-a-uuid")
    assert bad.code == 1 and "is not a buyer id" in bad.err


def _personal_values(db: Database, but: str | None = None) -> list[str]:
    """Every buyer's (other than `but`) name, IIN, phone, e-mail and address, read through
    the app (for the byte checks)."""
    from pos.storage.models import Buyer

    with db.read_session() as s:
        values: set[str] = set()
        for b in s.query(Buyer):
            if str(b.id) == but:
                continue
            for v in (b.surname, b.given_name, b.iin, b.phone, b.email, b.delivery_address):
                if v:
                    values.add(v)
    return sorted(values)


def _files_holding(home: Path, values: list[str]) -> dict[str, int]:
    """How often `values` (phones also without their +) occur in each file under `home`."""
    needles = [v.encode() for v in values] + [
        v.lstrip("+").encode() for v in values if v.startswith("+7")
    ]
    # One pass over a file per distinct 4-byte start, not per value (hundreds fewer).
    by_start: dict[bytes, list[bytes]] = {}
    for needle in needles:
        if len(needle) >= 4:
            by_start.setdefault(needle[:4], []).append(needle)
    found = {}
    for path in (p for p in home.rglob("*") if p.is_file()):
        blob = path.read_bytes()
        hits = 0
        for start, group in by_start.items():
            at = blob.find(start)
            while at != -1:
                hits += sum(blob.startswith(n, at) for n in group)
                at = blob.find(start, at + 1)
        if hits:
            found[path.name] = hits  # counts only: the values stay out of test output
    return found


def _not_in_decrypted_pages(home: Path, values: list[str]) -> list[str]:
    """Which `values` a key holder does not find in pos.db and its WAL, decrypted page by
    page (free pages and stale frames included); the values stay out of test output."""
    blob = decrypted_bytes(home / "pos.db", CLI_KEY)
    return [v for v in values if not any(n in blob for n in needles([v]))]


def test_no_personal_data_in_any_file_under_pos_home(seeded: Path, tmp_path: Path) -> None:
    assert pos(seeded, "buyer", "find", "асель").code == 0  # a real process writes its log
    db = _open(seeded)
    try:
        values = _personal_values(db)
    finally:
        db.close()
    distinct = len(values)  # a count only: the values themselves stay out of test output
    assert distinct > 300
    assert "pos.log" in {p.name for p in seeded.rglob("*") if p.is_file()}
    assert _files_holding(seeded, values) == {}
    (tmp_path / "plain.txt").write_text(f"... {values[-1]} ...", encoding="utf-8")
    assert _files_holding(tmp_path, values)  # the scan does see a value in the clear
    # pos.db holds every value, encrypted: decrypted, its pages show each one.
    assert len(_not_in_decrypted_pages(seeded, values)) == 0


def test_seed_right_after_a_bare_init_leaves_no_personal_data_in_files(tmp_path: Path) -> None:
    """BRIEF 8's bare `pos init`, then `pos seed`: demo seller details and policy fill the gap."""
    assert (
        pos_here(
            tmp_path,
            "init",
            "--store-id",
            "AST-02",
            "--store-name",
            "Астана 2",
            "--admin",
            "Store admin",
        ).code
        == 0
    )
    # Two of seed's batches (500 steps each), so later sales go to earlier buyers too.
    r = pos(tmp_path, "seed", "--buyers", "200", "--sales", "400", "--seed", "11")
    assert r.code == 0, r.err
    assert "seeded 200 buyers and 400 sales" in r.out
    assert "seller details not set: demo values used for address, bin, email, name" in r.err
    assert "demo policy DEMO-1 was imported" in r.err
    again = pos_here(tmp_path, "seed", "--buyers", "1", "--sales", "1", "--quiet")
    assert again.code == 0 and "demo" not in again.err  # only a bare till is filled in
    assert pos_here(tmp_path, "check").code == 0
    db = _open(tmp_path)
    try:
        values = _personal_values(db)
    finally:
        db.close()
    distinct = len(values)  # a count only: the values themselves stay out of test output
    assert distinct > 200 * 2
    assert {"pos.db", "pos.log"} <= {p.name for p in tmp_path.rglob("*") if p.is_file()}
    assert _files_holding(tmp_path, values) == {}
    assert len(_not_in_decrypted_pages(tmp_path, values)) == 0  # there, but only encrypted


def test_a_pin_set_from_the_command_line_is_hashed_with_the_production_parameters(
    home: Path,
) -> None:
    """The suite hashes PINs cheaply in its own process only: `pos staff add` uses argon2id
    with argon2-cffi's defaults (RFC 9106's low-memory profile)."""
    from argon2 import extract_parameters, profiles
    from sqlalchemy import select

    from pos.storage.models import Staff

    r = pos(home, "staff", "add", "Динара Кассир", "--role", "cashier", POS_NEW_STAFF_PIN="7306")
    assert r.code == 0, r.err
    db = _open(home)
    try:
        with db.read_session() as s:
            hashes = s.scalars(select(Staff.pin_hash).where(Staff.pin_hash.is_not(None))).all()
    finally:
        db.close()
    # The store admin's (from `pos init`) and the new cashier's.
    assert [extract_parameters(h) for h in hashes if h] == [profiles.RFC_9106_LOW_MEMORY] * 2


def test_rekey(home: Path) -> None:
    r = pos(home, "rekey", POS_NEW_DB_KEY="a-brand-new-key")
    assert r.code == 0, r.err
    assert pos_here(home, "check").code == 1
    ok = pos_here(home, "check", key="a-brand-new-key")
    assert ok.code == 0 and "audit chain: ok" in ok.out
    short = pos_here(home, "rekey", key="a-brand-new-key", POS_NEW_DB_KEY="short")
    assert short.code == 1 and "at least 12" in short.err


def test_check_names_a_tampered_entry(home: Path) -> None:
    import sqlcipher3

    conn = sqlcipher3.connect(str(home / "pos.db"))
    conn.execute("PRAGMA key = 'cli-test-key'")
    conn.execute("DROP TRIGGER audit_entries_no_update")
    conn.execute("UPDATE audit_entries SET action = 'nothing.happened' WHERE seq = 1")
    conn.commit()
    conn.close()
    r = pos(home, "check")
    assert r.code == 1
    assert re.search(r"audit entry 1 was altered", r.err)
    assert "Traceback" not in r.err


def test_policy_import_errors(home: Path) -> None:
    r = pos_here(
        home,
        "policy",
        "import",
        str(home / "missing.txt"),
        "--version",
        "X",
        "--effective",
        "2025-01-01",
    )
    assert r.code == 1 and "no such file" in r.err
    r = pos_here(
        home,
        "policy",
        "import",
        str(home / "missing.txt"),
        "--version",
        "X",
        "--effective",
        "01.01.2025",
    )
    assert r.code == 2 and "not a date" in r.err


def test_headoffice_settings(home: Path) -> None:
    ca = home / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    r = pos_here(
        home,
        "settings",
        "headoffice",
        "--url",
        "https://ho.example.kz",
        "--token",
        "hoc1.x.y",
        "--ca-bundle",
        str(ca),
    )
    assert r.code == 0, r.err
    shown = pos_here(home, "settings", "show").out
    assert "https://ho.example.kz" in shown and "hoc1.x.y" not in shown and "***" in shown
    missing = pos_here(home, "settings", "headoffice", "--ca-bundle", str(home / "nope.pem"))
    assert missing.code == 1 and "no such file" in missing.err


def test_destroying_one_seeded_buyer_from_the_command_line(seeded: Path, tmp_path: Path) -> None:
    """Issue 3's check: the person's values are gone from every file, their sales still
    count, `pos check` passes and the access report says not found."""
    from sqlalchemy import func, select

    from pos.storage.models import Buyer, CreditArrangement, Sale

    home = copy_home(seeded, tmp_path / "home")

    def totals() -> tuple[int, int]:
        db = _open(home)
        try:
            with db.read_session() as s:
                row = s.execute(select(func.count(), func.sum(Sale.total_tiyn))).one()
                return int(row[0]), int(row[1])
        finally:
            db.close()

    db = _open(home)
    try:
        with db.read_session() as s:
            with_credit = select(CreditArrangement.buyer_id).where(
                CreditArrangement.buyer_id.is_not(None)
            )
            candidates = s.scalars(
                select(Buyer)
                .where(Buyer.id.in_(select(Sale.buyer_id)), Buyer.id.not_in(with_credit))
                .order_by(Buyer.id)
            ).all()
            fields = ("surname", "given_name", "iin", "phone", "email", "delivery_address")
            chosen = max(candidates, key=lambda b: sum(bool(getattr(b, f)) for f in fields))
            buyer_id = str(chosen.id)
            values = [str(getattr(chosen, f)) for f in fields if getattr(chosen, f)]
            buyer_sales = s.scalar(select(func.count()).where(Sale.buyer_id == chosen.id))
        # Values another buyer shares (a common given name) cannot be looked for in the bytes.
        others = set(_personal_values(db, but=buyer_id))
    finally:
        db.close()
    assert len(values) >= 4 and buyer_sales
    unique = [v for v in values if v not in others]
    before = totals()
    assert len(_not_in_decrypted_pages(home, unique)) == 0  # a key holder reads them now

    r = pos(home, "buyer", "destroy", buyer_id, "--reason", "buyer's request")
    assert r.code == 0, r.err
    assert totals() == before
    assert pos_here(home, "check").code == 0
    gone = pos_here(home, "buyer", "report", buyer_id)
    assert gone.code == 1 and "no buyer with id" in gone.err
    twice = pos_here(home, "buyer", "destroy", buyer_id, "--reason", "again")
    assert twice.code == 1 and len(twice.err.strip().splitlines()) == 1
    # Read as a key holder would: pos.db and its WAL decrypted page by page, free pages
    # and stale frames included (a scan of the encrypted bytes could never find a value).
    assert unique and len(_not_in_decrypted_pages(home, unique)) == len(unique)
    plain = needles(unique)
    for path in (p for p in home.rglob("*") if p.is_file() and not p.name.startswith("pos.db")):
        blob = path.read_bytes()
        assert not [n for n in plain if n in blob], path.name
