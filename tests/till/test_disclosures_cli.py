"""`pos disclosures list|add` and `pos delivery pending|handover` as support staff and
scripts use them: what the register prints, what is refused and how."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from pos.config import TillPaths
from pos.services.sales import LineInput, NewSale, record_sale
from pos.storage.database import open_database
from pos.storage.models import AuditEntry, Disclosure
from tests.support import cli
from tests.support.tills import DELIVERY, TEST_KEY, TillFixture, delivery_buyer, make_till, register


@dataclass
class Shop:
    home: Path
    buyer: uuid.UUID
    receipt: int


@pytest.fixture
def shop(tmp_path: Path) -> Shop:
    """A closed till with one delivery sale for Асель Нурланова, not handed over yet."""
    till: TillFixture = make_till(tmp_path / "home")
    buyer = register(till, delivery_buyer(), DELIVERY).buyer.id
    sale = record_sale(
        till.ctx(till.cashier),
        NewSale(lines=(LineInput("Чайник", 1, 1_599_000),), delivery=True, buyer_id=buyer),
    )
    till.db.close()
    return Shop(till.paths.home, buyer, sale.receipt_no)


def pos(shop: Shop, *args: str) -> cli.Result:
    return cli.pos_here(shop.home, *args, key=TEST_KEY)


def _register(shop: Shop) -> list[Disclosure]:
    db = open_database(TillPaths(shop.home).db, TEST_KEY)
    try:
        with db.read_session() as s:
            return list(s.scalars(select(Disclosure).order_by(Disclosure.at)))
    finally:
        db.close()


def test_a_delivery_handed_over_shows_in_the_register_and_the_report(shop: Shop) -> None:
    pending = pos(shop, "delivery", "pending")
    assert pending.code == 0, pending.err
    assert pending.out.startswith(f"ALM-01/1/{shop.receipt}\t")
    assert "А*** Н." in pending.out and "Нурланова" not in pending.out

    done = pos(shop, "delivery", "handover", str(shop.receipt), "--courier", "CDEK")
    assert done.code == 0, done.err
    assert "to courier CDEK (consent: delivery): full_name, phone, delivery_address" in done.out
    assert pos(shop, "delivery", "pending").out.strip() == "no delivery waits for a carrier"

    listed = pos(shop, "disclosures", "list")
    assert listed.code == 0, listed.err
    header, row, total = listed.out.strip().split("\n")
    assert header == "date\trecipient\tname\tbuyer\tdata\tbasis\tsale\tstaff"
    cells = row.split("\t")
    assert cells[1:] == [
        "courier",
        "CDEK",
        "А*** Н.",  # masked: the register names whose data went, not the data
        "full_name, phone, delivery_address",
        "consent: delivery",
        f"receipt ALM-01/1/{shop.receipt}",
        "Store admin",
    ]
    assert total == "1 transfers (Asia/Almaty)"
    for secret in ("Нурланова", "Жарокова", "555"):
        assert secret not in listed.out

    report = pos(shop, "buyer", "report", str(shop.buyer), "--json")
    assert report.code == 0, report.err
    [shown] = json.loads(report.out)["disclosures"]
    assert (shown["recipient_category"], shown["recipient_name"]) == ("courier", "CDEK")
    assert shown["receipt"] == f"ALM-01/1/{shop.receipt}"
    text = pos(shop, "buyer", "report", str(shop.buyer))
    assert "to courier CDEK (delivery): full_name, phone, delivery_address" in text.out

    again = pos(shop, "delivery", "handover", str(shop.receipt), "--courier", "Exline")
    assert again.code == 1 and again.out == ""
    assert again.err.startswith(f"pos: receipt ALM-01/1/{shop.receipt} was already handed over")
    assert len(_register(shop)) == 1


def test_disclosures_add_records_a_government_request_with_its_basis(shop: Shop) -> None:
    base = ("disclosures", "add", "--buyer", str(shop.buyer), "--recipient", "government")
    body = ("--name", "Департамент полиции г. Алматы", "--data", "full_name,phone")
    refused = pos(shop, *base, *body)
    assert refused.code == 1
    assert refused.err.strip() == (
        "pos: a transfer to a government body needs the legal basis (law, article, request number)"
    )
    assert _register(shop) == []

    ok = pos(shop, *base, *body, "--basis", "УПК РК ст. 122, запрос № 14-3/2211")
    assert ok.code == 0, ok.err
    assert "legal basis: УПК РК ст. 122, запрос № 14-3/2211" in ok.out
    listed = pos(shop, "disclosures", "list", "--recipient", "government", "--json")
    [row] = json.loads(listed.out)["rows"]
    assert row["recipient_name"] == "Департамент полиции г. Алматы"
    assert row["legal_basis"] == "УПК РК ст. 122, запрос № 14-3/2211"
    assert row["data_categories"] == ["full_name", "phone"]
    assert row["purpose"] is None


def test_an_unknown_recipient_is_refused_with_a_reason_not_a_usage_error(shop: Shop) -> None:
    run = pos(
        shop,
        *("disclosures", "add", "--buyer", str(shop.buyer), "--recipient", "advertiser"),
        *("--name", "AdCo", "--data", "phone"),
    )
    assert run.code == 1
    assert run.err.strip() == (
        "pos: personal data may go only to these recipients (policy 4.3.2): "
        "courier, postal, partner_bank, insurer, counterparty, government"
    )
    assert "Traceback" not in run.err
    assert _register(shop) == []
    listed = pos(shop, "disclosures", "list", "--recipient", "advertiser")
    assert listed.code == 1 and "may go only to these recipients" in listed.err


def test_disclosures_add_as_a_courier_hand_over_by_receipt(shop: Shop) -> None:
    run = pos(
        shop,
        *("disclosures", "add", "--buyer", str(shop.buyer), "--recipient", "postal"),
        *("--name", "Казпочта", "--sale", str(shop.receipt)),
    )
    assert run.code == 0, run.err
    assert "to postal Казпочта (consent: delivery): full_name, phone, delivery_address" in run.out
    [row] = _register(shop)
    assert row.recipient_category == "postal" and row.sale_id is not None

    other = str(uuid.uuid4())
    wrong = pos(
        shop,
        *("disclosures", "add", "--buyer", other, "--recipient", "courier"),
        *("--name", "CDEK", "--sale", str(shop.receipt)),
    )
    assert wrong.code == 1 and len(wrong.err.strip().split("\n")) == 1


def test_the_list_filters_by_date_and_buyer_and_its_reading_is_audited(shop: Shop) -> None:
    assert pos(shop, "delivery", "handover", str(shop.receipt), "--courier", "CDEK").code == 0
    assert "1 transfers" in pos(shop, "disclosures", "list", "--buyer", str(shop.buyer)).out
    assert "0 transfers" in pos(shop, "disclosures", "list", "--to", "2020-01-01").out
    unknown = pos(shop, "disclosures", "list", "--buyer", str(uuid.uuid4()))
    assert unknown.code == 1 and unknown.out == ""
    backwards = pos(shop, "disclosures", "list", "--from", "2026-03-02", "--to", "2026-03-01")
    assert backwards.code == 1 and backwards.err.strip() == (
        "pos: the start date is after the end date"
    )
    usage = pos(shop, "disclosures", "list", "--from", "yesterday")
    assert usage.code == 2
    db = open_database(TillPaths(shop.home).db, TEST_KEY)
    try:
        with db.read_session() as s:
            reads = s.scalars(
                select(AuditEntry).where(AuditEntry.action == "disclosure.register_read")
            ).all()
    finally:
        db.close()
    assert len(reads) == 2


def test_the_commands_run_as_a_process(shop: Shop) -> None:
    run = cli.pos(shop.home, "disclosures", "list", key=TEST_KEY)
    assert run.code == 0, run.err
    assert run.out.strip().endswith("0 transfers (Asia/Almaty)")
    bad = cli.pos(shop.home, "delivery", "handover", "abc", "--courier", "CDEK", key=TEST_KEY)
    assert bad.code == 1
    assert bad.err == "pos: 'abc' is not a receipt number (e.g. 42 or ALM-01/1/42)\n"
