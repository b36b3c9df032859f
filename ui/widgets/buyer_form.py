"""The buyer's data form: only the fields the sale needs (BRIEF 4.2), each with its reason inline.

Checks that need no database (IIN check digit and birth date, phone plan, e-mail form)
run as the cashier leaves a field, with the same domain rules the services apply; the
rest (a registered IIN, the policy) comes back from the consent preview.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QVBoxLayout, QWidget

from pos.domain.buyer import ID_DOC_TYPES, BuyerData, clean_buyer
from pos.domain.errors import Code, ValidationErrors
from pos.domain.minimization import BUYER_FIELDS, Requirements
from ui.i18n import label, parse_date
from ui.messages import field_message
from ui.widgets.common import FieldRow, named

DATE_FIELDS = ("birth_date", "id_doc_issue_date")
# Two columns: short fields side by side; addresses take a whole row.
WIDE_FIELDS = ("delivery_address", "registration_address", "id_doc_issuer")


class BuyerForm(QWidget):
    """Editors for the buyer fields a sale may collect; hidden fields are never read."""

    changed = Signal()

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.setObjectName(f"{prefix}.form")
        self.rows: dict[str, FieldRow] = {}
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self._touched: set[str] = set()
        self._required: set[str] = set()
        self._one_of: set[str] = set()
        self._shown: list[str] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.grid)
        outer.addStretch(1)  # few fields stay together at the top
        for name in BUYER_FIELDS:
            editor: QLineEdit | QComboBox
            if name == "id_doc_type":
                combo = QComboBox(self)
                combo.addItem("", "")
                for doc in ID_DOC_TYPES:
                    combo.addItem(doc, doc)
                combo.currentIndexChanged.connect(lambda _i, n=name: self._left(n))
                editor = combo
            else:
                line = QLineEdit(self)
                line.editingFinished.connect(lambda n=name: self._left(n))
                line.textEdited.connect(lambda _t: self.changed.emit())
                if name in DATE_FIELDS:
                    line.setMaxLength(10)
                editor = line
            named(editor, f"{prefix}.{name}")
            self.editors[name] = editor
            row = FieldRow(f"{prefix}.{name}", editor, self)
            row.hide()
            self.rows[name] = row
        self.retranslate()

    # --- which fields -----------------------------------------------------------------------

    def configure(self, requirements: Requirements, held: Collection[str] = ()) -> None:
        """Show the fields this sale may collect that are not held already (`held` names
        them: a cashier's view of a buyer holds some only in masked form)."""
        have = set(held)
        self._required = set(requirements.required_fields) - have
        self._one_of = (
            {f for group in requirements.one_of for f in group}
            if not (have & {f for group in requirements.one_of for f in group})
            else set()
        )
        shown = [f for f in BUYER_FIELDS if f in requirements.allowed_fields and f not in have]
        for row in self.rows.values():
            self.grid.removeWidget(row)
            row.hide()
        r = c = 0
        for name in shown:
            row = self.rows[name]
            if name in WIDE_FIELDS:
                if c:
                    r, c = r + 1, 0
                self.grid.addWidget(row, r, 0, 1, 2)
                r += 1
            else:
                self.grid.addWidget(row, r, c)
                c += 1
                if c == 2:
                    r, c = r + 1, 0
            row.show()
        hidden = [f for f in self._shown if f not in shown]
        for name in hidden:  # a field no longer asked for keeps nothing typed in it
            self._clear_editor(name)
        self._shown = shown
        self.retranslate()

    @property
    def shown_fields(self) -> list[str]:
        return list(self._shown)

    # --- values ---------------------------------------------------------------------------

    def _raw(self, name: str) -> str:
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            return str(editor.currentData() or "")
        return editor.text().strip()

    def data(self) -> tuple[BuyerData, dict[str, str]]:
        """What is typed in the shown fields, and the fields whose text is not a date."""
        values: dict[str, Any] = {}
        bad: dict[str, str] = {}
        for name in self._shown:
            raw = self._raw(name)
            if not raw:
                continue
            if name in DATE_FIELDS:
                day = parse_date(raw)
                if day is None:
                    bad[name] = field_message(Code.BUYER_BIRTH_DATE_NOT_DATE)
                    continue
                values[name] = day
            else:
                values[name] = raw
        return BuyerData(**values), bad

    def set_values(self, data: BuyerData) -> None:
        for name in BUYER_FIELDS:
            value = getattr(data, name)
            editor = self.editors[name]
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(editor.findData(value or ""), 0))
            elif isinstance(value, dt.date):
                editor.setText(value.strftime("%d.%m.%Y"))
            else:
                editor.setText(value or "")

    def clear(self) -> None:
        """Wipe everything typed (a refusal keeps nothing)."""
        for name in BUYER_FIELDS:
            self._clear_editor(name)
        self._touched.clear()

    def _clear_editor(self, name: str) -> None:
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(0)
        else:
            editor.clear()
        self.rows[name].show_error(None)

    # --- validation -----------------------------------------------------------------------

    def _left(self, name: str) -> None:
        self._touched.add(name)
        self.check(only_touched=True)
        self.changed.emit()

    def check(self, *, only_touched: bool = False) -> dict[str, str]:
        """Validate what is typed with the domain rules; show reasons next to the fields."""
        data, errors = self.data()
        try:
            clean_buyer(data, None)
        except ValidationErrors as exc:
            for name, error in exc.errors.items():
                errors.setdefault(name, field_message(error))
        if not only_touched:
            for name in self._required:
                if name in self._shown and not self._raw(name):
                    errors.setdefault(name, field_message(Code.BUYER_FIELD_REQUIRED))
            if self._one_of and not any(self._raw(n) for n in self._one_of):
                first = next(n for n in BUYER_FIELDS if n in self._one_of)
                errors.setdefault(first, field_message(Code.BUYER_ONE_OF_MISSING))
        self.show_errors(errors, only_touched=only_touched)
        return errors

    def show_errors(self, errors: dict[str, str], *, only_touched: bool = False) -> None:
        for name in self._shown:
            if only_touched and name not in self._touched:
                continue
            self.rows[name].show_error(errors.get(name))

    def focus_first_error(self) -> None:
        for name in self._shown:
            if not self.rows[name].error.isHidden():
                self.editors[name].setFocus()
                return
        if self._shown:
            self.editors[self._shown[0]].setFocus()

    # --- texts ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for name, row in self.rows.items():
            row.set_caption(label("field", name), name in self._required)
        combo = self.editors["id_doc_type"]
        if isinstance(combo, QComboBox):
            combo.setItemText(0, self.tr("(choose)"))
            for i, doc in enumerate(ID_DOC_TYPES, start=1):
                combo.setItemText(i, label("doc", doc))
        for name in DATE_FIELDS:
            editor = self.editors[name]
            if isinstance(editor, QLineEdit):
                editor.setPlaceholderText(self.tr("DD.MM.YYYY"))
        phone = self.editors["phone"]
        if isinstance(phone, QLineEdit):
            phone.setPlaceholderText("+7 7xx xxx xx xx")
        iin = self.editors["iin"]
        if isinstance(iin, QLineEdit):
            iin.setPlaceholderText(self.tr("12 digits"))
