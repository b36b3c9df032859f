"""The rights screen's Transfers tab, driven as a sales manager does: a delivery handed to
its courier, an insurer's transfer recorded, a government request without its legal basis
refused. Each checks the disclosure register the till keeps, not the widgets alone."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.domain.buyer import BuyerData
from pos.domain.enums import PaymentMethod, RecipientCategory, Role, Sex
from pos.domain.minimization import SaleNeeds
from pos.services.sales import LineInput, NewSale, record_sale
from pos.storage.models import Disclosure
from tests.support.driver import WAIT, activate, idle, sign_in, tick, type_into, type_text
from tests.support.tills import DELIVERY, TillFixture, delivery_buyer, register, valid_iin
from ui.widgets.main_window import MainWindow
from ui.widgets.rights.dialog import RightsDialog

INSURANCE = SaleNeeds(PaymentMethod.CASH, insurance=True)


def _rows(shop: TillFixture) -> list[Disclosure]:
    with shop.db.read_session() as s:
        return list(s.scalars(select(Disclosure).order_by(Disclosure.at)))


def _open_transfers(qtbot: QtBot, window: MainWindow, name: str) -> RightsDialog:
    """F10, find the buyer by name, open them, and go to the Transfers tab."""
    sign_in(qtbot, window, Role.SALES_MANAGER)
    qtbot.keyClick(window.sale.entry.barcode, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.rights_dialog is not None, timeout=WAIT)
    dialog = window.rights_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    activate(qtbot, dialog)
    search = dialog.search
    search.field.setFocus()
    type_text(qtbot, search.field, name)
    qtbot.waitUntil(lambda: search.results.count() == 1, timeout=WAIT)
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.buyer is not None, timeout=WAIT)
    tabs = dialog.tabs
    index = tabs.indexOf(dialog.transfers_tab)
    qtbot.mouseClick(
        tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(index).center()
    )
    assert tabs.currentWidget() is dialog.transfers_tab
    idle(qtbot, window)
    return dialog


def _choose_recipient(qtbot: QtBot, dialog: RightsDialog, category: RecipientCategory) -> None:
    combo = dialog.transfers_tab.recipient
    combo.setFocus()
    while combo.currentData() != category.value:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{category} is not offered"


def test_an_insurer_transfer_is_recorded_from_the_rights_screen(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    birth = dt.date(1985, 2, 3)
    buyer = register(
        shop,
        BuyerData(
            surname="Садыкова",
            given_name="Жанар",
            iin=valid_iin(birth, Sex.FEMALE, serial=4321),
            birth_date=birth,
            phone="+7 705 222 33 44",
        ),
        INSURANCE,
    ).buyer.id
    dialog = _open_transfers(qtbot, window, "Садык")
    tab = dialog.transfers_tab
    assert "No transfers recorded." in tab.history.toPlainText()
    assert not tab.record_button.isEnabled()

    _choose_recipient(qtbot, dialog, RecipientCategory.INSURER)
    type_into(qtbot, tab.recipient_name, "Nomad Insurance")
    tick(qtbot, tab.data_ticks[next(c for c in tab.data_ticks if c.value == "full_name")])
    tick(qtbot, tab.data_ticks[next(c for c in tab.data_ticks if c.value == "iin")])
    # The insurance consent does not cover a delivery address: not offered for an insurer.
    assert not tab.data_ticks[
        next(c for c in tab.data_ticks if c.value == "delivery_address")
    ].isEnabled()
    assert tab.record_button.isEnabled()
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nomad Insurance" in tab.history.toPlainText(), timeout=WAIT)
    idle(qtbot, window)
    assert dialog.status.text().startswith("Recorded in the disclosure register: insurers")
    assert not dialog.status.problem

    [row] = _rows(shop)
    assert (row.buyer_id, row.recipient_category, row.recipient_name) == (
        buyer,
        "insurer",
        "Nomad Insurance",
    )
    assert (row.purpose, sorted(row.data_categories)) == ("insurance", ["full_name", "iin"])
    assert row.staff_id == shop.manager.staff_id
    assert tab.recipient_name.text() == ""  # ready for the next one


def test_a_delivery_is_handed_to_its_courier_from_the_rights_screen(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    buyer = register(shop, delivery_buyer(), DELIVERY).buyer.id
    sale = record_sale(
        shop.ctx(shop.cashier),
        NewSale(lines=(LineInput("Чайник", 1, 1_599_000),), delivery=True, buyer_id=buyer),
    )
    dialog = _open_transfers(qtbot, window, "Нурлан")
    tab = dialog.transfers_tab
    qtbot.waitUntil(lambda: tab.deliveries.count() == 1, timeout=WAIT)
    assert tab.deliveries.item(0).text().startswith(f"ALM-01/1/{sale.receipt_no} ")
    assert not tab.hand_over_button.isEnabled()  # no carrier named yet
    type_into(qtbot, tab.carrier, "Казпочта")
    tick(qtbot, tab.postal)
    qtbot.mouseClick(tab.hand_over_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.deliveries.count() == 0, timeout=WAIT)
    qtbot.waitUntil(lambda: "Казпочта" in tab.history.toPlainText(), timeout=WAIT)
    idle(qtbot, window)
    assert f"[ALM-01/1/{sale.receipt_no}]" in tab.history.toPlainText()

    [row] = _rows(shop)
    assert (row.recipient_category, row.recipient_name, row.sale_id) == (
        "postal",
        "Казпочта",
        sale.id,
    )
    assert sorted(row.data_categories) == ["delivery_address", "full_name", "phone"]


def test_a_government_transfer_without_its_legal_basis_is_refused_in_the_window(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    register(shop, delivery_buyer(), DELIVERY)
    dialog = _open_transfers(qtbot, window, "Нурлан")
    tab = dialog.transfers_tab
    _choose_recipient(qtbot, dialog, RecipientCategory.GOVERNMENT)
    assert tab.basis_caption.text().startswith("Legal basis")
    type_into(qtbot, tab.recipient_name, "Департамент полиции")
    tick(qtbot, tab.data_ticks[next(c for c in tab.data_ticks if c.value == "phone")])
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.problem, timeout=WAIT)
    idle(qtbot, window)
    assert dialog.status.text() == (
        "A transfer to a government body needs the legal basis (law, article, request number)."
    )
    assert _rows(shop) == []

    type_into(qtbot, tab.legal_basis, "УПК РК ст. 122, запрос № 14-3/2211")
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Департамент полиции" in tab.history.toPlainText(), timeout=WAIT)
    idle(qtbot, window)
    [row] = _rows(shop)
    assert (row.recipient_category, row.legal_basis) == (
        "government",
        "УПК РК ст. 122, запрос № 14-3/2211",
    )
    assert row.buyer_id is not None and isinstance(row.buyer_id, uuid.UUID)
