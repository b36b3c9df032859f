"""A store's day through the command line (issue 13's check): open the shift, sales of
each payment kind, a return, cash in and out, X, a blind close with a difference; then
`pos sync`, and head office holds the shift with the same Z totals."""

from __future__ import annotations

from pathlib import Path

import pytest

from headoffice.cli import main as headoffice_main
from pos.services import catalog
from tests.support import cli
from tests.support.escpos_decoder import GlyphReader
from tests.support.headoffice import HeadOffice
from tests.support.printer import FakePrinter, printout
from tests.support.tills import CASHIER_PIN, TEST_KEY, make_till

CASHIER = {"POS_STAFF": "Айгерим Кассир", "POS_STAFF_PIN": CASHIER_PIN}
KETTLE, MUG = "4870001000011", "4870001000028"  # 12 500 ₸ and 990 ₸


@pytest.fixture
def home(tmp_path: Path, headoffice: HeadOffice, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, value in headoffice.env.items():
        monkeypatch.setenv(name, value)
    till = make_till(tmp_path / "home", shift=False)
    catalog.add_products(
        till.ctx(),
        [(KETTLE, "Чайник", "kitchen", 1_250_000), (MUG, "Кружка", "kitchen", 99_000)],
    )
    headoffice.connect(till)
    till.db.close()
    return till.paths.home


def pos(home: Path, *args: str, **env: str) -> cli.Result:
    run = cli.pos_here(home, *args, key=TEST_KEY, **{**CASHIER, **env})
    assert run.code == 0, (args, run.err)
    return run


def figures(out: str) -> dict[str, str]:
    return {ln.split("\t")[0]: ln.split("\t", 1)[1] for ln in out.splitlines() if "\t" in ln}


def test_the_day_through_the_cli_reaches_head_office_with_its_z(
    home: Path,
    printer: FakePrinter,
    reader: GlyphReader,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pos(home, "shift", "open", "--float", "20000")
    pos(home, "sale", "new", "--line", KETTLE, "--pay", "cash:15000")
    pos(home, "sale", "new", "--line", f"{MUG}:2", "--pay", "card")
    pos(home, "sale", "new", "--line", KETTLE, "--pay", "card:5000:123456", "--pay", "cash")
    pos(home, "sale", "return", "1", "--line", f"{KETTLE}:1", "--reason", "брак")
    pos(home, "cash", "in", "--amount", "5000", "--reason", "размен")
    pos(home, "cash", "out", "--amount", "10000", "--reason", "инкассация")

    x = figures(pos(home, "shift", "x").out)
    assert x["sales"] == "3\t26 980,00"
    assert (x["sales.cash"], x["sales.card"]) == ("20 000,00", "6 980,00")
    assert (x["returns"], x["returns.cash"]) == ("1\t12 500,00", "12 500,00")
    # 20 000 float + 20 000 cash sales - 12 500 cash refund + 5 000 in - 10 000 out
    assert x["cash_expected"] == "22 500,00"

    z_run = pos(home, "shift", "close", "--counted", "22400", POS_PRINTER=printer.url)
    z = figures(z_run.out)
    assert (z["cash_expected"], z["cash_counted"], z["difference"]) == (
        "22 500,00",
        "22 400,00",
        "-100,00",
    )
    paper = printout(printer.wait_jobs(1)[0], reader).squeezed().replace("З", "3")
    assert (
        "26980,00₸" in paper and "12500,00₸" in paper and "Расхождение(недостача)-100,00₸" in paper
    )

    synced = cli.pos_here(home, "sync", "--once", key=TEST_KEY)
    assert synced.code == 0, synced.err
    capsys.readouterr()
    assert headoffice_main(["shifts", "list", "--store", "ALM-01"]) == 0
    [line, count] = capsys.readouterr().out.splitlines()
    assert count == "1 shifts"
    assert line.split("\t")[5:] == [
        "float 20000,00",
        "sales 3 26980,00 (card 6980,00 cash 20000,00)",
        "returns 1 12500,00",
        "by VAT rate 16% 26980,00",  # the standard rate: the products name none
        "VAT 16% 3721,38",  # 1 724,14 + 273,10 + 1 724,14, line by line
        "cash in 5000,00",
        "cash out 10000,00",
        "expected 22500,00",
        "counted 22400,00",
        "difference -100,00",
    ]
