"""The buyer's rights at the counter: a withdrawal an outstanding installment blocks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.domain.enums import Role
from pos.storage.models import BuyerPurpose, SubjectRequest
from tests.support.driver import WAIT, activate, idle, sign_in, tick, type_text
from tests.support.escpos_decoder import GlyphReader
from tests.support.printer import FakePrinter, printout
from tests.support.tills import INSTALLMENT, TillFixture, credit_buyer, installment_sale, register
from ui.widgets.main_window import MainWindow


def test_blocked_withdrawal_shows_its_reason(
    qtbot: QtBot, window: MainWindow, shop: TillFixture, printer: FakePrinter, reader: GlyphReader
) -> None:
    recorded = register(shop, credit_buyer(), INSTALLMENT)
    installment_sale(shop, recorded.buyer.id, total_tiyn=30_000_000, term=6)

    sign_in(qtbot, window, Role.SALES_MANAGER)
    qtbot.keyClick(window.sale.entry.barcode, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.rights_dialog is not None, timeout=WAIT)
    dialog = window.rights_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    activate(qtbot, dialog)

    search = dialog.search
    search.field.setFocus()
    type_text(qtbot, search.field, "Ахмет")
    qtbot.waitUntil(lambda: search.results.count() == 1, timeout=WAIT)
    assert search.results.item(0).text().startswith("Ахметов Нурлан Серикович")
    qtbot.keyClick(search.field, Qt.Key.Key_Return)  # one result: Enter opens it
    qtbot.waitUntil(lambda: dialog.buyer is not None, timeout=WAIT)

    tabs = dialog.tabs
    qtbot.mouseClick(
        tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(2).center()
    )
    assert tabs.currentIndex() == 2
    credit_tick = dialog.withdraw_tab.ticks[list(dialog.withdraw_tab.ticks)[2]]
    assert credit_tick.objectName() == "rights.withdraw.credit"
    tick(qtbot, credit_tick)
    assert credit_tick.isChecked()
    # Before asking, the dialog already says why it would be refused.
    qtbot.waitUntil(lambda: "outstanding" in dialog.withdraw_tab.blockers.text(), timeout=WAIT)

    qtbot.mouseClick(dialog.withdraw_tab.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cannot withdraw" in dialog.status.text(), timeout=WAIT)
    idle(qtbot, window)
    reason = dialog.withdraw_tab.blockers.text()
    assert reason.startswith("Cannot withdraw: installment with Halyk Bank is outstanding (")
    assert "300,000.00\u00a0₸" in reason  # the amount in the window's locale (English here)
    assert "credit_outstanding" not in reason  # the blocker code is for the record, not the cashier
    assert dialog.status.problem

    with shop.db.read_session() as session:
        states = {
            bp.purpose: bp.state
            for bp in session.scalars(
                select(BuyerPurpose).where(BuyerPurpose.buyer_id == recorded.buyer.id)
            )
        }
        assert states == {"sale": "given", "credit": "given"}
        request = session.scalars(select(SubjectRequest)).one()
        assert (request.kind, request.outcome) == ("withdrawal", "refused")
        assert "credit_outstanding:" in (request.detail or "")

    # The buyer takes the refusal home: its reason and the date it lasts until.
    assert "Print the refusal for the buyer" in dialog.status.text()
    assert "REFUSAL OF CONSENT WITHDRAWAL" in dialog.withdraw_tab.result.toPlainText()
    assert dialog.withdraw_tab.print_button.isEnabled()
    qtbot.mouseClick(dialog.withdraw_tab.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=WAIT)
    squeezed = printout(printer.jobs[0], reader).squeezed()
    assert "REFUSALOFCONSENTWITHDRAWAL" in squeezed and "expecteduntil" in squeezed, squeezed
    assert "Reason:anobligationisoutstanding" in squeezed
    assert reader.fold("(installments,HalykBank)") in squeezed
    idle(qtbot, window)
