"""`pos shift open|x|close` and `pos cash in|out` as a cashier runs them: the figures on
stdout, the documents read back from a TCP printer, and the totals matching the sales."""

from __future__ import annotations

from pathlib import Path

import pytest

from pos.domain.enums import PaymentMethod
from pos.domain.errors import Refused
from pos.services.context import ServiceContext
from pos.services.sales import LineInput, NewSale, record_sale
from pos.storage.database import open_database
from tests.support import cli
from tests.support.escpos_decoder import GlyphReader
from tests.support.printer import FakePrinter, printout
from tests.support.tills import CASHIER_PIN, TEST_KEY, TillFixture, make_till

CASHIER = {"POS_STAFF": "Айгерим Кассир", "POS_STAFF_PIN": CASHIER_PIN}


@pytest.fixture
def bare(tmp_path: Path) -> TillFixture:
    till = make_till(tmp_path / "home", shift=False)
    till.db.close()
    return till


def run(till: TillFixture, *args: str, printer: FakePrinter | None = None) -> cli.Result:
    env = dict(CASHIER)
    if printer is not None:
        env["POS_PRINTER"] = printer.url
    return cli.pos_here(till.paths.home, *args, key=TEST_KEY, **env)


def sell(
    till: TillFixture, total: int, payment: PaymentMethod, tendered: int | None = None
) -> None:
    db = open_database(till.paths.db, TEST_KEY)
    try:
        record_sale(
            ServiceContext(db, till.cashier),
            NewSale(
                lines=(LineInput("Чайник", 1, total),), payment=payment, tendered_tiyn=tendered
            ),
        )
    finally:
        db.close()


def figures(out: str) -> dict[str, str]:
    return {
        line.split("\t")[0]: line.split("\t", 1)[1] for line in out.splitlines() if "\t" in line
    }


def test_a_day_through_the_command_line_printed_and_read_back(
    bare: TillFixture, printer: FakePrinter, reader: GlyphReader
) -> None:
    opened = run(bare, "shift", "open", "--float", "20000")
    assert (opened.code, opened.err) == (0, "")
    assert opened.out.strip() == "shift 1 opened, float 20 000,00"
    sell(bare, 150_000, PaymentMethod.CASH, tendered=200_000)  # 1 500 ₸
    sell(bare, 99_050, PaymentMethod.CASH)  # 990,50 ₸
    sell(bare, 1_250_000, PaymentMethod.CARD)  # 12 500 ₸

    cash_in = run(bare, "cash", "in", "--amount", "5000", "--reason", "размен", printer=printer)
    assert cash_in.code == 0, cash_in.err
    slip = printout(printer.wait_jobs(1)[0], reader)
    assert "ВНЕСЕНИЕ НАЛИЧНЫХ" in slip.text and "размен" in slip.text
    assert "5000,00₸" in slip.squeezed()

    refused = run(bare, "cash", "out", "--amount", "30000", "--reason", "инкассация")
    assert refused.code == 1 and refused.out == ""
    assert refused.err.strip() == "pos: that is more cash than the drawer should hold"
    out = run(bare, "cash", "out", "--amount", "10000", "--reason", "инкассация", printer=printer)
    assert out.code == 0, out.err
    assert "ИЗЪЯТИЕ НАЛИЧНЫХ" in printout(printer.wait_jobs(2)[1], reader).text

    x = run(bare, "shift", "x", printer=printer)
    assert x.code == 0, x.err
    f = figures(x.out)
    assert f["sales"] == "3\t14 990,50"
    assert (f["sales.cash"], f["sales.card"]) == ("2 490,50", "12 500,00")
    # 20 000 float + 2 490,50 cash sales + 5 000 in - 10 000 out
    assert f["cash_expected"] == "17 490,50"
    paper = printout(printer.wait_jobs(3)[2], reader)
    assert "X-ОТЧЁТ" in paper.text
    # (the glyph reader takes a lone 3 for a Cyrillic З: counts are checked on stdout)
    squeezed = paper.squeezed()
    for expected in (
        "14990,50₸",
        "наличные2490,50₸",
        "карта12500,00₸",
        "Должнобытьвкассе17490,50₸",
    ):
        assert expected in squeezed, paper.text

    z = run(bare, "shift", "close", "--counted", "17400", printer=printer)
    assert z.code == 0, z.err
    f = figures(z.out)
    assert (f["cash_counted"], f["difference"]) == ("17 400,00", "-90,50")
    zpaper = printout(printer.wait_jobs(4)[3], reader)
    zs = zpaper.squeezed()
    assert "Z-ОТЧЁТ" in zpaper.text and "Выручка(продажи-возвраты)14990,50₸" in zs
    assert "Пересчитано17400,00₸" in zs and "Расхождение(недостача)-90,50₸" in zs

    again = run(bare, "shift", "x")
    assert again.code == 1 and "no shift is open" in again.err
    with pytest.raises(Refused):
        sell(bare, 100, PaymentMethod.CARD)


def test_usage_errors_exit_2(bare: TillFixture) -> None:
    assert run(bare, "shift", "open").code == 2
    bad = run(bare, "shift", "open", "--float", "12,345")
    assert bad.code == 2 and "usage error" in bad.err
    assert run(bare, "cash", "out", "--amount", "10").code == 2  # no reason
    assert run(bare, "shift", "close", "--counted", "-5").code == 2


def test_the_window_figures_without_a_printer_and_a_process_exit_code(bare: TillFixture) -> None:
    proc = cli.pos(bare.paths.home, "shift", "open", "--float", "0", key=TEST_KEY, **CASHIER)
    assert (proc.code, proc.err) == (0, "")
    z = cli.pos(bare.paths.home, "shift", "close", "--counted", "0", key=TEST_KEY, **CASHIER)
    assert z.code == 0 and "difference\t0,00" in z.out


def test_a_cash_out_the_cash_register_refuses_is_refused_at_once_and_not_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fiscal.connect import open_port
    from pos.services import fiscal
    from tests.fiscal.test_queue import connect, ring
    from tests.support.kkm_standin import API_KEY, PASSWORD, KkmStandin

    with KkmStandin() as kkm:
        till = make_till(tmp_path / "home")
        connect(till, kkm, monkeypatch)
        ring(till, price=1_000_00)  # the drawer and the KKM's box both hold 1 000
        assert fiscal.drain(till.ctx(), open_port(till.ctx())).ok
        till.db.close()
        kkm.state.cash_tiyn = 300_00  # the KKM's box holds less (a cash out at its screen)
        env = {**CASHIER, "POS_FISCAL_PASSWORD": PASSWORD, "POS_FISCAL_API_KEY": API_KEY}

        def pos(*args: str) -> cli.Result:
            return cli.pos_here(till.paths.home, *args, key=TEST_KEY, **env)

        refused = pos("cash", "out", "--amount", "500", "--reason", "инкассация")
        assert refused.code == 1
        assert refused.err.strip() == (
            "pos: the cash register refused the cash out: only 300,00 ₸ in the box; "
            "the cash out is not counted"
        )
        assert "cash out" not in refused.out  # no slip, no "cash out 500"
        x = figures(pos("shift", "x").out)
        assert (x["cash_out"], x["cash_expected"]) == ("0\t0,00", "1 000,00")
        ok = pos("cash", "out", "--amount", "200", "--reason", "инкассация")
        assert ok.code == 0, ok.err
        assert kkm.state.cash_tiyn == 100_00
        x = figures(pos("shift", "x").out)
        assert (x["cash_out"], x["cash_expected"]) == ("1\t200,00", "800,00")


def test_an_amount_that_is_no_number_is_a_usage_error_not_a_traceback(bare: TillFixture) -> None:
    for amount in ("nan", "Infinity", "12,345"):
        result = run(bare, "cash", "in", "--amount", amount, "--reason", "размен")
        assert result.code == 2, amount
        assert "is not an amount in tenge" in result.err and "Traceback" not in result.err
