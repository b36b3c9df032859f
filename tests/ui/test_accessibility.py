"""Every interactive widget has an objectName (tests) and an accessible name (screen readers)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pos.domain.enums import PaymentMethod, Role
from pos.domain.minimization import SaleNeeds
from tests.support.driver import WAIT, sign_in
from ui.i18n import LANGUAGES
from ui.widgets.consent_dialog import ConsentDialog
from ui.widgets.main_window import MainWindow

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QMenuBar,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTabWidget,
)
# Parts Qt builds inside a composite widget (a spin box's editor, a table's corner button).
COMPOSITES = (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit, QTabWidget, QMenuBar)


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _inside_composite(widget, root):
            continue
        if not widget.objectName() or not widget.accessibleName():
            missing.append(
                f"{type(widget).__name__} name={widget.objectName()!r} "
                f"accessible={widget.accessibleName()!r}"
            )
    return missing


def _inside_composite(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def test_every_interactive_widget_is_named(qtbot: QtBot, window: MainWindow) -> None:
    for code in LANGUAGES:
        window.state.set_language(code)
        assert unnamed(window) == [], code
    sign_in(qtbot, window, Role.STORE_ADMIN)
    assert unnamed(window) == []
    assert all(a.objectName() for a in window.actions())

    consent = ConsentDialog(
        window.state,
        SaleNeeds(PaymentMethod.INSTALLMENT, delivery=True, marketing=True),
        None,
        window,
    )
    qtbot.addWidget(consent)
    assert unnamed(consent) == []
    consent.reject()

    window.open_rights()
    window.open_settings()
    qtbot.waitUntil(lambda: window.state.ops.in_flight == 0, timeout=WAIT)
    assert window.rights_dialog is not None and window.settings_dialog is not None
    for code in LANGUAGES:
        window.state.set_language(code)
        qtbot.waitUntil(lambda c=code: window.translations.language == c, timeout=WAIT)
        assert unnamed(window.rights_dialog) == [], code
        assert unnamed(window.settings_dialog) == [], code
    window.rights_dialog.close()
    window.settings_dialog.close()
    qtbot.keyClick(window.sale.entry.barcode, Qt.Key.Key_Escape)
