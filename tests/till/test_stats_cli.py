"""`pos stats export|list` as an auditor would drive them (BRIEF section 8, issue 11).

The sales are recorded through the services at dates in October and November 2026; the
commands run with the real clock, after both months are over.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.pos.test_stats import FRIDGE, Shop, at
from tests.support.cli import Result, pos, pos_here
from tests.support.tills import TEST_KEY, TillFixture


def stats(till: TillFixture, *args: str) -> Result:
    return pos_here(till.paths.home, "stats", *args, key=TEST_KEY)


def read(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


@pytest.fixture
def october(till: TillFixture) -> TillFixture:
    """Twelve consenting buyers with phones on 3 October; one with a fridge on 19 October."""
    shop = Shop(till)
    shop.crowd(12)
    lone = shop.buyer(at(1))
    shop.sale(lone, at(19), FRIDGE)
    return till


def test_two_exports_one_day_apart_cannot_isolate_one_buyers_sale(
    october: TillFixture, tmp_path: Path
) -> None:
    # The auditor's attack: 1-19 October minus 1-18 October is the fridge of 19 October.
    a, b = tmp_path / "to19.csv", tmp_path / "to18.csv"
    for out, last in ((a, "2026-10-19"), (b, "2026-10-18")):
        r = stats(october, "export", "--out", str(out), "--from", "2026-10-01", "--to", last)
        assert r.code == 1 and r.out == ""
        assert r.err.count("\n") == 1 and "whole calendar periods only" in r.err
        assert not out.exists()
    # The only export holding 19 October is the whole month (or the whole week).
    month = tmp_path / "oct.csv"
    r = stats(october, "export", "--out", str(month), "--period", "2026-10")
    assert r.code == 0, r.err
    rows = read(month)
    assert rows and all(int(row["buyers"]) >= 10 for row in rows)
    (total,) = [row for row in rows if row["category"] == "*"]
    shown = sum(int(row["amount_tiyn"]) for row in rows if row["category"] != "*")
    assert int(total["amount_tiyn"]) - shown != FRIDGE.unit_price_tiyn
    # And no week overlapping October can be set against it.
    for week in ("2026-W42", "2026-W43", "2026-W44"):
        r = stats(october, "export", "--out", str(tmp_path / f"{week}.csv"), "--period", week)
        assert r.code == 1 and "partly overlaps 2026-10" in r.err
    listed = stats(october, "list")
    assert listed.code == 0 and len(listed.out.splitlines()) == 1


def test_weeks_then_their_month_or_a_month_then_its_weeks(
    till: TillFixture, tmp_path: Path
) -> None:
    shop = Shop(till)
    shop.crowd(10, day=14)  # October, week 42
    shop.crowd(10, day=15, month_no=9)  # September, week 38
    first = tmp_path / "w42.csv"
    assert stats(till, "export", "--out", str(first), "--period", "2026-W42").code == 0
    r = stats(till, "export", "--out", str(tmp_path / "oct.csv"), "--period", "2026-10")
    assert r.code == 1 and "2026-10 partly overlaps 2026-W42" in r.err
    assert not (tmp_path / "oct.csv").exists()
    again = tmp_path / "again.csv"
    assert stats(till, "export", "--out", str(again), "--period", "2026-W42").code == 0
    assert again.read_bytes() == first.read_bytes()
    # September shares no day with week 42; then week 40 (28 September - 4 October) cuts it.
    assert (
        stats(till, "export", "--out", str(tmp_path / "sep.csv"), "--period", "2026-09").code == 0
    )
    r = stats(till, "export", "--out", str(tmp_path / "w40.csv"), "--period", "2026-W40")
    assert r.code == 1 and "2026-W40 partly overlaps 2026-09" in r.err
    listed = stats(till, "list").out.splitlines()
    assert [line.split("\t")[1] for line in listed] == ["2026-W42", "2026-W42", "2026-09"]


def test_from_and_to_on_a_whole_period_still_work_with_a_deprecation_note(
    october: TillFixture, tmp_path: Path
) -> None:
    old = tmp_path / "old.csv"
    r = pos(
        october.paths.home,
        "stats",
        "export",
        "--out",
        str(old),
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-31",
        key=TEST_KEY,
    )
    assert r.code == 0, r.err
    assert r.err == "pos: --from/--to is deprecated and will be removed; use --period 2026-10\n"
    assert "wrote" in r.out and "2026-10" in r.out
    new = tmp_path / "new.csv"
    assert stats(october, "export", "--out", str(new), "--period", "2026-10").code == 0
    assert new.read_bytes() == old.read_bytes()
    # A whole ISO week by dates works too; any other span is refused.
    week = stats(
        october,
        "export",
        "--out",
        str(tmp_path / "w.csv"),
        "--from",
        "2026-11-02",
        "--to",
        "2026-11-08",
    )
    assert week.code == 0 and "use --period 2026-W45" in week.err


def test_a_refused_export_is_one_line_without_a_traceback(
    october: TillFixture, tmp_path: Path
) -> None:
    out = tmp_path / "x.csv"
    r = pos(
        october.paths.home,
        "stats",
        "export",
        "--out",
        str(out),
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-19",
        key=TEST_KEY,
    )
    assert r.code == 1 and r.out == ""
    assert r.err == (
        "pos: statistics go out for whole calendar periods only: 2026-10-01..2026-10-19 is not "
        "one whole month or ISO week; use --period YYYY-MM or YYYY-Www\n"
    )
    assert not out.exists()


def test_a_period_still_running_is_refused(october: TillFixture, tmp_path: Path) -> None:
    today = dt.datetime.now(ZoneInfo("Asia/Almaty")).date()  # the store's today
    for period in (f"{today:%Y-%m}", "{}-W{:02d}".format(*today.isocalendar()[:2])):
        r = stats(october, "export", "--out", str(tmp_path / "now.csv"), "--period", period)
        assert r.code == 1 and "is not over" in r.err
    assert not (tmp_path / "now.csv").exists()


def test_usage_errors_exit_2(october: TillFixture, tmp_path: Path) -> None:
    out = str(tmp_path / "x.csv")
    for args in (
        ("--period", "2026-13"),
        ("--period", "October"),
        ("--period", "2026-10", "--from", "2026-10-01", "--to", "2026-10-31"),
        ("--from", "2026-10-01"),
        (),
    ):
        r = stats(october, "export", "--out", out, *args)
        assert r.code == 2 and r.err.count("\n") == 1 and "usage error" in r.err, args


def test_the_register_lists_every_export_with_its_file_hash(
    october: TillFixture, tmp_path: Path
) -> None:
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    assert (
        stats(
            october,
            "export",
            "--out",
            str(a),
            "--period",
            "2026-10",
            "--recipient",
            "Kaspi Analytics",
        ).code
        == 0
    )
    assert stats(october, "export", "--out", str(b), "--period", "2026-10").code == 0
    r = stats(october, "list")
    assert r.code == 0
    lines = [line.split("\t") for line in r.out.splitlines()]
    digest = hashlib.sha256(a.read_bytes()).hexdigest()
    assert digest == hashlib.sha256(b.read_bytes()).hexdigest()
    rows = len(read(a))
    assert [line[1:5] for line in lines] == [
        ["2026-10", "Kaspi Analytics", f"{rows} rows", f"sha256 {digest}"],
        ["2026-10", "-", f"{rows} rows", f"sha256 {digest}"],
    ]
    assert all(line[5] == "Store admin" for line in lines)
    assert all(dt.datetime.strptime(line[0], "%Y-%m-%d %H:%M") for line in lines)
