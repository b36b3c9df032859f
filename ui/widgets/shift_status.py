"""The status bar's shift field: which shift is open and for how long; a warning from 23
hours (close it soon) and after 24 (no more sales: close it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from pos.domain.shifts import ShiftAgeState, ShiftView
from ui.i18n import QT_TRANSLATE_NOOP

_CTX = "ShiftStatus"
_NONE = QT_TRANSLATE_NOOP("ShiftStatus", "No shift open")
_EXPIRED = QT_TRANSLATE_NOOP(
    "ShiftStatus", "Shift {n} open {h} h {m:02d} min: no more sales, close it (Z)"
)
_NEAR = QT_TRANSLATE_NOOP("ShiftStatus", "Shift {n} open {h} h {m:02d} min: close it before 24 h")
_OPEN = QT_TRANSLATE_NOOP("ShiftStatus", "Shift {n} open {h} h {m:02d} min")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def shift_text(view: ShiftView | None) -> str:
    if view is None:
        return _tr(_NONE)
    minutes = max(int(view.age.total_seconds() // 60), 0)
    hours, minutes = divmod(minutes, 60)
    state = view.age_state
    if state is ShiftAgeState.EXPIRED:
        return _tr(_EXPIRED).format(n=view.number, h=hours, m=minutes)
    if state is ShiftAgeState.NEAR_LIMIT:
        return _tr(_NEAR).format(n=view.number, h=hours, m=minutes)
    return _tr(_OPEN).format(n=view.number, h=hours, m=minutes)


def show_shift(label: QLabel, view: ShiftView | None) -> None:
    label.setText(shift_text(view))
    warn = view is None or view.age_state is not ShiftAgeState.FRESH
    label.setStyleSheet("color: #b71c1c; font-weight: bold;" if warn else "")
