"""Finding text that does not fit: labels and buttons narrower than what they say."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def cut_off(root: QWidget) -> list[str]:
    """Visible labels and buttons whose text is wider than the widget (wrapped labels excepted)."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        text = widget.text()
        if not text:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or "<" in text:
                continue
            need = widget.fontMetrics().horizontalAdvance(text.replace("&", ""))
            have = widget.contentsRect().width()
        else:
            need = widget.minimumSizeHint().width()
            have = widget.width()
        if have + 1 < need:
            problems.append(f"{widget.objectName() or type(widget).__name__}: {have} < {need}")
    return problems
