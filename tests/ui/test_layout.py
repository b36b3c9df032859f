"""At the smallest supported screen (1024x768), no text is cut off in any language."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import QWidget
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from pos.domain.enums import PaymentMethod, Role
from pos.domain.minimization import SaleNeeds
from tests.support.driver import WAIT, scan, sign_in
from tests.support.layout_check import cut_off
from ui.i18n import LANGUAGES
from ui.widgets.consent_dialog import ConsentDialog
from ui.widgets.main_window import MainWindow


def settled(qtbot: QtBot, root: QWidget) -> list[str]:
    """What is cut off once the layouts have caught up with the new texts (a loaded machine
    may take longer than a fixed pause); a real cut stays and is returned after 2 s."""
    with contextlib.suppress(TimeoutError):
        qtbot.waitUntil(lambda: not cut_off(root), timeout=2000)
    return cut_off(root)


def test_nothing_is_cut_off_at_1024x768(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 768)
    sign_in(qtbot, window, Role.STORE_ADMIN)
    scan(qtbot, window, "4870001000066")
    window.sale.set_payment(PaymentMethod.INSTALLMENT)
    window.open_rights()
    window.open_settings()
    consent = ConsentDialog(
        window.state, SaleNeeds(PaymentMethod.INSTALLMENT, delivery=True), None, window
    )
    qtbot.addWidget(consent)
    consent.resize(980, 680)
    consent.show()
    qtbot.waitUntil(lambda: window.state.ops.in_flight == 0, timeout=WAIT)
    dialogs = [consent, window.rights_dialog, window.settings_dialog]
    for code in LANGUAGES:
        window.state.set_language(code)
        qtbot.waitUntil(lambda c=code: window.translations.language == c, timeout=WAIT)
        for root in (window, *dialogs):
            assert root is not None
            assert settled(qtbot, root) == [], f"{root.objectName()} in {code}"
    consent.reject()
    for dialog in dialogs[1:]:
        assert dialog is not None
        dialog.close()
