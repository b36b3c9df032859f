"""Two short lists the cashier picks from by keyboard (arrows, Enter; Esc closes):
the held sales to resume (Ctrl+Shift+H) and this shift's receipts to reprint (Ctrl+P)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.views import HeldSaleView
from pos.services.receipts import ReceiptRow
from ui.actions import returns as return_actions
from ui.i18n import datetime_text, label, money
from ui.messages import line_message
from ui.state import AppState
from ui.widgets.common import MessageLine, named


class _PickDialog(QDialog):
    picked = Signal(object)

    def __init__(self, state: AppState, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName(name)
        self.setModal(True)
        self.caption = QLabel(self)
        self.items = named(QListWidget(self), f"{name}.list")
        self.caption.setBuddy(self.items)
        self.message = MessageLine(f"{name}.message", self)
        self.ok_button = named(QPushButton(self), f"{name}.ok")
        self.close_button = named(QPushButton(self), f"{name}.close")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.items.itemActivated.connect(lambda _i: self.choose())
        self.ok_button.clicked.connect(self.choose)
        self.close_button.clicked.connect(self.reject)
        self.ok_button.setDefault(True)
        self.setMinimumSize(520, 360)

    def fill(self, rows: list[tuple[str, Any]], empty: str) -> None:
        self.items.clear()
        for text, value in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            self.items.addItem(item)
        if rows:
            self.items.setCurrentRow(0)
            self.message.clear_message()
        else:
            self.message.info(empty)
        self.ok_button.setEnabled(bool(rows))
        self.items.setFocus()

    def choose(self) -> None:
        item = self.items.currentItem()
        if item is not None:
            self.picked.emit(item.data(Qt.ItemDataRole.UserRole))

    def _failed(self, error: Exception) -> None:
        self.message.error(line_message(error))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Close (Esc)"))


class HeldSalesDialog(_PickDialog):
    """The held sales of this register; Enter resumes the chosen one."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, "held", parent)
        self.retranslate()
        return_actions.list_held(
            state=state, owner=self, success=self._loaded, failure=self._failed
        )

    def _loaded(self, rows: list[HeldSaleView]) -> None:
        lang = self.state.language
        self.fill(
            [
                (
                    self.tr("{time}: {n} lines, {total}").format(
                        time=datetime_text(h.held_at, self.state.store.timezone, lang),
                        n=len(h.lines),
                        total=money(h.total_tiyn, lang),
                    ),
                    h.id,
                )
                for h in rows
            ],
            self.tr("No sale is held."),
        )

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Held sales"))
        self.caption.setText(self.tr("&Held sales (Enter resumes):"))
        self.ok_button.setText(self.tr("Resume"))


class ReprintDialog(_PickDialog):
    """This shift's receipts; Enter prints a copy marked COPY."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, "reprint", parent)
        self.retranslate()
        self.picked.connect(self._reprint)
        return_actions.list_shift_receipts(
            state=state, owner=self, success=self._loaded, failure=self._failed
        )

    def _loaded(self, rows: list[ReceiptRow]) -> None:
        lang = self.state.language
        self.fill(
            [
                (
                    self.tr("No. {number}, {time}: {total}, {payment}").format(
                        number=r.receipt_no,
                        time=datetime_text(r.created_at, self.state.store.timezone, lang),
                        total=money(r.total_tiyn, lang),
                        payment=label("payment", r.payment_method),
                    ),
                    r.sale_id,
                )
                for r in rows
            ],
            self.tr("No receipt in this shift yet."),
        )

    def _reprint(self, sale_id: uuid.UUID) -> None:
        started = return_actions.reprint(
            state=self.state, owner=self, sale_id=sale_id, done=self._done
        )
        if started is None:
            self.message.error(self.tr("No printer is set."))
        else:
            self.message.info(self.tr("Printing a copy..."))

    def _done(self, outcome: Any) -> None:
        if outcome.ok:
            self.message.info(line_message(outcome))
        else:
            self.message.error(line_message(outcome))

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Reprint a receipt"))
        self.caption.setText(self.tr("&Receipts of this shift (Enter prints a COPY):"))
        self.ok_button.setText(self.tr("Print copy"))
