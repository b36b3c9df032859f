"""What every rights tab shares: the session, the dialog's status line, the papers' language
and the buyer the dialog found."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from pos.domain.views import BuyerView
from ui.state import AppState
from ui.widgets.common import MessageLine


class RightsTab(QWidget):
    """A tab builds its widgets in `build` and names them in `retranslate`."""

    NAME = ""  # the tab's objectName

    def __init__(
        self,
        state: AppState,
        status: MessageLine,
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self.state = state
        self.status = status
        self._language = language
        self.buyer: BuyerView | None = None
        self.build()
        self.retranslate()

    def build(self) -> None:
        raise NotImplementedError

    def set_buyer(self, buyer: BuyerView | None) -> None:
        """A buyer was opened (or none is): nothing shown of the previous one stays."""
        self.buyer = buyer

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError
