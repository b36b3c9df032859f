"""Staff (store admin): who works at this till, their roles and sign-in, and the access list.

Every change goes through the staff services (which check the role again and audit who did
it); the list is read again after each one. A PIN is typed twice, masked, and checked
before anything starts; it never stays in a field after it was used. Deactivation asks
first, naming the person, with Cancel as the default button: one Enter closes no account.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.domain.enums import Role
from pos.domain.views import StaffInfo
from printing.outcomes import PrintOutcome
from ui.actions import staff as staff_actions
from ui.actions.staff import StaffRow
from ui.i18n import label
from ui.messages import field_errors, line_message
from ui.state import AppState
from ui.widgets.common import MessageLine, named

ROLES = (Role.CASHIER, Role.SALES_MANAGER, Role.STORE_ADMIN)
COLUMNS = 4


def _pin_field(parent: QWidget, name: str) -> QLineEdit:
    field = named(QLineEdit(parent), name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(8)
    field.setValidator(QRegularExpressionValidator(r"\d{0,8}", field))
    return field


def _role_box(parent: QWidget, name: str) -> QComboBox:
    box = named(QComboBox(parent), name)
    for role in ROLES:
        box.addItem("", role.value)
    return box


class StaffDialog(QDialog):
    """The staff list on the left; what can be done to the chosen person on the right;
    adding someone below; the access list printed or exported at the bottom."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("staff")
        self.resize(960, 600)
        self.rows: list[StaffRow] = []
        self.confirm_box: QMessageBox | None = None

        self.table = named(QTableWidget(0, COLUMNS, self), "staff.table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # A long name wraps onto a second line rather than being cut.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        # Names and sign-in states share what is left and wrap; role and account fit their text.
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._chosen_changed)

        # the chosen person
        self.chosen_box = named(QGroupBox(self), "staff.chosen")
        self.chosen_name = QLabel(self.chosen_box)
        self.chosen_name.setObjectName("staff.chosen_name")
        self.chosen_name.setWordWrap(True)
        font = self.chosen_name.font()
        font.setBold(True)
        self.chosen_name.setFont(font)
        self.role = _role_box(self.chosen_box, "staff.role")
        self.role_button = named(QPushButton(self.chosen_box), "staff.change_role")
        self.new_pin = _pin_field(self.chosen_box, "staff.new_pin")
        self.repeat_pin = _pin_field(self.chosen_box, "staff.repeat_pin")
        self.pin_button = named(QPushButton(self.chosen_box), "staff.reset_pin")
        self.unlock_button = named(QPushButton(self.chosen_box), "staff.unlock")
        self.deactivate_button = named(QPushButton(self.chosen_box), "staff.deactivate")
        self.self_note = QLabel(self.chosen_box)
        self.self_note.setObjectName("staff.self_note")
        self.self_note.setWordWrap(True)
        self.self_note.hide()
        self.chosen_captions = [QLabel(self.chosen_box) for _ in range(3)]
        chosen_form = QFormLayout(self.chosen_box)
        chosen_form.addRow(self.chosen_name)
        chosen_form.addRow(self.chosen_captions[0], self.role)
        chosen_form.addRow(self.role_button)
        chosen_form.addRow(self.chosen_captions[1], self.new_pin)
        chosen_form.addRow(self.chosen_captions[2], self.repeat_pin)
        chosen_form.addRow(self.pin_button)
        chosen_form.addRow(self.unlock_button)
        chosen_form.addRow(self.deactivate_button)
        chosen_form.addRow(self.self_note)
        self.role_button.clicked.connect(self.do_change_role)
        self.pin_button.clicked.connect(self.do_reset_pin)
        self.repeat_pin.returnPressed.connect(self.do_reset_pin)
        self.unlock_button.clicked.connect(self.do_unlock)
        self.deactivate_button.clicked.connect(self.ask_deactivate)

        # adding someone
        self.add_box = named(QGroupBox(self), "staff.add_box")
        self.add_name = named(QLineEdit(self.add_box), "staff.add_name")
        self.add_name.setMaxLength(200)
        self.add_role = _role_box(self.add_box, "staff.add_role")
        self.add_pin = _pin_field(self.add_box, "staff.add_pin")
        self.add_repeat = _pin_field(self.add_box, "staff.add_repeat")
        self.add_button = named(QPushButton(self.add_box), "staff.add")
        self.add_captions = [QLabel(self.add_box) for _ in range(4)]
        add_form = QFormLayout(self.add_box)
        for caption, editor in zip(
            self.add_captions,
            (self.add_name, self.add_role, self.add_pin, self.add_repeat),
            strict=True,
        ):
            caption.setBuddy(editor)
            add_form.addRow(caption, editor)
        add_form.addRow(self.add_button)
        self.add_button.clicked.connect(self.do_add)
        self.add_repeat.returnPressed.connect(self.do_add)

        # the access list and closing
        self.status = MessageLine("staff.status", self)
        self.print_button = named(QPushButton(self), "staff.print")
        self.export_button = named(QPushButton(self), "staff.export")
        # Store-wide: wrong manager PINs typed to approve lock approvals by PIN.
        self.approvals_button = named(QPushButton(self), "staff.unlock_approvals")
        self.approvals_button.clicked.connect(self.do_unlock_approvals)
        self.close_button = named(QPushButton(self), "staff.close")
        self.close_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.do_print)
        self.export_button.clicked.connect(self.do_export)
        self.close_button.clicked.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.add_box)
        right = QVBoxLayout()
        right.addWidget(self.chosen_box)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.approvals_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(self.status)
        outer.addLayout(buttons)
        for button in (
            self.role_button,
            self.pin_button,
            self.unlock_button,
            self.deactivate_button,
            self.add_button,
            self.print_button,
            self.export_button,
            self.approvals_button,
        ):
            button.setAutoDefault(False)  # Enter in a PIN field acts on its own form only
        self.retranslate()
        self._chosen_changed()
        self.reload()

    # --- the list -----------------------------------------------------------------------------

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Read the list again (off the GUI thread), keeping `select` (or the chosen) chosen."""
        chosen = self.chosen()
        keep = select or (chosen.info.id if chosen is not None else None)
        staff_actions.load(
            state=self.state, owner=self, success=lambda rows: self._show(rows, keep)
        )

    def _show(self, rows: list[StaffRow], keep: uuid.UUID | None) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(self._cells(row)):
                item = QTableWidgetItem(text)
                if not row.info.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
        wanted = next((r for r, row in enumerate(rows) if row.info.id == keep), 0 if rows else -1)
        if wanted >= 0:
            self.table.selectRow(wanted)
        self._chosen_changed()

    def _cells(self, row: StaffRow) -> tuple[str, str, str, str]:
        s = row.info
        state = self.tr("active") if s.active else self.tr("deactivated")
        if not s.active:
            sign_in = "—"
        elif row.locked and row.locked_until is None:
            sign_in = self.tr("locked until a store admin unlocks")
        elif row.locked and row.locked_until is not None:
            local = row.locked_until.astimezone(ZoneInfo(self.state.store.timezone))
            sign_in = self.tr("locked until {time}").format(time=local.strftime("%H:%M"))
        elif not s.has_pin:
            sign_in = self.tr("no PIN: cannot sign in")
        else:
            sign_in = self.tr("can sign in")
        return s.name, label("role", s.role), state, sign_in

    def chosen(self) -> StaffRow | None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return None
        index = selected[0].row()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _chosen_changed(self) -> None:
        row = self.chosen()
        active = row is not None and row.info.active
        # One's own role and account are changed by another store admin: this session
        # keeps the role it signed in with, so a change here would not hold until sign-out.
        other = active and row is not None and row.info.id != self._me()
        pin_widgets: tuple[QWidget, ...] = (self.new_pin, self.repeat_pin, self.pin_button)
        for widget in pin_widgets:
            widget.setEnabled(active)
        account_widgets: tuple[QWidget, ...] = (self.role, self.role_button, self.deactivate_button)
        for widget in account_widgets:
            widget.setEnabled(other)
        self.unlock_button.setEnabled(active and row is not None and row.locked)
        self.self_note.setVisible(active and not other)
        if row is None:
            self.chosen_name.setText(self.tr("Choose a staff member in the list."))
            return
        self.chosen_name.setText(row.info.name)
        self.role.setCurrentIndex(max(self.role.findData(row.info.role.value), 0))

    def _me(self) -> uuid.UUID | None:
        return self.state.actor.staff_id if self.state.actor is not None else None

    # --- actions ------------------------------------------------------------------------------

    def _failed(self, error: Exception) -> None:
        errors = field_errors(error)
        self.status.error(line_message(error) if not errors else "; ".join(errors.values()))

    def do_add(self) -> None:
        name = " ".join(self.add_name.text().split())
        pin, repeat = self.add_pin.text(), self.add_repeat.text()
        self.add_pin.clear()
        self.add_repeat.clear()
        try:
            staff_actions.add(
                state=self.state,
                owner=self,
                name=name,
                role=Role(self.add_role.currentData()),
                pin=pin,
                repeat=repeat,
                success=self._added,
                failure=self._failed,
            )
        except Exception as exc:  # the PIN, refused before anything starts
            self._failed(exc)
            self.add_pin.setFocus()
            return
        self.status.info(self.tr("Adding..."))

    def _added(self, info: StaffInfo) -> None:
        self.add_name.clear()
        self.status.info(
            self.tr("{name} added as {role}; they can sign in with their PIN now.").format(
                name=info.name, role=label("role", info.role)
            )
        )
        self.reload(info.id)

    def do_change_role(self) -> None:
        row = self.chosen()
        if row is None:
            return
        role = Role(self.role.currentData())
        if role is row.info.role:
            self.status.info(self.tr("Nothing changed."))
            return
        staff_actions.change_role(
            state=self.state,
            owner=self,
            staff_id=row.info.id,
            role=role,
            success=self._role_changed,
            failure=self._failed,
        )

    def _role_changed(self, info: StaffInfo) -> None:
        self.status.info(
            self.tr("{name} is now {role}.").format(name=info.name, role=label("role", info.role))
        )
        self.reload(info.id)

    def do_reset_pin(self) -> None:
        row = self.chosen()
        if row is None:
            return
        pin, repeat = self.new_pin.text(), self.repeat_pin.text()
        self.new_pin.clear()
        self.repeat_pin.clear()
        name = row.info.name
        try:
            staff_actions.reset_pin(
                state=self.state,
                owner=self,
                staff_id=row.info.id,
                pin=pin,
                repeat=repeat,
                success=lambda _none: self._pin_set(row.info.id, name),
                failure=self._failed,
            )
        except Exception as exc:
            self._failed(exc)
            self.new_pin.setFocus()

    def _pin_set(self, staff_id: uuid.UUID, name: str) -> None:
        self.status.info(self.tr("New PIN set for {name}.").format(name=name))
        self.reload(staff_id)

    def do_unlock(self) -> None:
        row = self.chosen()
        if row is None:
            return
        name, staff_id = row.info.name, row.info.id
        staff_actions.unlock(
            state=self.state,
            owner=self,
            staff_id=staff_id,
            success=lambda _none: self._unlocked(staff_id, name),
            failure=self._failed,
        )

    def do_unlock_approvals(self) -> None:
        staff_actions.unlock_approvals(
            state=self.state,
            owner=self,
            success=lambda _none: self.status.info(
                self.tr("Sales managers can approve by PIN again.")
            ),
            failure=self._failed,
        )

    def _unlocked(self, staff_id: uuid.UUID, name: str) -> None:
        self.status.info(self.tr("{name} can sign in again.").format(name=name))
        self.reload(staff_id)

    def ask_deactivate(self) -> None:
        """Ask before closing an account, naming the person; Cancel is the default."""
        row = self.chosen()
        if row is None or not row.info.active:
            return
        box = QMessageBox(self)
        box.setObjectName("staff.confirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Deactivate a staff member"))
        box.setText(
            self.tr("Deactivate {name}? They will no longer be able to sign in.").format(
                name=row.info.name
            )
        )
        box.setInformativeText(self.tr("This cannot be undone; the history is kept."))
        yes = box.addButton(self.tr("Deactivate"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("staff.confirm.yes")
        no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        no.setObjectName("staff.confirm.no")
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        staff_id = row.info.id
        box.finished.connect(lambda _r: self._answered(box, box.clickedButton() is yes, staff_id))
        self.confirm_box = box
        box.open()

    def _answered(self, box: QMessageBox, yes: bool, staff_id: uuid.UUID) -> None:
        self.confirm_box = None
        box.deleteLater()
        if not yes:
            self.status.info(self.tr("Nothing changed."))
            return
        staff_actions.deactivate(
            state=self.state,
            owner=self,
            staff_id=staff_id,
            success=self._deactivated,
            failure=self._failed,
        )

    def _deactivated(self, info: StaffInfo) -> None:
        self.status.info(self.tr("{name} was deactivated.").format(name=info.name))
        self.reload(info.id)

    def do_print(self) -> None:
        if self.state.printer() is None:
            self.status.error(self.tr("No printing in this window."))
            return
        self.status.info(self.tr("Printing the staff access list..."))
        staff_actions.print_access_list(
            state=self.state,
            owner=self,
            language=None,  # the papers' language of the printer setting
            done=self._printed,
            failure=self._failed,
        )

    def _printed(self, outcome: PrintOutcome) -> None:
        if outcome.ok:
            self.status.info(line_message(outcome))
        else:
            self.status.error(line_message(outcome))

    def do_export(self) -> None:
        staff_actions.export_access_list(
            state=self.state, owner=self, success=self._exported, failure=self._failed
        )

    def _exported(self, path: Path) -> None:
        self.status.info(
            self.tr("The staff access list was saved to {file} in the exports folder.").format(
                file=path.name
            )
        )

    # --- texts --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Staff"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Account"), self.tr("Sign-in")]
        )
        self.table.setAccessibleName(self.tr("Staff members"))
        for r, row in enumerate(self.rows):
            for c, text in enumerate(self._cells(row)):
                item = self.table.item(r, c)
                if item is not None:
                    item.setText(text)
        self.chosen_box.setTitle(self.tr("Chosen staff member"))
        self.chosen_box.setAccessibleName(self.tr("Chosen staff member"))
        for box in (self.role, self.add_role):
            for i, role in enumerate(ROLES):
                box.setItemText(i, label("role", role))
        for caption, text in zip(
            self.chosen_captions,
            (self.tr("Role:"), self.tr("New PIN:"), self.tr("Repeat the PIN:")),
            strict=True,
        ):
            caption.setText(text)
        self.role.setAccessibleName(self.tr("Role"))
        self.new_pin.setAccessibleName(self.tr("New PIN"))
        self.repeat_pin.setAccessibleName(self.tr("Repeat the new PIN"))
        self.role_button.setText(self.tr("Change the role"))
        self.pin_button.setText(self.tr("Set the new PIN"))
        self.unlock_button.setText(self.tr("Unlock sign-in"))
        self.deactivate_button.setText(self.tr("Deactivate..."))
        self.self_note.setText(
            self.tr("Your own role and account are changed by another store admin.")
        )
        self.add_box.setTitle(self.tr("Add a staff member"))
        self.add_box.setAccessibleName(self.tr("Add a staff member"))
        for caption, text in zip(
            self.add_captions,
            (self.tr("&Name:"), self.tr("R&ole:"), self.tr("PI&N:"), self.tr("Repea&t the PIN:")),
            strict=True,
        ):
            caption.setText(text)
        self.add_name.setAccessibleName(self.tr("Name"))
        self.add_role.setAccessibleName(self.tr("Role of the new staff member"))
        self.add_pin.setAccessibleName(self.tr("PIN"))
        self.add_repeat.setAccessibleName(self.tr("Repeat the PIN"))
        for field in (self.new_pin, self.add_pin):
            field.setPlaceholderText(self.tr("4 to 8 digits"))
        self.add_button.setText(self.tr("Add"))
        self.print_button.setText(self.tr("Print the access list"))
        self.export_button.setText(self.tr("Export the access list (CSV)"))
        self.approvals_button.setText(self.tr("Unlock manager PIN approvals"))
        self.close_button.setText(self.tr("Close (Esc)"))
        for button in (
            self.role_button,
            self.pin_button,
            self.unlock_button,
            self.deactivate_button,
            self.add_button,
            self.print_button,
            self.export_button,
            self.approvals_button,
            self.close_button,
        ):
            button.setAccessibleName(button.text().replace("&", ""))
        if self.chosen() is None:
            self.chosen_name.setText(self.tr("Choose a staff member in the list."))
