"""The store's credit banks and products with their rates (issue 13, point 7): a setting the
store admin edits, read by the sale screen, printed on the credit summary; the paper and
the window name a credit a credit and an installment an installment."""

from __future__ import annotations

from pathlib import Path

import pytest

from pos.domain.credit_catalogue import catalogue_from, parse_product
from pos.domain.enums import PaymentMethod
from pos.domain.errors import PermissionDenied, ValidationError
from pos.services import credit_settings
from pos.services.sales import CreditTerms, LineInput, NewSale, record_sale
from printing.i18n import t
from printing.service import PrintService
from tests.support import cli
from tests.support.escpos_decoder import GlyphReader
from tests.support.printer import FakePrinter, printout, set_printer
from tests.support.tills import CREDIT, TEST_KEY, TillFixture, credit_buyer, make_till, register


def test_defaults_then_the_admins_lists(till: TillFixture) -> None:
    shown = credit_settings.catalogue(till.ctx(till.cashier))
    assert "Halyk Bank" in shown.banks and shown.rate_of("0-0-12") == 0
    with pytest.raises(PermissionDenied):
        credit_settings.set_catalogue(till.ctx(till.manager), banks=["Bank RBK"])
    saved = credit_settings.set_catalogue(
        till.ctx(),
        banks=["Bank RBK", "Halyk Bank"],
        products=[parse_product("Red 0-0-6: 0"), parse_product("standard:19,9")],
    )
    assert saved.banks == ("Bank RBK", "Halyk Bank")
    assert credit_settings.catalogue(till.ctx(till.cashier)).rate_of("standard") == 19.9
    for bad in ({"banks": []}, {"products": [{"name": "x", "rate": 150}]}, {"banks": [" "]}):
        with pytest.raises(ValidationError):
            catalogue_from(bad)


def test_the_credit_summary_is_called_a_credit_and_states_the_rate(
    till: TillFixture, printer: FakePrinter, reader: GlyphReader
) -> None:
    set_printer(till, printer.url)
    credit_settings.set_catalogue(
        till.ctx(), products=[parse_product("standard:24.9"), parse_product("0-0-12:0")]
    )
    buyer = register(till, credit_buyer(), CREDIT).buyer
    sale = record_sale(
        till.ctx(till.manager),
        NewSale(
            lines=(LineInput("Ноутбук", 1, 40_000_000),),
            payment=PaymentMethod.CREDIT,
            buyer_id=buyer.id,
            credit=CreditTerms("Halyk Bank", "standard", 12),
        ),
    )
    service = PrintService.for_till(till.ctx(till.manager), till.paths)
    outcome = service.print_installment_summary(sale.id, "ru")
    assert (outcome.ok, outcome.message) == (True, "credit summary printed")
    paper = printout(printer.wait_jobs(1)[0], reader).squeezed()
    assert "".join(t("credit.title.credit", "ru").split()) in paper
    assert "Ставка:24,9%годовых" in paper
    assert "РАССРОЧК" not in paper


def test_pos_settings_credit(tmp_path: Path) -> None:
    home = make_till(tmp_path / "home")
    home.db.close()
    done = cli.pos_here(
        home.paths.home,
        "settings",
        "credit",
        "--bank",
        "Bank RBK",
        "--product",
        "standard:22.5",
        "--product",
        "0-0-12",
        key=TEST_KEY,
    )
    assert done.code == 0, done.err
    assert "banks: Bank RBK" in done.out
    assert "product: standard\t22.5 % a year" in done.out
    bad = cli.pos_here(
        home.paths.home, "settings", "credit", "--product", "standard:250", key=TEST_KEY
    )
    assert bad.code == 1 and bad.err.startswith("pos: ") and "0 to 100" in bad.err
    shown = cli.pos_here(home.paths.home, "settings", "show", key=TEST_KEY)
    assert "credit: {'banks': ['Bank RBK']" in shown.out
