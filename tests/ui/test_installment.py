"""An installment sale by a sales manager: consent, disclosure to the bank, papers printed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.domain.enums import Role, Sex
from pos.storage.models import Buyer, Consent, CreditArrangement, Disclosure, PrintJob, Sale
from tests.support.driver import WAIT, activate, idle, open_consent, scan, sign_in, type_into
from tests.support.escpos_decoder import GlyphReader
from tests.support.printer import FakePrinter, printout
from tests.support.tills import TillFixture, valid_iin
from ui.widgets.main_window import MainWindow

TV = "4870001000066"  # 279 900,00 ₸
BIRTH = dt.date(1990, 5, 17)


def test_installment_sale_by_sales_manager(
    qtbot: QtBot,
    window: MainWindow,
    shop: TillFixture,
    printer: FakePrinter,
    reader: GlyphReader,
) -> None:
    sign_in(qtbot, window, Role.SALES_MANAGER)
    sale = window.sale
    scan(qtbot, window, TV)
    qtbot.keyClick(sale.entry.barcode, Qt.Key.Key_F8)  # installment
    credit = sale.buyer.credit_panel
    assert credit.isVisible()
    credit.down_payment.selectAll()
    type_into(qtbot, credit.down_payment, "29900")
    credit.term.setFocus()
    qtbot.keyClick(credit.term, Qt.Key.Key_Up)  # 12 -> 6 months
    assert credit.term.currentData() == 6
    # 279 900 - 29 900 = 250 000 over 6 months: the first payment absorbs the remainder.
    assert credit.schedule.rowCount() == 6
    assert credit.monthly.text() == "Monthly payment: 41,666.66\u00a0₸"
    assert credit.schedule.item(0, 2).text() == "41,666.70\u00a0₸"

    dialog = open_consent(qtbot, window)
    form = dialog.form
    assert form.shown_fields == [
        "surname", "given_name", "patronymic", "iin", "birth_date", "phone",
        "registration_address", "id_doc_type", "id_doc_number", "id_doc_issue_date", "id_doc_issuer",
    ]  # fmt: skip
    iin = valid_iin(BIRTH, Sex.MALE)
    type_into(qtbot, form.editors["surname"], "Ахметов")
    type_into(qtbot, form.editors["given_name"], "Нурлан")
    type_into(qtbot, form.editors["patronymic"], "Серикович")
    type_into(qtbot, form.editors["iin"], iin)
    type_into(qtbot, form.editors["birth_date"], "18.05.1990")  # a day off the IIN
    assert form.rows["iin"].error.text() == "does not match the date of birth"
    form.editors["birth_date"].clear()
    type_into(qtbot, form.editors["birth_date"], "17.05.1990")
    assert form.rows["iin"].error.isHidden()
    type_into(qtbot, form.editors["phone"], "+7 777 123 45 67")
    type_into(qtbot, form.editors["registration_address"], "Астана, пр. Республики, 5, кв. 10")
    form.editors["id_doc_type"].setFocus()
    qtbot.keyClick(form.editors["id_doc_type"], Qt.Key.Key_Down)  # ID card
    type_into(qtbot, form.editors["id_doc_number"], "045123789")
    type_into(qtbot, form.editors["id_doc_issue_date"], "01.06.2018")
    type_into(qtbot, form.editors["id_doc_issuer"], "МВД РК")
    assert {p.value for p, t in dialog.ticks.items() if t.isChecked()} == {"sale", "credit"}

    qtbot.keyClick(dialog, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: bool(dialog.preview.toPlainText()), timeout=WAIT)
    assert iin not in dialog.preview.toPlainText()  # the slip shows the IIN masked
    qtbot.keyClick(dialog, Qt.Key.Key_F3)
    qtbot.waitUntil(dialog.signed_button.isEnabled, timeout=WAIT)
    qtbot.keyClick(dialog, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: sale.consent_dialog is None, timeout=WAIT)
    activate(qtbot, window)

    qtbot.keyClick(sale.entry.barcode, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: "Sale No." in sale.message.text(), timeout=WAIT)
    jobs = printer.wait_jobs(3)
    qtbot.waitUntil(lambda: "Printed: installment summary" in sale.message.text(), timeout=WAIT)
    idle(qtbot, window)

    assert len(jobs) == 3  # consent slip, receipt, installment summary
    summary = printout(jobs[2], reader).squeezed()
    assert "Графикплатежей:" in summary and "HalykBank" in summary
    with shop.db.read_session() as session:
        buyer = session.scalars(select(Buyer)).one()
        assert buyer.iin == iin and buyer.id_doc_number == "045123789"
        consent = session.scalars(select(Consent)).one()
        row = session.scalars(select(Sale)).one()
        assert (row.payment_method, row.buyer_id, row.consent_id) == (
            "installment",
            buyer.id,
            consent.id,
        )
        arrangement = session.scalars(select(CreditArrangement)).one()
        assert (arrangement.partner_bank, arrangement.term_months) == ("Halyk Bank", 6)
        assert (arrangement.principal_tiyn, arrangement.down_payment_tiyn) == (
            25_000_000,
            2_990_000,
        )
        disclosure = session.scalars(select(Disclosure)).one()
        assert (disclosure.recipient_category, disclosure.recipient_name) == (
            "partner_bank",
            "Halyk Bank",
        )
        assert disclosure.buyer_id == buyer.id
        printed = {(j.document, j.status) for j in session.scalars(select(PrintJob))}
        assert printed == {("receipt", "done"), ("installment", "done")}
