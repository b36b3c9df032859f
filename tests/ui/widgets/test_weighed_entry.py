"""Weighed goods typed at the sale screen, by keyboard: a product sold by the kilogram
found by name takes its weight to the gram in the quantity box ("0,750" or "0.5"), the line
and its total follow (half a tiyn up), the sale keeps the weight and the receipt prints it;
a fraction of a piece is refused with the window's message. The large figures keep their
columns whatever the amount, and a recorded sale is said once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.domain.enums import Role
from pos.domain.quantity import line_amount
from pos.services import catalog
from pos.storage.models import SaleLine
from tests.support.driver import WAIT, type_text
from tests.support.escpos_decoder import GlyphReader
from tests.support.printer import FakePrinter, printout
from tests.support.tills import TillFixture
from tests.support.widgets import sign_in
from ui.i18n import money
from ui.state import AppState
from ui.widgets.sale.screen import SaleScreen

CABLE = "4870001000165"  # 1 990,00 ₸ a piece
APPLES_PRICE = 89_999  # 899,99 ₸ a kilogram


@pytest.fixture
def screen(qtbot: QtBot, state: AppState, shop: TillFixture, tmp_path: Path) -> SaleScreen:
    prices = tmp_path / "apples.csv"
    prices.write_text(
        "barcode,name,price,name_kk,unit,vat,code\n"
        "2000123000006,Яблоки апорт,899.99,Апорт алмасы,kg,0,00123\n",
        encoding="utf-8",
    )
    catalog.import_file(shop.ctx(), prices)
    s = SaleScreen(state)
    qtbot.addWidget(s)
    s.resize(1024, 768)
    s.show()
    sign_in(state, shop, Role.CASHIER)
    s.start()
    return s


def type_quantity(qtbot: QtBot, screen: SaleScreen, text: str) -> None:
    """F4, the quantity, Enter: it applies to the chosen line."""
    qtbot.keyClick(screen.entry.barcode, Qt.Key.Key_F4)
    assert screen.entry.quantity.hasFocus()
    qtbot.keyClicks(screen.entry.quantity, text)
    qtbot.keyClick(screen.entry.quantity, Qt.Key.Key_Return)


def cell(screen: SaleScreen, row: int, col: int) -> str:
    item = screen.cart_view.lines.item(row, col)
    return item.text() if item is not None else ""


def test_a_weight_typed_for_a_product_found_by_name_is_sold_and_printed(
    qtbot: QtBot,
    screen: SaleScreen,
    shop: TillFixture,
    printer: FakePrinter,
    reader: GlyphReader,
) -> None:
    type_text(qtbot, screen.entry.barcode, "яблоки")
    qtbot.keyClick(screen.entry.barcode, Qt.Key.Key_Return)
    qtbot.waitUntil(screen.entry.products.isVisible, timeout=WAIT)
    qtbot.keyClick(screen.entry.barcode, Qt.Key.Key_Down)
    qtbot.keyClick(screen.entry.products, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(screen.cart.lines) == 1, timeout=WAIT)
    assert cell(screen, 0, 1) == "1.000 kg"  # found by name: a kilogram to start
    assert screen.entry.quantity.text() == "1.000"

    type_quantity(qtbot, screen, "0.5")  # 449,995 ₸: half a tiyn goes up
    assert cell(screen, 0, 1) == "0.500 kg"
    assert cell(screen, 0, 3) == money(45_000, "en")
    assert screen.entry.barcode.hasFocus()

    for wrong in ("0", "0,0005", "-1", "1e3", "10001"):
        type_quantity(qtbot, screen, wrong)
        assert screen.message.problem
        assert f"{wrong} is not a weight: type kilograms to the gram" in screen.message.text()
        assert cell(screen, 0, 1) == "0.500 kg"  # unchanged
        screen.entry.quantity.clear()

    type_quantity(qtbot, screen, "0,750")  # the comma of ru and kk, too
    total = line_amount(750, APPLES_PRICE)
    assert total == 67_499  # 674,9925 ₸ rounds to the tiyn
    assert cell(screen, 0, 1) == "0.750 kg" and cell(screen, 0, 3) == money(total, "en")
    assert money(total, "en") in screen.cart_view.total.text()

    qtbot.keyClicks(screen.tender.tendered, "1000")
    with qtbot.waitSignal(screen.sale_recorded, timeout=WAIT) as recorded:
        qtbot.keyClick(screen.tender.tendered, Qt.Key.Key_Return)
    sale = recorded.args[0]
    assert sale.total_tiyn == total
    with shop.db.read_session() as s:
        stored = s.scalars(select(SaleLine).where(SaleLine.sale_id == sale.id)).all()
    assert [(ln.quantity_milli, ln.unit) for ln in stored] == [(750, "kg")]
    paper = printout(printer.wait_jobs(1)[0], reader).text
    # The receipt's own language (the till's: Russian here); its line says the weight, with
    # the Russian decimal comma the window shows too.
    weighed = [line for line in paper.splitlines() if "0,750 кг" in line]
    assert len(weighed) == 1 and weighed[0].rstrip().endswith("674,99 ₸")


def test_a_fraction_of_a_piece_is_refused_and_whole_pieces_are_taken(
    qtbot: QtBot, screen: SaleScreen
) -> None:
    qtbot.keyClicks(screen.entry.barcode, CABLE)
    qtbot.keyClick(screen.entry.barcode, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(screen.cart.lines) == 1, timeout=WAIT)
    type_quantity(qtbot, screen, "1,5")
    assert screen.message.problem
    assert screen.message.text() == (
        "1,5 is not a number of pieces: this product is sold by the piece, type a whole "
        "number from 1 to 10000."
    )
    assert screen.cart.lines[0].quantity_milli == 1000 and cell(screen, 0, 1) == "1"
    assert screen.entry.quantity.hasFocus()  # left to correct, selected
    type_quantity(qtbot, screen, "3")
    assert cell(screen, 0, 1) == "3" and cell(screen, 0, 3) == money(3 * 199_000, "en")


def test_large_figures_keep_their_columns_and_a_sale_is_said_once(
    qtbot: QtBot, screen: SaleScreen
) -> None:
    display = screen.tender.display
    figures = (display.due, display.tendered, display.change)
    qtbot.waitUntil(lambda: display.due.width() > 0, timeout=WAIT)
    before = [f.geometry() for f in figures]
    display.show_due(9_999_999_999_99, "ru", tendered=9_999_999_999_99, change=0)
    qtbot.wait(10)
    assert [f.geometry() for f in figures] == before  # columns and rows stay put
    for figure in figures:  # the whole amount is shown, set smaller when it must be
        advance = figure.fontMetrics().horizontalAdvance(figure.text())
        assert advance <= figure.contentsRect().width()
    assert len({figure.font().pointSizeF() for figure in figures}) == 1  # one size, all three

    display.clear()
    qtbot.keyClicks(screen.entry.barcode, CABLE)
    qtbot.keyClick(screen.entry.barcode, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(screen.cart.lines) == 1, timeout=WAIT)
    qtbot.keyClicks(screen.tender.tendered, "2000")
    with qtbot.waitSignal(screen.sale_recorded, timeout=WAIT):
        qtbot.keyClick(screen.tender.tendered, Qt.Key.Key_Return)
    saying = [
        label
        for label in screen.findChildren(QLabel)
        if label.isVisible() and "Sale No. 1 recorded" in label.text()
    ]
    assert saying == [screen.message]
