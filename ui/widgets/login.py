"""Sign-in: choose yourself in the list, type the PIN, Enter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.views import StaffInfo
from ui.actions import session
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, label
from ui.messages import line_message
from ui.state import AppState
from ui.widgets.common import MessageLine, named


class LoginScreen(QWidget):
    """The first screen: staff list, PIN field, sign-in button, language choice."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("login")
        self._staff: list[StaffInfo] = []
        self.ready = False

        self.title = QLabel(self)
        self.title.setObjectName("login.title")
        font = self.title.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.title.setFont(font)
        self.staff_caption = QLabel(self)
        self.staff_list = named(QListWidget(self), "login.staff")
        self.staff_list.setMinimumHeight(160)
        self.pin_caption = QLabel(self)
        self.pin = named(QLineEdit(self), "login.pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(r"\d{0,8}", self.pin))
        self.pin_caption.setBuddy(self.pin)
        self.sign_in_button = named(QPushButton(self), "login.sign_in")
        self.sign_in_button.setDefault(True)
        self.language_caption = QLabel(self)
        self.language = named(QComboBox(self), "login.language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.message = MessageLine("login.message", self)

        box = QFrame(self)
        box.setObjectName("login.box")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMaximumWidth(520)
        form = QFormLayout()
        form.addRow(self.pin_caption, self.pin)
        lang_row = QHBoxLayout()
        lang_row.addWidget(self.language_caption)
        lang_row.addWidget(self.language, 1)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.staff_caption)
        inner.addWidget(self.staff_list, 1)
        inner.addLayout(form)
        inner.addWidget(self.sign_in_button)
        inner.addWidget(self.message)
        inner.addLayout(lang_row)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 2)
        outer.addStretch(1)

        self.pin.returnPressed.connect(self._sign_in)
        self.sign_in_button.clicked.connect(self._sign_in)
        self.staff_list.itemActivated.connect(lambda _item: self.pin.setFocus())
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.set_language(state.language)
        self.retranslate()

    # --- data -----------------------------------------------------------------------------

    def load(self) -> None:
        """Fetch the staff list (off the GUI thread)."""
        self.ready = False
        self.staff_list.setEnabled(False)
        session.load_staff(state=self.state, owner=self, success=self._show_staff)

    def _show_staff(self, staff: list[StaffInfo]) -> None:
        self._staff = staff
        self.staff_list.clear()
        for person in staff:
            item = QListWidgetItem(f"{person.name} ({label('role', person.role)})")
            item.setData(Qt.ItemDataRole.UserRole, str(person.id))
            self.staff_list.addItem(item)
        self.staff_list.setEnabled(True)
        if staff:
            self.staff_list.setCurrentRow(0)
        else:
            self.message.error(
                self.tr(
                    "No one can sign in at this till yet: a store admin adds staff with a PIN "
                    "(pos staff add NAME --role ROLE)."
                )
            )
        self.pin.setFocus()
        self.ready = True

    def reset(self) -> None:
        self.pin.clear()
        self.message.clear_message()
        self.pin.setFocus()

    # --- actions --------------------------------------------------------------------------

    def _chosen(self) -> StaffInfo | None:
        row = self.staff_list.currentRow()
        return self._staff[row] if 0 <= row < len(self._staff) else None

    def _sign_in(self) -> None:
        person = self._chosen()
        if person is None:
            self.message.error(self.tr("Choose your name in the list."))
            return
        pin = self.pin.text()
        if not pin:
            self.message.error(self.tr("Type your PIN."))
            return
        self.sign_in_button.setEnabled(False)
        self.message.info(self.tr("Checking the PIN..."))
        session.sign_in(state=self.state, owner=self, staff=person, pin=pin, failure=self._failed)
        self.pin.clear()

    def _failed(self, error: Exception) -> None:
        self.sign_in_button.setEnabled(True)
        self.message.error(line_message(error))
        self.pin.setFocus()

    def signed_in(self) -> None:
        self.sign_in_button.setEnabled(True)
        self.message.clear_message()

    def _language_chosen(self, _index: int) -> None:
        code = self.language.currentData()
        if code:
            self.state.set_language(str(code))

    def set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0 and index != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)

    # --- texts ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sign in"))
        self.staff_caption.setText(self.tr("Who are you?"))
        self.staff_list.setAccessibleName(self.tr("Staff members"))
        self.pin_caption.setText(self.tr("&PIN:"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setPlaceholderText(self.tr("4 to 8 digits, then Enter"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.language_caption.setText(self.tr("Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        for row, person in enumerate(self._staff):
            item = self.staff_list.item(row)
            if item is not None:
                item.setText(f"{person.name} ({label('role', person.role)})")
