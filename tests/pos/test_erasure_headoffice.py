"""Every erasure reaches head office (issue 11, finding 2), checked at head office's stored
events through the real service, on SQLite and PostgreSQL.

The till's side is complete here: each erasing event names its fields (`"erased"`), and a
value erased before it was sent never reaches head office at all. What head office then
does with `"erased"` (dropping its own copies, re-keying) is checked by the last test, and
as an adversary in tests/headoffice/test_shredding.py.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select

from headoffice.models import EventRow
from headoffice.officer import Officer, Subject
from pos.domain.buyer import BuyerData
from pos.domain.enums import PaymentMethod, Purpose
from pos.domain.minimization import SaleNeeds
from pos.services import privacy
from pos.services.context import ServiceContext
from pos.services.retention import run_retention
from pos.services.sales import LineInput, NewSale, record_sale
from sync.worker import SyncWorker
from tests.support.headoffice import HeadOffice, dump_database, open_ciphertexts
from tests.support.tills import (
    TillFixture,
    credit_buyer,
    delivery_buyer,
    installment_sale,
    register,
)

EMAIL = "asel.headoffice-erasure@mail.kz"
ADDRESS = "Алматы, ул. Жарокова, 12, кв. 5"
OLD_PHONE = "+77015551234"
NEW_PHONE = "+77051112233"
LINE = (LineInput("Смартфон", 1, 15_000_000, category="phones"),)
OFFERS_AND_DELIVERY = SaleNeeds(PaymentMethod.CASH, delivery=True, marketing=True)


def sync(till: TillFixture, clock: dt.datetime | None = None) -> None:
    ctx = till.ctx() if clock is None else ServiceContext(till.db, till.admin, lambda: clock)
    report = SyncWorker(ctx).run_cycle()
    assert report.ok, report.error
    assert report.rejected == 0


def stored(ho: HeadOffice, buyer_id: uuid.UUID) -> list[tuple[str, dict[str, Any]]]:
    """(type, payload as stored) of every event head office holds about the buyer. Field
    names and `erased` lists are stored in the clear; values only as ciphertexts."""
    with ho.db.session() as s:
        rows = s.scalars(
            select(EventRow).where(EventRow.buyer_id == buyer_id).order_by(EventRow.seq)
        ).all()
        return [(r.type, dict(r.payload)) for r in rows]


def erased_by_type(ho: HeadOffice, buyer_id: uuid.UUID) -> dict[str, list[str]]:
    return {t: p["erased"] for t, p in stored(ho, buyer_id) if "erased" in p}


def opens_anywhere(ho: HeadOffice, value: str) -> bool:
    """Whether `value` is in head office's files in the clear or in a ciphertext it opens."""
    return value in dump_database(ho) or any(value in v for v in open_ciphertexts(ho))


def test_each_erasure_names_its_fields_at_head_office(
    headoffice: HeadOffice, till_a: TillFixture
) -> None:
    headoffice.connect(till_a)
    buyer = register(till_a, delivery_buyer(email=EMAIL), OFFERS_AND_DELIVERY).buyer.id
    record_sale(till_a.ctx(till_a.cashier), NewSale(lines=LINE, delivery=True, buyer_id=buyer))
    sync(till_a)

    manager = till_a.ctx(till_a.manager)
    privacy.rectify(manager, buyer, BuyerData(phone="+7 705 111 22 33"))
    privacy.withdraw(manager, buyer, [Purpose.MARKETING])
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=60)  # delivery lapses 30 days after use
    run_retention(ServiceContext(till_a.db, till_a.admin, clock=lambda: later))
    sync(till_a, later)

    assert erased_by_type(headoffice, buyer) == {
        "buyer.updated": ["phone"],
        "consent.withdrawn": ["email"],
        "consent.expired": ["delivery_address"],
    }
    updated = [p for t, p in stored(headoffice, buyer) if t == "buyer.updated"]
    assert set(updated[0]["data"]) == {"phone"}  # the new value travels with its name
    assert opens_anywhere(headoffice, NEW_PHONE)


def test_a_written_refusal_names_what_it_erased_at_head_office(
    headoffice: HeadOffice, till_a: TillFixture
) -> None:
    headoffice.connect(till_a)
    needs = SaleNeeds(PaymentMethod.INSTALLMENT, marketing=True)
    buyer = register(till_a, credit_buyer(email=EMAIL), needs).buyer.id
    installment_sale(till_a, buyer)
    sync(till_a)
    privacy.refuse_in_writing(till_a.ctx(till_a.manager), buyer, "WR-2026-11")
    sync(till_a)
    assert erased_by_type(headoffice, buyer) == {"buyer.restricted": ["email"]}


def test_a_value_erased_before_it_was_sent_never_reaches_head_office(
    headoffice: HeadOffice, till_a: TillFixture
) -> None:
    headoffice.connect(till_a)
    buyer = register(till_a, delivery_buyer(email=EMAIL), OFFERS_AND_DELIVERY).buyer.id
    privacy.rectify(till_a.ctx(till_a.manager), buyer, BuyerData(phone="+7 705 111 22 33"))
    privacy.withdraw(till_a.ctx(till_a.manager), buyer, [Purpose.MARKETING])
    sync(till_a)  # the first push: registration, correction and withdrawal together

    assert not opens_anywhere(headoffice, EMAIL)
    assert not opens_anywhere(headoffice, OLD_PHONE)
    assert opens_anywhere(headoffice, NEW_PHONE)  # the check can see what is held
    record = Officer(headoffice.db, headoffice.keys, "test officer").find(Subject(phone=NEW_PHONE))
    assert "email" not in record[0].fields and record[0].fields["phone"] == NEW_PHONE


def test_head_office_keeps_no_copy_of_what_an_expiry_or_a_correction_erased(
    headoffice: HeadOffice, till_a: TillFixture
) -> None:
    headoffice.connect(till_a)
    buyer = register(till_a, delivery_buyer(), OFFERS_AND_DELIVERY).buyer.id
    record_sale(till_a.ctx(till_a.cashier), NewSale(lines=LINE, delivery=True, buyer_id=buyer))
    sync(till_a)
    assert opens_anywhere(headoffice, ADDRESS) and opens_anywhere(headoffice, OLD_PHONE)

    privacy.rectify(till_a.ctx(till_a.manager), buyer, BuyerData(phone="+7 705 111 22 33"))
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=60)
    run_retention(ServiceContext(till_a.db, till_a.admin, clock=lambda: later))
    sync(till_a, later)

    report = Officer(headoffice.db, headoffice.keys, "test officer").access_report(
        Subject(phone=NEW_PHONE)
    )
    assert "delivery_address" not in report["records"][0]["data"]
    assert not opens_anywhere(headoffice, ADDRESS)
    assert not opens_anywhere(headoffice, OLD_PHONE)
