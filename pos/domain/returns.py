"""Return rules (BRIEF 9.2): how much of a line may still come back, what it refunds, and
when a return is late enough to need a sales manager's override.
"""

from __future__ import annotations

import datetime as dt

from pos.domain.errors import Code, ValidationError
from pos.domain.quantity import format_quantity

# Consumer law: a return within 14 days of the sale (the store's local dates) is the
# buyer's right; after that only a sales manager may accept it, with a reason.
RETURN_DAYS = 14
MAX_REASON = 200


def age_days(sold_on: dt.date, today: dt.date) -> int:
    """Whole days since the sale, both the store's local dates."""
    return (today - sold_on).days


def is_late(days: int) -> bool:
    """Past the buyer's own right: only a sales manager's override accepts it."""
    return days > RETURN_DAYS


def check_quantity(line_no: int, sold: int, returned: int, wanted: int, unit: str) -> None:
    """Refuse more than was sold and not yet returned (all in thousandths of the unit)."""
    left = max(sold - returned, 0)
    if wanted <= 0 or wanted > left:
        raise ValidationError(
            Code.RETURN_TOO_MANY, field="lines", line=line_no, n=format_quantity(left, unit)
        )


def line_refund(
    line_total_tiyn: int, sold: int, returned: int, returned_tiyn: int, wanted: int
) -> int:
    """What `wanted` (thousandths) of a line refunds: its share of what the line cost; the last part
    returned takes the rest, so a line returned in parts refunds exactly its total."""
    if returned + wanted >= sold:
        return line_total_tiyn - returned_tiyn
    return line_total_tiyn * wanted // sold


def clean_reason(text: str, field: str = "reason") -> str:
    reason = " ".join(text.split())
    if not reason:
        raise ValidationError(Code.RETURN_REASON_MISSING, field=field)
    if len(reason) > MAX_REASON:
        raise ValidationError(Code.RETURN_REASON_TOO_LONG, field=field, n=MAX_REASON)
    return reason
