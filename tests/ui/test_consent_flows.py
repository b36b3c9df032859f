"""Sales that carry buyer data: the consent dialog, signing, refusing (BRIEF 4.3)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pos.domain.enums import Purpose, Role
from pos.storage.models import Buyer, Consent, ConsentEvent, OutboxEvent, Sale
from tests.support.driver import (
    WAIT,
    activate,
    confirm_wipe,
    idle,
    open_consent,
    scan,
    sign_in,
    type_into,
)
from tests.support.printer import FakePrinter
from tests.support.tills import TillFixture
from ui.widgets.main_window import MainWindow

KETTLE = "4870001000202"  # 11 900,00 ₸


def count(till: TillFixture, model: type) -> int:
    with till.db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_cash_sale_with_delivery_and_consent(
    qtbot: QtBot, window: MainWindow, shop: TillFixture, printer: FakePrinter
) -> None:
    sign_in(qtbot, window, Role.CASHIER)
    sale = window.sale
    scan(qtbot, window, KETTLE)
    qtbot.keyClick(sale.entry.barcode, Qt.Key.Key_F11)  # delivery
    assert sale.tender.delivery.isChecked()

    qtbot.keyClick(sale.entry.barcode, Qt.Key.Key_F12)  # finish: the sale needs a buyer first
    assert "needs the buyer" in sale.message.text()
    assert count(shop, Sale) == 0

    dialog = open_consent(qtbot, window)
    form = dialog.form
    # Only what a delivery needs is asked: no IIN, no birth date, no ID document.
    assert form.shown_fields == ["surname", "given_name", "patronymic", "phone", "delivery_address"]
    assert {p.value for p, t in dialog.ticks.items() if t.isChecked()} == {"sale", "delivery"}
    assert not dialog.ticks[Purpose.MARKETING].isChecked()  # marketing stays optional
    assert dialog.ticks[Purpose.MARKETING].isEnabled()
    assert not dialog.ticks[Purpose.DELIVERY].isEnabled()  # fixed by the sale type

    type_into(qtbot, form.editors["phone"], "+7 123")
    phone_error = form.rows["phone"].error
    assert not phone_error.isHidden()
    assert phone_error.text() == "not a valid phone number"

    form.editors["phone"].clear()
    type_into(qtbot, form.editors["phone"], "+7 701 555 12 34")
    assert form.rows["phone"].error.isHidden()
    type_into(qtbot, form.editors["surname"], "Нурланова")
    type_into(qtbot, form.editors["given_name"], "Асель")
    type_into(qtbot, form.editors["delivery_address"], "Алматы, ул. Жарокова, 12, кв. 5")

    qtbot.keyClick(dialog, Qt.Key.Key_F2)  # preview: validated, nothing stored
    qtbot.waitUntil(lambda: bool(dialog.preview.toPlainText()), timeout=WAIT)
    assert "Нурланова Асель" in dialog.preview.toPlainText()
    assert not dialog.signed_button.isEnabled()  # not before the slip is printed
    assert count(shop, Buyer) == 0

    qtbot.keyClick(dialog, Qt.Key.Key_F3)  # print the slip
    qtbot.waitUntil(dialog.signed_button.isEnabled, timeout=WAIT)
    slips = printer.wait_jobs(1)
    assert len(slips) == 1
    assert count(shop, Buyer) == 0  # printed, still nothing stored

    qtbot.keyClick(dialog, Qt.Key.Key_F4)  # the buyer signed
    qtbot.waitUntil(lambda: sale.consent_dialog is None, timeout=WAIT)
    activate(qtbot, window)
    assert sale.cart.buyer is not None
    assert "Нурланова Асель" in sale.buyer.buyer_panel.card.text()

    qtbot.keyClick(sale.entry.barcode, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: "Sale No." in sale.message.text(), timeout=WAIT)
    printer.wait_jobs(2)
    idle(qtbot, window)

    with shop.db.read_session() as session:
        buyer = session.scalars(select(Buyer)).one()
        assert (buyer.surname, buyer.given_name, buyer.phone) == (
            "Нурланова",
            "Асель",
            "+77015551234",
        )
        assert buyer.iin is None and buyer.birth_date is None  # minimization
        consent = session.scalars(select(Consent)).one()
        assert consent.buyer_id == buyer.id and consent.method == "paper-slip-signed"
        events = session.scalars(select(ConsentEvent)).all()
        assert {e.purpose for e in events} == {"sale", "delivery"}
        assert all(e.slip_printed for e in events)
        row = session.scalars(select(Sale)).one()
        assert row.buyer_id == buyer.id and row.consent_id == consent.id and row.delivery
        types = set(session.scalars(select(OutboxEvent.type)))
        assert {"buyer.registered", "consent.given", "sale.recorded"} <= types


def test_refusal_keeps_nothing(
    qtbot: QtBot, window: MainWindow, shop: TillFixture, printer: FakePrinter
) -> None:
    outbox_before = count(shop, OutboxEvent)
    sign_in(qtbot, window, Role.CASHIER)
    sale = window.sale
    scan(qtbot, window, KETTLE)
    qtbot.keyClick(sale.entry.barcode, Qt.Key.Key_F11)  # delivery
    dialog = open_consent(qtbot, window)
    form = dialog.form
    type_into(qtbot, form.editors["given_name"], "Асель")
    type_into(qtbot, form.editors["phone"], "87015551234")
    type_into(qtbot, form.editors["delivery_address"], "Алматы, ул. Жарокова, 12")
    qtbot.keyClick(dialog, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: bool(dialog.preview.toPlainText()), timeout=WAIT)
    qtbot.keyClick(dialog, Qt.Key.Key_F3)
    qtbot.waitUntil(dialog.signed_button.isEnabled, timeout=WAIT)
    assert len(printer.wait_jobs(1)) == 1  # the slip was printed and shown to the buyer

    left: list[list[str]] = []
    dialog.finished.connect(
        lambda _r: left.append(
            [e.text() for e in form.editors.values() if isinstance(e, QLineEdit)]
            + [dialog.preview.toPlainText()]
        )
    )
    qtbot.keyClick(dialog, Qt.Key.Key_F8)  # the buyer refused (asked first)
    confirm_wipe(qtbot, dialog)
    qtbot.waitUntil(lambda: sale.consent_dialog is None, timeout=WAIT)
    activate(qtbot, window)
    idle(qtbot, window)

    # Nothing typed survives, and the sale falls back to an anonymous cash sale.
    assert left and not any(left[0]), "typed data survived the refusal"
    assert (
        sale.cart.buyer is None and not sale.cart.delivery and not sale.tender.delivery.isChecked()
    )
    assert sale.cart.payment.value == "cash"
    assert "refused" in sale.message.text()
    for model in (Buyer, Consent, ConsentEvent):
        assert count(shop, model) == 0, model.__name__
    assert count(shop, OutboxEvent) == outbox_before  # nothing queued for head office either

    qtbot.keyClick(sale.entry.barcode, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: "Sale No." in sale.message.text(), timeout=WAIT)
    idle(qtbot, window)
    with shop.db.read_session() as session:
        row = session.scalars(select(Sale)).one()
        assert row.buyer_id is None and row.payment_method == "cash" and not row.delivery
    assert count(shop, Buyer) == 0
