"""Directives through head office: a new policy reaches every store; a withdrawal, written
refusal or destruction at one store (or by an officer) reaches every store holding the
same person, under that store's own buyer id."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from headoffice.directives import publish_policy
from headoffice.models import BuyerRecord, DirectiveAckRow, DirectiveRow
from headoffice.officer import Officer, Subject
from pos.domain.enums import ConsentState, Purpose
from pos.domain.errors import NotFound
from pos.services import policies, privacy
from pos.services.buyers import get_buyer
from pos.storage.models import AppliedDirective, ConsentEvent
from sync.worker import SyncWorker
from tests.support.headoffice import HeadOffice, dump_database, open_ciphertexts
from tests.support.tills import (
    CREDIT,
    DELIVERY,
    TillFixture,
    credit_buyer,
    delivery_buyer,
    installment_sale,
    register,
)

POLICY_B = "Test privacy policy, version B, published by head office for the sync tests.\n"


def cycle(till: TillFixture) -> tuple[int, dict[str, int]]:
    """One sync cycle; (directives pulled, outcomes)."""
    report = SyncWorker(till.ctx()).run_cycle()
    assert report.ok, report.error
    return report.pulled, report.outcomes


def purposes(till: TillFixture, buyer_id: uuid.UUID) -> dict[str, str]:
    view = get_buyer(till.ctx(till.manager), buyer_id)
    return {p.purpose.value: p.state.value for p in view.purposes}


def acks(ho: HeadOffice) -> list[tuple[str, str]]:
    with ho.db.session() as s:
        rows = s.execute(
            select(DirectiveRow.kind, DirectiveAckRow.outcome).join(
                DirectiveAckRow, DirectiveAckRow.directive_seq == DirectiveRow.seq
            )
        ).all()
    return sorted((k, o) for k, o in rows)


def officer(ho: HeadOffice) -> Officer:
    return Officer(ho.db, ho.keys, "test officer")


def test_a_published_policy_reaches_every_store_once(
    headoffice: HeadOffice, till_a: TillFixture, till_b: TillFixture
) -> None:
    import datetime as dt

    headoffice.connect(till_a)
    with headoffice.db.session() as s, s.begin():
        publish_policy(
            headoffice.db,
            s,
            POLICY_B,
            label="2026-01-01",
            effective=dt.date(2026, 1, 1),
            language="ru",
            issued_by="officer:test",
            now=dt.datetime.now(dt.UTC),
        )
    headoffice.connect(till_b)  # a store registered after the publication gets it too
    for till in (till_a, till_b):
        assert cycle(till) == (1, {"applied": 1})
        got = {(p.label, p.source) for p in policies.list_policies(till.ctx())}
        assert ("2026-01-01", "headoffice") in got
        assert cycle(till) == (0, {})  # pulled again: nothing new, nothing changed
        with till.db.read_session() as s:
            assert len(s.scalars(select(AppliedDirective)).all()) == 1
    assert acks(headoffice) == [("policy", "applied"), ("policy", "applied")]


def test_big_policy_texts_come_in_several_pages_within_one_cycle(
    headoffice: HeadOffice, till_a: TillFixture
) -> None:
    import datetime as dt

    headoffice.connect(till_a)
    big = ("Политика обработки персональных данных, тестовый текст. " * 26_000)[:1_500_000]
    with headoffice.db.session() as s, s.begin():
        for month in (2, 3, 4):
            publish_policy(
                headoffice.db,
                s,
                f"{big}\nversion {month}\n",
                label=f"2026-0{month}",
                effective=dt.date(2026, month, 1),
                language="ru",
                issued_by="officer:test",
                now=dt.datetime.now(dt.UTC),
            )
    from pos.services import sync_state
    from sync.client import ClientConfig, HeadOfficeClient

    cfg = sync_state.headoffice_settings(till_a.ctx())
    client = HeadOfficeClient(ClientConfig(url=cfg.url, token=cfg.token, store_code="ALM-01"))
    first = client.pull(cfg.register_id, 0)
    assert (len(first.directives), first.more) == (2, True)  # about 8 MB a page
    assert len(client.pull(cfg.register_id, first.cursor).directives) == 1
    assert cycle(till_a) == (3, {"applied": 3})
    labels = {p.label for p in policies.list_policies(till_a.ctx()) if p.source == "headoffice"}
    assert labels == {"2026-02", "2026-03", "2026-04"}


def test_a_partial_withdrawal_at_store_a_reaches_store_b(
    headoffice: HeadOffice, till_a: TillFixture, till_b: TillFixture
) -> None:
    headoffice.connect(till_a)
    headoffice.connect(till_b)
    buyer_a = register(till_a, credit_buyer(), CREDIT).buyer.id
    buyer_b = register(till_b, credit_buyer(), CREDIT).buyer.id
    assert buyer_a != buyer_b  # each store makes its own ids
    cycle(till_a)
    cycle(till_b)

    privacy.withdraw(till_a.ctx(till_a.manager), buyer_a, [Purpose.CREDIT], reference="REQ-7")
    assert cycle(till_a) == (0, {})
    assert purposes(till_b, buyer_b)["credit"] == "given"
    assert cycle(till_b) == (1, {"applied": 1})

    assert purposes(till_b, buyer_b) == {"sale": "given", "credit": "withdrawn"}
    with till_b.db.read_session() as s:
        event = s.scalars(
            select(ConsentEvent).where(
                ConsentEvent.buyer_id == buyer_b, ConsentEvent.state == ConsentState.WITHDRAWN.value
            )
        ).one()
    assert (event.expressed_by, event.reference) == ("headoffice", "REQ-7")
    # B's own withdrawal event goes back up, and nothing bounces back to A.
    assert cycle(till_b) == (0, {})
    assert cycle(till_a) == (0, {})
    assert acks(headoffice) == [("withdrawal", "applied")]


def test_a_full_withdrawal_at_a_destroys_the_person_everywhere_including_head_office(
    headoffice: HeadOffice, till_a: TillFixture, till_b: TillFixture
) -> None:
    headoffice.connect(till_a)
    headoffice.connect(till_b)
    person = credit_buyer()
    buyer_a = register(till_a, person, CREDIT).buyer.id
    buyer_b = register(till_b, person, CREDIT).buyer.id
    cycle(till_a)
    cycle(till_b)
    assert [r.store_code for r in officer(headoffice).find(Subject(iin=person.iin))] == [
        "ALM-01",
        "AST-01",
    ]

    privacy.withdraw(till_a.ctx(till_a.manager), buyer_a, None)
    cycle(till_a)
    assert cycle(till_b) == (1, {"applied": 1})
    with pytest.raises(NotFound):
        get_buyer(till_b.ctx(till_b.manager), buyer_b)
    cycle(till_b)  # B's destruction event reaches head office

    assert officer(headoffice).find(Subject(iin=person.iin)) == []
    assert headoffice.count(BuyerRecord) == 0
    assert_no_personal_data(headoffice, [person.iin or "", "Ахметов", "Нурлан", "777123"])


def test_a_withdrawal_blocked_by_an_installment_at_b_is_reported_refused(
    headoffice: HeadOffice, till_a: TillFixture, till_b: TillFixture
) -> None:
    headoffice.connect(till_a)
    headoffice.connect(till_b)
    buyer_a = register(till_a, credit_buyer(), CREDIT).buyer.id
    buyer_b = register(till_b, credit_buyer(), CREDIT).buyer.id
    installment_sale(till_b, buyer_b)
    cycle(till_a)
    cycle(till_b)

    privacy.withdraw(till_a.ctx(till_a.manager), buyer_a, [Purpose.CREDIT])
    cycle(till_a)
    assert cycle(till_b) == (1, {"refused": 1})
    assert purposes(till_b, buyer_b)["credit"] == "given"
    report = officer(headoffice).access_report(Subject(iin=credit_buyer().iin))
    at_b = next(r for r in report["records"] if r["store"] == "AST-01")
    outcome = at_b["directives"][0]
    assert outcome["kind"] == "withdrawal" and outcome["outcome"] == "refused"
    assert "outstanding" in outcome["detail"]


def test_a_written_refusal_at_a_reaches_b(
    headoffice: HeadOffice, till_a: TillFixture, till_b: TillFixture
) -> None:
    headoffice.connect(till_a)
    headoffice.connect(till_b)
    buyer_a = register(till_a, credit_buyer(), CREDIT).buyer.id
    buyer_b = register(till_b, credit_buyer(), CREDIT).buyer.id
    installment_sale(till_b, buyer_b)  # B must keep servicing the installment
    cycle(till_a)
    cycle(till_b)

    privacy.refuse_in_writing(till_a.ctx(till_a.manager), buyer_a, "LETTER-12")
    cycle(till_a)
    assert cycle(till_b) == (1, {"applied": 1})
    view = get_buyer(till_b.ctx(till_b.manager), buyer_b)
    assert view.status == "restricted"
    assert {p.purpose.value: p.state.value for p in view.purposes} == {
        "sale": "withdrawn",
        "credit": "given",
    }


def test_a_stores_request_never_reaches_another_store_by_phone_alone(
    headoffice: HeadOffice, till_a: TillFixture, till_b: TillFixture
) -> None:
    """BRIEF 11: a store's request propagates by IIN only (headoffice.trust); the officer
    still finds both records by phone and can act on them."""
    headoffice.connect(till_a)
    headoffice.connect(till_b)
    buyer_a = register(till_a, delivery_buyer(), DELIVERY).buyer.id
    # Same phone written differently, different address: perhaps the same person.
    buyer_b = register(
        till_b,
        delivery_buyer(phone="87015551234", delivery_address="Астана, ул. Кенесары, 3"),
        DELIVERY,
    ).buyer.id
    cycle(till_a)
    cycle(till_b)
    privacy.withdraw(till_a.ctx(till_a.manager), buyer_a, [Purpose.DELIVERY])
    cycle(till_a)
    assert cycle(till_b) == (0, {})
    assert purposes(till_b, buyer_b)["delivery"] == "given"
    found = officer(headoffice).find(Subject(phone="+7 701 555 12 34"))
    assert sorted(r.store_code for r in found) == ["ALM-01", "AST-01"]


def test_an_officer_destruction_reaches_every_store_and_clears_head_office(
    headoffice: HeadOffice, till_a: TillFixture, till_b: TillFixture
) -> None:
    headoffice.connect(till_a)
    headoffice.connect(till_b)
    person = credit_buyer()
    buyer_a = register(till_a, person, CREDIT).buyer.id
    buyer_b = register(till_b, person, CREDIT).buyer.id
    cycle(till_a)
    cycle(till_b)
    issued = officer(headoffice).destroy(Subject(iin=person.iin), "court order 12/2026")
    assert sorted(code for code, _ in issued) == ["ALM-01", "AST-01"]
    for till, buyer in ((till_a, buyer_a), (till_b, buyer_b)):
        assert cycle(till) == (1, {"applied": 1})
        with pytest.raises(NotFound):
            get_buyer(till.ctx(till.manager), buyer)
        cycle(till)
    assert acks(headoffice) == [("destruction", "applied"), ("destruction", "applied")]
    assert headoffice.count(BuyerRecord) == 0
    assert_no_personal_data(headoffice, [person.iin or "", "Ахметов", "Серикович", "777123"])


def assert_no_personal_data(ho: HeadOffice, needles: list[str]) -> None:
    """Nothing personal is left at head office, not even as a ciphertext that would open."""
    dump = dump_database(ho)
    for needle in needles:
        assert needle not in dump
    assert not any(any(n in value for n in needles) for value in open_ciphertexts(ho, dump))
