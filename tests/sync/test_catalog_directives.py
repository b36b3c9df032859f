"""Price lists from head office (BRIEF 9.4), with the real head office and two tills: a
list of a few thousand products is published with `pos-headoffice catalog import`,
applied by both tills through the directives channel once, and head office shows who
applied which version; a price effective tomorrow leaves today's sales alone; a bad row
publishes nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from headoffice.accounts import add_officer
from headoffice.cli import main as headoffice_main
from headoffice.models import DirectiveRow, PriceListRow
from pos.domain.quantity import from_milli, line_amount
from pos.domain.weighed import make_label
from pos.services import catalog
from pos.services.sales import LineInput, NewSale, record_sale
from sync.worker import SyncWorker
from tests.support.catalog import price_list_csv, price_list_rows
from tests.support.headoffice import HeadOffice
from tests.support.tills import TillFixture

OFFICER_PASSWORD = "officer-test-password-1"


@pytest.fixture
def officer_env(headoffice: HeadOffice, monkeypatch: pytest.MonkeyPatch) -> HeadOffice:
    for name, value in headoffice.env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("HEADOFFICE_OFFICER", "A. Officer")
    add_officer(headoffice.db, "A. Officer", OFFICER_PASSWORD, dt.datetime.now(dt.UTC), by=None)
    monkeypatch.setenv("HEADOFFICE_OFFICER_PASSWORD", OFFICER_PASSWORD)
    return headoffice


def _sync(till: TillFixture) -> dict[str, int]:
    report = SyncWorker(till.ctx()).run_cycle()
    assert report.ok, report.error
    return report.outcomes


def _line(p: catalog.ProductView, quantity: int | Decimal) -> LineInput:
    return LineInput(
        p.name,
        quantity,
        p.price_tiyn,
        category=p.category,
        barcode=p.barcode,
        product_id=p.id,
        unit=p.unit,
        name_kk=p.name_kk,
        vat_percent=p.vat_percent,
    )


def test_a_price_list_reaches_two_stores_once_and_head_office_sees_who_applied_it(
    officer_env: HeadOffice,
    till_a: TillFixture,
    till_b: TillFixture,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ho = officer_env
    ho.connect(till_a)
    ho.connect(till_b)
    rows = price_list_rows(3000, seed=7)
    path = tmp_path / "prices.csv"
    path.write_text(price_list_csv(rows), encoding="utf-8")
    assert headoffice_main(["catalog", "import", str(path), "--version", "2026-11-A"]) == 0
    assert "3000 products in 2 part(s)" in capsys.readouterr().out

    for till in (till_a, till_b):
        assert _sync(till) == {"applied": 2}
        assert catalog.product_count(till.ctx()) == 3000
        assert _sync(till) == {}  # nothing new: applied once
    assert headoffice_main(["catalog", "status", "--version", "2026-11-A"]) == 0
    status = capsys.readouterr().out.splitlines()
    assert len(status) == 2 and all(line.endswith(": applied") for line in status)
    assert {line.split("store ")[1].split()[0] for line in status} == {"ALM-01", "AST-01"}

    # A weighed product sold from its printed label at till A: 1.234 kg.
    ctx = till_a.ctx(till_a.cashier)
    first = rows[0]
    label = make_label("22", first["code"], 1234)
    weighed = catalog.by_barcode(ctx, label)
    assert weighed is not None and weighed.unit == "kg" and weighed.label_milli == 1234
    assert weighed.name_kk is not None and weighed.name_kk.startswith(first["name_kk"][:4])
    piece = catalog.by_barcode(ctx, rows[203]["barcode"].split(";")[1])  # a second barcode
    assert piece is not None and piece.code == rows[203]["code"]
    sale = record_sale(ctx, NewSale(lines=(_line(weighed, from_milli(1234)), _line(piece, 2))))
    price = int(Decimal(first["price"]) * 100)
    assert sale.lines[0].quantity_milli == 1234
    assert sale.lines[0].total_tiyn == line_amount(1234, price)
    # VAT per line recomputed here with decimals: total x rate / (100 + rate), half up.
    standard = 16 if dt.datetime.now(dt.UTC).date() >= dt.date(2026, 1, 1) else 12
    for line, row in zip(sale.lines, (first, rows[203]), strict=True):
        rate = int(row["vat"]) if row["vat"] else standard
        exact = Decimal(line.total_tiyn) * rate / (100 + rate)
        assert line.vat_percent == rate
        assert line.vat_tiyn == int(exact.quantize(Decimal(1), rounding="ROUND_HALF_UP"))


def test_a_price_effective_tomorrow_leaves_todays_sales_and_other_stores_alone(
    officer_env: HeadOffice,
    till_a: TillFixture,
    till_b: TillFixture,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ho = officer_env
    ho.connect(till_a)
    ho.connect(till_b)
    rows = price_list_rows(50, seed=3, weighed=5)
    path = tmp_path / "today.csv"
    path.write_text(price_list_csv(rows), encoding="utf-8")
    assert headoffice_main(["catalog", "import", str(path), "--version", "today"]) == 0
    for till in (till_a, till_b):
        _sync(till)
    barcode = rows[10]["barcode"]
    old = catalog.by_barcode(till_b.ctx(till_b.cashier), barcode)
    assert old is not None

    dearer = [dict(r, price="99999.99") if r is rows[10] else r for r in rows]
    path.write_text(price_list_csv(dearer), encoding="utf-8")
    tomorrow = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).isoformat()
    args = ["catalog", "import", str(path), "--store", "AST-01", "--effective", tomorrow]
    assert headoffice_main([*args, "--version", "tomorrow"]) == 0
    capsys.readouterr()
    assert _sync(till_a) == {}  # not this store's
    assert _sync(till_b) == {"applied": 1}
    now = catalog.by_barcode(till_b.ctx(till_b.cashier), barcode)
    assert now is not None and now.price_tiyn == old.price_tiyn
    sale = record_sale(till_b.ctx(till_b.cashier), NewSale(lines=(_line(now, 1),)))
    assert sale.total_tiyn == old.price_tiyn
    assert headoffice_main(["catalog", "status", "--version", "tomorrow"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert "store AST-01" in line and line.endswith(": applied")


def test_a_bad_row_is_named_by_line_and_nothing_is_published(
    officer_env: HeadOffice, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = price_list_rows(20, seed=5, weighed=2)
    rows[11]["price"] = "12,5,0"
    rows[16]["unit"] = "box"
    path = tmp_path / "bad.csv"
    path.write_text(price_list_csv(rows), encoding="utf-8")
    assert headoffice_main(["catalog", "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "2 bad rows" in err and "line 13:" in err and "line 18:" in err
    with officer_env.db.session() as s:
        assert s.scalar(select(func.count()).select_from(PriceListRow)) == 0
        assert s.scalar(select(func.count()).select_from(DirectiveRow)) == 0


def test_only_a_signed_in_officer_publishes_a_price_list(
    officer_env: HeadOffice,
    till_a: TillFixture,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    officer_env.connect(till_a)
    path = tmp_path / "prices.csv"
    path.write_text(price_list_csv(price_list_rows(10, seed=9)), encoding="utf-8")
    monkeypatch.setenv("HEADOFFICE_OFFICER_PASSWORD", "not-the-password-1")
    assert headoffice_main(["catalog", "import", str(path), "--version", "forged"]) == 1
    assert "sign-in refused" in capsys.readouterr().err
    monkeypatch.delenv("HEADOFFICE_OFFICER")
    assert headoffice_main(["catalog", "import", str(path), "--version", "anonymous"]) == 1
    assert "--officer" in capsys.readouterr().err
    with officer_env.db.session() as s:
        assert s.scalar(select(func.count()).select_from(PriceListRow)) == 0
        assert s.scalar(select(func.count()).select_from(DirectiveRow)) == 0
    assert _sync(till_a) == {}
    assert catalog.product_count(till_a.ctx()) == 0
