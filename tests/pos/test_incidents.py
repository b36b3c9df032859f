"""The incident register (K14): the authority's deadline is one business day after
detection (weekends and Kazakhstan's holidays skipped), texts take no personal data, and
every change reaches head office's outbox with the incident's whole state."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from pos.domain.enums import DataCategory
from pos.domain.errors import Code, NotFound, PermissionDenied, Refused, ValidationError
from pos.domain.events import EventType
from pos.domain.incidents import (
    HOLIDAYS_REVIEWED_THROUGH,
    IncidentSeverity,
    IncidentStatus,
    NotifyTarget,
    authority_due,
    days_off,
    holidays_known,
    is_business_day,
)
from pos.services.context import ServiceContext
from pos.services.incidents import (
    close_incident,
    list_incidents,
    open_check_drafts,
    record_incident,
    record_notification,
)
from pos.storage.models import AuditEntry, Incident, OutboxEvent
from tests.support.tills import TillFixture

ALMATY = dt.timezone(dt.timedelta(hours=5))


# --- the deadline rule ------------------------------------------------------------------


def test_a_friday_detection_is_due_on_monday() -> None:
    friday = dt.date(2026, 11, 27)
    assert friday.weekday() == 4
    assert authority_due(friday) == dt.date(2026, 11, 30)


def test_a_saturday_or_sunday_detection_is_due_on_monday() -> None:
    assert authority_due(dt.date(2026, 11, 28)) == dt.date(2026, 11, 30)
    assert authority_due(dt.date(2026, 11, 29)) == dt.date(2026, 11, 30)


def test_a_weekday_detection_is_due_the_next_day() -> None:
    assert authority_due(dt.date(2026, 11, 24)) == dt.date(2026, 11, 25)


def test_a_public_holiday_is_not_a_business_day() -> None:
    # Independence Day, 16 December 2026, is a Wednesday.
    assert dt.date(2026, 12, 16).weekday() == 2
    assert not is_business_day(dt.date(2026, 12, 16))
    assert authority_due(dt.date(2026, 12, 15)) == dt.date(2026, 12, 17)


def test_a_friday_before_nauryz_waits_for_the_days_off_and_their_carry_over() -> None:
    # 21-22 March 2026 fall on a weekend: carried to Tuesday and Wednesday, after Monday
    # the 23rd (Nauryz itself); the first business day is Thursday the 26th.
    assert {dt.date(2026, 3, d) for d in (23, 24, 25)} <= days_off(2026)
    assert authority_due(dt.date(2026, 3, 20)) == dt.date(2026, 3, 26)


def test_kurban_ait_is_in_the_table_and_the_table_says_when_it_needs_review() -> None:
    assert not is_business_day(dt.date(2026, 5, 27))
    assert authority_due(dt.date(2026, 5, 26)) == dt.date(2026, 5, 28)
    assert holidays_known(2026)
    assert not holidays_known(HOLIDAYS_REVIEWED_THROUGH + 1)


# --- the service ------------------------------------------------------------------------


def _ctx(till: TillFixture, at: dt.datetime) -> ServiceContext:
    return ServiceContext(till.db, till.admin, clock=lambda: at)


def _incident_events(till: TillFixture) -> list[dict[str, object]]:
    with till.db.read_session() as s:
        return [
            e.payload
            for e in s.scalars(
                select(OutboxEvent)
                .where(OutboxEvent.type == EventType.INCIDENT_RECORDED.value)
                .order_by(OutboxEvent.seq)
            )
        ]


def test_an_incident_has_its_deadline_in_the_stores_date_and_reaches_the_outbox(
    till: TillFixture,
) -> None:
    # Friday 27 November 2026, 20:30 UTC, is already Saturday the 28th in Almaty.
    now = dt.datetime(2026, 11, 27, 20, 30, tzinfo=dt.UTC)
    view = record_incident(
        _ctx(till, now),
        what="The back-office laptop with an export of the buyers list was stolen",
        scope="about 120 buyers: names and phones",
        severity=IncidentSeverity.HIGH,
        categories=[DataCategory.PHONE, DataCategory.FULL_NAME],
        people=120,
    )
    assert view.status is IncidentStatus.OPEN
    assert view.authority_due == dt.date(2026, 11, 30)
    [payload] = _incident_events(till)
    assert payload["incident_id"] == str(view.id)
    assert payload["authority_due"] == "2026-11-30"
    assert payload["categories"] == ["full_name", "phone"]
    assert payload["people"] == 120


@pytest.mark.parametrize(
    ("what", "scope"),
    [
        ("Buyer 900517301234 complained of a leak", "one buyer"),
        ("A leak reported by phone", "the buyer at +7 701 555 12 34"),
        ("A leak reported by phone", "the buyer at 8 (701) 555-12-34"),
    ],
)
def test_an_iin_or_a_phone_in_the_texts_is_refused_and_nothing_is_kept(
    till: TillFixture, what: str, scope: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        record_incident(till.ctx(), what=what, scope=scope)
    assert caught.value.code is Code.REFERENCE_PERSONAL_DATA
    assert "900517301234" not in str(caught.value) and "555" not in str(caught.value)
    with till.db.read_session() as s:
        assert s.scalars(select(Incident)).first() is None
    assert _incident_events(till) == []


def test_a_cashier_cannot_record_or_read_the_register(till: TillFixture) -> None:
    with pytest.raises(PermissionDenied):
        record_incident(till.ctx(till.cashier), what="Something happened", scope="")
    with pytest.raises(PermissionDenied):
        list_incidents(till.ctx(till.cashier))


def test_a_detection_in_the_future_is_refused(till: TillFixture) -> None:
    now = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC)
    with pytest.raises(ValidationError) as caught:
        record_incident(
            _ctx(till, now),
            what="A window was broken",
            scope="",
            detected_at=now + dt.timedelta(hours=2),
        )
    assert caught.value.code is Code.INCIDENT_IN_FUTURE


def test_notifying_the_authority_ends_overdue_and_closing_is_final(till: TillFixture) -> None:
    detected = dt.datetime(2026, 11, 23, 6, 0, tzinfo=dt.UTC)  # Monday, due Tuesday
    later = dt.datetime(2026, 11, 26, 6, 0, tzinfo=dt.UTC)  # Thursday
    ctx = _ctx(till, later)
    view = record_incident(ctx, what="A till was opened by force", scope="", detected_at=detected)
    [row] = list_incidents(ctx).rows
    assert row.overdue(list_incidents(ctx).today)

    record_notification(ctx, view.id, NotifyTarget.AUTHORITY, later, "letter 12/45 of 26.11.2026")
    register = list_incidents(ctx)
    [row] = register.rows
    assert row.authority_notified and not row.overdue(register.today)
    assert row.notifications[0].reference == "letter 12/45 of 26.11.2026"

    closed = close_incident(ctx, view.id, "lock replaced; no data taken")
    assert closed.status is IncidentStatus.CLOSED
    assert list_incidents(ctx, open_only=True).rows == ()
    with pytest.raises(Refused) as caught:
        record_notification(ctx, view.id, NotifyTarget.SUBJECTS, later, "notice 1")
    assert caught.value.code is Code.INCIDENT_CLOSED
    states = [p["status"] for p in _incident_events(till)]
    assert states == ["open", "open", "closed"]
    with till.db.read_session() as s:
        actions = set(s.scalars(select(AuditEntry.action)))
    assert {"incident.recorded", "incident.notified", "incident.closed"} <= actions


def test_an_unknown_incident_is_not_found(till: TillFixture) -> None:
    with pytest.raises(NotFound):
        close_incident(till.ctx(), uuid.uuid4(), "done")


def test_the_same_check_finding_opens_one_draft_until_it_is_closed(till: TillFixture) -> None:
    ctx = ServiceContext(till.db, till.identity.system_actor())
    failure = [("audit chain", "audit entry 3 was altered")]
    [first] = open_check_drafts(ctx, failure)
    [second] = open_check_drafts(ctx, failure)
    assert first.opened and not second.opened
    assert second.incident.id == first.incident.id
    assert first.incident.status is IncidentStatus.DRAFT
    # Another finding is another incident.
    [other] = open_check_drafts(ctx, [("audit chain", "audit entry 9 was altered")])
    assert other.opened
    close_incident(till.ctx(), first.incident.id, "restored from the backup of 25.11")
    [again] = open_check_drafts(ctx, failure)
    assert again.opened and again.incident.id != first.incident.id
    with till.db.read_session() as s:
        assert len(s.scalars(select(Incident)).all()) == 3
