"""The rules of statistics for third parties (policy 4.4.1) that single out no one.

An export is always one whole calendar period: a month (`2026-10`) or an ISO week
(`2026-W42`), never arbitrary days, and only once the period is over. Four rules together
keep any pair or set of exports from describing fewer than `MIN_BUYERS` people:

1. Whole periods only. Two exports of arbitrary days, 1-19 and 1-18 October, differ by
   one day, and one day may hold one buyer's sale.
2. A period's figures are frozen at its first export; the same period exported again
   returns them unchanged, so a late-synced sale, a destruction or a withdrawal cannot
   be read off the difference of two exports of "the same" period.
3. Exported periods never partially overlap (`clash`): a period is exported only if every
   period exported before is the same period or shares no day with it. A month and the ISO
   weeks inside it would otherwise differ by the one to six edge days the weeks miss, and a
   week straddling two months by the days in either month. Suppressing cells so that every
   such difference still covers 10 buyers would need the cells of every month-week
   intersection, and sums and amounts are additive, so even one dropped edge day would
   leak. Refusing the overlap is simpler and exact: all exports together then describe
   pairwise disjoint sets of sales, so no combination of them says more about a set of
   sales than one export says on its own. In practice a till keeps to one period kind; it
   may switch only at a boundary where no exported period is cut.
4. Within one export, no cell under `MIN_BUYERS` distinct buyers, and none derivable from
   the group total and the cells shown (`suppress`: complementary suppression).

Who counts is decided by the service: only buyers whose marketing consent was in force at
the sale and still is at the first export (`in_force_at`); never a buyer under a written
refusal or destroyed. Sales with no buyer are not exported at all: they have no distinct
buyers to count, so the 10-buyer rule cannot be applied to them, and a destroyed buyer's
sales become buyer-free, so counting buyer-free sales would bring those sales back.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Hashable, Mapping, Sequence, Set
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from pos.domain.enums import ConsentState
from pos.domain.errors import Code, Refused, ValidationError

MIN_BUYERS = 10
AGE_BANDS = ((18, 24), (25, 34), (35, 44), (45, 54), (55, 64), (65, 200))
RECIPIENT_MAX = 200

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
# Ten digits or more, ignoring the separators people type: an IIN, a BIN or a phone number.
_NUMBER = re.compile(r"\d{10,}")
_SEPARATORS = re.compile(r"[\s\-().+/]")


class PeriodKind(StrEnum):
    MONTH = "month"
    WEEK = "week"


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """One whole calendar period, in the store's local days."""

    first: dt.date
    last: dt.date
    kind: PeriodKind
    label: str

    def __str__(self) -> str:
        return self.label

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def overlaps(self, other: Period) -> bool:
        return self.first <= other.last and other.first <= self.last

    def clashes(self, other: Period) -> bool:
        """True when exporting both would let their difference describe a few days."""
        return self.overlaps(other) and (self.first, self.last) != (other.first, other.last)

    def is_over(self, today: dt.date) -> bool:
        """A period still running would change after its export; only a finished one goes."""
        return today > self.last

    def previous(self) -> Period:
        return period_containing(self.kind, self.first - dt.timedelta(days=1))


def month(year: int, number: int) -> Period:
    first = dt.date(year, number, 1)
    last = first.replace(day=calendar.monthrange(year, number)[1])
    return Period(first, last, PeriodKind.MONTH, f"{year:04d}-{number:02d}")


def iso_week(year: int, number: int) -> Period:
    first = dt.date.fromisocalendar(year, number, 1)
    return Period(first, first + dt.timedelta(days=6), PeriodKind.WEEK, f"{year:04d}-W{number:02d}")


def period_containing(kind: PeriodKind, day: dt.date) -> Period:
    if kind is PeriodKind.MONTH:
        return month(day.year, day.month)
    year, week, _ = day.isocalendar()
    return iso_week(year, week)


def parse_period(text: str) -> Period:
    """`YYYY-MM` or `YYYY-Www` (ISO week), else a validation error naming the forms."""
    value = text.strip()
    try:
        if m := _MONTH.match(value):
            return month(int(m[1]), int(m[2]))
        if m := _WEEK.match(value):
            return iso_week(int(m[1]), int(m[2]))
    except ValueError:  # month 13, week 54, year 0
        pass
    raise ValidationError(Code.STATS_PERIOD_FORM, text=value)


def period_of_range(first: dt.date, last: dt.date) -> Period:
    """The whole month or ISO week that is exactly first..last, else a refusal."""
    if first > last:
        raise ValidationError(Code.STATS_RANGE)
    for kind in PeriodKind:
        period = period_containing(kind, first)
        if (period.first, period.last) == (first, last):
            return period
    raise Refused(Code.STATS_NOT_WHOLE_PERIOD, first=first, last=last)


def first_clash(period: Period, exported: Sequence[Period]) -> Period | None:
    """The earliest exported period this one partly overlaps (rule 3), if any."""
    return min((p for p in exported if period.clashes(p)), default=None)


def last_finished(kind: PeriodKind, today: dt.date) -> Period:
    """The newest period of `kind` that is over on `today`."""
    return period_containing(kind, today).previous()


def recipient_name(text: str | None) -> str | None:
    """Whom the figures go to: an organisation's name, never a person's number."""
    value = " ".join((text or "").split())
    if not value:
        return None
    if len(value) > RECIPIENT_MAX:
        raise ValidationError(Code.STATS_RECIPIENT_TOO_LONG, field="recipient", n=RECIPIENT_MAX)
    if _NUMBER.search(_SEPARATORS.sub("", value)):
        raise ValidationError(Code.STATS_RECIPIENT_NUMBER, field="recipient")
    return value


def age_band(birth: dt.date | None, on: dt.date) -> str:
    if birth is None:
        return "unknown"
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    for low, high in AGE_BANDS:
        if low <= age <= high:
            return f"{low}+" if high >= 200 else f"{low}-{high}"
    return "under-18"


# --- consent in force ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConsentChange:
    """One change of a buyer's marketing consent: when, to what, valid until which day."""

    at: dt.datetime
    state: ConsentState
    valid_until: dt.date | None


def in_force_at(history: Sequence[ConsentChange], at: dt.datetime, day: dt.date) -> bool:
    """Whether the consent with this history (oldest first) was in force at `at`.

    The newest change at or before `at` decides: given or renewed, and `day` (the store's
    date of `at`) not after its printed end; no change yet means no consent.
    """
    i = bisect.bisect_right([c.at for c in history], at)
    if i == 0:
        return False
    change = history[i - 1]
    if not change.state.allows_processing:
        return False
    return change.valid_until is None or day <= change.valid_until


# --- complementary suppression ------------------------------------------------------------

K = TypeVar("K", bound=Hashable)
B = TypeVar("B", bound=Hashable)


def suppress(cells: Mapping[K, Set[B]], group_buyers: int) -> tuple[set[K], bool]:
    """The cells of one group to hide, and whether the group's total row must go too.

    `cells` maps each cell to its distinct buyers. A cell under `MIN_BUYERS` is hidden; the
    total minus the cells shown gives the hidden cells' sum, so the smallest shown cells are
    hidden as well until the hidden ones together cover `MIN_BUYERS` distinct buyers. Only
    then is their sum no smaller a crowd than a cell. A group under `MIN_BUYERS` hides all.
    """
    hidden = {k for k, buyers in cells.items() if len(buyers) < MIN_BUYERS}
    if hidden:
        remainder: set[B] = set().union(*(cells[k] for k in hidden))
        # Ties broken by the key, so the same figures always hide the same cells.
        shown = sorted((k for k in cells if k not in hidden), key=lambda k: (len(cells[k]), k))
        while len(remainder) < MIN_BUYERS and shown:
            k = shown.pop(0)
            hidden.add(k)
            remainder |= cells[k]
    return hidden, group_buyers < MIN_BUYERS
