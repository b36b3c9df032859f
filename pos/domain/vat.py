"""VAT included in the price (Kazakhstan): per line, rate/(100+rate) of its total.

The standard rate changes with time (12 % until 2025, 16 % from 1 January 2026); a
product is either at the standard rate (no percent of its own), exempt (0) or at a fixed
percent. A sale line keeps the rate and the VAT amount of its day for good.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

# (first day, percent), oldest first: the standard rate in force from that day.
STANDARD_RATES: tuple[tuple[dt.date, int], ...] = (
    (dt.date(2009, 1, 1), 12),
    (dt.date(2026, 1, 1), 16),
)
EXEMPT = 0
# Every standard rate there has been, and exempt: a new rate is one row in STANDARD_RATES.
ALLOWED_PERCENTS = frozenset({EXEMPT, *(percent for _, percent in STANDARD_RATES)})


def standard_rate(day: dt.date) -> int:
    """The standard percent in force on `day` (the store's local date of the sale)."""
    rate = STANDARD_RATES[0][1]
    for since, percent in STANDARD_RATES:
        if day >= since:
            rate = percent
    return rate


def rate_for(product_percent: int | None, day: dt.date) -> int:
    """A product's rate on `day`: its own percent, or the standard one when it has none."""
    return standard_rate(day) if product_percent is None else product_percent


def vat_included(total_tiyn: int, percent: int) -> int:
    """The VAT inside a price-including-VAT amount: total x rate / (100 + rate),
    rounded half up to the tiyn (half a tiyn goes up; amounts are never negative here)."""
    if percent == 0 or total_tiyn == 0:
        return 0
    den = 100 + percent
    sign = -1 if total_tiyn < 0 else 1
    return sign * ((abs(total_tiyn) * percent * 2 + den) // (2 * den))


def by_rate(lines: Iterable[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """(rate, line total, line VAT) rows summed by rate: [(rate, total, vat)], highest rate
    first. The VAT of a rate is the sum of its lines' VAT, as the receipt prints them."""
    sums: dict[int, list[int]] = {}
    for rate, total, vat in lines:
        s = sums.setdefault(rate, [0, 0])
        s[0] += total
        s[1] += vat
    return [(rate, s[0], s[1]) for rate, s in sorted(sums.items(), reverse=True)]
