"""Credit repayment at the till (issue 13, point 5): a sales manager finds the arrangement by
the sale's receipt number, takes the payment by keyboard, and the buyer gets a receipt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.domain.enums import PaymentMethod, Role
from pos.domain.views import SaleView
from pos.services.shifts import x_report
from pos.storage.models import CreditArrangement
from tests.support import cli
from tests.support.driver import WAIT, activate, idle, sign_in
from tests.support.escpos_decoder import GlyphReader
from tests.support.printer import FakePrinter, printout, set_printer
from tests.support.tills import (
    INSTALLMENT,
    TEST_KEY,
    TillFixture,
    credit_buyer,
    installment_sale,
    make_till,
    register,
)
from ui.widgets.main_window import MainWindow


def _outstanding(till: TillFixture) -> int:
    with till.db.read_session() as session:
        return session.scalars(select(CreditArrangement)).one().outstanding_tiyn


def test_a_repayment_by_keyboard_prints_the_buyers_receipt(
    qtbot: QtBot, window: MainWindow, shop: TillFixture, printer: FakePrinter, reader: GlyphReader
) -> None:
    buyer = register(shop, credit_buyer(), INSTALLMENT).buyer
    sale = installment_sale(shop, buyer.id, total_tiyn=30_000_000, term=6)
    assert isinstance(sale, SaleView)
    sign_in(qtbot, window, Role.CASHIER)
    qtbot.keyClick(window.sale.entry.barcode, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.credit_dialog is None  # a cashier does not take repayments
    window.sign_out_action.trigger()
    sign_in(qtbot, window, Role.SALES_MANAGER)

    qtbot.keyClick(window.sale.entry.barcode, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.credit_dialog is not None, timeout=WAIT)
    dialog = window.credit_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    activate(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT)
    assert dialog.table.item(0, 5).text() == "300,000.00\u00a0₸"

    dialog.receipt.setFocus()
    qtbot.keyClicks(dialog.receipt, str(sale.receipt_no))
    qtbot.keyClick(dialog.receipt, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.amount.hasFocus, timeout=WAIT)
    qtbot.keyClicks(dialog.amount, "50000")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Printed: repayment receipt" in dialog.status.text(), timeout=WAIT)
    assert dialog.status.text().startswith(
        "Repayment of 50,000.00\u00a0₸ recorded; outstanding 250,000.00\u00a0₸."
    )
    assert _outstanding(shop) == 25_000_000
    paper = printout(printer.wait_jobs(1)[0], reader)
    squeezed = paper.squeezed()
    assert "ПОГАШЕНИЕРАССРОЧКИ" in squeezed
    assert f"Почеку№{sale.receipt_no}" in squeezed
    assert "Внесено" in squeezed and reader.fold("50000,00₸").replace(" ", "") in squeezed
    assert "Остатокдолга" + reader.fold("250000,00₸") in squeezed

    # The whole rest (F6): the arrangement is repaid and leaves the list. The list is read
    # again after the payment: wait for its new balance, not just for a row.
    qtbot.waitUntil(
        lambda: (
            dialog.table.rowCount() == 1 and dialog.table.item(0, 5).text() == "250,000.00\u00a0₸"
        ),
        timeout=WAIT,
    )
    dialog.method.setCurrentIndex(dialog.method.findData(PaymentMethod.CARD))
    assert dialog.method.currentText() == "Card"
    dialog.table.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_F6)
    assert dialog.amount.text() == "250000"
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _outstanding(shop) == 0, timeout=WAIT)
    qtbot.waitUntil(lambda: len(printer.jobs) == 2, timeout=WAIT)
    last = printout(printer.jobs[1], reader).squeezed()
    assert "Долгпогашенполностью." in last
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=WAIT)
    idle(qtbot, window)
    # The first in cash (the default), the rest by card: only the cash is in the drawer.
    totals = x_report(shop.ctx(shop.manager)).totals
    assert dict(totals.repayments_by_method) == {"cash": 5_000_000, "card": 25_000_000}
    assert totals.cash_repayments_tiyn == 5_000_000


def test_pos_credit_pay_prints_the_receipt_when_a_printer_is_set(
    tmp_path: Path, printer: FakePrinter, reader: GlyphReader
) -> None:
    till = make_till(tmp_path / "home")
    buyer = register(till, credit_buyer(), INSTALLMENT).buyer
    installment_sale(till, buyer.id, total_tiyn=12_000_000, term=6)
    with till.db.read_session() as session:
        credit_id = session.scalars(select(CreditArrangement.id)).one()
    set_printer(till, printer.url)
    till.db.close()
    done = cli.pos_here(
        till.paths.home, "credit", "pay", str(credit_id), "--amount", "20000", key=TEST_KEY
    )
    assert done.code == 0, done.err
    assert "installment of receipt " in done.out
    assert "paid 20 000,00 ₸, outstanding 100 000,00 ₸ (active)" in done.out
    assert "repayment receipt printed" in done.out
    paper = printout(printer.wait_jobs(1)[0], reader).squeezed()
    assert "ПОГАШЕНИЕРАССРОЧКИ" in paper


def test_pos_credit_pay_by_card_and_cash_shows_on_the_x_report(tmp_path: Path) -> None:
    till = make_till(tmp_path / "home")
    buyer = register(till, credit_buyer(), INSTALLMENT).buyer
    installment_sale(till, buyer.id, total_tiyn=12_000_000, term=6)
    with till.db.read_session() as session:
        credit_id = session.scalars(select(CreditArrangement.id)).one()
    till.db.close()
    home = till.paths.home
    for extra in (("--method", "card"), ()):
        done = cli.pos_here(
            home, "credit", "pay", str(credit_id), "--amount", "1000", *extra, key=TEST_KEY
        )
        assert done.code == 0, done.err
    x = cli.pos_here(home, "shift", "x", key=TEST_KEY)
    assert x.code == 0, x.err
    lines = x.out.splitlines()
    assert "repayments\t2\t2 000,00" in lines
    assert "repayments.card\t1 000,00" in lines and "repayments.cash\t1 000,00" in lines
    assert "cash_expected\t1 000,00" in lines  # the template's shift: no float, no cash sale
