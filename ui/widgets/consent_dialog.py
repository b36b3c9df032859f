"""The consent dialog (BRIEF 4.3): purposes, the buyer's data, slip preview, print, signed/refused.

Nothing is stored until "Buyer signed": preview only validates and builds the slip, and
printing it keeps no record. "Buyer refused" (or Esc) wipes everything typed. When the
printer is down, a pre-printed paper form with its number stands in for the slip.
Refusing or cancelling with anything typed asks first: no single key loses the buyer's data.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pos.domain.consent import buyer_gap
from pos.domain.enums import ConsentMethod, Purpose
from pos.domain.errors import Code
from pos.domain.minimization import SaleNeeds, requirements_for
from pos.domain.views import BuyerView, ConsentSlipView
from pos.services.consents import ConsentDraft, RecordedConsent
from printing.outcomes import PrintOutcome
from ui.actions import buyers as buyer_actions
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, label
from ui.messages import field_errors, field_message, line_message
from ui.state import AppState
from ui.widgets.buyer_form import BuyerForm
from ui.widgets.common import MessageLine, mono_font, named

SLIP_COLUMNS = 48


def slip_text(slip: ConsentSlipView, language: str) -> str:
    """The slip as it will print (80 mm paper), for the preview."""
    from printing.docs import consent_slip

    return "\n".join(consent_slip.build(slip, language, SLIP_COLUMNS).lines())


class ConsentDialog(QDialog):
    """Takes one consent. After exec(): `recorded` is set when the buyer signed,
    `refused` when the buyer refused; neither when the cashier cancelled."""

    def __init__(
        self,
        state: AppState,
        needs: SaleNeeds,
        buyer: BuyerView | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.needs = needs
        self.buyer = buyer
        self.recorded: RecordedConsent | None = None
        self.refused = False
        self._consent_id = uuid.uuid4()
        self._slip: ConsentSlipView | None = None
        self._slip_draft: ConsentDraft | None = None
        self._printed = False
        self._busy = False
        self.confirm_box: QMessageBox | None = None  # "discard what the buyer typed?"
        self.setObjectName("consent")
        self.setModal(True)
        self.resize(980, 680)

        # purposes
        self.purposes_box = QGroupBox(self)
        self.purposes_box.setObjectName("consent.purposes")
        self.ticks: dict[Purpose, QCheckBox] = {}
        purposes_layout = QVBoxLayout(self.purposes_box)
        for purpose in Purpose:
            tick = named(QCheckBox(self.purposes_box), f"consent.purpose.{purpose.value}")
            self.ticks[purpose] = tick
            purposes_layout.addWidget(tick)
        self.ticks[Purpose.MARKETING].toggled.connect(self._marketing_toggled)

        # buyer data
        self.buyer_caption = QLabel(self)
        self.buyer_caption.setObjectName("consent.buyer_caption")
        self.buyer_caption.setWordWrap(True)
        self.form = BuyerForm("consent", self)
        self.form.changed.connect(self._stale)
        form_scroll = QScrollArea(self)
        form_scroll.setObjectName("consent.form_scroll")
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        # slip language and method
        self.language_caption = QLabel(self)
        self.language = named(QComboBox(self), "consent.language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(state.language), 0))
        self.language.currentIndexChanged.connect(lambda _i: self._stale())
        self.method_slip = named(QRadioButton(self), "consent.method_slip")
        self.method_form = named(QRadioButton(self), "consent.method_form")
        self.method_slip.setChecked(True)
        self.form_number = named(QLineEdit(self), "consent.form_number")
        self.form_number.setMaxLength(40)
        self.form_number.setEnabled(False)
        self.form_number_error = QLabel(self)
        self.form_number_error.setObjectName("consent.form_number.error")
        self.form_number_error.setStyleSheet("color: #b71c1c;")
        self.method_form.toggled.connect(self._method_changed)
        self.form_number.textEdited.connect(lambda _t: self._stale())

        # preview
        self.preview = named(QPlainTextEdit(self), "consent.preview")
        self.preview.setReadOnly(True)
        self.preview.setFont(mono_font())
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.preview.setMinimumWidth(
            self.preview.fontMetrics().horizontalAdvance("M" * (SLIP_COLUMNS + 2)) + 24
        )
        self.preview_caption = QLabel(self)
        self.preview_caption.setObjectName("consent.preview_caption")

        # buttons and status
        self.preview_button = named(QPushButton(self), "consent.preview_button")
        self.print_button = named(QPushButton(self), "consent.print")
        self.signed_button = named(QPushButton(self), "consent.signed")
        self.refused_button = named(QPushButton(self), "consent.refused")
        self.cancel_button = named(QPushButton(self), "consent.cancel")
        self.preview_button.setDefault(True)
        self.status = MessageLine("consent.status", self)
        self.preview_button.clicked.connect(self.do_preview)
        self.print_button.clicked.connect(self.do_print)
        self.signed_button.clicked.connect(self.do_signed)
        self.refused_button.clicked.connect(self.ask_refused)
        self.cancel_button.clicked.connect(self.ask_cancel)
        for key, slot in (
            ("F2", self.do_preview),
            ("F3", self.do_print),
            ("F4", self.do_signed),
            ("F8", self.ask_refused),
        ):
            QShortcut(QKeySequence(key), self, slot)

        left = QVBoxLayout()
        left.addWidget(self.purposes_box)
        left.addWidget(self.buyer_caption)
        left.addWidget(form_scroll, 1)
        method = QGridLayout()
        method.addWidget(self.language_caption, 0, 0)
        method.addWidget(self.language, 0, 1)
        method.addWidget(self.method_slip, 1, 0, 1, 2)
        method.addWidget(self.method_form, 2, 0)
        method.addWidget(self.form_number, 2, 1)
        method.addWidget(self.form_number_error, 3, 1)
        left.addLayout(method)
        right = QVBoxLayout()
        right.addWidget(self.preview_caption)
        right.addWidget(self.preview, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.signed_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refused_button)
        buttons.addWidget(self.cancel_button)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addWidget(self.status)
        outer.addLayout(buttons)

        self.ticks[Purpose.MARKETING].setChecked(needs.marketing)
        self._configure()
        self.retranslate()
        self._update_buttons()
        self.form.focus_first_error()

    # --- the sale's needs ---------------------------------------------------------------------

    def current_needs(self) -> SaleNeeds:
        return replace(self.needs, marketing=self.ticks[Purpose.MARKETING].isChecked())

    def _configure(self) -> None:
        requirements = requirements_for(self.current_needs())
        required = requirements.required_purposes - {Purpose.MARKETING}
        for purpose, tick in self.ticks.items():
            if purpose is Purpose.MARKETING:
                tick.setEnabled(True)
                tick.show()
                continue
            tick.blockSignals(True)
            tick.setChecked(purpose in required)
            tick.blockSignals(False)
            tick.setEnabled(False)  # fixed by the sale type
            tick.setVisible(purpose in required)
        self.form.configure(requirements, self.buyer.held_fields() if self.buyer else ())

    def _marketing_toggled(self, _on: bool) -> None:
        self._configure()
        self._stale()

    def _method_changed(self, preprinted: bool) -> None:
        self.form_number.setEnabled(preprinted)
        if preprinted:
            self.form_number.setFocus()
        self._stale()

    # --- state ------------------------------------------------------------------------------

    def draft(self) -> ConsentDraft:
        data, _ = self.form.data()
        preprinted = self.method_form.isChecked()
        return ConsentDraft(
            needs=self.current_needs(),
            buyer=data,
            buyer_id=self.buyer.id if self.buyer else None,
            language=str(self.language.currentData() or "ru"),
            method=ConsentMethod.PREPRINTED_FORM if preprinted else ConsentMethod.PAPER_SLIP_SIGNED,
            form_number=self.form_number.text().strip() or None if preprinted else None,
            consent_id=self._consent_id,
        )

    def _stale(self) -> None:
        """Anything changed after the preview: the slip no longer says what was typed.

        Leaving a field (focus moving to a button after the preview or the print) reports
        a change too; only a draft that differs from the slip's throws the slip away."""
        if self._slip is not None and not self._same_as_slip():
            self._slip = None
            self._slip_draft = None
            self._printed = False
            self.preview.setPlainText("")
            self.status.info(self.tr("Changed: preview the slip again (F2)."))
        self._update_buttons()

    def _same_as_slip(self) -> bool:
        if self._slip_draft is None:
            return False
        return replace(self.draft(), drafted_at=self._slip_draft.drafted_at) == self._slip_draft

    def _update_buttons(self) -> None:
        has_printer = self.state.printer() is not None
        ready = self._slip is not None and not self._busy
        preprinted = self.method_form.isChecked()
        self.preview_button.setEnabled(not self._busy)
        self.print_button.setEnabled(ready and has_printer and not preprinted)
        self.signed_button.setEnabled(ready and (self._printed or preprinted))
        self.refused_button.setEnabled(not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    # --- actions ----------------------------------------------------------------------------

    def do_preview(self) -> None:
        if self._busy:
            return
        errors = self.form.check()
        if self.method_form.isChecked() and not self.form_number.text().strip():
            self.form_number_error.setText(field_message(Code.CONSENT_FORM_NUMBER))
            errors["form_number"] = "missing"
        else:
            self.form_number_error.setText("")
        if errors:
            self.status.error(self.tr("Check the marked fields."))
            self.form.focus_first_error()
            return
        draft = self.draft()
        self._set_busy(True)
        self.status.info(self.tr("Checking..."))
        buyer_actions.preview_consent(
            state=self.state,
            owner=self,
            draft=draft,
            success=lambda slip: self._previewed(draft, slip),
            failure=self._preview_failed,
        )

    def _previewed(self, draft: ConsentDraft, slip: ConsentSlipView) -> None:
        self._set_busy(False)
        if draft != self.draft():  # typed on while the check ran
            self._update_buttons()
            return
        self._slip = slip
        self._slip_draft = replace(draft, drafted_at=slip.at)
        self._printed = False
        self.preview.setPlainText(slip_text(slip, draft.language))
        # Buttons first: focus cannot go to a disabled one (it would stay in the field).
        self._update_buttons()
        if self.method_form.isChecked():
            self.status.info(
                self.tr("The buyer signs the pre-printed form; then press Buyer signed (F4).")
            )
            self.signed_button.setFocus()
        else:
            self.status.info(self.tr("Print the slip (F3) for the buyer to sign."))
            if self.print_button.isEnabled():
                self.print_button.setFocus()

    def _preview_failed(self, error: Exception) -> None:
        self._set_busy(False)
        errors = field_errors(error)  # a registered IIN comes back on the IIN field
        if "form_number" in errors:
            self.form_number_error.setText(errors.pop("form_number"))
        shown = {k: v for k, v in errors.items() if k in self.form.shown_fields}
        if shown:
            self.form.show_errors(shown)
            self.form.focus_first_error()
            self.status.error(self.tr("Check the marked fields."))
        else:
            self.status.error(line_message(error))

    def do_print(self) -> None:
        if self._slip is None or self._busy or self.method_form.isChecked():
            return
        if self.state.printer() is None:
            return
        # Disabling the focused button would hand focus to the next one ("Buyer refused").
        self.preview.setFocus()
        self._set_busy(True)
        self.status.info(self.tr("Printing the slip..."))
        buyer_actions.print_consent_slip(
            state=self.state, owner=self, slip=self._slip, done=self._print_done
        )

    def _print_done(self, outcome: PrintOutcome) -> None:
        self._set_busy(False)
        message = line_message(outcome)
        if outcome.ok:
            self._printed = True
            self.status.info(
                message + " " + self.tr("When the buyer has signed, press Buyer signed (F4).")
            )
            self._update_buttons()
            self.signed_button.setFocus()
        else:
            self.status.error(
                message
                + " "
                + self.tr("Print again (F3), or use a pre-printed form and type its number.")
            )
            self._update_buttons()

    def do_signed(self) -> None:
        if self._slip_draft is None or self._busy:
            return
        if not (self._printed or self.method_form.isChecked()):
            return
        self._set_busy(True)
        self.status.info(self.tr("Recording the consent..."))
        buyer_actions.record_consent(
            state=self.state,
            owner=self,
            draft=self._slip_draft,
            slip_printed=self._printed,
            success=self._recorded,
            failure=self._record_failed,
        )

    def _recorded(self, recorded: RecordedConsent) -> None:
        self._set_busy(False)
        self.recorded = recorded
        self.form.clear()
        self.accept()

    def _record_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.status.error(line_message(error))

    def do_refused(self) -> None:
        """Nothing the buyer typed is kept; the sale may go on only without their data."""
        if self._busy:
            return
        self.refused = True
        self._wipe()
        self.reject()

    def has_typed(self) -> bool:
        """True when discarding would lose something the buyer or cashier typed."""
        data, bad = self.form.data()
        return bool(bad) or data != type(data)() or bool(self.form_number.text().strip())

    def ask_refused(self) -> None:
        """F8 or "Buyer refused": asks first when something was typed."""
        if self._busy:
            return
        self._ask_discard(refused=True)

    def ask_cancel(self) -> None:
        """Esc or "Cancel": asks first when something was typed."""
        self._ask_discard(refused=False)

    def _ask_discard(self, *, refused: bool) -> None:
        if self.confirm_box is not None:
            return
        if not self.has_typed():
            self._discard(refused)
            return
        box = QMessageBox(self)
        box.setObjectName("consent.confirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.windowTitle())
        box.setText(
            self.tr("The buyer refused? Everything typed is wiped.")
            if refused
            else self.tr("Close the consent? Everything typed is wiped.")
        )
        yes = box.addButton(self.tr("Wipe and close"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("consent.confirm.yes")
        no = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        no.setObjectName("consent.confirm.no")
        # Enter or Esc in the question keep the data: only a deliberate choice wipes it.
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.finished.connect(lambda _r: self._answered(box, box.clickedButton() is yes, refused))
        self.confirm_box = box
        box.open()

    def _answered(self, box: QMessageBox, yes: bool, refused: bool) -> None:
        self.confirm_box = None
        box.deleteLater()
        if yes:
            self._discard(refused)

    def _discard(self, refused: bool) -> None:
        if refused:
            self.do_refused()
        else:
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.ask_cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window manager's close button asks as Esc does; the window closing the
        # dialog itself (sign-out, shutdown) wipes without asking.
        if event.spontaneous() and self.has_typed():
            event.ignore()
            self.ask_cancel()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        self._wipe()
        super().reject()

    def _wipe(self) -> None:
        if self.confirm_box is not None:
            self.confirm_box.close()
        self.form.clear()
        self.form_number.clear()
        self.preview.clear()
        self._slip = None
        self._slip_draft = None

    # --- texts ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Consent to personal data processing"))
        self.purposes_box.setTitle(self.tr("Purposes the buyer consents to"))
        for purpose, tick in self.ticks.items():
            text = label("purpose", purpose)
            if purpose is Purpose.MARKETING:
                text += " - " + self.tr("optional")
            elif tick.isChecked():
                text += " - " + self.tr("required for this sale")
            tick.setText(text)
            tick.setAccessibleName(text)
        if self.buyer is None:
            self.buyer_caption.setText(self.tr("New buyer: only the fields this sale needs."))
        elif self.form.shown_fields:
            self.buyer_caption.setText(
                self.tr("{name}: the data this sale needs in addition.").format(
                    name=self.buyer.display_name
                )
            )
        else:
            self.buyer_caption.setText(
                self.tr(
                    "{name}: the data held covers this sale; only the consent is needed."
                ).format(name=self.buyer.display_name)
            )
        self.language_caption.setText(self.tr("Slip language:"))
        self.language.setAccessibleName(self.tr("Slip language"))
        self.method_slip.setText(self.tr("Print the slip for signing"))
        self.method_form.setText(self.tr("Pre-printed form No.:"))
        self.form_number.setAccessibleName(self.tr("Pre-printed form number"))
        self.preview_caption.setText(self.tr("Slip preview"))
        self.preview.setAccessibleName(self.tr("Slip preview"))
        self.preview_button.setText(self.tr("Preview (F2)"))
        self.print_button.setText(self.tr("Print slip (F3)"))
        self.signed_button.setText(self.tr("Buyer signed (F4)"))
        self.refused_button.setText(self.tr("Buyer refused (F8)"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))
        for button in (
            self.preview_button,
            self.print_button,
            self.signed_button,
            self.refused_button,
            self.cancel_button,
        ):
            button.setAccessibleName(button.text())


def needs_consent(buyer: BuyerView | None, needs: SaleNeeds, today: dt.date) -> bool:
    """True when this sale needs a consent first: a new buyer, or a gap a consent closes
    (pos.domain.consent, the rule the sale service refuses by; `today` is the store's).

    A written refusal is no such gap: the sale service refuses it with its own reason."""
    if buyer is None:
        return requirements_for(needs).carries_personal_data
    return buyer_gap(buyer, needs, today).asks_for_consent
