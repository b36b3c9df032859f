"""The command line runs as a named staff member: the database key alone gives no role,
each command is audited under the person who ran it, and roles hold as in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from pos.storage.database import open_database
from pos.storage.models import AuditEntry, Staff
from tests.support.cli import pos, pos_here
from tests.support.tills import CASHIER_PIN, TEST_KEY, make_till


@pytest.fixture
def home(tmp_path: Path) -> Path:
    till = make_till(tmp_path / "home", buyers=5, sales=5)
    till.db.close()
    return till.paths.home


def _staff_names(home: Path) -> list[str]:
    db = open_database(home / "pos.db", TEST_KEY)
    try:
        with db.read_session() as s:
            return sorted(s.scalars(select(Staff.name)))
    finally:
        db.close()


def _last_actor(home: Path, action: str) -> str:
    db = open_database(home / "pos.db", TEST_KEY)
    try:
        with db.read_session() as s:
            entry = s.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == action)
                .order_by(AuditEntry.seq.desc())
            ).first()
            assert entry is not None
            return entry.actor
    finally:
        db.close()


def test_the_database_key_alone_is_not_a_store_admin(home: Path) -> None:
    before = _staff_names(home)
    for args in (
        ("staff", "add", "Intruder", "--role", "store_admin"),
        ("buyer", "find", "а"),
        ("settings", "show"),
        ("rekey",),
    ):
        run = pos(
            home,
            *args,
            key=TEST_KEY,
            POS_STAFF="",
            POS_STAFF_PIN="",
            POS_NEW_STAFF_PIN="7306",
            POS_NEW_DB_KEY="a-brand-new-key",
        )
        assert run.code == 1, args
        assert run.err.startswith("pos: say who runs this: POS_STAFF") and run.err.count("\n") == 1
    assert _staff_names(home) == before


def test_a_wrong_pin_is_refused_and_locks_after_five(home: Path) -> None:
    for n in range(5):
        run = pos_here(home, "staff", "list", key=TEST_KEY, POS_STAFF_PIN=f"90{n}7")
        assert run.code == 1
    assert run.err == "pos: too many wrong PINs: try again in 5 min\n"
    assert pos_here(home, "staff", "list", key=TEST_KEY).code == 1  # even with the right PIN


def test_each_command_is_audited_under_the_person_who_ran_it(home: Path) -> None:
    added = pos_here(
        home,
        "staff",
        "add",
        "Динара Кассир",
        "--role",
        "cashier",
        key=TEST_KEY,
        POS_NEW_STAFF_PIN="7306",
    )
    assert added.code == 0, added.err
    admin_id = pos_here(home, "staff", "list", key=TEST_KEY).out.split("\t")[0]
    assert _last_actor(home, "staff.added").startswith("staff:")
    run = pos_here(
        home, "--staff", "Динара Кассир", "buyer", "find", "а", key=TEST_KEY, POS_STAFF_PIN="7306"
    )
    assert run.code == 0, run.err
    assert _last_actor(home, "staff.signed_in") != f"staff:{admin_id}"


def test_a_cashier_cannot_do_a_store_admins_work(home: Path) -> None:
    run = pos_here(
        home,
        "staff",
        "add",
        "Intruder",
        "--role",
        "store_admin",
        key=TEST_KEY,
        POS_STAFF="Айгерим Кассир",
        POS_STAFF_PIN=CASHIER_PIN,
        POS_NEW_STAFF_PIN="7306",
    )
    assert run.code == 1 and "store admin" in run.err
    assert "Intruder" not in _staff_names(home)


def test_staff_accounts_from_the_command_line(home: Path, tmp_path: Path) -> None:
    def ok(*args: str, **env: str) -> str:
        run = pos_here(home, *args, key=TEST_KEY, **env)
        assert run.code == 0, run.err
        return run.out

    trivial = pos_here(
        home,
        "staff",
        "add",
        "Гульнара",
        "--role",
        "cashier",
        key=TEST_KEY,
        POS_NEW_STAFF_PIN="1234",
    )
    assert trivial.code == 1 and "first anyone would try" in trivial.err
    ok("staff", "add", "Гульнара", "--role", "cashier", POS_NEW_STAFF_PIN="7306")
    ok("staff", "role", "Гульнара", "sales_manager")
    ok("staff", "reset-pin", "Гульнара", POS_NEW_STAFF_PIN="6815")
    ok("staff", "deactivate", "гульнара")
    listed = ok("staff", "list")
    assert "Гульнара\tsales_manager\tinactive" in listed
    gone = pos_here(
        home, "buyer", "find", "а", key=TEST_KEY, POS_STAFF="Гульнара", POS_STAFF_PIN="6815"
    )
    assert gone.code == 1 and "unknown or inactive" in gone.err
    history = [line.split("\t") for line in ok("staff", "access-list").splitlines()[1:]]
    mine = [(row[3], row[4]) for row in history if row[2] == "Гульнара"]
    assert mine == [
        ("cashier", "Store admin"),
        ("sales_manager", "Store admin"),
        ("no access", "Store admin"),
    ]
    out = tmp_path / "access.csv"
    ok("staff", "access-list", "--out", str(out))
    assert (
        out.read_text(encoding="utf-8").splitlines()[0]
        == "from (UTC),staff id,name,role,changed by"
    )
    last_admin = pos_here(home, "staff", "role", "Store admin", "cashier", key=TEST_KEY)
    assert last_admin.code == 1 and "without a store admin" in last_admin.err
