"""The X and Z reports and the cash slip, on 80 and 58 mm paper in ru/kk/en: every line
fits, the figures are the service's, and a Kazakh Z on 58 mm reads back from the printer."""

from __future__ import annotations

import pytest

from pos.domain.enums import PaymentMethod
from pos.domain.shifts import CashMoveKind
from pos.services.sales import LineInput, NewSale, record_sale
from pos.services.shifts import close_shift, move_cash, x_report
from printing.docs import shift_reports
from printing.i18n import LANGUAGES
from printing.layout import PAPER_COLUMNS
from printing.service import PrintService
from tests.support.escpos_decoder import GlyphReader
from tests.support.printer import FakePrinter, printout, set_printer
from tests.support.tills import TillFixture


def _day(till: TillFixture) -> None:
    ctx = till.ctx(till.cashier)
    for total, method in ((1_234_550, PaymentMethod.CASH), (99_000_000, PaymentMethod.CARD)):
        record_sale(ctx, NewSale(lines=(LineInput("Телевизор", 1, total),), payment=method))
    move_cash(ctx, CashMoveKind.IN, 500_000, "Размен из банка для кассы номер один")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("paper", sorted(PAPER_COLUMNS))
def test_every_line_fits_and_says_the_figures(till: TillFixture, lang: str, paper: int) -> None:
    _day(till)
    cols = PAPER_COLUMNS[paper]
    x = x_report(till.ctx(till.cashier))
    docs = [shift_reports.build_x(x, lang, cols)]
    z = close_shift(till.ctx(till.cashier), 1_700_000)
    docs.append(shift_reports.build_z(z, lang, cols))
    for doc in docs:
        lines = doc.lines()
        assert all(len(line) <= cols for line in lines), [ln for ln in lines if len(ln) > cols]
        squeezed = "".join("".join(line.split()) for line in lines)
        assert "1002345,50₸" in squeezed  # sales: 12 345,50 + 990 000,00
        assert "17345,50₸" in squeezed  # expected: 0 + 12 345,50 + 5 000
    zs = "".join("".join(line.split()) for line in docs[1].lines())
    assert "17000,00₸" in zs and "-345,50₸" in zs  # counted, difference


def test_a_kazakh_z_on_58_mm_reads_back_from_the_printer(
    till: TillFixture, printer: FakePrinter, reader: GlyphReader
) -> None:
    set_printer(till, printer.url, paper_width=58, language="kk")
    _day(till)
    z = close_shift(till.ctx(till.cashier), 1_734_550)
    outcome = PrintService(till.ctx(till.cashier)).print_shift_report(z, z=True)
    assert outcome.ok, outcome.message
    paper = printout(printer.wait_jobs(1)[0], reader)
    text = paper.squeezed()
    # The glyph reader takes a bitmap 3 for the Cyrillic З (the same drawing): digits back.
    digits = text.replace("З", "3")
    assert "Z-ЕСЕП" in text and "Кассадаболуыкерек17345,50₸" in digits
    assert "Саналды17345,50₸" in digits and "Айырма(айырмасыз)0,00₸" in text
