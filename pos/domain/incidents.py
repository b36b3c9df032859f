"""The incident register's rules (CONSENT.md K14): what an incident is, and by when the
authority must hear of it.

A breach is reported to the authority within one business day of its detection: the
deadline is the end of the first business day after the store's local date of detection
(a Friday's detection is due on Monday; one on the eve of a holiday, after it). Business
days skip Saturdays, Sundays and Kazakhstan's public holidays.

THE HOLIDAY TABLE BELOW NEEDS A YEARLY REVIEW: Kurban Ait moves every year, and the
government moves working days by decree each December. `HOLIDAYS_REVIEWED_THROUGH` says
up to which year the table was checked; `holidays_known` tells a caller when a deadline
was computed past it (weekends and the fixed-date holidays still apply then).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum

from pos.domain.enums import DataCategory


class IncidentSeverity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class IncidentStatus(StrEnum):
    # Opened by a machine (a failed `pos check`, a sequence gap at head office): someone must
    # look at it and confirm or close it.
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


class NotifyTarget(StrEnum):
    AUTHORITY = "authority"
    SUBJECTS = "subjects"


class IncidentSource(StrEnum):
    STAFF = "staff"  # recorded by a person (`pos incidents add`)
    CHECK = "check"  # a failed `pos check`
    HEADOFFICE = "headoffice"  # head office's own finding (a sequence gap)


# Labour Code of the Republic of Kazakhstan, art. 84-85, and the Law on holidays: the
# fixed-date public holidays (month, day) that are days off.
FIXED_HOLIDAYS: tuple[tuple[int, int], ...] = (
    (1, 1),  # New Year
    (1, 2),  # New Year
    (1, 7),  # Orthodox Christmas (religious: not carried over)
    (3, 8),  # International Women's Day
    (3, 21),  # Nauryz
    (3, 22),  # Nauryz
    (3, 23),  # Nauryz
    (5, 1),  # Unity Day of the people of Kazakhstan
    (5, 7),  # Defender of the Fatherland Day
    (5, 9),  # Victory Day
    (7, 6),  # Capital Day
    (8, 30),  # Constitution Day
    (10, 25),  # Republic Day
    (12, 16),  # Independence Day
)
# Religious holidays are not carried over to a Monday when they fall on a weekend.
_NOT_CARRIED = frozenset({(1, 7)})

# The first day of Kurban Ait, a day off, by year (lunar calendar: review yearly).
KURBAN_AIT: dict[int, dt.date] = {
    2025: dt.date(2025, 6, 6),
    2026: dt.date(2026, 5, 27),
    2027: dt.date(2027, 5, 16),
}

# Days off moved by government decree (a working Saturday gives a bridge day off); add
# each year's decree here. The working Saturdays are in `WORKING_WEEKENDS`.
DECREED_DAYS_OFF: dict[int, tuple[dt.date, ...]] = {
    2025: (dt.date(2025, 1, 3),),
    2026: (),
    2027: (),
}
WORKING_WEEKENDS: dict[int, tuple[dt.date, ...]] = {
    2025: (dt.date(2025, 1, 5),),
    2026: (),
    2027: (),
}

HOLIDAYS_REVIEWED_THROUGH = 2027


def holidays_known(year: int) -> bool:
    """True when the holiday table was reviewed for `year`."""
    return year in KURBAN_AIT and year <= HOLIDAYS_REVIEWED_THROUGH


def days_off(year: int) -> frozenset[dt.date]:
    """Kazakhstan's non-working public holidays in `year`, with carried-over days."""
    out: set[dt.date] = set()
    for month, day in FIXED_HOLIDAYS:
        date = dt.date(year, month, day)
        out.add(date)
    # A holiday on a weekend gives the next working day off (Labour Code art. 85),
    # except religious ones; a run of holidays pushes it past the run.
    for month, day in FIXED_HOLIDAYS:
        date = dt.date(year, month, day)
        if (month, day) in _NOT_CARRIED or date.weekday() < 5:
            continue
        carried = date + dt.timedelta(days=1)
        while carried.weekday() >= 5 or carried in out:
            carried += dt.timedelta(days=1)
        out.add(carried)
    if year in KURBAN_AIT:
        out.add(KURBAN_AIT[year])
    out.update(DECREED_DAYS_OFF.get(year, ()))
    return frozenset(out)


def is_business_day(day: dt.date) -> bool:
    if day in WORKING_WEEKENDS.get(day.year, ()):
        return True
    return day.weekday() < 5 and day not in days_off(day.year)


def authority_due(detected_on: dt.date) -> dt.date:
    """The last day to notify the authority of an incident detected on `detected_on` (the
    store's local date): the first business day after it."""
    day = detected_on + dt.timedelta(days=1)
    while not is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def is_overdue(due: dt.date, today: dt.date, *, authority_notified: bool) -> bool:
    """The authority was not told and the due day has passed (the store's local date)."""
    return not authority_notified and today > due


@dataclass(frozen=True, slots=True)
class Notification:
    to: NotifyTarget
    at: dt.datetime
    reference: str


@dataclass(frozen=True, slots=True)
class IncidentView:
    """One incident as the register shows it (no personal data)."""

    id: uuid.UUID
    detected_at: dt.datetime
    recorded_at: dt.datetime
    what: str
    scope: str
    categories: tuple[DataCategory, ...]
    people: int | None
    severity: IncidentSeverity
    status: IncidentStatus
    source: IncidentSource
    authority_due: dt.date
    notifications: tuple[Notification, ...]
    closed_at: dt.datetime | None
    close_note: str | None

    @property
    def authority_notified(self) -> bool:
        return any(n.to is NotifyTarget.AUTHORITY for n in self.notifications)

    def overdue(self, today: dt.date) -> bool:
        return self.status is not IncidentStatus.CLOSED and is_overdue(
            self.authority_due, today, authority_notified=self.authority_notified
        )


@dataclass(frozen=True, slots=True)
class IncidentRegister:
    timezone: str
    today: dt.date
    rows: tuple[IncidentView, ...]
