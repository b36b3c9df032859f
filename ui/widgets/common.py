"""Small shared pieces: naming widgets for tests and screen readers, a message line, field rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QLabel, QSizePolicy, QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)
D = TypeVar("D", bound=QDialog)


def named(widget: W, name: str, accessible: str | None = None) -> W:
    """Give a widget its objectName (tests) and an accessible name (screen readers)."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or name)
    return widget


def open_once(
    owner: object,
    name: str,
    make: Callable[[], D],
    *,
    refocus: Callable[[], None],
    closed: Callable[[D], None] | None = None,
) -> None:
    """Open the modeless dialog kept in `owner.<name>`, made only if none is open.

    On close it is dropped (the next opening reads fresh data), `closed` sees it last, and
    `refocus` gives the cashier's field the focus back."""
    dialog: D | None = getattr(owner, name)
    if dialog is None:
        made = make()
        setattr(owner, name, made)

        def finished(_result: int) -> None:
            if getattr(owner, name) is made:
                setattr(owner, name, None)
            made.deleteLater()
            if closed is not None:
                closed(made)
            refocus()

        made.finished.connect(finished)
        dialog = made
    dialog.open()


def mono_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


class MessageLine(QLabel):
    """One line telling the cashier what happened; red for problems, never a modal box.

    A line is never left in the language it was said in: on a language switch it is said
    again (`again` renders it in the new language) or, without `again`, cleared."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.problem = False
        self._again: Callable[[], str] | None = None

    def info(self, text: str, *, again: Callable[[], str] | None = None) -> None:
        self.problem = False
        self.setStyleSheet("color: #1b5e20;")
        self._say(text, again)

    def error(self, text: str, *, again: Callable[[], str] | None = None) -> None:
        self.problem = True
        self.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self._say(text, again)

    def _say(self, text: str, again: Callable[[], str] | None) -> None:
        self._again = again
        self.setText(text)
        self.setAccessibleDescription(text)

    def clear_message(self) -> None:
        self.problem = False
        self._again = None
        self.setText("")
        self.setAccessibleDescription("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.text():
            if self._again is not None:
                self._say(self._again(), self._again)
            else:
                self.clear_message()
        super().changeEvent(event)


class FieldRow(QWidget):
    """A field's caption, its editor and, below it, the reason it is not accepted."""

    def __init__(self, name: str, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}.row")
        self.editor = editor
        self.caption = QLabel(self)
        self.caption.setObjectName(f"{name}.caption")
        self.caption.setBuddy(editor)
        self.error = QLabel(self)
        self.error.setObjectName(f"{name}.error")
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.setSpacing(1)
        layout.addWidget(self.caption)
        layout.addWidget(editor)
        layout.addWidget(self.error)

    def set_caption(self, text: str, required: bool) -> None:
        self.caption.setText(f"{text} *" if required else text)
        self.editor.setAccessibleName(text)

    def show_error(self, text: str | None) -> None:
        if text:
            self.error.setText(text)
            self.error.show()
            self.editor.setAccessibleDescription(text)
            self.editor.setStyleSheet("border: 1px solid #b71c1c;")
        else:
            self.error.clear()
            self.error.hide()
            self.editor.setAccessibleDescription("")
            self.editor.setStyleSheet("")
