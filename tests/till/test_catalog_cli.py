"""`pos catalog import|find` and `pos settings discounts` at the till: a store admin's
price list checked whole, a bad row named by line with nothing imported, and search."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.catalog import price_list_csv, price_list_rows
from tests.support.cli import pos_here
from tests.support.tills import ADMIN_NAME, ADMIN_PIN, CASHIER_PIN, TEST_KEY, make_till

ADMIN = {"POS_STAFF": ADMIN_NAME, "POS_STAFF_PIN": ADMIN_PIN}
CASHIER = {"POS_STAFF": "Айгерим Кассир", "POS_STAFF_PIN": CASHIER_PIN}


@pytest.fixture
def home(tmp_path: Path) -> Path:
    till = make_till(tmp_path / "home")
    till.db.close()
    return till.paths.home


def test_a_store_admin_imports_a_price_list_and_anyone_finds_products(
    home: Path, tmp_path: Path
) -> None:
    rows = price_list_rows(300, seed=2, weighed=20)
    rows[0]["name"] = "Яблоки «Ёлка» апорт"
    good = tmp_path / "prices.csv"
    good.write_text(price_list_csv(rows), encoding="utf-8")
    bad_rows = [dict(r) for r in rows]
    bad_rows[41]["vat"] = "20"
    bad = tmp_path / "bad.csv"
    bad.write_text(price_list_csv(bad_rows), encoding="utf-8")

    refused = pos_here(home, "catalog", "import", str(bad), key=TEST_KEY, **ADMIN)
    assert refused.code == 1 and refused.err.count("\n") == 1
    assert "nothing imported: 1 bad rows: line 43: vat '20'" in refused.err
    none = pos_here(home, "catalog", "find", "апорт", key=TEST_KEY, **CASHIER)
    assert none.code == 0 and none.out.strip() == "no products found"

    cashier = pos_here(home, "catalog", "import", str(good), key=TEST_KEY, **CASHIER)
    assert cashier.code == 1 and "store admin" in cashier.err
    run = pos_here(home, "catalog", "import", str(good), key=TEST_KEY, **ADMIN)
    assert run.code == 0, run.err
    assert "300 products (300 new, 0 updated)" in run.out

    found = pos_here(home, "catalog", "find", "ЕЛКА", key=TEST_KEY, **CASHIER)
    assert found.code == 0, found.err
    (line,) = found.out.splitlines()
    assert "Яблоки «Ёлка» апорт" in line and "\tkg\t" in line and "00001" in line
    kazakh = pos_here(home, "catalog", "find", "апорт алма", key=TEST_KEY, **CASHIER)
    assert kazakh.code == 0 and len(kazakh.out.splitlines()) >= 1
    assert all("Апорт алмасы" in ln for ln in kazakh.out.splitlines())
    by_code = pos_here(home, "catalog", "find", rows[25]["code"], key=TEST_KEY, **CASHIER)
    assert by_code.out.splitlines()[0].startswith(rows[25]["barcode"].split(";")[0])


def test_the_discount_limit_is_a_store_admins_setting(home: Path) -> None:
    run = pos_here(home, "settings", "discounts", "--limit", "15", key=TEST_KEY, **ADMIN)
    assert run.code == 0, run.err
    assert "discounts above 15% need a sales manager's PIN" in run.out
    cashier = pos_here(home, "settings", "discounts", "--limit", "50", key=TEST_KEY, **CASHIER)
    assert cashier.code == 1
    wrong = pos_here(home, "settings", "discounts", "--limit", "150", key=TEST_KEY, **ADMIN)
    assert wrong.code == 1 and "0 to 100" in wrong.err


def test_the_weighed_label_layout_is_a_store_setting(home: Path, tmp_path: Path) -> None:
    from pos.domain.weighed import WeighedLayout, make_label

    prices = tmp_path / "apples.csv"
    prices.write_text(
        "barcode,name,price,unit,vat,code\n2000123000006,Яблоки апорт,1000,kg,0,0123\n",
        encoding="utf-8",
    )
    assert pos_here(home, "catalog", "import", str(prices), key=TEST_KEY, **ADMIN).code == 0
    layout = WeighedLayout(prefixes=("22",), code_digits=4, weight_digits=6)
    label = make_label("22", "0123", 1_500, layout)  # 1.500 kg on a 4+6-digit label
    args = ("settings", "weighed-labels", "--prefixes", "22", "--code-digits", "4")
    run = pos_here(home, *args, "--weight-digits", "6", key=TEST_KEY, **ADMIN)
    assert run.code == 0, run.err
    assert "prefixes 22, 4-digit item code, 6-digit weight in grams" in run.out
    sale = pos_here(home, "sale", "new", "--line", label, key=TEST_KEY, **CASHIER)
    assert sale.code == 0, sale.err
    assert "total 1 500,00 ₸" in sale.out
    bad = pos_here(home, *args, "--weight-digits", "5", key=TEST_KEY, **ADMIN)
    assert bad.code == 1 and "adding up to 10" in bad.err
