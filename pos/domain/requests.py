"""When a buyer's request must be answered by: the due date head office watches.

Law 94-V gives the operator a few working days to answer a data subject (an access or a
correction request), and a withdrawal or refusal stops processing at once, with data
destroyed within a day once nothing justifies it (CONSENT.md K6/K7). The terms are data
here, one table, for counsel to check; weekends are skipped, public holidays are not
known to the till.
"""

from __future__ import annotations

import datetime as dt

from pos.domain.enums import RequestKind

ANSWER_WORKING_DAYS: dict[RequestKind, int] = {
    RequestKind.ACCESS: 3,
    RequestKind.RECTIFICATION: 3,
    RequestKind.WITHDRAWAL: 1,
    RequestKind.WRITTEN_REFUSAL: 1,
    RequestKind.DESTRUCTION: 1,
}


def answer_due(kind: RequestKind, received: dt.date) -> dt.date:
    """The last day to answer a request of `kind` received on `received` (the store's date)."""
    day, left = received, ANSWER_WORKING_DAYS[kind]
    while left:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day
