"""VAT by rate and discounts over a set of sales, for X/Z reports (issue 14).

The figures are sums of what every sale line stored at the time of sale (its VAT rate and
amount, its discounts), never recomputed, so a report printed later agrees with the
receipts to the tiyn. Returns (recorded by the returns helper) are subtracted by the
caller from their own lines, rate by rate.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos.storage.models import Sale, SaleLine


@dataclass(frozen=True, slots=True)
class VatDiscountTotals:
    # [(rate, total incl. VAT, VAT)] highest rate first.
    vat_by_rate: tuple[tuple[int, int, int], ...]
    # Line discounts plus receipt discounts, and how many sales had one.
    discounts_tiyn: int
    discounted_sales: int

    @property
    def vat_tiyn(self) -> int:
        return sum(vat for _, _, vat in self.vat_by_rate)


def vat_and_discounts(session: Session, *where: Any) -> VatDiscountTotals:
    """Totals over the sales matching `where` (SQLAlchemy conditions on Sale), e.g.
    `Sale.shift_id == shift.id`, or `Sale.created_at >= start`."""
    rates = session.execute(
        select(SaleLine.vat_percent, func.sum(SaleLine.total_tiyn), func.sum(SaleLine.vat_tiyn))
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(*where)
        .group_by(SaleLine.vat_percent)
        .order_by(SaleLine.vat_percent.desc())
    ).all()
    cut = SaleLine.discount_tiyn + SaleLine.receipt_discount_tiyn
    discounts, sales = session.execute(
        select(func.coalesce(func.sum(cut), 0), func.count(func.distinct(Sale.id)))
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(*where, cut > 0)
    ).one()
    return VatDiscountTotals(
        tuple((int(r), int(t or 0), int(v or 0)) for r, t, v in rates),
        int(discounts or 0),
        int(sales or 0),
    )
