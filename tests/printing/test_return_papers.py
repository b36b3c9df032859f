"""The return receipt, the bank's return act and a receipt copy, read back from a TCP
printer in each language on 80 and 58 mm paper: every line fits the paper, the refunds
are by method with the terminal's reference, the approver of a late return is named."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pos.domain.enums import PaymentMethod
from pos.domain.payment import PaymentInput
from pos.domain.returns import RETURN_DAYS
from pos.services import returns
from pos.services.sales import LineInput, NewSale, record_sale
from printing.service import PrintService
from tests.support.escpos_decoder import GlyphReader
from tests.support.printer import FakePrinter, printout, set_printer
from tests.support.tills import MANAGER_PIN, TillFixture

TITLES = {"ru": "ВОЗВРАТ№1", "kk": "ҚАЙТАРУ№1", "en": "RETURNNo.1"}
# The return window's length is printed from the rule, not from a fixed text.
APPROVED = {
    "ru": f"Позднее{RETURN_DAYS}дн.,разрешил(а):",
    "kk": f"{RETURN_DAYS}күнненкейін,рұқсатберген:",
    "en": f"After{RETURN_DAYS}days,approvedby:",
}


@pytest.mark.parametrize("width", [80, 58])
@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_a_late_split_return_prints_in_every_language_and_width(
    till: TillFixture, printer: FakePrinter, reader: GlyphReader, lang: str, width: int
) -> None:
    cashier = till.ctx(till.cashier)
    sale = record_sale(
        dataclasses.replace(cashier, clock=lambda: cashier.clock() - dt.timedelta(days=30)),
        NewSale(
            lines=(LineInput("Наушники беспроводные с шумоподавлением", 2, 2_499_000),),
            payments=(
                PaymentInput(PaymentMethod.CARD, 3_000_000, "123456789012"),
                PaymentInput(PaymentMethod.CASH),
            ),
        ),
    )
    done = returns.record_return(
        cashier,
        returns.ReturnRequest(
            sale.id,
            ((1, 2000),),
            "брак",
            override=returns.Override("", MANAGER_PIN, "акт 5 от 01.11"),
        ),
    )
    set_printer(till, printer.url, paper_width=width, language=lang)
    [outcome] = PrintService.for_till(cashier, till.paths).print_return(done.id)
    assert outcome.ok, outcome.message
    paper = printout(printer.wait_jobs(1)[0], reader)
    columns = 48 if width == 80 else 32
    assert all(len(line) <= columns for line in paper.lines if not line.startswith("[QR"))
    squeezed = paper.squeezed()
    assert TITLES[lang] in squeezed
    assert "ALM-01/1/1" in squeezed
    assert "123456789012" in squeezed  # the card refund's terminal reference
    # Card back (30 000; the glyph reader may take that 3 for a Cyrillic З), the rest cash.
    assert "0000,00₸" in squeezed and "19980,00₸" in squeezed
    assert APPROVED[lang] in squeezed and "ЕрланМенеджер" in squeezed
