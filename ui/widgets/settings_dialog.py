"""Settings (store admin): language, printer with a test print, credit banks and products,
head office, key rotation, jobs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos.domain.credit_catalogue import CreditCatalogue, parse_product
from pos.domain.errors import ValidationError
from pos.services import settings
from printing.outcomes import PrintOutcome
from ui.actions import admin
from ui.actions import credit as credit_actions
from ui.i18n import LANGUAGE_NAMES, LANGUAGES
from ui.messages import field_errors, line_message, sync_report_text
from ui.state import AppState
from ui.widgets.common import MessageLine, named
from ui.widgets.status_bar import JobsWidget


class SettingsDialog(QDialog):
    """Changes are written on Save; test print and key rotation act at once."""

    def __init__(
        self,
        state: AppState,
        current_key: str | None,
        jobs: JobsWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.current_key = current_key
        self.jobs = jobs
        self.setObjectName("settings")
        self.resize(720, 520)
        self._loaded: dict[str, dict[str, Any]] = {}
        self._rekeying = False
        self._test_outcome: PrintOutcome | None = None
        self.tabs = named(QTabWidget(self), "settings.tabs")

        # general
        general = QWidget(self)
        self.language = named(QComboBox(general), "settings.language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.general_form = QFormLayout(general)
        self.language_caption = QLabel(general)
        self.general_form.addRow(self.language_caption, self.language)
        self.tabs.addTab(general, "")

        # printer
        printer = QWidget(self)
        self.printer_url = named(QLineEdit(printer), "settings.printer_url")
        self.printer_url.setPlaceholderText("tcp://192.168.1.50:9100")
        self.paper = named(QComboBox(printer), "settings.paper")
        self.paper.addItem("", 80)  # "80 mm", translated in retranslate
        self.paper.addItem("", 58)
        self.printer_language = named(QComboBox(printer), "settings.printer_language")
        for code in LANGUAGES:
            self.printer_language.addItem(LANGUAGE_NAMES[code], code)
        self.test_button = named(QPushButton(printer), "settings.test_print")
        self.test_result = QLabel(printer)
        self.test_result.setObjectName("settings.test_result")
        self.test_result.setWordWrap(True)
        self.printer_captions = [QLabel(printer) for _ in range(3)]
        # POS_PRINTER overrides the address here: say which printer the till really uses.
        self.environment_printer = admin.printer_from_environment()
        self.printer_note = QLabel(printer)
        self.printer_note.setObjectName("settings.printer_note")
        self.printer_note.setWordWrap(True)
        self.printer_note.setVisible(self.environment_printer is not None)
        printer_form = QFormLayout(printer)
        printer_form.addRow(self.printer_note)
        printer_form.addRow(self.printer_captions[0], self.printer_url)
        printer_form.addRow(self.printer_captions[1], self.paper)
        printer_form.addRow(self.printer_captions[2], self.printer_language)
        printer_form.addRow(self.test_button, self.test_result)
        self.test_button.clicked.connect(self.do_test_print)
        self.tabs.addTab(printer, "")

        # credit: the partner banks and bank products (with rates) credit sales offer
        credit = QWidget(self)
        self.credit_banks = named(QPlainTextEdit(credit), "settings.credit_banks")
        self.credit_products = named(QPlainTextEdit(credit), "settings.credit_products")
        for edit in (self.credit_banks, self.credit_products):
            edit.setTabChangesFocus(True)  # Tab leaves the list, as in every other field
        self.credit_note = QLabel(credit)
        self.credit_note.setWordWrap(True)
        self.credit_captions = [QLabel(credit) for _ in range(2)]
        credit_form = QFormLayout(credit)
        credit_form.addRow(self.credit_note)
        credit_form.addRow(self.credit_captions[0], self.credit_banks)
        credit_form.addRow(self.credit_captions[1], self.credit_products)
        self._credit_loaded: tuple[str, str] | None = None

        # head office
        office = QWidget(self)
        self.office_url = named(QLineEdit(office), "settings.headoffice_url")
        self.office_url.setPlaceholderText("https://headoffice.example.kz")
        self.office_token = named(QLineEdit(office), "settings.headoffice_token")
        self.office_token.setEchoMode(QLineEdit.EchoMode.Password)
        self.sync_button = named(QPushButton(office), "settings.sync_now")
        self.office_captions = [QLabel(office) for _ in range(2)]
        office_form = QFormLayout(office)
        office_form.addRow(self.office_captions[0], self.office_url)
        office_form.addRow(self.office_captions[1], self.office_token)
        office_form.addRow(self.sync_button)
        self.sync_button.clicked.connect(self.do_sync)
        self.tabs.addTab(office, "")

        # key rotation
        security = QWidget(self)
        self.new_key = named(QLineEdit(security), "settings.new_key")
        self.new_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_key = named(QLineEdit(security), "settings.repeat_key")
        self.repeat_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.rekey_button = named(QPushButton(security), "settings.rekey")
        self.rekey_progress = named(QProgressBar(security), "settings.rekey_progress")
        self.rekey_progress.setRange(0, 100)
        self.rekey_progress.hide()
        self.key_note = QLabel(security)
        self.key_note.setWordWrap(True)
        self.key_captions = [QLabel(security) for _ in range(2)]
        key_form = QFormLayout(security)
        key_form.addRow(self.key_note)
        key_form.addRow(self.key_captions[0], self.new_key)
        key_form.addRow(self.key_captions[1], self.repeat_key)
        key_form.addRow(self.rekey_button, self.rekey_progress)
        self.rekey_button.clicked.connect(self.do_rekey)
        self.tabs.addTab(security, "")

        # long jobs
        jobs_page = QWidget(self)
        self.export_button = named(QPushButton(jobs_page), "settings.export")
        self.jobs_note = QLabel(jobs_page)
        self.jobs_note.setWordWrap(True)
        jobs_form = QFormLayout(jobs_page)
        jobs_form.addRow(self.jobs_note)
        jobs_form.addRow(self.export_button)
        self.export_button.clicked.connect(self.do_export)
        self.tabs.addTab(jobs_page, "")
        self.tabs.addTab(credit, "")  # last, so the other tabs keep their places

        self.status = MessageLine("settings.status", self)
        self.save_button = named(QPushButton(self), "settings.save")
        self.close_button = named(QPushButton(self), "settings.close")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs, 1)
        outer.addLayout(buttons)
        self.retranslate()
        admin.load_settings(state=state, owner=self, success=self._show)
        credit_actions.load_catalogue(state=state, owner=self, success=self._show_credit)

    # --- load and save ------------------------------------------------------------------------

    def _show(self, values: dict[str, dict[str, Any]]) -> None:
        self._loaded = values
        ui = values.get(settings.LANGUAGE, {}).get("ui", self.state.language)
        self.language.setCurrentIndex(max(self.language.findData(ui), 0))
        printer = values.get(settings.PRINTER, {})
        self.printer_url.setText(str(printer.get("url") or ""))
        self.paper.setCurrentIndex(
            max(self.paper.findData(int(printer.get("paper_width") or 80)), 0)
        )
        self.printer_language.setCurrentIndex(
            max(self.printer_language.findData(printer.get("language") or "ru"), 0)
        )
        office = values.get(settings.HEADOFFICE, {})
        self.office_url.setText(str(office.get("url") or ""))
        self.office_token.setText(str(office.get("token") or ""))

    def _show_credit(self, catalogue: CreditCatalogue) -> None:
        self.credit_banks.setPlainText("\n".join(catalogue.banks))
        self.credit_products.setPlainText(
            "\n".join(f"{p.name}: {p.annual_rate:g}" for p in catalogue.products)
        )
        self._credit_loaded = self._credit_texts()

    def _credit_texts(self) -> tuple[str, str]:
        return (self.credit_banks.toPlainText().strip(), self.credit_products.toPlainText().strip())

    def credit_changed(self) -> bool:
        return self._credit_loaded is not None and self._credit_texts() != self._credit_loaded

    def typed_credit(self) -> tuple[list[str], list[dict[str, Any]]]:
        """The lists as typed: a bank per line; a product per line as `NAME: RATE`."""
        banks = [line.strip() for line in self.credit_banks.toPlainText().splitlines()]
        products = [
            parse_product(line.strip())
            for line in self.credit_products.toPlainText().splitlines()
            if line.strip()
        ]
        return [b for b in banks if b], products

    def changes(self) -> dict[str, dict[str, Any]]:
        """Only what differs from what was loaded (each key audited by name)."""
        wanted = {
            settings.LANGUAGE: {"ui": self.language.currentData()},
            settings.PRINTER: {
                "url": self.printer_url.text().strip(),
                "paper_width": int(self.paper.currentData()),
                "language": self.printer_language.currentData(),
            },
            settings.HEADOFFICE: {
                "url": self.office_url.text().strip(),
                "token": self.office_token.text().strip(),
            },
        }
        out: dict[str, dict[str, Any]] = {}
        for key, value in wanted.items():
            before = self._loaded.get(key, {})
            diff = {k: v for k, v in value.items() if before.get(k) != v}
            if diff:
                out[key] = diff
        return out

    def save(self) -> None:
        changes = self.changes()
        credit = self.credit_changed()
        if not changes and not credit:
            self.status.info(self.tr("Nothing changed."))
            return
        if credit:
            try:
                banks, products = self.typed_credit()
            except ValidationError as exc:
                self.tabs.setCurrentIndex(self.tabs.count() - 1)
                self.status.error(line_message(exc))
                return
            credit_actions.save_catalogue(
                state=self.state,
                owner=self,
                banks=banks,
                products=products,
                success=self._credit_saved,
                failure=self._save_failed,
            )
        if not changes:
            return
        language = self.language.currentData()
        admin.save_settings(
            state=self.state,
            owner=self,
            changes=changes,
            success=lambda _n: self._saved(changes, str(language)),
            failure=self._save_failed,
        )

    def _saved(self, changes: dict[str, dict[str, Any]], language: str) -> None:
        for key, value in changes.items():
            self._loaded.setdefault(key, {}).update(value)
        if settings.LANGUAGE in changes:
            self.state.set_language(language)  # first, so the message below is in it
        self.status.info(self.tr("Saved."), again=lambda: self.tr("Saved."))

    def _credit_saved(self, catalogue: CreditCatalogue) -> None:
        self._show_credit(catalogue)
        self.status.info(self.tr("Saved."), again=lambda: self.tr("Saved."))

    def _save_failed(self, error: Exception) -> None:
        errors = field_errors(error)
        self.status.error(line_message(error) if not errors else "; ".join(errors.values()))

    # --- printer ------------------------------------------------------------------------------

    def typed_printer(self) -> dict[str, Any]:
        """The printer setting as typed here (saved or not)."""
        return {
            **self._loaded.get(settings.PRINTER, {}),
            "url": self.printer_url.text().strip(),
            "paper_width": int(self.paper.currentData()),
            "language": self.printer_language.currentData(),
        }

    def do_test_print(self) -> None:
        """The test page goes to the address typed here, even before Save and even when
        POS_PRINTER names another printer: the admin is trying this one."""
        if self.state.printer() is None:
            self.test_result.setText(self.tr("No printing in this window."))
            return
        typed = self.typed_printer()
        if not typed["url"]:
            self.test_result.setText(self.tr("Type the printer address first."))
            return
        self.test_result.setText(
            self.tr("Printing the test page on {url}...").format(url=typed["url"])
        )
        admin.test_print(state=self.state, owner=self, done=self._tested, setting=typed)

    def _tested(self, outcome: PrintOutcome) -> None:
        self._test_outcome = outcome
        self.test_result.setText(line_message(outcome))

    # --- head office --------------------------------------------------------------------------

    def _job_owner(self) -> QObject:
        """Long jobs report to the main window, so closing this dialog does not lose them."""
        parent = self.parent()
        return parent if isinstance(parent, QObject) else self

    def do_sync(self) -> None:
        job = self.jobs.start(self.tr("Sync with head office"))
        token = admin.sync_now(
            state=self.state,
            owner=self._job_owner(),
            progress=lambda f, m: self.jobs.progress(job, f, m),
            success=lambda report: self.jobs.finish(job, sync_report_text(report)),
            failure=lambda exc: self.jobs.finish(job, line_message(exc), failed=True),
        )
        if token is None:
            self.jobs.finish(job, self.tr("not available"), failed=True)

    # --- key rotation -------------------------------------------------------------------------

    def do_rekey(self) -> None:
        self.rekey_progress.setValue(0)
        try:
            admin.rotate_key(
                state=self.state,
                owner=self,
                current_key=self.current_key,
                new_key=self.new_key.text(),
                repeat=self.repeat_key.text(),
                progress=lambda fraction, _m: self.rekey_progress.setValue(
                    int((fraction or 0) * 100)
                ),
                success=self._rekeyed,
                failure=self._rekey_failed,
            )
        except Exception as exc:  # validation before anything starts
            self.status.error(line_message(exc))
            return
        self.rekey_progress.show()
        self.rekey_button.setEnabled(False)
        self._rekeying = True
        self.close_button.setEnabled(False)
        self.status.info(self.tr("Re-encrypting the database; keep the till on."))

    def reject(self) -> None:
        if self._rekeying:  # the window must switch to the new file before this closes
            return
        super().reject()

    def _rekeyed(self, keyring_updated: bool) -> None:
        self._rekeying = False
        self.close_button.setEnabled(True)
        self.current_key = self.new_key.text()
        self.new_key.clear()
        self.repeat_key.clear()
        self.rekey_progress.setValue(100)
        self.rekey_button.setEnabled(True)
        text = self.tr("Database key changed; use the new key from now on.")
        if keyring_updated:
            text += " " + self.tr("The OS keyring entry was updated.")
        self.status.info(text)

    def _rekey_failed(self, error: Exception) -> None:
        self._rekeying = False
        self.close_button.setEnabled(True)
        self.rekey_button.setEnabled(True)
        self.rekey_progress.hide()
        self.status.error(line_message(error))

    # --- long jobs ----------------------------------------------------------------------------

    def do_export(self) -> None:
        job = self.jobs.start(self.tr("Exporting statistics"))
        admin.export_statistics(
            state=self.state,
            owner=self._job_owner(),
            progress=lambda f, m: self.jobs.progress(job, f, m),
            success=lambda path: self.jobs.finish(job, path.name),
            failure=lambda exc: self.jobs.finish(job, line_message(exc), failed=True),
        )
        self.status.info(
            self.tr("The export runs in the background; the file goes to the exports folder.")
        )

    # --- texts --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for i, text in enumerate(
            (
                self.tr("Language"),
                self.tr("Printer"),
                self.tr("Head office"),
                self.tr("Database key"),
                self.tr("Jobs"),
                self.tr("Credit"),
            )
        ):
            self.tabs.setTabText(i, text)
        self.tabs.setAccessibleName(self.tr("Settings"))
        self.language_caption.setText(self.tr("Window language:"))
        self.language.setAccessibleName(self.tr("Window language"))
        for caption, text in zip(
            self.printer_captions,
            (self.tr("Printer address:"), self.tr("Paper width:"), self.tr("Printed in:")),
            strict=True,
        ):
            caption.setText(text)
        self.printer_url.setAccessibleName(self.tr("Printer address"))
        self.paper.setItemText(0, self.tr("80 mm"))
        self.paper.setItemText(1, self.tr("58 mm"))
        if self.environment_printer is not None:
            self.printer_note.setText(
                self.tr(
                    "POS_PRINTER is set: the till prints on {url}, whatever the address "
                    "below says. The test print uses the address below."
                ).format(url=self.environment_printer)
            )
        self.paper.setAccessibleName(self.tr("Paper width"))
        self.printer_language.setAccessibleName(self.tr("Language of printed papers"))
        self.credit_note.setText(
            self.tr(
                "The partner banks and bank products a credit or installment sale offers. "
                "One bank per line; one product per line with its annual interest rate in "
                "percent after a colon (0 for an installment plan), e.g. standard: 24.9"
            )
        )
        for caption, text in zip(
            self.credit_captions,
            (self.tr("Partner banks:"), self.tr("Bank products:")),
            strict=True,
        ):
            caption.setText(text)
        self.credit_banks.setAccessibleName(self.tr("Partner banks, one per line"))
        self.credit_products.setAccessibleName(self.tr("Bank products with their rates"))
        self.test_button.setText(self.tr("Test print"))
        # The last test print's outcome, said again in the new language.
        outcome = getattr(self, "_test_outcome", None)
        self.test_result.setText(line_message(outcome) if outcome is not None else "")
        for caption, text in zip(
            self.office_captions,
            (self.tr("Head office address:"), self.tr("Store credential:")),
            strict=True,
        ):
            caption.setText(text)
        self.office_url.setAccessibleName(self.tr("Head office address"))
        self.office_token.setAccessibleName(self.tr("Store credential"))
        self.sync_button.setText(self.tr("Sync now"))
        self.key_note.setText(
            self.tr(
                "The database is re-encrypted under the new key; the old file stays until the new one is checked."
            )
        )
        for caption, text in zip(
            self.key_captions, (self.tr("New key:"), self.tr("Repeat:")), strict=True
        ):
            caption.setText(text)
        self.new_key.setAccessibleName(self.tr("New database key"))
        self.repeat_key.setAccessibleName(self.tr("Repeat the new key"))
        self.rekey_button.setText(self.tr("Change the key"))
        self.rekey_progress.setAccessibleName(self.tr("Key change progress"))
        self.jobs_note.setText(
            self.tr("Long jobs run in the background and show their progress in the status bar.")
        )
        self.export_button.setText(self.tr("Export statistics (CSV)"))
        self.save_button.setText(self.tr("Save"))
        self.close_button.setText(self.tr("Close (Esc)"))
        for button in (
            self.test_button,
            self.sync_button,
            self.rekey_button,
            self.export_button,
            self.save_button,
            self.close_button,
        ):
            button.setAccessibleName(button.text())
