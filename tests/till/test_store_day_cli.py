"""Issue 13's acceptance day, driven through `pos` as support staff or a script would.

A till with a price list imported by `pos catalog import` (three VAT rates, weighed goods);
a shift opened with a float; ten sales of every kind (cash, card, cash plus card with the
terminal's RRN, weighed goods, a discount, a buyer with consent, credit and installment,
which the CLI does not take so the services record them in the same shift); a return
within 14 days and one after 14 days with a sales manager's override; cash in and out;
X; a blind Z with a difference. The X and Z are read back from a TCP printer and every
total is matched against figures this test computes from the sales it made, not from the
till. Then `pos sync`, and head office lists the shift with the same Z totals.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from headoffice.cli import main as headoffice_main
from pos.domain.enums import PaymentMethod
from pos.services.context import ServiceContext
from pos.services.sales import CreditTerms, LineInput, NewSale, record_sale
from pos.services.shifts import close_shift, open_shift
from pos.storage.database import open_database
from tests.support import cli
from tests.support.catalog import ean13, price_list_csv
from tests.support.escpos_decoder import GlyphReader
from tests.support.headoffice import HeadOffice
from tests.support.printer import FakePrinter, printout
from tests.support.tills import (
    ADMIN_NAME,
    ADMIN_PIN,
    CASHIER_PIN,
    CREDIT,
    INSTALLMENT,
    MANAGER_PIN,
    TEST_KEY,
    TillFixture,
    credit_buyer,
    make_till,
    register,
)

CASHIER = {"POS_STAFF": "Айгерим Кассир", "POS_STAFF_PIN": CASHIER_PIN}
ADMIN = {"POS_STAFF": ADMIN_NAME, "POS_STAFF_PIN": ADMIN_PIN}

TEA = ean13("487000000001")  # 1 500,00, VAT 16 %
BREAD = ean13("487000000002")  # 250,00, VAT exempt
CABLE = ean13("487000000003")  # 4 990,50, VAT 12 %
PHONE = ean13("487000000004")  # 150 000,00, VAT 16 %
APPLES_KG = 89_000  # tiyn a kilogram, VAT 12 %, item code 00001
APPLES_1250G = ean13("20" + "00001" + "01250")  # a scale's label: 1,250 kg

PRICES = {TEA: 150_000, BREAD: 25_000, CABLE: 499_050, PHONE: 15_000_000}
VAT = {TEA: 16, BREAD: 0, CABLE: 12, PHONE: 16, APPLES_1250G: 12}


def rows() -> list[dict[str, str]]:
    def row(barcode: str, name: str, kk: str, price: str, vat: str, **kw: str) -> dict[str, str]:
        return {
            "barcode": barcode,
            "name": name,
            "name_kk": kk,
            "price": price,
            "unit": kw.get("unit", "pcs"),
            "vat": vat,
            "category": kw.get("category", "food"),
            "code": kw.get("code", "P" + barcode[-6:]),
        }

    return [
        row(TEA, "Чай", "Шай", "1500.00", "16"),
        row(BREAD, "Хлеб", "Нан", "250.00", "0"),
        row(CABLE, "Кабель USB-C", "USB-C кабелі", "4990.50", "12", category="accessories"),
        row(PHONE, "Смартфон", "Смартфон", "150000.00", "16", category="phones"),
        row(ean13("200000100000"), "Яблоки", "Алма", "890.00", "12", unit="kg", code="00001"),
    ]


def vat_of(total_tiyn: int, percent: int) -> int:
    """VAT included in a line: rate/(100+rate) of it, rounded to the tiyn (half up)."""
    exact = Decimal(total_tiyn) * percent / (100 + percent)
    return int(exact.to_integral_value(rounding=ROUND_HALF_UP))


def tenge(tiyn: int) -> str:
    """1234567 -> '12345,67' (the paper's figures, squeezed of spaces)."""
    return f"{tiyn // 100},{tiyn % 100:02d}" if tiyn >= 0 else "-" + tenge(-tiyn)


def spaced(tiyn: int) -> str:
    """1234567 -> '12 345,67' (stdout's figures)."""
    sign, tiyn = ("-", -tiyn) if tiyn < 0 else ("", tiyn)
    return f"{sign}{tiyn // 100:,}".replace(",", " ") + f",{tiyn % 100:02d}"


class Book:
    """What the test expects, kept from the sales it makes (never read from the till)."""

    def __init__(self) -> None:
        self.sales: list[int] = []
        self.by_method: dict[str, int] = defaultdict(int)
        self.vat: dict[int, int] = defaultdict(int)
        self.turnover: dict[int, int] = defaultdict(int)
        self.refunds: list[int] = []
        self.refunds_by_method: dict[str, int] = defaultdict(int)
        self.refund_vat: dict[int, int] = defaultdict(int)

    def sale(self, lines: list[tuple[int, int]], **paid: int) -> None:
        """`lines`: (line total, VAT percent); `paid`: method -> amount."""
        total = sum(t for t, _ in lines)
        assert sum(paid.values()) == total
        self.sales.append(total)
        for method, amount in paid.items():
            self.by_method[method] += amount
        for t, rate in lines:
            self.vat[rate] += vat_of(t, rate)
            self.turnover[rate] += t

    def refund(self, lines: list[tuple[int, int]], **paid: int) -> None:
        total = sum(t for t, _ in lines)
        assert sum(paid.values()) == total
        self.refunds.append(total)
        for method, amount in paid.items():
            self.refunds_by_method[method] += amount
        for t, rate in lines:
            self.refund_vat[rate] += vat_of(t, rate)


@pytest.fixture
def env(headoffice: HeadOffice, monkeypatch: pytest.MonkeyPatch) -> HeadOffice:
    for name, value in headoffice.env.items():
        monkeypatch.setenv(name, value)
    return headoffice


@pytest.fixture
def bare(tmp_path: Path) -> TillFixture:
    till = make_till(tmp_path / "home", shift=False)
    return till


def pos(till: TillFixture, *args: str, who: dict[str, str] = CASHIER, **env: str) -> cli.Result:
    return cli.pos_here(till.paths.home, *args, key=TEST_KEY, **{**who, **env})


def ok(run: cli.Result) -> str:
    assert run.code == 0, run.err
    return run.out


def figures(out: str) -> dict[str, str]:
    return {ln.split("\t")[0]: ln.split("\t", 1)[1] for ln in out.splitlines() if "\t" in ln}


def test_a_store_day_through_the_command_line(
    bare: TillFixture,
    env: HeadOffice,
    printer: FakePrinter,
    reader: GlyphReader,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    till = bare
    env.connect(till)
    book = Book()
    # A tea sold 20 days ago, in a shift closed then: the late return below is against it.
    past = dt.datetime.now(dt.UTC) - dt.timedelta(days=20)
    then = ServiceContext(till.db, till.cashier, clock=lambda: past)
    open_shift(then, 0)
    old = record_sale(
        then, NewSale(lines=(LineInput("Чай", 1, 150_000, barcode=TEA, vat_percent=16),))
    )
    close_shift(then, 150_000)
    buyer = register(till, credit_buyer(), CREDIT).buyer
    register(till, credit_buyer(), INSTALLMENT, buyer_id=buyer.id)  # the same person
    till.db.close()

    prices = tmp_path / "prices.csv"
    prices.write_text(price_list_csv(rows()), encoding="utf-8")
    assert "5 products" in ok(pos(till, "catalog", "import", str(prices), who=ADMIN))

    opened = ok(pos(till, "shift", "open", "--float", "20000"))
    assert opened.strip() == "shift 2 opened, float 20 000,00"
    twice = pos(till, "shift", "open", "--float", "0")
    assert (twice.code, twice.err) == (1, "pos: shift 2 is already open on this register\n")

    def sell(*args: str) -> str:
        return ok(pos(till, "sale", "new", *args, POS_PRINTER=printer.url))

    # 1. cash, exact
    sell("--line", TEA, "--line", f"{BREAD}:2", "--pay", "cash")
    book.sale([(150_000, 16), (50_000, 0)], cash=200_000)
    # 2. cash with change
    out = sell("--line", CABLE, "--pay", "cash:5000")
    assert "change 9,50 ₸" in out
    book.sale([(499_050, 12)], cash=499_050)
    # 3. card with the terminal's RRN
    out = sell("--line", f"{TEA}:3", "--pay", "card:4500:000111222333")
    assert "ref 000111222333" in out
    card_receipt = out.split("(")[1].split(")")[0]  # "receipt 4 (ALM-01/1/4)"
    book.sale([(450_000, 16)], card=450_000)
    # 4. split: card 3 000 with its RRN, the rest in cash, change on the cash part
    out = sell(
        "--line",
        f"{TEA}:2",
        "--line",
        CABLE,
        "--pay",
        "card:3000:444555666777",
        "--pay",
        "cash:5000",
    )
    assert "change 9,50 ₸" in out and "ref 444555666777" in out
    book.sale([(300_000, 16), (499_050, 12)], card=300_000, cash=499_050)
    # 5. weighed goods from a scale's label: 1,250 kg at 890,00 = 1 112,50
    out = sell("--line", APPLES_1250G, "--pay", "cash")
    assert "total 1 112,50 ₸" in out
    book.sale([(111_250, 12)], cash=111_250)
    # 6. a receipt discount of 10 % on two teas
    out = sell("--line", f"{TEA}:2", "--discount", "10%", "--discount-reason", "promotion")
    assert "total 2 700,00 ₸" in out
    book.sale([(270_000, 16)], cash=270_000)
    # 7. a sale for a buyer with consent
    out = sell("--line", BREAD, "--buyer", str(buyer.id), "--pay", "card:250:777888999000")
    book.sale([(25_000, 0)], card=25_000)
    # 8. two goods in cash, change from a 10 000 note
    out = sell("--line", f"{BREAD}:4", "--line", CABLE, "--pay", "cash:10000")
    assert "total 5 990,50 ₸" in out and "change 4 009,50 ₸" in out
    book.sale([(100_000, 0), (499_050, 12)], cash=599_050)
    # 9-10. credit and installment: the CLI takes cash and card only, so the services
    # record them, in the shift the CLI opened, by the sales manager.
    db = open_database(till.paths.db, TEST_KEY)
    try:
        mgr = ServiceContext(db, till.manager)
        for method, bank in (
            (PaymentMethod.CREDIT, "Kaspi Bank"),
            (PaymentMethod.INSTALLMENT, "Halyk Bank"),
        ):
            record_sale(
                mgr,
                NewSale(
                    lines=(
                        LineInput("Смартфон", 1, 15_000_000, category="phones", vat_percent=16),
                    ),
                    payment=method,
                    buyer_id=buyer.id,
                    credit=CreditTerms(bank, "0-0-12", 12),
                ),
            )
    finally:
        db.close()
    book.sale([(15_000_000, 16)], credit=15_000_000)
    book.sale([(15_000_000, 16)], installment=15_000_000)
    assert len(book.sales) == 10

    # Returns: more than sold is refused; a card return within 14 days; the old tea.
    too_many = pos(till, "sale", "return", card_receipt, "--line", f"{TEA}:4", "--reason", "брак")
    assert (too_many.code, too_many.err.strip()) == (
        1,
        "pos: line 1: at most 3 can still be returned",
    )
    back = ok(
        pos(
            till,
            "sale",
            "return",
            card_receipt,
            "--line",
            f"{TEA}:1",
            "--reason",
            "брак",
            "--card-ref",
            "999000111222",
            POS_PRINTER=printer.url,
        )
    )
    assert "refund card 1 500,00 ₸" in back
    book.refund([(150_000, 16)], card=150_000)
    late = pos(till, "sale", "return", old.reference, "--line", f"{TEA}:1", "--reason", "брак")
    assert late.code == 1 and "after 14 days a sales manager's PIN" in late.err, late.err
    ok(
        pos(
            till,
            "sale",
            "return",
            old.reference,
            "--line",
            f"{TEA}:1",
            "--reason",
            "брак",
            "--override-by",
            "Ерлан Менеджер",
            "--override-reason",
            "акт № 5",
            POS_OVERRIDE_PIN=MANAGER_PIN,
        )
    )
    book.refund([(150_000, 16)], cash=150_000)

    ok(pos(till, "cash", "in", "--amount", "5000", "--reason", "размен"))
    ok(pos(till, "cash", "out", "--amount", "12000", "--reason", "инкассация"))
    cash_in, cash_out, float_ = 500_000, 1_200_000, 2_000_000
    expected = float_ + book.by_method["cash"] - book.refunds_by_method["cash"] + cash_in - cash_out
    sales_total, refunds_total = sum(book.sales), sum(book.refunds)

    def check(paper_text: str, out: str) -> None:
        f = figures(out)
        assert f["sales"] == f"{len(book.sales)}\t{spaced(sales_total)}"
        for method, amount in book.by_method.items():
            assert f[f"sales.{method}"] == spaced(amount)
        assert f["returns"] == f"{len(book.refunds)}\t{spaced(refunds_total)}"
        assert f["cash_expected"] == spaced(expected)
        # The glyph reader cannot tell a lone 3 from a Cyrillic З: fold for the figures.
        sq = paper_text.replace("З", "3")
        assert f"{tenge(sales_total)}₸" in sq
        for method, amount in book.by_method.items():
            word = {
                "cash": "наличные",
                "card": "карта",
                "credit": "кредит",
                "installment": "рассрочка",
            }[method]
            assert f"{word}{tenge(amount)}₸" in sq, (method, sq)
        for method, amount in book.refunds_by_method.items():
            assert f[f"returns.{method}"] == spaced(amount)
        assert f"Возвраты:{len(book.refunds)}{tenge(refunds_total)}₸" in sq
        assert f"Выручка(продажи-возвраты){tenge(sales_total - refunds_total)}₸" in sq
        # Every rate's sales are listed, exempt goods as sales without VAT, which carry
        # no VAT line of their own.
        assert book.turnover[0] > 0
        for rate, amount in book.turnover.items():
            assert f["turnover." + f"{rate}%"] == spaced(amount)
            if rate == 0:
                assert f"ПродажибезНДС{tenge(amount)}₸" in sq, sq
                assert "НДС0%" not in sq
                continue
            assert f"ПродажисНДС{rate}%{tenge(amount)}₸" in sq, (rate, sq)
        for rate, amount in book.vat.items():
            if rate:
                assert f"НДС{rate}%{tenge(amount)}₸" in sq, (rate, sq)
        for rate, amount in book.refund_vat.items():
            assert f"НДС{rate}%повозвратам{tenge(-amount)}₸" in sq, (rate, sq)
        assert (f["vat.12%"], f["vat.16%"]) == (spaced(book.vat[12]), spaced(book.vat[16]))
        assert f["discounts"] == "300,00" and "Скидки300,00₸" in sq  # 10 % of 3 000
        assert f"Должнобытьвкассе{tenge(expected)}₸" in sq

    jobs = len(printer.jobs)
    x = ok(pos(till, "shift", "x", POS_PRINTER=printer.url))
    xpaper = printout(printer.wait_jobs(jobs + 1)[jobs], reader)
    assert "X-ОТЧЁТ" in xpaper.text
    check(xpaper.squeezed(), x)

    counted = expected - 15_050  # 150,50 short
    z = ok(pos(till, "shift", "close", "--counted", tenge(counted), POS_PRINTER=printer.url))
    zpaper = printout(printer.wait_jobs(jobs + 2)[jobs + 1], reader)
    zs = zpaper.squeezed().replace("З", "3")  # (a lone 3 reads as З)
    assert "Z-ОТЧЁТ" in zpaper.text
    check(zs, z)
    assert figures(z)["difference"] == "-150,50"
    assert f"Пересчитано{tenge(counted)}₸" in zs and "Расхождение(недостача)-150,50₸" in zs

    after = pos(till, "sale", "new", "--line", TEA, "--pay", "cash")
    assert after.code == 1 and after.err.strip() == (
        "pos: no shift is open on this register: open one first (`pos shift open --float T`)"
    )

    ok(pos(till, "sync", "--once"))
    capsys.readouterr()
    assert headoffice_main(["shifts", "list", "--store", "ALM-01"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "2 shifts"
    (day,) = [ln.split("\t") for ln in lines[:-1] if "\tshift 2\t" in ln]
    assert day[4].startswith("closed ")
    assert day[5] == "float 20000,00"
    methods = " ".join(f"{m} {tenge(a)}" for m, a in sorted(book.by_method.items()))
    assert day[6] == f"sales 10 {tenge(sales_total)} ({methods})"
    assert f"returns 2 {tenge(refunds_total)}" == day[7]
    assert day[8] == "by VAT rate " + " ".join(
        f"{r}% {tenge(a)}" for r, a in sorted(book.turnover.items(), key=lambda x: f"{x[0]}%")
    )
    assert day[9] == "VAT " + " ".join(
        f"{r}% {tenge(a)}" for r, a in sorted(book.vat.items(), key=lambda x: f"{x[0]}%") if r
    )
    assert day[10:] == [
        f"cash in {tenge(cash_in)}",
        f"cash out {tenge(cash_out)}",
        f"expected {tenge(expected)}",
        f"counted {tenge(counted)}",
        "difference -150,50",
    ]
