"""A cashier at the window (issue 12): every search as they type is audited by count, the
buyer they open is held masked, and the sale still goes through."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.domain.enums import PaymentMethod, Role
from pos.domain.masking import mask_iin
from pos.domain.minimization import SaleNeeds
from pos.services import sync_state
from pos.services.context import Actor, ServiceContext
from pos.storage.models import AuditEntry, Sale
from sync.worker import CycleReport, SyncWorker
from tests.support.driver import WAIT, activate, idle, scan, sign_in, type_text
from tests.support.headoffice import HeadOffice
from tests.support.tills import TillFixture, credit_buyer, register
from tests.support.widgets import make_state
from tests.support.widgets import sign_in as sign_in_state
from ui.actions import admin
from ui.widgets.main_window import MainWindow

KETTLE = "4870001000202"
FULL = SaleNeeds(PaymentMethod.INSTALLMENT, delivery=True)


def _searches(shop: TillFixture) -> list[AuditEntry]:
    with shop.db.read_session() as s:
        return list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == "buyer.searched")
                .order_by(AuditEntry.seq)
            )
        )


def test_a_cashier_searches_audited_and_holds_the_buyer_masked(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    data = credit_buyer(delivery_address="Алматы, ул. Жарокова, 12, кв. 5")
    register(shop, data, FULL)  # by the sales manager: name, IIN, ID document, addresses
    sign_in(qtbot, window, Role.CASHIER)
    sale = window.sale
    scan(qtbot, window, KETTLE)
    qtbot.keyClick(sale.entry.barcode, Qt.Key.Key_F11)  # delivery
    search = sale.buyer.buyer_panel.search
    search.field.setFocus()
    type_text(qtbot, search.field, "4567")  # the phone's last digits
    qtbot.waitUntil(lambda: search.results.count() == 1, timeout=WAIT)
    idle(qtbot, window)
    searched = _searches(shop)
    assert searched, "a search that showed a buyer left no audit entry"
    assert {e.actor for e in searched} == {shop.cashier.label}
    assert "count:1" in searched[-1].fields
    assert "4567" not in repr([(e.entities, e.fields) for e in searched])

    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sale.cart.buyer is not None, timeout=WAIT)
    held = sale.cart.buyer
    assert held is not None
    # What the window holds for a cashier: the name to greet, the rest masked.
    assert held.display_name == "Ахметов Нурлан Серикович"
    assert held.data.iin == mask_iin(data.iin) and held.data.id_doc_number == "*******89"
    assert held.data.birth_date is None and held.data.delivery_address == "А***"
    assert "Ахметов Нурлан" in sale.buyer.buyer_panel.card.text()
    # The consent for delivery is in force: the sale needs nothing more from the buyer.
    activate(qtbot, window)
    qtbot.keyClick(sale.entry.barcode, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: "Sale No." in sale.message.text(), timeout=WAIT)
    assert sale.consent_dialog is None
    idle(qtbot, window)
    with shop.db.read_session() as s:
        row = s.scalars(select(Sale)).one()
        assert row.buyer_id is not None and row.delivery


def test_the_windows_sync_acts_as_the_till_while_a_cashier_is_signed_in(
    qtbot: QtBot, headoffice: HeadOffice, till: TillFixture
) -> None:
    """The cashier may not read the credential or the outbox; the window's sync still works,
    as the till itself (as `pos sync` does), not as anyone's account."""
    headoffice.connect(till)
    register(till, credit_buyer(delivery_address="Алматы, ул. Абая, 1"), FULL)
    state = make_state(till, printing=False)
    acting: list[Actor] = []

    def factory(ctx: ServiceContext) -> SyncWorker:
        acting.append(ctx.actor)
        return SyncWorker(ctx)

    state.sync_factory = factory
    sign_in_state(state, till, Role.CASHIER)
    reports: list[CycleReport] = []
    try:
        admin.sync_now(state=state, owner=None, progress=None, success=reports.append)
        qtbot.waitUntil(lambda: bool(reports), timeout=WAIT)
    finally:
        state.ops.shutdown()
    assert reports[0].ok, reports[0].error
    assert reports[0].pushed > 0 and sync_state.status(till.ctx()).backlog == 0
    assert [a.is_staff for a in acting] == [False] and acting[0].label == "system"
