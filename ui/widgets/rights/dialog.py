"""The buyer's rights (sales manager): access report, correction, withdrawal, written refusal,
and the transfers of their data (a delivery handed to its carrier, an insurer, a government body).

Every answer is also a printed paper for the buyer. A withdrawal the law or an
outstanding credit blocks is refused with the reason shown here, before and after asking.
The dialog finds the buyer, hands them to each tab and keeps the papers it can print.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos.domain.acts import DestructionAct, act_from_confirmation
from pos.domain.views import AccessReport, BuyerView, RequestConfirmationView
from printing.outcomes import PrintOutcome
from ui.actions import rights
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, label
from ui.messages import line_message
from ui.state import AppState
from ui.widgets.buyer_search import BuyerSearch
from ui.widgets.common import MessageLine, named
from ui.widgets.rights.correct_tab import CorrectTab
from ui.widgets.rights.refusal_tab import RefusalTab
from ui.widgets.rights.report_tab import ReportTab
from ui.widgets.rights.transfers_tab import TransfersTab
from ui.widgets.rights.withdraw_tab import WithdrawTab


class RightsDialog(QDialog):
    """Find the buyer, then one tab per right."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("rights")
        self.resize(1000, 680)
        self.buyer: BuyerView | None = None
        self.report: AccessReport | None = None
        self.confirmation: RequestConfirmationView | None = None

        self.search = BuyerSearch(state, "rights", self)
        self.search.opened.connect(self.set_buyer)
        self.card = QLabel(self)
        self.card.setObjectName("rights.card")
        self.card.setWordWrap(True)
        self.language_caption = QLabel(self)
        self.language = named(QComboBox(self), "rights.language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(state.language), 0))

        self.tabs = named(QTabWidget(self), "rights.tabs")
        self.status = MessageLine("rights.status", self)
        self.report_tab = ReportTab(state, self.status, self._lang, self)
        self.correct_tab = CorrectTab(state, self.status, self._lang, self)
        self.withdraw_tab = WithdrawTab(state, self.status, self._lang, self)
        self.refusal_tab = RefusalTab(state, self.status, self._lang, self)
        self.transfers_tab = TransfersTab(state, self.status, self)
        for tab in (
            self.report_tab,
            self.correct_tab,
            self.withdraw_tab,
            self.refusal_tab,
            self.transfers_tab,
        ):
            self.tabs.addTab(tab, "")
        self.close_button = named(QPushButton(self), "rights.close")
        self.close_button.clicked.connect(self.reject)

        self.report_tab.ready.connect(self._report_ready)
        self.report_tab.print_requested.connect(lambda: self._print(self.report))
        self.correct_tab.corrected.connect(self._corrected)
        for tab in (self.withdraw_tab, self.refusal_tab):
            tab.confirmed.connect(self._confirmed)
            tab.print_requested.connect(lambda: self._print(self.confirmation))
            tab.act_requested.connect(self._print_act)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search, 1)
        left_layout.addWidget(self.card)
        lang_row = QHBoxLayout()
        lang_row.addWidget(self.language_caption)
        lang_row.addWidget(self.language, 1)
        left_layout.addLayout(lang_row)
        splitter = QSplitter(self)
        splitter.setObjectName("rights.splitter")
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter, 1)
        outer.addLayout(bottom)
        self.retranslate()
        self.set_buyer(None)
        self.search.field.setFocus()

    # --- buyer ----------------------------------------------------------------------------------

    def _lang(self) -> str:
        return str(self.language.currentData() or "ru")

    def set_buyer(self, buyer: BuyerView | None) -> None:
        self.buyer = buyer
        self.report = None
        self.confirmation = None
        for tab in (self.report_tab, self.correct_tab, self.withdraw_tab, self.refusal_tab):
            tab.set_buyer(buyer)
        self.transfers_tab.set_buyer(buyer)
        self.tabs.setEnabled(buyer is not None)
        self._update_buttons()
        self._show_card()

    def _show_card(self) -> None:
        b = self.buyer
        if b is None:
            self.card.setText(self.tr("Find the buyer first (their IIN, phone or name)."))
            return
        parts = [f"<b>{b.display_name}</b>"]
        for p in b.purposes:
            parts.append(f"{label('purpose_short', p.purpose)}: {label('state', p.state)}")
        for o in b.obligations:
            parts.append(
                self.tr("Outstanding {kind} with {bank}").format(
                    kind=label("sale_type", o.kind), bank=o.partner_bank
                )
            )
        self.card.setText("<br>".join(parts))

    def _update_buttons(self) -> None:
        printer = self.state.printer() is not None
        self.report_tab.enable(self.report is not None and printer)
        self.correct_tab.enable()
        self.withdraw_tab.enable(self.confirmation is not None and printer)
        self.refusal_tab.enable(self.confirmation is not None and printer)
        destroyed = self.confirmation is not None and bool(self.confirmation.slips_to_destroy)
        self.withdraw_tab.show_act(destroyed, printer)
        self.refusal_tab.show_act(destroyed, printer)

    # --- answers and papers -------------------------------------------------------------------

    def _report_ready(self, report: AccessReport) -> None:
        self.report = report
        self._update_buttons()

    def _confirmed(self, view: RequestConfirmationView) -> None:
        self.confirmation = view
        self._update_buttons()

    def _corrected(self, view: BuyerView) -> None:
        self.set_buyer(view)
        self.tabs.setCurrentWidget(self.correct_tab)

    def _print_act(self) -> None:
        if self.confirmation is not None:
            self._print(act_from_confirmation(self.confirmation))

    def _print(
        self, document: AccessReport | RequestConfirmationView | DestructionAct | None
    ) -> None:
        if document is None or self.state.printer() is None:
            return
        self.status.info(self.tr("Printing..."))
        rights.print_document(
            state=self.state,
            owner=self,
            document=document,
            language=self._lang(),
            done=self._printed,
        )

    def _printed(self, outcome: PrintOutcome) -> None:
        text = line_message(outcome)
        if outcome.ok:
            self.status.info(text)
        else:
            self.status.error(text)

    # --- texts --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Buyer's rights"))
        self.language_caption.setText(self.tr("Papers in:"))
        self.language.setAccessibleName(self.tr("Language of the papers"))
        self.tabs.setTabText(0, self.tr("Access report"))
        self.tabs.setTabText(1, self.tr("Correct data"))
        self.tabs.setTabText(2, self.tr("Withdraw consent"))
        self.tabs.setTabText(3, self.tr("Written refusal"))
        self.tabs.setTabText(4, self.tr("Transfers"))
        self.tabs.setAccessibleName(self.tr("Buyer's rights"))
        self.close_button.setText(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.close_button.text())
        self._show_card()
