"""A returning buyer: found as you type, opened (audited), asked only for what is missing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.domain.enums import Role
from pos.storage.models import AuditEntry, Sale
from tests.support.driver import WAIT, activate, idle, scan, sign_in, type_text
from tests.support.tills import DELIVERY, TillFixture, delivery_buyer, register
from ui.widgets.main_window import MainWindow

KETTLE = "4870001000202"


def find_and_open(qtbot: QtBot, window: MainWindow, text: str) -> None:
    search = window.sale.buyer.buyer_panel.search
    search.field.setFocus()
    type_text(qtbot, search.field, text)
    qtbot.waitUntil(lambda: search.results.count() == 1, timeout=WAIT)
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.sale.cart.buyer is not None, timeout=WAIT)


def test_returning_delivery_buyer_needs_no_new_consent(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    register(shop, delivery_buyer(), DELIVERY, actor=shop.cashier)
    sign_in(qtbot, window, Role.CASHIER)
    sale = window.sale
    scan(qtbot, window, KETTLE)
    qtbot.keyClick(sale.entry.barcode, Qt.Key.Key_F11)
    find_and_open(qtbot, window, "1234")  # the last digits of the phone
    assert "+7701*****34" in sale.buyer.buyer_panel.card.text()
    activate(qtbot, window)
    qtbot.keyClick(sale.entry.barcode, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: "Sale No." in sale.message.text(), timeout=WAIT)
    assert sale.consent_dialog is None  # consent in force for sale and delivery
    idle(qtbot, window)
    with shop.db.read_session() as session:
        row = session.scalars(select(Sale)).one()
        assert row.buyer_id is not None and row.delivery
        actions = set(session.scalars(select(AuditEntry.action)))
        assert {"buyer.searched", "buyer.viewed"} <= actions  # opening a result is audited


def test_returning_buyer_on_installment_is_asked_only_for_what_is_missing(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    register(shop, delivery_buyer(), DELIVERY, actor=shop.cashier)
    sign_in(qtbot, window, Role.SALES_MANAGER)
    sale = window.sale
    scan(qtbot, window, KETTLE)
    qtbot.keyClick(sale.entry.barcode, Qt.Key.Key_F8)
    find_and_open(qtbot, window, "Нурлан")
    activate(qtbot, window)
    qtbot.keyClick(sale.entry.barcode, Qt.Key.Key_F12)  # the installment needs a new consent
    qtbot.waitUntil(lambda: sale.consent_dialog is not None, timeout=WAIT)
    dialog = sale.consent_dialog
    assert dialog is not None
    # Name and phone are held already: only the credit's own data is asked for.
    assert dialog.form.shown_fields == [
        "patronymic", "iin", "birth_date", "registration_address",
        "id_doc_type", "id_doc_number", "id_doc_issue_date", "id_doc_issuer",
    ]  # fmt: skip
    assert "Нурланова Асель" in dialog.buyer_caption.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # cancelled: nothing stored, sale unchanged
    qtbot.waitUntil(lambda: sale.consent_dialog is None, timeout=WAIT)
    assert sale.cart.buyer is not None and sale.cart.payment.value == "installment"
    assert "nothing was stored" in sale.message.text()
