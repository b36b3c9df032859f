"""Buyer search: IIN exact, phone full or last digits, name prefix in any case and script."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from pos.domain.buyer import BuyerData
from pos.domain.enums import PaymentMethod
from pos.domain.minimization import SaleNeeds
from pos.services.buyers import SearchKind, _ids_for, classify, find_buyers
from pos.storage.models import AuditEntry
from tests.support.tills import INSTALLMENT, TillFixture, credit_buyer, make_till, register

DELIVERY = SaleNeeds(PaymentMethod.CASH, delivery=True)


def register_people(till: TillFixture) -> dict[str, object]:
    """Five buyers with Kazakh, Russian and Latin names; their ids by nickname."""
    ids = {}
    ids["asel"] = register(
        till,
        BuyerData(
            given_name="Асель",
            surname="Нурланова",
            phone="+77015551234",
            delivery_address="Алматы, Абая 1",
        ),
        DELIVERY,
    ).buyer.id
    ids["adilet"] = register(
        till,
        BuyerData(
            given_name="Әділет",
            surname="Сейтқали",
            phone="+77771112233",
            delivery_address="Астана, Кенесары 2",
        ),
        DELIVERY,
    ).buyer.id
    ids["alyona"] = register(
        till,
        BuyerData(
            given_name="Алёна",
            surname="Иванова-Петрова",
            phone="+77025550000",
            delivery_address="Караганда, Ленина 3",
        ),
        DELIVERY,
    ).buyer.id
    ids["john"] = register(
        till,
        BuyerData(
            given_name="John",
            surname="Smith",
            phone="+77075559999",
            delivery_address="Алматы, Сатпаева 4",
        ),
        DELIVERY,
    ).buyer.id
    credit = credit_buyer()
    ids["nurlan"] = register(till, credit, INSTALLMENT).buyer.id
    ids["nurlan_iin"] = credit.iin
    return ids


@pytest.fixture(scope="module")
def searched(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TillFixture]:
    """One till with the five buyers for the tests that only search: a search writes only
    its audit entry, which these tests do not read, so they can share it."""
    till = make_till(tmp_path_factory.mktemp("search") / "till")
    yield till
    till.db.close()


@pytest.fixture(scope="module")
def people(searched: TillFixture) -> dict[str, object]:
    return register_people(searched)


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("асель", {"asel"}),
        ("АСЕЛЬ", {"asel"}),
        ("ас", {"asel"}),
        ("нурл", {"asel", "nurlan"}),
        ("нурланова асель", {"asel"}),
        ("асель нурл", {"asel"}),
        ("әділет", {"adilet"}),
        ("ӘДІ", {"adilet"}),
        ("алена", {"alyona"}),
        ("петрова", {"alyona"}),
        ("john", {"john"}),
        ("SMI", {"john"}),
        ("+7 701 555 12 34", {"asel"}),
        ("8 (701) 555-12-34", {"asel"}),
        ("1234", {"asel"}),
        ("5551234", {"asel"}),
        ("9999", {"john"}),
        ("zzz", set()),
    ],
)
def test_search(
    searched: TillFixture, people: dict[str, object], query: str, who: set[str]
) -> None:
    found = {b.id for b in find_buyers(searched.ctx(searched.cashier), query)}
    assert found == {people[w] for w in who}


def test_search_by_iin_is_exact(searched: TillFixture, people: dict[str, object]) -> None:
    iin = str(people["nurlan_iin"])
    found = find_buyers(searched.ctx(searched.cashier), iin)
    assert [b.id for b in found] == [people["nurlan"]]
    assert found[0].masked_iin == iin[:4] + "******" + iin[-2:]
    assert find_buyers(searched.ctx(searched.cashier), iin[:11]) == []


def test_results_are_masked_and_an_audited_search_keeps_no_query(till: TillFixture) -> None:
    people = register_people(till)  # its own till: an audited search writes to it
    found = find_buyers(till.ctx(till.cashier), "+77015551234")
    assert found[0].masked_phone == "+7701*****34"
    with till.db.read_session() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert entry is not None and entry.action == "buyer.searched"
    assert entry.entities == {"buyers": [str(people["asel"])]} and entry.fields == [
        "by:phone",
        "count:1",
    ]


def test_classification() -> None:
    assert classify("").kind is SearchKind.NONE
    assert classify("12").kind is SearchKind.NONE  # too short to search phones
    assert classify("+77015551234").kind is SearchKind.PHONE
    assert classify("4567").kind is SearchKind.PHONE_SUFFIX
    assert classify("Асель").kind is SearchKind.NAME


@pytest.mark.parametrize("query", ["асель", "1234", "+77015551234", "920315401237", "нурл ас"])
def test_every_search_is_an_index_range_scan(
    searched: TillFixture, people: dict[str, object], query: str
) -> None:
    """No full table scan, so a search stays fast at a million buyers (see bench/ for figures)."""
    plans: list[str] = []
    with searched.db.read_session() as s:
        conn = s.connection()
        from sqlalchemy import event

        def capture(
            _c: object, _cur: object, statement: str, params: object, _ctx: object, _many: bool
        ) -> None:
            if statement.lstrip().upper().startswith("SELECT") and "buyer" in statement:
                plans.extend(
                    " ".join(str(x) for x in row)
                    for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()  # type: ignore[arg-type]
                )

        event.listen(conn, "before_cursor_execute", capture)
        try:
            _ids_for(s, classify(query), 20)
        finally:
            event.remove(conn, "before_cursor_execute", capture)
    assert plans
    # SEARCH is an index range; SCAN (even "USING INDEX") would walk the whole table.
    assert not [p for p in plans if "SCAN" in p], plans
