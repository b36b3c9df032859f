"""Credit and installment arithmetic: even monthly payments, in tiyn, no rounding loss."""

from __future__ import annotations

import calendar
import datetime as dt

from pos.domain.errors import Code, ValidationError
from pos.domain.views import ScheduleItem

TERMS_MONTHS = (3, 6, 12, 24, 36)


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def schedule(principal_tiyn: int, term_months: int, start: dt.date) -> tuple[ScheduleItem, ...]:
    """Monthly payments that add up exactly to the principal; the first absorbs the remainder."""
    if term_months <= 0 or term_months > 120:
        raise ValidationError(Code.CREDIT_TERM_RANGE, field="term_months")
    if principal_tiyn <= 0:
        raise ValidationError(Code.CREDIT_NOTHING_TO_FINANCE, field="down_payment")
    base, remainder = divmod(principal_tiyn, term_months)
    return tuple(
        ScheduleItem(
            number=n,
            due=add_months(start, n),
            amount_tiyn=base + (remainder if n == 1 else 0),
        )
        for n in range(1, term_months + 1)
    )
