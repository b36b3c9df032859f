"""Access requests made at the till reach head office with their due date (issue 11,
finding 11), and every request event carries its due date and no personal value."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from headoffice.models import EventRow
from headoffice.officer import Officer, Subject
from pos.domain.enums import RequestKind
from pos.domain.events import EventType
from pos.domain.requests import answer_due
from pos.services import privacy
from pos.services.context import ServiceContext
from pos.services.reports import access_report
from sync.worker import SyncWorker
from tests.support.headoffice import HeadOffice
from tests.support.tills import DELIVERY, TillFixture, delivery_buyer, register

FRIDAY = dt.datetime(2026, 11, 27, 6, 0, tzinfo=dt.UTC)  # 11:00 in Almaty


def test_the_due_date_skips_the_weekend() -> None:
    friday = FRIDAY.date()
    assert answer_due(RequestKind.ACCESS, friday) == dt.date(2026, 12, 2)  # Mon, Tue, Wed
    assert answer_due(RequestKind.WITHDRAWAL, friday) == dt.date(2026, 11, 30)


def test_an_access_request_at_the_till_reaches_head_office_with_its_due_date(
    headoffice: HeadOffice, till_a: TillFixture
) -> None:
    headoffice.connect(till_a)
    person = delivery_buyer()
    buyer = register(till_a, person, DELIVERY).buyer.id
    at_friday = ServiceContext(till_a.db, till_a.manager, clock=lambda: FRIDAY)
    report = access_report(at_friday, buyer)
    assert [r.kind for r in report.requests] == [RequestKind.ACCESS]
    sync = SyncWorker(till_a.ctx()).run_cycle()
    assert sync.ok, sync.error

    with headoffice.db.session() as s:
        rows = s.scalars(
            select(EventRow).where(EventRow.type == EventType.SUBJECT_REQUEST.value)
        ).all()
        # Nothing in it is personal: head office stores it as sent, in the clear.
        payloads = [dict(r.payload) for r in rows]
    assert len(payloads) == 1
    request = payloads[0]
    assert request["kind"] == "access" and request["outcome"] == "fulfilled"
    assert request["due"] == "2026-12-02" and request["buyer_id"] == str(buyer)
    text = json.dumps(request, ensure_ascii=False)
    assert not [v for v in (person.surname, person.phone, person.delivery_address) if v in text]
    assert "+77015551234" not in text

    # The officer sees it among the person's requests.
    found = Officer(headoffice.db, headoffice.keys, "test officer").access_report(
        Subject(phone="+77015551234")
    )
    requests = found["records"][0]["requests"]
    assert [(r["kind"], r["due"]) for r in requests] == [("access", "2026-12-02")]


def test_every_request_event_carries_its_due_date(till: TillFixture) -> None:
    from pos.domain.enums import Purpose
    from pos.storage.models import OutboxEvent

    buyer = register(till, delivery_buyer(), DELIVERY).buyer.id
    privacy.withdraw(
        ServiceContext(till.db, till.manager, clock=lambda: FRIDAY), buyer, [Purpose.DELIVERY]
    )
    with till.db.read_session() as s:
        payloads = s.scalars(
            select(OutboxEvent.payload).where(OutboxEvent.type == EventType.SUBJECT_REQUEST.value)
        ).all()
    assert [(p["kind"], p["due"]) for p in payloads] == [("withdrawal", "2026-11-30")]
