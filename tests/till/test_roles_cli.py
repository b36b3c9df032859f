"""The command line holds the same read rules as the services (issue 12): a cashier gets no
access report and no head-office credential, and their searches are audited."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from pos.services import settings
from pos.storage.database import open_database
from pos.storage.models import AuditEntry
from tests.support.cli import pos_here
from tests.support.tills import (
    CASHIER_PIN,
    DELIVERY,
    MANAGER_PIN,
    TEST_KEY,
    delivery_buyer,
    make_till,
    register,
)

CASHIER = {"POS_STAFF": "Айгерим Кассир", "POS_STAFF_PIN": CASHIER_PIN}
MANAGER = {"POS_STAFF": "Ерлан Менеджер", "POS_STAFF_PIN": MANAGER_PIN}
TOKEN = "hoc1.cli-secret-token"


@pytest.fixture
def home(tmp_path: Path) -> tuple[Path, str]:
    till = make_till(tmp_path / "home")
    buyer = register(till, delivery_buyer(), DELIVERY).buyer.id
    settings.update(
        till.ctx(),
        settings.HEADOFFICE,
        {"url": "https://ho.example.kz", "token": TOKEN, "client_key": "/etc/pos/till.key"},
    )
    till.db.close()
    return till.paths.home, str(buyer)


def test_a_cashier_gets_no_access_report(home: tuple[Path, str]) -> None:
    path, buyer = home
    run = pos_here(path, "buyer", "report", buyer, key=TEST_KEY, **CASHIER)
    assert run.code == 1 and run.out == ""
    assert run.err.count("\n") == 1 and "needs the sales manager role" in run.err
    assert all(part not in run.err for part in ("+7701", "Нурланова", "Асель", "Жарокова"))
    full = pos_here(path, "buyer", "report", buyer, key=TEST_KEY, **MANAGER)
    assert full.code == 0, full.err
    assert "phone: +77015551234" in full.out  # the buyer's own report: in full


def test_settings_show_holds_back_the_credential_from_a_cashier(home: tuple[Path, str]) -> None:
    path, _ = home
    run = pos_here(path, "settings", "show", key=TEST_KEY, **CASHIER)
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert "headoffice: {'url': 'https://ho.example.kz'}" in lines
    assert "headoffice: client_key, token not shown (store admin only)" in lines
    assert TOKEN not in run.out and "till.key" not in run.out and "***" not in run.out
    assert any(line.startswith("operator: ") and "'bin': '000000000000'" in line for line in lines)
    admin = pos_here(path, "settings", "show", key=TEST_KEY)
    assert "'token': '***'" in admin.out and "/etc/pos/till.key" in admin.out
    assert TOKEN not in admin.out and "not shown" not in admin.out


def test_a_cashiers_search_is_audited_by_count_not_by_text(home: tuple[Path, str]) -> None:
    path, buyer = home
    run = pos_here(path, "buyer", "find", "Нурланова", key=TEST_KEY, **CASHIER)
    assert run.code == 0, run.err
    assert run.out.startswith(buyer) and "+7701*****34" in run.out
    nobody = pos_here(path, "buyer", "find", "Зарина", key=TEST_KEY, **CASHIER)
    assert nobody.out == "no buyer found\n"
    db = open_database(path / "pos.db", TEST_KEY)
    try:
        with db.read_session() as s:
            entries = list(
                s.scalars(
                    select(AuditEntry)
                    .where(AuditEntry.action == "buyer.searched")
                    .order_by(AuditEntry.seq)
                )
            )
    finally:
        db.close()
    assert [e.fields for e in entries] == [["by:name", "count:1"], ["by:name", "count:0"]]
    assert all(e.actor.startswith("staff:") for e in entries)
    stored = repr([(e.entities, e.fields) for e in entries])
    assert "Нурлан" not in stored and "Зарин" not in stored
