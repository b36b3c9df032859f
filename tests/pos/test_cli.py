"""The `pos` command line as store owners script it (BRIEF section 8)."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from tests.support.cli import pos

INIT = (
    "init",
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


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A till after `pos init`, a policy import and `pos seed --buyers 300 --sales 700`."""
    home = tmp_path_factory.mktemp("seeded")
    assert pos(home, *INIT).code == 0
    policy = home.parent / "policy.txt"
    policy.write_text(
        "Test policy A: purposes sale, delivery, credit, insurance, marketing.\n", encoding="utf-8"
    )
    r = pos(
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
    r = pos(home, "seed", "--buyers", "300", "--sales", "700", "--seed", "3", "--quiet")
    assert r.code == 0, r.err
    assert "seeded 300 buyers and 700 sales" in r.out
    return home


def test_init_refuses_to_overwrite(tmp_path: Path) -> None:
    assert pos(tmp_path, *INIT).code == 0
    before = sha(tmp_path / "pos.db")
    r = pos(tmp_path, *INIT)
    assert r.code == 1 and "already exists" in r.err and len(r.err.strip().splitlines()) == 1
    assert sha(tmp_path / "pos.db") == before


def test_init_without_a_key_and_no_terminal_fails_cleanly(tmp_path: Path) -> None:
    r = pos(tmp_path, *INIT, key=None)
    assert r.code == 1 and "POS_DB_KEY" in r.err and "Traceback" not in r.err
    assert not (tmp_path / "pos.db").exists()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    r = pos(tmp_path, "init", "--store-name", "x")
    assert r.code == 2 and "--store-id" in r.err and len(r.err.strip().splitlines()) == 1
    r = pos(tmp_path, "buyer", "withdraw", "x", "--purpose", "loyalty")
    assert r.code == 2 and "unknown purpose 'loyalty'" in r.err


def test_wrong_key_one_line_no_traceback_file_unchanged(seeded: Path) -> None:
    before = sha(seeded / "pos.db")
    for command in (
        ("check",),
        ("buyer", "find", "асель"),
        ("seed", "--buyers", "1", "--sales", "1"),
    ):
        r = pos(seeded, *command, key="definitely-wrong")
        assert r.code == 1
        assert r.err.strip().splitlines() == [
            "pos: cannot open pos.db: wrong key, or the file is not a till database"
        ]
        assert sha(seeded / "pos.db") == before


def test_check_passes_on_a_seeded_till(seeded: Path) -> None:
    r = pos(seeded, "check")
    assert r.code == 0, r.err
    assert "audit chain: ok" in r.out and "cipher integrity: ok" in r.out


def test_find_and_report(seeded: Path) -> None:
    r = pos(seeded, "buyer", "find", "а")
    assert r.code == 0 and r.out.strip()
    first = r.out.splitlines()[0].split("\t")
    buyer_id = first[0]
    rep = pos(seeded, "buyer", "report", buyer_id, "--json")
    assert rep.code == 0, rep.err
    report = json.loads(rep.out)
    assert report["buyer"]["id"] == buyer_id
    assert report["consents"] and report["consents"][0]["policy_label"] == "A-1"
    assert {"purchases", "credits", "disclosures", "requests"} <= set(report)
    assert any(r["kind"] == "access" for r in report["requests"])
    text = pos(seeded, "buyer", "report", buyer_id)
    assert text.code == 0 and "Consent by purpose:" in text.out
    missing = pos(seeded, "buyer", "report", "00000000-0000-0000-0000-000000000000")
    assert missing.code == 1 and "no buyer with id" in missing.err
    bad = pos(seeded, "buyer", "report", "not-a-uuid")
    assert bad.code == 1 and "is not a buyer id" in bad.err


def _personal_values(home: Path, but: str | None = None) -> list[str]:
    """Every buyer's (other than `but`) name, IIN, phone, e-mail and address, read through
    the app (for the byte checks)."""
    from pos.storage.models import Buyer
    from till.app import open_till

    till = open_till(home, key="cli-test-key")
    try:
        with till.db.read_session() as s:
            values: set[str] = set()
            for b in s.query(Buyer):
                if str(b.id) == but:
                    continue
                for v in (b.surname, b.given_name, b.iin, b.phone, b.email, b.delivery_address):
                    if v:
                        values.add(v)
    finally:
        till.close()
    return sorted(values)


def test_no_personal_data_in_any_file_under_pos_home(seeded: Path) -> None:
    pos(seeded, "buyer", "find", "асель")
    values = _personal_values(seeded)
    distinct = len(values)  # a count only: the values themselves stay out of test output
    assert distinct > 300
    files = [p for p in seeded.rglob("*") if p.is_file()]
    assert any(p.name == "pos.log" for p in files)
    needles = [v.encode() for v in values] + [
        v.lstrip("+").encode() for v in values if v.startswith("+7")
    ]
    for path in files:
        blob = path.read_bytes()
        hits = [n for n in needles if len(n) >= 4 and n in blob]
        assert not hits, f"{path.name} holds {len(hits)} personal values"


def test_seed_right_after_a_bare_init_leaves_no_personal_data_in_files(tmp_path: Path) -> None:
    """BRIEF 8's bare `pos init`, then `pos seed`: demo seller details and policy fill the gap."""
    assert pos(tmp_path, "init", "--store-id", "AST-02", "--store-name", "Астана 2").code == 0
    r = pos(tmp_path, "seed", "--buyers", "2000", "--sales", "5000", "--seed", "11")
    assert r.code == 0, r.err
    assert "seeded 2000 buyers and 5000 sales" in r.out
    assert "seller details not set: demo values used for address, bin, email, name" in r.err
    assert "demo policy DEMO-1 was imported" in r.err
    again = pos(tmp_path, "seed", "--buyers", "1", "--sales", "1", "--quiet")
    assert again.code == 0 and "demo" not in again.err  # only a bare till is filled in
    assert pos(tmp_path, "check").code == 0
    values = _personal_values(tmp_path)
    distinct = len(values)  # a count only: the values themselves stay out of test output
    assert distinct > 2000 * 2
    needles = [v.encode() for v in values] + [
        v.lstrip("+").encode() for v in values if v.startswith("+7")
    ]
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert {"pos.db", "pos.log"} <= {p.name for p in files}
    for path in files:
        blob = path.read_bytes()
        hits = [n for n in needles if len(n) >= 4 and n in blob]
        assert not hits, f"{path.name} holds {len(hits)} personal values"


def test_rekey(tmp_path: Path) -> None:
    assert pos(tmp_path, *INIT).code == 0
    r = pos(tmp_path, "rekey", POS_NEW_DB_KEY="a-brand-new-key")
    assert r.code == 0, r.err
    assert pos(tmp_path, "check").code == 1
    ok = pos(tmp_path, "check", key="a-brand-new-key")
    assert ok.code == 0 and "audit chain: ok" in ok.out
    short = pos(tmp_path, "rekey", key="a-brand-new-key", POS_NEW_DB_KEY="short")
    assert short.code == 1 and "at least 8" in short.err


def test_check_names_a_tampered_entry(tmp_path: Path) -> None:
    assert pos(tmp_path, *INIT).code == 0
    import sqlcipher3

    conn = sqlcipher3.connect(str(tmp_path / "pos.db"))
    conn.execute("PRAGMA key = 'cli-test-key'")
    conn.execute("DROP TRIGGER audit_entries_no_update")
    conn.execute("UPDATE audit_entries SET action = 'nothing.happened' WHERE seq = 1")
    conn.commit()
    conn.close()
    r = pos(tmp_path, "check")
    assert r.code == 1
    assert re.search(r"audit entry 1 was altered", r.err)
    assert "Traceback" not in r.err


def test_policy_import_errors(tmp_path: Path) -> None:
    assert pos(tmp_path, *INIT).code == 0
    r = pos(
        tmp_path,
        "policy",
        "import",
        str(tmp_path / "missing.txt"),
        "--version",
        "X",
        "--effective",
        "2025-01-01",
    )
    assert r.code == 1 and "no such file" in r.err
    r = pos(
        tmp_path,
        "policy",
        "import",
        str(tmp_path / "missing.txt"),
        "--version",
        "X",
        "--effective",
        "01.01.2025",
    )
    assert r.code == 2 and "not a date" in r.err


def test_headoffice_settings(tmp_path: Path) -> None:
    assert pos(tmp_path, *INIT).code == 0
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    r = pos(
        tmp_path,
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
    shown = pos(tmp_path, "settings", "show").out
    assert "https://ho.example.kz" in shown and "hoc1.x.y" not in shown and "***" in shown
    missing = pos(tmp_path, "settings", "headoffice", "--ca-bundle", str(tmp_path / "nope.pem"))
    assert missing.code == 1 and "no such file" in missing.err


def test_destroying_one_seeded_buyer_from_the_command_line(tmp_path: Path) -> None:
    """Issue 3's check: the person's values are gone from every file, their sales still
    count, `pos check` passes and the access report says not found."""
    from sqlalchemy import func, select

    from pos.storage.models import Buyer, CreditArrangement, Sale
    from till.app import open_till

    assert pos(tmp_path, *INIT).code == 0
    assert pos(tmp_path, "seed", "--buyers", "400", "--sales", "1200", "--quiet").code == 0

    def totals() -> tuple[int, int]:
        till = open_till(tmp_path, key="cli-test-key")
        try:
            with till.db.read_session() as s:
                row = s.execute(select(func.count(), func.sum(Sale.total_tiyn))).one()
                return int(row[0]), int(row[1])
        finally:
            till.close()

    till = open_till(tmp_path, key="cli-test-key")
    try:
        with till.db.read_session() as s:
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
    finally:
        till.close()
    assert len(values) >= 4 and buyer_sales
    # Values another buyer shares (a common given name) cannot be looked for in the bytes.
    others = set(_personal_values(tmp_path, but=buyer_id))
    unique = [v for v in values if v not in others]
    before = totals()

    r = pos(tmp_path, "buyer", "destroy", buyer_id, "--reason", "buyer's request")
    assert r.code == 0, r.err
    assert totals() == before
    assert pos(tmp_path, "check").code == 0
    gone = pos(tmp_path, "buyer", "report", buyer_id)
    assert gone.code == 1 and "no buyer with id" in gone.err
    twice = pos(tmp_path, "buyer", "destroy", buyer_id, "--reason", "again")
    assert twice.code == 1 and len(twice.err.strip().splitlines()) == 1
    needles = [v.encode() for v in unique] + [v.lstrip("+").encode() for v in unique if v[0] == "+"]
    assert needles
    for path in (p for p in tmp_path.rglob("*") if p.is_file()):
        blob = path.read_bytes()
        assert not [n for n in needles if n in blob], path.name
