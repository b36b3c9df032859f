"""`pos sale new`, `pos sale return` and `pos receipt reprint`, as a script drives them.

The sale and the return print on a real TCP printer listener; the paper is read back with
the ESC/POS decoder: the payments, the change, the receipt's QR code of its own name, the
COPY mark of a reprint.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pos.services import catalog
from tests.support import cli
from tests.support.escpos_decoder import GlyphReader
from tests.support.printer import FakePrinter, printout
from tests.support.tills import (
    ADMIN_NAME,
    ADMIN_PIN,
    CASHIER_PIN,
    MANAGER_PIN,
    TEST_KEY,
    make_till,
)

CASHIER = {"POS_STAFF": "Айгерим Кассир", "POS_STAFF_PIN": CASHIER_PIN}


@pytest.fixture
def home(tmp_path: Path) -> Path:
    till = make_till(tmp_path / "home")
    catalog.add_products(
        till.ctx(),
        [
            ("4870001000011", "Чайник", "kitchen", 1_250_000),
            ("4870001000028", "Кружка", "kitchen", 99_000),
        ],
    )
    till.db.close()
    return till.paths.home


def pos(home: Path, *args: str, **env: str) -> cli.Result:
    return cli.pos_here(home, *args, key=TEST_KEY, **{**CASHIER, **env})


def test_a_split_sale_prints_each_payment_the_change_and_its_own_code(
    home: Path, printer: FakePrinter, reader: GlyphReader
) -> None:
    run = pos(
        home,
        "sale",
        "new",
        "--line",
        "4870001000011",
        "--line",
        "4870001000028:2",
        "--pay",
        "card:10000:123456789012",
        "--pay",
        "cash:5000",
        POS_PRINTER=printer.url,
    )
    assert run.code == 0, run.err
    assert run.out.splitlines()[0] == "receipt 1 (ALM-01/1/1)"
    assert "change 520,00 ₸" in run.out  # 14 480 total: card 10 000, cash 4 480 of 5 000
    paper = printout(printer.wait_jobs(1)[0], reader)
    squeezed = paper.squeezed()
    assert "Оплачено:карта10000,00₸" in squeezed
    assert "Оплачено:наличные4480,00₸" in squeezed
    assert "Кодтерминала:123456789012" in squeezed
    assert "Сдача520,00₸" in squeezed
    assert "[QR ALM-01/1/1]" in paper.lines


def test_sale_refusals_are_one_line(home: Path) -> None:
    run = pos(home, "sale", "new", "--line", "4870001000011", "--pay", "cash:100")
    assert (run.code, run.err.strip()) == (1, "pos: cash tendered is less than the total")
    run = pos(home, "sale", "new", "--line", "4870001000011", "--pay", "card", "--pay", "card")
    assert run.code == 1 and "at most one cash and one card" in run.err
    run = pos(home, "sale", "new", "--line", "999", "--pay", "cash")
    assert (run.code, run.err.strip()) == (1, "pos: no product with barcode 999")
    run = pos(home, "sale", "new", "--line", "4870001000011", "--discount", "5%")
    assert (run.code, run.err.strip()) == (1, "pos: a discount needs a reason")
    run = pos(home, "sale", "new", "--line", "4870001000011", "--discount", "5x")
    assert run.code == 1 and run.err.startswith("pos: ")
    run = pos(home, "sale", "new", "--line", "4870001000011:x")
    assert run.code == 1 and "is not BARCODE or BARCODE:QTY" in run.err


def test_a_discounted_sale_through_the_discount_service(home: Path) -> None:
    run = pos(
        home,
        "sale",
        "new",
        "--line",
        "4870001000011",
        "--discount",
        "500",
        "--discount-reason",
        "promotion",
    )
    assert run.code == 0, run.err
    assert "total 12 000,00 ₸" in run.out  # 12 500 less 500


def test_return_against_the_receipt_then_a_copy_marked_copy(
    home: Path, printer: FakePrinter, reader: GlyphReader
) -> None:
    sold = pos(
        home,
        "sale",
        "new",
        "--line",
        "4870001000028:3",
        "--pay",
        "card:1000:ab12cd",
        "--pay",
        "cash",
    )
    assert sold.code == 0, sold.err
    too_many = pos(home, "sale", "return", "1", "--line", "4870001000028:4", "--reason", "брак")
    assert (too_many.code, too_many.err.strip()) == (
        1,
        "pos: line 1: at most 3 can still be returned",
    )
    back = pos(
        home,
        "sale",
        "return",
        "ALM-01/1/1",
        "--line",
        "4870001000028:2",
        "--reason",
        "брак",
        POS_PRINTER=printer.url,
    )
    assert back.code == 0, back.err
    # 2 of 3 mugs = 1 980: the card's 1 000 back to the card, the rest from the drawer.
    assert back.out.splitlines()[:4] == [
        "return 1 against receipt ALM-01/1/1",
        "total 1 980,00 ₸",
        "refund card 1 000,00 ₸ ref AB12CD",
        "refund cash 980,00 ₸",
    ]
    paper = printout(printer.wait_jobs(1)[0], reader).squeezed()
    assert "ВОЗВРАТ№1" in paper and "почекуALM-01/1/1" in paper
    left = pos(home, "sale", "return", "1", "--line", "4870001000028:2", "--reason", "брак")
    assert left.code == 1 and "at most 1 can still be returned" in left.err

    copy = pos(home, "receipt", "reprint", "1", POS_PRINTER=printer.url)
    assert copy.code == 0, copy.err
    again = printout(printer.wait_jobs(2)[1], reader)
    assert again.lines[0].strip() == "КОПИЯ"
    assert "[QR ALM-01/1/1]" in again.lines


def test_a_late_return_needs_a_managers_pin_and_reason(home: Path) -> None:
    import datetime as dt

    from sqlalchemy import text

    from till.app import open_till

    assert pos(home, "sale", "new", "--line", "4870001000011", "--pay", "cash").code == 0
    # Move the sale 20 days back, as if sold then (the clock of a test cannot be the CLI's).
    with open_till(home, TEST_KEY) as till, till.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE sales SET created_at = :at"),
            {"at": dt.datetime.now(dt.UTC) - dt.timedelta(days=20)},
        )
    late = pos(home, "sale", "return", "1", "--line", "4870001000011:1", "--reason", "брак")
    assert late.code == 1
    assert "the sale was 20 days ago: after 14 days a sales manager's PIN" in late.err
    wrong = pos(
        home,
        "sale",
        "return",
        "1",
        "--line",
        "4870001000011:1",
        "--reason",
        "брак",
        "--override-by",
        "Ерлан Менеджер",
        "--override-reason",
        "акт № 5 от 01.11",
        POS_OVERRIDE_PIN="1111",
    )
    assert wrong.code == 1
    ok = pos(
        home,
        "sale",
        "return",
        "1",
        "--line",
        "4870001000011:1",
        "--reason",
        "брак",
        "--override-by",
        "Ерлан Менеджер",
        "--override-reason",
        "акт № 5 от 01.11",
        POS_OVERRIDE_PIN=MANAGER_PIN,
    )
    assert ok.code == 0, ok.err
    assert "refund cash 12 500,00 ₸" in ok.out


def test_wrong_approver_pins_lock_approvals_by_pin(home: Path) -> None:
    def big(pin: str) -> cli.Result:
        return pos(
            home,
            "sale",
            "new",
            "--line",
            "4870001000011",
            "--discount",
            "25%",
            "--discount-reason",
            "damaged box",
            POS_APPROVER_PIN=pin,
        )

    for _ in range(4):
        run = big("4815")
        assert run.code == 1 and "sales manager" in run.err
    run = big("4815")
    assert run.code == 1 and "approvals by PIN are locked until" in run.err
    run = big(MANAGER_PIN)  # locked: the right PIN approves nothing either
    assert run.code == 1 and "approvals by PIN are locked until" in run.err
    admin = {"POS_STAFF": ADMIN_NAME, "POS_STAFF_PIN": ADMIN_PIN}
    unlocked = pos(home, "staff", "unlock-approvals", **admin)
    assert unlocked.code == 0, unlocked.err
    assert big(MANAGER_PIN).code == 0


def test_the_same_barcode_twice_in_a_return_takes_its_next_line(home: Path) -> None:
    sold = pos(
        home,
        "sale",
        "new",
        "--line",
        "4870001000028:1",
        "--line",
        "4870001000028:1",
        "--pay",
        "cash",
    )
    assert sold.code == 0, sold.err
    both = pos(
        home,
        "sale",
        "return",
        "1",
        "--line",
        "4870001000028:1",
        "--line",
        "4870001000028:1",
        "--reason",
        "брак",
    )
    assert both.code == 0, both.err
    again = pos(home, "sale", "return", "1", "--line", "4870001000028:1", "--reason", "брак")
    # Both lines are back: the first one is named as having nothing left.
    assert (again.code, again.err.strip()) == (1, "pos: line 1: at most 0 can still be returned")
