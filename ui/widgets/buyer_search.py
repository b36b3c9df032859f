"""Search as you type: IIN, phone (or its last digits) or name; results from a worker thread.

Each keystroke asks for the newest text only: while a search runs, further keystrokes
just replace the text waiting to go next, so a fast typist never queues stale searches
and the answer for the last keystroke is the one shown.
"""

from __future__ import annotations

import uuid
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from pos.domain.views import BuyerSummary, BuyerView
from ui.actions import buyers
from ui.messages import line_message
from ui.state import AppState
from ui.widgets.common import named


class BuyerSearch(QWidget):
    """A search field and its results; Enter or a double click opens the buyer."""

    # The buyer opened from the results (a BuyerView).
    opened = Signal(object)
    # The results now shown (list of BuyerSummary), for tests and the benchmark.
    results_shown = Signal(object)

    def __init__(self, state: AppState, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.prefix = prefix
        self.setObjectName(f"{prefix}.search_box")
        self.field = named(QLineEdit(self), f"{prefix}.search")
        self.field.setClearButtonEnabled(True)
        self.results = named(QListWidget(self), f"{prefix}.results")
        self.results.setMinimumHeight(70)
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note = QLabel(self)
        self.note.setObjectName(f"{prefix}.search_note")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.note)
        layout.addWidget(self.results, 1)
        self._found: list[BuyerSummary] = []
        self._running = False
        self._waiting: str | None = None
        self.field.textChanged.connect(self._typed)
        self.field.installEventFilter(self)
        self.results.itemActivated.connect(self._activated)
        self.retranslate()

    # --- searching ------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        if self._running:
            self._waiting = text
            return
        self._search(text)

    def _search(self, text: str) -> None:
        if not text.strip():
            self._show([], "")
            return
        self._running = True
        buyers.search_buyers(
            state=self.state,
            owner=self,
            text=text,
            success=partial(self._done, text),
            failure=partial(self._failed, text),
        )

    def _next(self) -> None:
        self._running = False
        if self._waiting is not None:
            text, self._waiting = self._waiting, None
            self._search(text)

    def _done(self, text: str, found: list[BuyerSummary]) -> None:
        if self._waiting is None:
            self._show(found, text)
        self._next()

    def _failed(self, text: str, error: Exception) -> None:
        if self._waiting is None:
            self._show([], text)
            self.note.setText(line_message(error))
        self._next()

    def _show(self, found: list[BuyerSummary], text: str) -> None:
        self._found = found
        self.results.clear()
        for summary in found:
            item = QListWidgetItem(self._line(summary))
            item.setData(Qt.ItemDataRole.UserRole, str(summary.id))
            self.results.addItem(item)
        if text.strip() and not found:
            self.note.setText(self.tr("Nobody found."))
        elif found:
            self.note.setText(self.tr("Up or Down to choose, Enter to open."))
        else:
            self.note.setText("")
        self.results_shown.emit(found)

    def _line(self, s: BuyerSummary) -> str:
        parts = [s.display_name or self.tr("(no name)")]
        if s.masked_phone:
            parts.append(s.masked_phone)
        if s.masked_iin:
            parts.append(s.masked_iin)
        if s.birth_year:
            parts.append(str(s.birth_year))
        if s.reconsent_needed:
            parts.append(self.tr("new consent needed"))
        return " · ".join(parts)

    # --- opening --------------------------------------------------------------------------

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_id(uuid.UUID(str(item.data(Qt.ItemDataRole.UserRole))))

    def open_id(self, buyer_id: uuid.UUID) -> None:
        buyers.open_buyer(
            state=self.state,
            owner=self,
            buyer_id=buyer_id,
            success=self._opened,
            failure=lambda exc: self.note.setText(line_message(exc)),
        )

    def _opened(self, view: BuyerView) -> None:
        self.opened.emit(view)

    def clear(self) -> None:
        self._waiting = None
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self._show([], "")

    @property
    def found(self) -> list[BuyerSummary]:
        return list(self._found)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        # Down from the field goes into the results; Enter there opens the first one.
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus()
                self.results.setCurrentRow(0)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.results.count() == 1:
                self._activated(self.results.item(0))
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("IIN, phone, last 4 digits or name"))
        self.field.setAccessibleName(self.tr("Find a buyer"))
        self.results.setAccessibleName(self.tr("Buyers found"))
        for row, summary in enumerate(self._found):
            item = self.results.item(row)
            if item is not None:
                item.setText(self._line(summary))
