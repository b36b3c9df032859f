"""A written refusal at the counter (issue 11): the reference field refuses a phone or an
IIN before anything is recorded; when the refusal destroys the data, the confirmation
names the paper slips to destroy and the destruction act prints with no personal data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pos.domain.enums import Role
from pos.storage.models import SubjectRequest
from printing.i18n import t
from tests.support.driver import WAIT, activate, idle, sign_in, type_text
from tests.support.escpos_decoder import GlyphReader
from tests.support.printer import FakePrinter, printout
from tests.support.tills import DELIVERY, TillFixture, delivery_buyer, register
from ui.widgets.main_window import MainWindow


def _requests(shop: TillFixture) -> int:
    with shop.db.read_session() as s:
        return int(s.scalar(select(func.count()).select_from(SubjectRequest)) or 0)


def test_refusal_reference_and_destruction_act(
    qtbot: QtBot,
    window: MainWindow,
    shop: TillFixture,
    printer: FakePrinter,
    reader: GlyphReader,
) -> None:
    recorded = register(shop, delivery_buyer(), DELIVERY)
    sign_in(qtbot, window, Role.SALES_MANAGER)
    qtbot.keyClick(window.sale.entry.barcode, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.rights_dialog is not None, timeout=WAIT)
    dialog = window.rights_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    activate(qtbot, dialog)
    type_text(qtbot, dialog.search.field, "Нурлан")
    qtbot.waitUntil(lambda: dialog.search.results.count() == 1, timeout=WAIT)
    qtbot.keyClick(dialog.search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.buyer is not None, timeout=WAIT)
    dialog.tabs.setCurrentIndex(3)
    assert "IIN" in dialog.refusal_tab.reference.placeholderText()

    type_text(qtbot, dialog.refusal_tab.reference, "Нурланова +7 701 555 12 34")
    qtbot.mouseClick(dialog.refusal_tab.button, Qt.MouseButton.LeftButton)
    assert "not an IIN or a phone number" in dialog.refusal_tab.error.text()
    idle(qtbot, window)
    assert _requests(shop) == 0
    assert not dialog.refusal_tab.act_button.isVisible()

    dialog.refusal_tab.reference.clear()
    type_text(qtbot, dialog.refusal_tab.reference, "Заявление № 16 от 02.03.2026")
    qtbot.mouseClick(dialog.refusal_tab.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "slip" in dialog.status.text(), timeout=WAIT)
    assert str(recorded.consent_id) in dialog.refusal_tab.result.toPlainText()
    assert dialog.refusal_tab.act_button.isVisible() and dialog.refusal_tab.act_button.isEnabled()

    qtbot.mouseClick(dialog.refusal_tab.act_button, Qt.MouseButton.LeftButton)
    data = printer.wait_jobs(1)[0]
    idle(qtbot, window)
    paper = printout(data, reader)
    text = reader.fold(paper.squeezed())
    assert reader.fold("".join(t("act.title", dialog._lang()).split())) in text
    assert str(recorded.consent_id).replace("-", "") in paper.squeezed().replace("-", "")
    for personal in ("Нурланова", "Асель", "5551234", "Заявление"):
        assert reader.fold(personal) not in text
