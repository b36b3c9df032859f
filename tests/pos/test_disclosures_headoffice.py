"""Transfers recorded at the till reach head office: an officer answering the buyer or a
regulator sees the courier hand-over and the government request with its legal basis."""

from __future__ import annotations

from sqlalchemy import select

from headoffice.models import EventRow
from headoffice.officer import Officer, Subject
from pos.domain.enums import DataCategory, RecipientCategory
from pos.services.disclosures import hand_over_delivery, record_disclosure
from pos.services.sales import LineInput, NewSale, record_sale
from sync.worker import SyncWorker
from tests.support.headoffice import HeadOffice
from tests.support.tills import DELIVERY, TillFixture, delivery_buyer, register


def test_head_office_stores_every_disclosure_and_the_officer_report_shows_it(
    headoffice: HeadOffice, till_a: TillFixture
) -> None:
    headoffice.connect(till_a)
    person = delivery_buyer()
    buyer = register(till_a, person, DELIVERY).buyer.id
    sale = record_sale(
        till_a.ctx(till_a.cashier),
        NewSale(lines=(LineInput("Чайник", 1, 1_599_000),), delivery=True, buyer_id=buyer),
    )
    manager = till_a.ctx(till_a.manager)
    hand_over_delivery(manager, sale.id, "CDEK")
    record_disclosure(
        manager,
        buyer,
        RecipientCategory.GOVERNMENT,
        "Департамент полиции г. Алматы",
        [DataCategory.PHONE],
        legal_basis="УПК РК ст. 122, запрос № 14-3/2211",
    )
    report = SyncWorker(till_a.ctx()).run_cycle()
    assert report.ok, report.error

    with headoffice.db.session() as s:
        stored = s.scalars(select(EventRow).where(EventRow.type == "disclosure.recorded")).all()
    assert len(stored) == 2
    # Sent once more (e.g. a lost acknowledgement): still stored once.
    assert SyncWorker(till_a.ctx()).run_cycle().ok
    with headoffice.db.session() as s:
        assert (
            len(s.scalars(select(EventRow).where(EventRow.type == "disclosure.recorded")).all())
            == 2
        )

    found = Officer(headoffice.db, headoffice.keys, "officer").access_report(
        Subject(phone=person.phone)
    )
    [record] = found["records"]
    courier, police = record["disclosures"]
    assert courier["recipient_category"] == "courier"
    assert courier["recipient_name"] == "CDEK"
    assert courier["purpose"] == "delivery"
    assert sorted(courier["data_categories"]) == ["delivery_address", "full_name", "phone"]
    assert courier["sale_id"] == str(sale.id)
    assert police["recipient_category"] == "government"
    assert police["legal_basis"] == "УПК РК ст. 122, запрос № 14-3/2211"
    assert "purpose" not in police  # no consent purpose: the law is the basis
