"""The buyer's rights (sales manager): access report, correction, withdrawal, written refusal.

Every answer is also a printed paper for the buyer. A withdrawal the law or an
outstanding credit blocks is refused with the reason shown here, before and after asking.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos.domain.acts import DestructionAct, act_from_confirmation
from pos.domain.buyer import BuyerData
from pos.domain.enums import Purpose
from pos.domain.errors import Code, Refused
from pos.domain.minimization import BUYER_FIELDS, Requirements, purposes_justifying
from pos.domain.references import personal_number
from pos.domain.views import AccessReport, BuyerView, RequestConfirmationView
from printing.outcomes import PrintOutcome
from ui.actions import rights
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, label
from ui.messages import field_errors, field_message, line_message
from ui.state import AppState
from ui.widgets.buyer_form import BuyerForm
from ui.widgets.buyer_search import BuyerSearch
from ui.widgets.common import MessageLine, mono_font, named

COLUMNS = 48


def report_text(report: AccessReport, language: str) -> str:
    from printing.docs import access_report

    return "\n".join(access_report.build(report, language, COLUMNS).lines())


def confirmation_text(view: RequestConfirmationView, language: str) -> str:
    from printing.docs import confirmation

    return "\n".join(confirmation.build(view, language, COLUMNS).lines())


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
        self._in_force: frozenset[Purpose] = frozenset()

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
        self._build_report_tab()
        self._build_correct_tab()
        self._build_withdraw_tab()
        self._build_refusal_tab()
        self.status = MessageLine("rights.status", self)
        self.close_button = named(QPushButton(self), "rights.close")
        self.close_button.clicked.connect(self.reject)

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

    # --- tabs ---------------------------------------------------------------------------------

    def _build_report_tab(self) -> None:
        page = QWidget(self)
        page.setObjectName("rights.report_tab")
        self.report_button = named(QPushButton(page), "rights.report")
        self.report_print = named(QPushButton(page), "rights.report_print")
        self.report_view = named(QPlainTextEdit(page), "rights.report_view")
        self.report_view.setReadOnly(True)
        self.report_view.setFont(mono_font())
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        row = QHBoxLayout()
        row.addWidget(self.report_button)
        row.addWidget(self.report_print)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.report_view, 1)
        self.report_button.clicked.connect(self.show_report)
        self.report_print.clicked.connect(lambda: self._print(self.report))
        self.tabs.addTab(page, "")

    def _build_correct_tab(self) -> None:
        page = QWidget(self)
        page.setObjectName("rights.correct_tab")
        self.correct_note = QLabel(page)
        self.correct_note.setObjectName("rights.correct_note")
        self.correct_note.setWordWrap(True)
        self.correct_form = BuyerForm("rights.correct", page)
        scroll = QScrollArea(page)
        scroll.setObjectName("rights.correct_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.correct_form)
        self.correct_button = named(QPushButton(page), "rights.correct_save")
        layout = QVBoxLayout(page)
        layout.addWidget(self.correct_note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.correct_button)
        self.correct_button.clicked.connect(self.save_correction)
        self.tabs.addTab(page, "")

    def _build_withdraw_tab(self) -> None:
        page = QWidget(self)
        page.setObjectName("rights.withdraw_tab")
        self.withdraw_note = QLabel(page)
        self.withdraw_note.setObjectName("rights.withdraw_note")
        self.withdraw_note.setWordWrap(True)
        self.withdraw_ticks: dict[Purpose, QCheckBox] = {}
        layout = QVBoxLayout(page)
        layout.addWidget(self.withdraw_note)
        for purpose in Purpose:
            tick = named(QCheckBox(page), f"rights.withdraw.{purpose.value}")
            tick.toggled.connect(lambda _on: self._withdraw_selection_changed())
            self.withdraw_ticks[purpose] = tick
            layout.addWidget(tick)
        self.withdraw_all = named(QCheckBox(page), "rights.withdraw_all")
        self.withdraw_all.toggled.connect(self._withdraw_all_toggled)
        layout.addWidget(self.withdraw_all)
        self.withdraw_reference_caption = QLabel(page)
        self.withdraw_reference = named(QLineEdit(page), "rights.withdraw_reference")
        self.withdraw_reference.setMaxLength(200)
        layout.addWidget(self.withdraw_reference_caption)
        layout.addWidget(self.withdraw_reference)
        self.blockers = QLabel(page)
        self.blockers.setObjectName("rights.blockers")
        self.blockers.setWordWrap(True)
        self.blockers.setStyleSheet("color: #b71c1c;")
        layout.addWidget(self.blockers)
        self.withdraw_button = named(QPushButton(page), "rights.withdraw")
        self.withdraw_button.clicked.connect(self.do_withdraw)
        layout.addWidget(self.withdraw_button)
        self.withdraw_result = named(QPlainTextEdit(page), "rights.withdraw_result")
        self.withdraw_result.setReadOnly(True)
        self.withdraw_result.setFont(mono_font())
        layout.addWidget(self.withdraw_result, 1)
        self.withdraw_print = named(QPushButton(page), "rights.withdraw_print")
        self.withdraw_print.clicked.connect(lambda: self._print(self.confirmation))
        layout.addWidget(self.withdraw_print)
        self.withdraw_act_print = named(QPushButton(page), "rights.withdraw_act_print")
        self.withdraw_act_print.clicked.connect(self._print_act)
        layout.addWidget(self.withdraw_act_print)
        self.tabs.addTab(page, "")

    def _build_refusal_tab(self) -> None:
        page = QWidget(self)
        page.setObjectName("rights.refusal_tab")
        self.refusal_note = QLabel(page)
        self.refusal_note.setObjectName("rights.refusal_note")
        self.refusal_note.setWordWrap(True)
        self.refusal_reference_caption = QLabel(page)
        self.refusal_reference = named(QLineEdit(page), "rights.refusal_reference")
        self.refusal_reference.setMaxLength(200)
        self.refusal_error = QLabel(page)
        self.refusal_error.setObjectName("rights.refusal_reference.error")
        self.refusal_error.setStyleSheet("color: #b71c1c;")
        self.refusal_button = named(QPushButton(page), "rights.refuse")
        self.refusal_result = named(QPlainTextEdit(page), "rights.refusal_result")
        self.refusal_result.setReadOnly(True)
        self.refusal_result.setFont(mono_font())
        self.refusal_print = named(QPushButton(page), "rights.refusal_print")
        self.refusal_act_print = named(QPushButton(page), "rights.refusal_act_print")
        layout = QVBoxLayout(page)
        layout.addWidget(self.refusal_note)
        layout.addWidget(self.refusal_reference_caption)
        layout.addWidget(self.refusal_reference)
        layout.addWidget(self.refusal_error)
        layout.addWidget(self.refusal_button)
        layout.addWidget(self.refusal_result, 1)
        layout.addWidget(self.refusal_print)
        layout.addWidget(self.refusal_act_print)
        self.refusal_act_print.clicked.connect(self._print_act)
        self.refusal_button.clicked.connect(self.do_refuse)
        self.refusal_print.clicked.connect(lambda: self._print(self.confirmation))
        self.tabs.addTab(page, "")

    # --- buyer ----------------------------------------------------------------------------------

    def _lang(self) -> str:
        return str(self.language.currentData() or "ru")

    def set_buyer(self, buyer: BuyerView | None) -> None:
        self.buyer = buyer
        self.report = None
        self.confirmation = None
        self.report_view.clear()
        self.withdraw_result.clear()
        self.refusal_result.clear()
        self.blockers.clear()
        self.refusal_reference.clear()
        self.withdraw_reference.clear()
        has = buyer is not None
        self.tabs.setEnabled(has)
        in_force = buyer.purposes_in_force() if buyer else frozenset()
        self._in_force = in_force
        for purpose, tick in self.withdraw_ticks.items():
            tick.blockSignals(True)
            tick.setChecked(False)
            tick.blockSignals(False)
            tick.setVisible(purpose in in_force)
        self.withdraw_all.blockSignals(True)
        self.withdraw_all.setChecked(False)
        self.withdraw_all.blockSignals(False)
        if buyer is not None:
            self._configure_correction(buyer)
        self._update_buttons()
        self._show_card()

    def _configure_correction(self, buyer: BuyerView) -> None:
        in_force = buyer.purposes_in_force()
        held = buyer.data.given_fields()
        # Held fields can be corrected; unheld ones only where a consent in force covers them.
        allowed = {f for f in BUYER_FIELDS if f in held or purposes_justifying(f) & in_force}
        self.correct_form.configure(Requirements(frozenset(), frozenset(allowed), (), frozenset()))
        self.correct_form.clear()
        self.correct_form.set_values(buyer.data)

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
        has = self.buyer is not None
        self.report_print.setEnabled(self.report is not None and self.state.printer() is not None)
        self.withdraw_print.setEnabled(
            self.confirmation is not None and self.state.printer() is not None
        )
        self.refusal_print.setEnabled(
            self.confirmation is not None and self.state.printer() is not None
        )
        self.withdraw_button.setEnabled(
            has and bool(self._chosen_purposes() or self.withdraw_all.isChecked())
        )
        self.refusal_button.setEnabled(has)
        self.correct_button.setEnabled(has)
        # The act exists only when the request destroyed the data (slips to destroy).
        act = self.confirmation is not None and bool(self.confirmation.slips_to_destroy)
        for button in (self.withdraw_act_print, self.refusal_act_print):
            button.setVisible(act)
            button.setEnabled(act and self.state.printer() is not None)

    # --- access report ------------------------------------------------------------------------

    def show_report(self) -> None:
        if self.buyer is None:
            return
        self.status.info(self.tr("Building the report..."))
        rights.access_report(
            state=self.state,
            owner=self,
            buyer_id=self.buyer.id,
            success=self._report_ready,
            failure=lambda exc: self.status.error(line_message(exc)),
        )

    def _report_ready(self, report: AccessReport) -> None:
        self.report = report
        self.report_view.setPlainText(report_text(report, self._lang()))
        self.status.info(self.tr("Access report ready; the request is recorded as answered."))
        self._update_buttons()
        self.report_print.setFocus()

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

    # --- correction ---------------------------------------------------------------------------

    def save_correction(self) -> None:
        if self.buyer is None:
            return
        data, bad = self.correct_form.data()
        errors = self.correct_form.check()
        if errors or bad:
            self.status.error(self.tr("Check the marked fields."))
            return
        held = self.buyer.data
        changes = {
            name: getattr(data, name)
            for name in data.given_fields()
            if getattr(data, name) != getattr(held, name)
        }
        if not changes:
            self.status.error(line_message(Code.RECTIFY_NOTHING))
            return
        rights.rectify(
            state=self.state,
            owner=self,
            buyer_id=self.buyer.id,
            changes=BuyerData(**changes),
            success=self._corrected,
            failure=self._correction_failed,
        )

    def _corrected(self, view: BuyerView) -> None:
        self.set_buyer(view)
        self.tabs.setCurrentIndex(1)
        self.status.info(
            self.tr("Corrected; the audit names the fields changed, not their values.")
        )

    def _correction_failed(self, error: Exception) -> None:
        errors = field_errors(error)
        if errors:
            self.correct_form.show_errors(errors)
            self.status.error(self.tr("Check the marked fields."))
        else:
            self.status.error(line_message(error))

    # --- withdrawal ---------------------------------------------------------------------------

    def _chosen_purposes(self) -> list[Purpose]:
        return [
            p for p, tick in self.withdraw_ticks.items() if tick.isChecked() and p in self._in_force
        ]

    def _withdraw_all_toggled(self, on: bool) -> None:
        for purpose, tick in self.withdraw_ticks.items():
            if purpose in self._in_force:
                tick.blockSignals(True)
                tick.setChecked(on)
                tick.blockSignals(False)
        self._withdraw_selection_changed()

    def _withdraw_selection_changed(self) -> None:
        self._update_buttons()
        if self.buyer is None:
            return
        chosen = None if self.withdraw_all.isChecked() else self._chosen_purposes()
        if chosen == []:
            self.blockers.clear()
            return
        rights.withdrawal_blockers(
            state=self.state,
            owner=self,
            buyer_id=self.buyer.id,
            purposes=chosen,
            success=self._show_blockers,
        )

    def _show_blockers(self, reasons: list[Refused]) -> None:
        self.blockers.setText("\n".join(line_message(r) for r in reasons))

    def do_withdraw(self) -> None:
        if self.buyer is None:
            return
        purposes = None if self.withdraw_all.isChecked() else self._chosen_purposes()
        if purposes == []:
            return
        reference = self.withdraw_reference.text().strip() or None
        if reference and personal_number(reference):
            self.blockers.setText(field_message(Code.REFERENCE_PERSONAL_DATA))
            self.withdraw_reference.setFocus()
            return
        self.status.info(self.tr("Withdrawing..."))
        rights.withdraw(
            state=self.state,
            owner=self,
            buyer_id=self.buyer.id,
            purposes=purposes,
            reference=reference,
            success=self._withdrawn,
            failure=self._withdraw_failed,
        )

    def _withdrawn(self, view: RequestConfirmationView) -> None:
        self.confirmation = view
        self.withdraw_result.setPlainText(confirmation_text(view, self._lang()))
        if view.slips_to_destroy:
            self.status.info(self._destroyed_text(view))
        else:
            self.status.info(self.tr("Consent withdrawn. Print the confirmation for the buyer."))
        self.blockers.clear()
        self._update_buttons()

    def _withdraw_failed(self, error: Exception) -> None:
        reason = line_message(error)
        self.blockers.setText(reason)
        self.status.error(reason)

    # --- written refusal ----------------------------------------------------------------------

    def do_refuse(self) -> None:
        if self.buyer is None:
            return
        reference = self.refusal_reference.text().strip()
        if not reference:
            self.refusal_error.setText(field_message(Code.REQUEST_REFERENCE_MISSING))
            self.refusal_reference.setFocus()
            return
        if personal_number(reference):
            self.refusal_error.setText(field_message(Code.REFERENCE_PERSONAL_DATA))
            self.refusal_reference.setFocus()
            return
        self.refusal_error.clear()
        rights.refuse_in_writing(
            state=self.state,
            owner=self,
            buyer_id=self.buyer.id,
            reference=reference,
            success=self._refused,
            failure=self._refuse_failed,
        )

    def _refused(self, view: RequestConfirmationView) -> None:
        self.confirmation = view
        self.refusal_result.setPlainText(confirmation_text(view, self._lang()))
        if view.slips_to_destroy:
            self.status.info(self._destroyed_text(view))
        else:
            self.status.info(
                self.tr("Written refusal recorded. Print the confirmation for the buyer.")
            )
        self._update_buttons()

    def _destroyed_text(self, view: RequestConfirmationView) -> str:
        return self.tr(
            "Personal data destroyed. Destroy {n} signed paper slip(s) numbered as in the "
            "confirmation, and print the destruction act."
        ).format(n=len(view.slips_to_destroy))

    def _refuse_failed(self, error: Exception) -> None:
        errors = field_errors(error)
        if "reference" in errors:
            self.refusal_error.setText(errors["reference"])
        self.status.error(line_message(error))

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
        self.tabs.setAccessibleName(self.tr("Buyer's rights"))
        self.report_button.setText(self.tr("Show everything held"))
        self.report_print.setText(self.tr("Print report"))
        self.report_view.setAccessibleName(self.tr("Access report"))
        self.correct_note.setText(
            self.tr(
                "Correct what the buyer shows is wrong; the new values are checked like new data."
            )
        )
        self.correct_button.setText(self.tr("Save correction"))
        self.withdraw_note.setText(
            self.tr(
                "Tick the purposes the buyer withdraws. Data no remaining purpose needs is erased."
            )
        )
        for purpose, tick in self.withdraw_ticks.items():
            tick.setText(label("purpose", purpose))
            tick.setAccessibleName(label("purpose", purpose))
        self.withdraw_all.setText(self.tr("All purposes (full withdrawal)"))
        self.withdraw_all.setAccessibleName(self.tr("Withdraw all purposes"))
        self.withdraw_reference_caption.setText(
            self.tr("Reference of the buyer's request (optional):")
        )
        self.withdraw_reference.setAccessibleName(self.tr("Request reference"))
        # It outlives the buyer's data, so it takes a document reference only.
        hint = self.tr(
            "Document number and date, e.g. No. 15 of 01.03.2026 (no name, IIN or phone)"
        )
        self.withdraw_reference.setPlaceholderText(hint)
        self.refusal_reference.setPlaceholderText(hint)
        self.withdraw_act_print.setText(self.tr("Print destruction act"))
        self.refusal_act_print.setText(self.tr("Print destruction act"))
        self.withdraw_button.setText(self.tr("Withdraw"))
        self.withdraw_result.setAccessibleName(self.tr("Withdrawal confirmation"))
        self.withdraw_print.setText(self.tr("Print confirmation"))
        self.refusal_note.setText(
            self.tr(
                "The buyer refuses processing in writing: their data is destroyed, or kept only "
                "for an outstanding credit until it is repaid."
            )
        )
        self.refusal_reference_caption.setText(self.tr("Reference of the written refusal:"))
        self.refusal_reference.setAccessibleName(self.tr("Written refusal reference"))
        self.refusal_button.setText(self.tr("Record written refusal"))
        self.refusal_result.setAccessibleName(self.tr("Refusal confirmation"))
        self.refusal_print.setText(self.tr("Print confirmation"))
        self.close_button.setText(self.tr("Close (Esc)"))
        for button in (
            self.report_button,
            self.report_print,
            self.correct_button,
            self.withdraw_button,
            self.withdraw_print,
            self.refusal_button,
            self.refusal_print,
            self.withdraw_act_print,
            self.refusal_act_print,
            self.close_button,
        ):
            button.setAccessibleName(button.text())
        self._show_card()
