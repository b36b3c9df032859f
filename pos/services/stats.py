"""Statistics for third parties (policy 4.4.1): aggregates of one whole period, frozen.

Cells are (store, period, category, payment method, age band, sex) with the number of
distinct buyers, sales and the amount; each (store, period) group also has a total row.
No identifier, hash or birth date leaves. The rules that keep any pair or set of exports
from singling anyone out are in pos.domain.stats; this module applies them:

- an export names one whole month or ISO week that is over, and never one that partly
  overlaps a period exported before;
- the first export of a period freezes its figures in `stats_periods` (inside the encrypted
  database); every later export of that period writes those same rows, byte for byte;
- only sales of buyers whose marketing consent was in force at the sale, and still is when
  the period is first exported, count: never a buyer under a written refusal (restricted),
  destroyed (the sale's buyer link is gone) or who withdrew marketing; sales with no buyer
  are not exported (see pos.domain.stats for why);
- every export is recorded in `stats_exports` (period, recipient, rows, the file's
  SHA-256, who, when) and audited; `list_exports` shows the register.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import hashlib
import io
import os
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import String, and_, select, type_coerce
from sqlalchemy.orm import Session

from pos.domain.enums import BuyerStatus, ConsentState, Purpose, Role
from pos.domain.errors import Code, Refused
from pos.domain.ids import new_id
from pos.domain.stats import (
    ConsentChange,
    Period,
    PeriodKind,
    age_band,
    first_clash,
    in_force_at,
    last_finished,
    recipient_name,
    suppress,
)
from pos.services.context import Action, ServiceContext
from pos.services.lookups import staff_name, store_info
from pos.services.uow import UnitOfWork
from pos.storage.models import (
    Buyer,
    BuyerPurpose,
    ConsentEvent,
    ConsentPurpose,
    Sale,
    SaleLine,
    Store,
)
from pos.storage.models import StatsExport as StatsExportRow
from pos.storage.models import StatsPeriod as StatsPeriodRow

ALL = "*"
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
_IN_FORCE = (ConsentState.GIVEN.value, ConsentState.RENEWED.value)

Key = tuple[str, str, str, str, str, str]


# Ids as stored (32 hex digits): a month of a large till is hundreds of thousands of
# rows, and building a UUID object for each id cost more than the query itself.
Hex = str


def _hex(column: Any) -> Any:
    return type_coerce(column, String)


@dataclass
class _Cell:
    buyers: set[Hex] = field(default_factory=set)
    sales: set[Hex] = field(default_factory=set)
    amount: int = 0

    def add(self, buyer: Hex, sale: Hex, amount: int) -> None:
        self.buyers.add(buyer)
        self.sales.add(sale)
        self.amount += amount


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

    def values(self) -> list[str | int]:
        return [
            self.store,
            self.period,
            self.category,
            self.payment_method,
            self.age_band,
            self.sex,
            self.buyers,
            self.sales,
            self.amount_tiyn,
        ]


@dataclass(frozen=True, slots=True)
class StatsFigures:
    """One period's publishable figures: the rows and how many cells were held back."""

    period: Period
    rows: tuple[StatsRow, ...]
    cells_total: int
    cells_suppressed: int


@dataclass(frozen=True, slots=True)
class StatsExportResult:
    """What one export wrote, and whether it froze the period or reused frozen figures."""

    export_id: uuid.UUID
    period: Period
    rows: tuple[StatsRow, ...]
    cells_total: int
    cells_suppressed: int
    file_sha256: str
    frozen_at: dt.datetime
    first: bool

    @property
    def cells_shown(self) -> int:
        return self.cells_total - self.cells_suppressed


@dataclass(frozen=True, slots=True)
class StatsExportView:
    """One line of the export register (no personal data: a recipient is an organisation)."""

    id: uuid.UUID
    at: dt.datetime
    period: str
    kind: PeriodKind
    recipient: str | None
    rows: int
    file_sha256: str
    by: str


# --- figures ------------------------------------------------------------------------------


def _store_today(session: Session, now: dt.datetime) -> dt.date:
    """The date that is over in every store of this till (the earliest local date)."""
    zones = session.scalars(select(Store.timezone)).all() or ["UTC"]
    return min(now.astimezone(ZoneInfo(z)).date() for z in zones)


_BATCH = 500  # ids per IN list: well under SQLite's bound-parameter limit


def _batches(ids: Sequence[Hex]) -> Iterable[Sequence[Hex]]:
    for i in range(0, len(ids), _BATCH):
        yield ids[i : i + _BATCH]


class _Line(NamedTuple):
    """One sale line of the period, of a sale linked to a buyer."""

    sale_id: Hex
    store: str
    at: dt.datetime
    day: dt.date
    payment: str
    buyer_id: Hex
    category: str
    amount: int


@dataclass(frozen=True, slots=True)
class _Countable:
    """A buyer who may count: active, marketing consent in force today, since `since`."""

    birth: dt.date | None
    sex: str | None
    # When the marketing consent last changed (given or renewed): unchanged since then.
    since: dt.datetime


def _countable(session: Session, buyer_ids: Sequence[Hex], today: dt.date) -> dict[Hex, _Countable]:
    """Of these buyers, those who are active (not under a written refusal; a destroyed
    buyer is no longer linked at all) and whose marketing consent is in force today."""
    found: dict[Hex, _Countable] = {}
    # Sorted ids: the look-ups walk the buyers' index and table in order, each page once,
    # instead of one random page read per sale (seconds against a minute at a million).
    for chunk in _batches(sorted(buyer_ids)):
        stmt = (
            select(_hex(Buyer.id), Buyer.birth_date, Buyer.sex, BuyerPurpose.since)
            .join(
                BuyerPurpose,
                and_(
                    BuyerPurpose.buyer_id == Buyer.id,
                    BuyerPurpose.purpose == Purpose.MARKETING.value,
                ),
            )
            .where(
                _hex(Buyer.id).in_(chunk),
                Buyer.status == BuyerStatus.ACTIVE.value,
                BuyerPurpose.state.in_(_IN_FORCE),
                (BuyerPurpose.valid_until.is_(None)) | (BuyerPurpose.valid_until >= today),
            )
        )
        for buyer_id, birth, sex, since in session.connection().execute(stmt):
            found[buyer_id] = _Countable(birth, sex, since)
    return found


def _marketing_histories(
    session: Session, buyer_ids: Sequence[Hex]
) -> dict[Hex, list[ConsentChange]]:
    """Each of these buyers' marketing consent changes, oldest first."""
    histories: dict[Hex, list[ConsentChange]] = defaultdict(list)
    for chunk in _batches(sorted(buyer_ids)):
        stmt = (
            select(
                _hex(ConsentEvent.buyer_id),
                ConsentEvent.at,
                ConsentEvent.state,
                ConsentPurpose.valid_until,
            )
            .outerjoin(
                ConsentPurpose,
                and_(
                    ConsentPurpose.consent_id == ConsentEvent.consent_id,
                    ConsentPurpose.purpose == Purpose.MARKETING.value,
                ),
            )
            .where(
                ConsentEvent.purpose == Purpose.MARKETING.value,
                _hex(ConsentEvent.buyer_id).in_(chunk),
            )
            .order_by(ConsentEvent.buyer_id, ConsentEvent.at, ConsentEvent.id)
        )
        for buyer_id, at, state, valid_until in session.connection().execute(stmt):
            histories[buyer_id].append(ConsentChange(at, ConsentState(state), valid_until))
    return histories


def compute_figures(ctx: ServiceContext, period: Period) -> StatsFigures:
    """The period's figures from the data as it is now (not frozen; export_stats freezes)."""
    ctx.actor.require(Role.SALES_MANAGER, Action.STATS_EXPORT)
    now = ctx.clock()
    cells: dict[tuple[str, str], dict[Key, _Cell]] = defaultdict(dict)
    totals: dict[tuple[str, str], _Cell] = defaultdict(_Cell)
    with ctx.db.read_session() as session:
        today = _store_today(session, now)
        stores = {s.id: (s.code, ZoneInfo(s.timezone)) for s in session.scalars(select(Store))}
        if not stores:
            return StatsFigures(period, (), 0, 0)
        # The UTC span covering the period's local days in every store; each sale's own
        # local day is checked below.
        start = min(
            dt.datetime.combine(period.first, dt.time(), tz) for _, tz in stores.values()
        ).astimezone(dt.UTC)
        end = max(
            dt.datetime.combine(period.last + dt.timedelta(days=1), dt.time(), tz)
            for _, tz in stores.values()
        ).astimezone(dt.UTC)
        # Sales with no buyer are left out here: see pos.domain.stats for why.
        stmt = (
            select(
                _hex(Sale.id),
                _hex(Sale.store_id),
                # As stored (UTC, naive), parsed below by the C parser: SQLAlchemy's own
                # DATETIME parsing took longer than the query over a large month.
                type_coerce(Sale.created_at, String),
                Sale.payment_method,
                _hex(Sale.buyer_id),
                SaleLine.category,
                SaleLine.total_tiyn,
            )
            .join(SaleLine, SaleLine.sale_id == Sale.id)
            .where(Sale.created_at >= start, Sale.created_at < end, Sale.buyer_id.is_not(None))
            .execution_options(stream_results=True)
        )
        # Each store's local midnights of the period in UTC: a sale's local day is a
        # bisection, not a time-zone conversion per row.
        days = [period.first + dt.timedelta(days=i) for i in range(period.days + 1)]
        midnights = {
            sid.hex: (
                code,
                [dt.datetime.combine(d, dt.time(), tz).astimezone(dt.UTC) for d in days],
            )
            for sid, (code, tz) in stores.items()
        }
        lines: list[_Line] = []
        for (
            sale_id,
            store_id,
            stored_at,
            payment,
            buyer_id,
            category,
            amount,
        ) in session.connection().execute(stmt):
            created = dt.datetime.fromisoformat(stored_at).replace(tzinfo=dt.UTC)
            code, bounds = midnights[store_id]
            i = bisect.bisect_right(bounds, created) - 1
            if buyer_id is not None and 0 <= i < period.days:
                lines.append(
                    _Line(sale_id, code, created, days[i], payment, buyer_id, category, amount)
                )
        buyers = _countable(session, list({line.buyer_id for line in lines}), today)
        # A consent unchanged since before the sale and in force today was in force at the
        # sale; only buyers whose consent changed after a sale need its history.
        changed = {
            line.buyer_id
            for line in lines
            if line.buyer_id in buyers and line.at < buyers[line.buyer_id].since
        }
        histories = _marketing_histories(session, list(changed))
    for line in lines:
        buyer = buyers.get(line.buyer_id)
        if buyer is None:
            continue
        if line.at < buyer.since and not in_force_at(
            histories.get(line.buyer_id, ()), line.at, line.day
        ):
            continue
        group = (line.store, period.label)
        key: Key = (
            *group,
            line.category,
            line.payment,
            age_band(buyer.birth, line.day),
            buyer.sex or "unknown",
        )
        cell = cells[group].get(key)
        if cell is None:
            cell = cells[group][key] = _Cell()
        cell.add(line.buyer_id, line.sale_id, line.amount)
        totals[group].add(line.buyer_id, line.sale_id, line.amount)
    rows: list[StatsRow] = []
    suppressed = count = 0
    for group in sorted(cells):
        group_cells = cells[group]
        total = totals[group]
        hidden, hide_total = suppress(
            {k: c.buyers for k, c in group_cells.items()}, len(total.buyers)
        )
        count += len(group_cells) + 1
        suppressed += len(hidden) + (1 if hide_total else 0)
        if not hide_total:
            rows.append(
                StatsRow(
                    *group, ALL, ALL, ALL, ALL, len(total.buyers), len(total.sales), total.amount
                )
            )
        for key in sorted(group_cells):
            if key not in hidden:
                c = group_cells[key]
                rows.append(StatsRow(*key, len(c.buyers), len(c.sales), c.amount))
    return StatsFigures(period, tuple(rows), count, suppressed)


# --- the file -----------------------------------------------------------------------------


def csv_bytes(rows: Iterable[StatsRow]) -> bytes:
    """The CSV exactly as written: the same rows always give the same bytes and hash."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow(r.values())
    return buffer.getvalue().encode("utf-8")


def _write_aside(out: Path, data: bytes) -> Path:
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.tmp")
    with tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    return tmp


# --- export -------------------------------------------------------------------------------


def _frozen(row: StatsPeriodRow) -> tuple[tuple[StatsRow, ...], int, int]:
    rows = tuple(StatsRow(*values) for values in row.rows)
    return rows, row.cells_total, row.cells_suppressed


def _exported_periods(session: Session) -> list[Period]:
    return [
        Period(r.first_day, r.last_day, PeriodKind(r.kind), r.period)
        for r in session.scalars(select(StatsPeriodRow))
    ]


def _check_allowed(session: Session, period: Period, now: dt.datetime) -> bool:
    """Refuse what rules 1 and 3 forbid; True when the period's figures are already frozen."""
    if session.get(StatsPeriodRow, period.label) is not None:
        return True
    today = _store_today(session, now)
    if not period.is_over(today):
        raise Refused(Code.STATS_PERIOD_NOT_OVER, period=period.label, last=period.last)
    other = first_clash(period, _exported_periods(session))
    if other is not None:
        raise Refused(Code.STATS_PERIOD_CLASH, period=period.label, other=other.label)
    return False


def default_period(ctx: ServiceContext) -> Period:
    """The newest finished period of the kind this till last exported (months at first)."""
    with ctx.db.read_session() as session:
        today = _store_today(session, ctx.clock())
        newest = session.scalar(
            select(StatsPeriodRow.kind).order_by(StatsPeriodRow.last_day.desc()).limit(1)
        )
    return last_finished(PeriodKind(newest) if newest else PeriodKind.MONTH, today)


def export_stats(
    ctx: ServiceContext,
    out: Path,
    period: Period | None = None,
    *,
    recipient: str | None = None,
) -> StatsExportResult:
    """Write one whole period's statistics as CSV, freezing them at its first export.

    Refused for a period not yet over or one partly overlapping a period exported before.
    The file appears only once the export is recorded, so no file goes out unregistered.
    """
    ctx.actor.require(Role.SALES_MANAGER, Action.STATS_EXPORT)
    to = recipient_name(recipient)
    chosen = period or default_period(ctx)
    with ctx.db.read_session() as session:
        frozen = _check_allowed(session, chosen, ctx.clock())
    # The figures are computed outside the write transaction (a month of a large till
    # takes seconds, and sales must not wait); the unit below re-checks under its lock.
    figures = None if frozen else compute_figures(ctx, chosen)
    with UnitOfWork(ctx) as uow:
        session = uow.session
        first = not _check_allowed(session, chosen, uow.now)
        if first:
            if figures is None:  # frozen when read, gone now: cannot happen (never deleted)
                figures = compute_figures(ctx, chosen)
            stored = StatsPeriodRow(
                period=chosen.label,
                kind=chosen.kind.value,
                first_day=chosen.first,
                last_day=chosen.last,
                rows=[r.values() for r in figures.rows],
                cells_total=figures.cells_total,
                cells_suppressed=figures.cells_suppressed,
                frozen_at=uow.now,
            )
            session.add(stored)
            uow.audit(
                "stats.frozen",
                {"period": chosen.label},
                ["rows", "cells_total", "cells_suppressed"],
            )
        else:
            stored = session.get_one(StatsPeriodRow, chosen.label)
        rows, cells_total, cells_suppressed = _frozen(stored)
        data = csv_bytes(rows)
        digest = hashlib.sha256(data).hexdigest()
        export_id = new_id()
        session.add(
            StatsExportRow(
                id=export_id,
                period=chosen.label,
                recipient=to,
                rows=len(rows),
                file_sha256=digest,
                staff_id=ctx.actor.staff_id,
                actor=ctx.actor.label,
                at=uow.now,
            )
        )
        uow.audit(
            "stats.exported",
            {"export": export_id, "period": chosen.label},
            ["recipient", "rows", "file_sha256"],
        )
        tmp = _write_aside(out, data)
        try:
            uow.commit()
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        frozen_at = stored.frozen_at
    tmp.replace(out)
    return StatsExportResult(
        export_id=export_id,
        period=chosen,
        rows=rows,
        cells_total=cells_total,
        cells_suppressed=cells_suppressed,
        file_sha256=digest,
        frozen_at=frozen_at,
        first=first,
    )


def list_exports(ctx: ServiceContext) -> tuple[list[StatsExportView], str]:
    """The export register, oldest first, with the store's time zone (manager or admin)."""
    ctx.actor.require(Role.SALES_MANAGER, Action.STATS_EXPORT)
    with ctx.db.read_session() as session:
        tz = store_info(session, ctx.actor).timezone
        stmt = (
            select(StatsExportRow, StatsPeriodRow.kind)
            .join(StatsPeriodRow, StatsPeriodRow.period == StatsExportRow.period)
            .order_by(StatsExportRow.at, StatsExportRow.id)
        )
        views = [
            StatsExportView(
                id=e.id,
                at=e.at,
                period=e.period,
                kind=PeriodKind(kind),
                recipient=e.recipient,
                rows=e.rows,
                file_sha256=e.file_sha256,
                by=staff_name(session, e.staff_id) if e.staff_id else e.actor,
            )
            for e, kind in session.execute(stmt)
        ]
    return views, tz


def exported_periods(ctx: ServiceContext) -> Sequence[Period]:
    """The periods whose figures are frozen, oldest first."""
    with ctx.db.read_session() as session:
        return sorted(_exported_periods(session))
