"""Statistics for third parties (policy 4.4.1): aggregates only, never a row about a person.

Cells are (store, month, category, payment method, age band, sex) with the number of
distinct buyers, sales and the amount. No identifier, hash or birth date leaves. A cell
with fewer than 10 distinct buyers is suppressed; each (store, month) group also carries
a total row, and because the total minus the cells shown would reveal what was
suppressed, more cells are suppressed until the hidden remainder itself covers at least
10 distinct buyers (or the total goes too).
"""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from pos.domain.enums import Role
from pos.domain.errors import Code, ValidationError
from pos.services.context import Action, ServiceContext
from pos.services.uow import UnitOfWork
from pos.storage import queries
from pos.storage.models import Buyer, Sale, SaleLine

MIN_BUYERS = 10
ALL = "*"
AGE_BANDS = ((18, 24), (25, 34), (35, 44), (45, 54), (55, 64), (65, 200))
COLUMNS = (
    "store",
    "period",
    "category",
    "payment_method",
    "age_band",
    "sex",
    "buyers",
    "sales",
    "amount_tiyn",
)

Key = tuple[str, str, str, str, str, str]


def age_band(birth: dt.date | None, on: dt.date) -> str:
    if birth is None:
        return "unknown"
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    for low, high in AGE_BANDS:
        if low <= age <= high:
            return f"{low}+" if high >= 200 else f"{low}-{high}"
    return "under-18"


@dataclass
class _Cell:
    buyers: set[uuid.UUID] = field(default_factory=set)
    sales: set[uuid.UUID] = field(default_factory=set)
    amount: int = 0


@dataclass(frozen=True, slots=True)
class StatsRow:
    store: str
    period: str
    category: str
    payment_method: str
    age_band: str
    sex: str
    buyers: int
    sales: int
    amount_tiyn: int


@dataclass(frozen=True, slots=True)
class StatsExport:
    rows: tuple[StatsRow, ...]
    cells_total: int
    cells_suppressed: int


def _suppress(cells: dict[Key, _Cell], total: _Cell) -> tuple[set[Key], bool]:
    """Cells to hide in one group, and whether the group total must be hidden too."""
    hidden = {k for k, c in cells.items() if len(c.buyers) < MIN_BUYERS}
    if hidden:
        remainder: set[uuid.UUID] = set().union(*(cells[k].buyers for k in hidden))
        shown = sorted(
            (k for k in cells if k not in hidden), key=lambda k: (len(cells[k].buyers), k)
        )
        while len(remainder) < MIN_BUYERS and shown:
            k = shown.pop(0)
            hidden.add(k)
            remainder |= cells[k].buyers
    # What the total reveals beyond the cells shown is the hidden remainder, which now
    # covers 10 buyers or more unless the whole group is smaller than that.
    return hidden, len(total.buyers) < MIN_BUYERS


def build_stats(
    ctx: ServiceContext, *, date_from: dt.date | None = None, date_to: dt.date | None = None
) -> StatsExport:
    """Aggregate sales linked to buyers into suppressed cells (sales manager or admin)."""
    ctx.actor.require(Role.SALES_MANAGER, Action.STATS_EXPORT)
    if date_from and date_to and date_from > date_to:
        raise ValidationError(Code.STATS_RANGE)
    groups: dict[tuple[str, str], dict[Key, _Cell]] = defaultdict(dict)
    totals: dict[tuple[str, str], _Cell] = defaultdict(_Cell)
    with ctx.db.read_session() as session:
        stores = {s.id: (s.code, ZoneInfo(s.timezone)) for s in queries.stores(session)}
        stmt = (
            select(
                Sale.id,
                Sale.store_id,
                Sale.created_at,
                Sale.payment_method,
                Sale.buyer_id,
                Buyer.birth_date,
                Buyer.sex,
                SaleLine.category,
                SaleLine.total_tiyn,
            )
            .join(SaleLine, SaleLine.sale_id == Sale.id)
            .join(Buyer, Buyer.id == Sale.buyer_id)
            .execution_options(yield_per=20_000)
        )
        for (
            sale_id,
            store_id,
            created,
            payment,
            buyer_id,
            birth,
            sex,
            category,
            amount,
        ) in session.execute(stmt):
            if buyer_id is None:  # the join excludes these; narrows the type
                continue
            code, tz = stores[store_id]
            day = created.astimezone(tz).date()
            if (date_from and day < date_from) or (date_to and day > date_to):
                continue
            period = f"{day:%Y-%m}"
            key: Key = (code, period, category, payment, age_band(birth, day), sex or "unknown")
            cell = groups[(code, period)].setdefault(key, _Cell())
            for c in (cell, totals[(code, period)]):
                c.buyers.add(buyer_id)
                c.sales.add(sale_id)
                c.amount += amount
    rows: list[StatsRow] = []
    suppressed = count = 0
    for group_key in sorted(groups):
        cells = groups[group_key]
        total = totals[group_key]
        hidden, hide_total = _suppress(cells, total)
        count += len(cells) + 1
        suppressed += len(hidden) + (1 if hide_total else 0)
        if not hide_total:
            rows.append(
                StatsRow(
                    *group_key,
                    ALL,
                    ALL,
                    ALL,
                    ALL,
                    len(total.buyers),
                    len(total.sales),
                    total.amount,
                )
            )
        for key in sorted(cells):
            if key in hidden:
                continue
            c = cells[key]
            rows.append(StatsRow(*key, len(c.buyers), len(c.sales), c.amount))
    return StatsExport(tuple(rows), count, suppressed)


def write_csv(rows: Iterable[StatsRow], out: Path) -> None:
    tmp = out.with_name(out.name + ".tmp")
    with tmp.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for r in rows:
            writer.writerow(
                [
                    r.store,
                    r.period,
                    r.category,
                    r.payment_method,
                    r.age_band,
                    r.sex,
                    r.buyers,
                    r.sales,
                    r.amount_tiyn,
                ]
            )
    tmp.replace(out)


def export_stats(
    ctx: ServiceContext,
    out: Path,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> StatsExport:
    """Build the statistics, write them as CSV and audit the export (counts only)."""
    result = build_stats(ctx, date_from=date_from, date_to=date_to)
    write_csv(result.rows, out)
    with UnitOfWork(ctx) as uow:
        uow.audit(
            "stats.exported", {"rows": len(result.rows), "suppressed": result.cells_suppressed}
        )
        uow.commit()
    return result
