"""Statistics for third parties: aggregates only, no cell under 10 buyers, none derivable."""

from __future__ import annotations

import csv
import re
import uuid
from pathlib import Path

from pos.seed import seed
from pos.services.stats import MIN_BUYERS, _Cell, _suppress, build_stats, export_stats
from tests.support.tills import TillFixture


def cell(n: int, start: int = 0) -> _Cell:
    c = _Cell()
    c.buyers = {uuid.UUID(int=i) for i in range(start, start + n)}
    c.sales = {uuid.UUID(int=10**6 + i) for i in range(start, start + n)}
    c.amount = n * 100
    return c


def test_a_small_cell_is_hidden_with_enough_company_that_the_total_does_not_reveal_it() -> None:
    cells = {("a",) * 6: cell(12, 0), ("b",) * 6: cell(15, 100), ("c",) * 6: cell(3, 200)}
    total = cell(30, 0)
    hidden, hide_total = _suppress(cells, total)  # type: ignore[arg-type]
    assert ("c",) * 6 in hidden and len(hidden) == 2 and not hide_total
    remainder = set().union(*(cells[k].buyers for k in hidden))
    assert len(remainder) >= MIN_BUYERS


def test_a_group_smaller_than_ten_hides_its_total_too() -> None:
    cells = {("a",) * 6: cell(4), ("b",) * 6: cell(3, 50)}
    hidden, hide_total = _suppress(cells, cell(7))  # type: ignore[arg-type]
    assert hidden == set(cells) and hide_total


def test_nothing_is_hidden_when_every_cell_is_big_enough() -> None:
    cells = {("a",) * 6: cell(10), ("b",) * 6: cell(11, 50)}
    assert _suppress(cells, cell(21)) == (set(), False)  # type: ignore[arg-type]


def test_export_of_a_seeded_till(till: TillFixture, tmp_path: Path) -> None:
    # Two months of a small store: cells big enough to publish and cells too small to.
    seed(till.ctx(), buyers=200, sales=1000, seed=11, days=60)
    out = tmp_path / "stats.csv"
    result = export_stats(till.ctx(till.manager), out)
    text = out.read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert rows and result.cells_suppressed > 0
    assert set(rows[0]) == {
        "store",
        "period",
        "category",
        "payment_method",
        "age_band",
        "sex",
        "buyers",
        "sales",
        "amount_tiyn",
    }
    assert all(int(r["buyers"]) >= MIN_BUYERS for r in rows)
    # No identifiers, hashes, IINs, phones or birth dates in the file.
    assert not re.search(
        r"[0-9a-f]{8}-[0-9a-f]{4}-|[0-9a-f]{32}|\b\d{12}\b|\+7\d{10}|\d{4}-\d{2}-\d{2}", text
    )
    assert build_stats(till.ctx(till.manager)).rows == result.rows  # deterministic
    totals = [r for r in rows if r["category"] == "*"]
    assert totals and all(r["payment_method"] == r["age_band"] == r["sex"] == "*" for r in totals)
