"""Small shared pieces: naming widgets for tests and screen readers, a message line, field rows."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, accessible: str | None = None) -> W:
    """Give a widget its objectName (tests) and an accessible name (screen readers)."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or name)
    return widget


def mono_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


class MessageLine(QLabel):
    """One line telling the cashier what happened; red for problems, never a modal box."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.problem = False

    def info(self, text: str) -> None:
        self.problem = False
        self.setStyleSheet("color: #1b5e20;")
        self.setText(text)
        self.setAccessibleDescription(text)

    def error(self, text: str) -> None:
        self.problem = True
        self.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.setText(text)
        self.setAccessibleDescription(text)

    def clear_message(self) -> None:
        self.problem = False
        self.setText("")
        self.setAccessibleDescription("")


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
