"""The store admin's staff screen: adding staff with a PIN, roles, unlock, deactivation, and
the staff access list on paper and in a CSV file; a cashier never gets to it."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import uuid

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos.domain.codes import Code
from pos.domain.enums import Role
from pos.domain.errors import PosError
from pos.services import staff as staff_service
from printing.docs import staff_access
from printing.docs.staff_access import AccessLine, StaffAccessSheet
from printing.i18n import label as paper_label
from printing.i18n import t
from printing.layout import PAPER_COLUMNS, Cut
from tests.support.driver import (
    PINS,
    STAFF_NAMES,
    WAIT,
    activate,
    click_row,
    idle,
    sign_in,
    type_text,
)
from tests.support.escpos_decoder import GlyphReader
from tests.support.layout_check import cut_off
from tests.support.printer import FakePrinter, printout
from tests.support.tills import CASHIER_PIN, TillFixture
from tests.ui.test_accessibility import unnamed
from ui.widgets.main_window import MainWindow
from ui.widgets.staff_dialog import StaffDialog

NEW_NAME = "Дина Жаксылыкова"
NEW_PIN = "3817"


def open_staff(qtbot: QtBot, window: MainWindow) -> StaffDialog:
    """Sign in as the store admin and press Ctrl+U; the list is read."""
    sign_in(qtbot, window, Role.STORE_ADMIN)
    qtbot.keyClick(window.sale.entry.barcode, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.staff_dialog is not None, timeout=WAIT)
    dialog = window.staff_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    activate(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(dialog.rows), timeout=WAIT)
    return dialog


def table_rows(dialog: StaffDialog) -> list[list[str]]:
    return [
        [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
        for r in range(dialog.table.rowCount())
    ]


def choose(qtbot: QtBot, dialog: StaffDialog, name: str) -> None:
    """Click the person's row in the table."""
    for r in range(dialog.table.rowCount()):
        if dialog.table.item(r, 0).text() == name:
            rect = dialog.table.visualItemRect(dialog.table.item(r, 0))
            qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            chosen = dialog.chosen()
            assert chosen is not None and chosen.info.name == name
            return
    raise AssertionError(f"{name} is not in the staff table")


def close_and_sign_out(qtbot: QtBot, window: MainWindow, dialog: StaffDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.staff_dialog is None, timeout=WAIT)
    activate(qtbot, window)
    window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: window.login.ready, timeout=WAIT)


def sign_in_list(window: MainWindow) -> list[str]:
    staff_list = window.login.staff_list
    return [staff_list.item(i).text() for i in range(staff_list.count())]


def test_the_admin_adds_a_cashier_who_then_signs_in_at_this_window(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    dialog = open_staff(qtbot, window)
    # The entry is in the till menu with its key shown.
    assert window.staff_action.isVisible() and window.staff_action.shortcut().toString() == "Ctrl+U"
    assert window.staff_action in window.till_menu.actions()

    type_text(qtbot, dialog.add_name, NEW_NAME)
    assert dialog.add_role.currentData() == Role.CASHIER.value
    assert dialog.add_pin.echoMode() == dialog.add_pin.EchoMode.Password
    assert dialog.add_repeat.echoMode() == dialog.add_repeat.EchoMode.Password
    qtbot.keyClicks(dialog.add_pin, NEW_PIN)
    qtbot.keyClicks(dialog.add_repeat, "3871")  # a slip of the finger: nothing is created
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "The two PINs differ."
    assert dialog.add_pin.text() == "" and dialog.add_repeat.text() == ""

    qtbot.keyClicks(dialog.add_pin, NEW_PIN)
    qtbot.keyClicks(dialog.add_repeat, NEW_PIN)
    qtbot.keyClick(dialog.add_repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "added as cashier" in dialog.status.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: any(r[0] == NEW_NAME for r in table_rows(dialog)), timeout=WAIT)
    assert [NEW_NAME, "cashier", "active", "can sign in"] in table_rows(dialog)
    assert dialog.add_pin.text() == "" and dialog.add_name.text() == ""
    names = [s.name for s in staff_service.list_staff(shop.ctx()) if s.active]
    assert names.count(NEW_NAME) == 1

    close_and_sign_out(qtbot, window, dialog)
    assert f"{NEW_NAME} (cashier)" in sign_in_list(window)
    click_row(qtbot, window.login.staff_list, NEW_NAME)
    qtbot.keyClicks(window.login.pin, NEW_PIN)
    qtbot.keyClick(window.login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale, timeout=WAIT)
    assert window.state.staff is not None and window.state.staff.name == NEW_NAME
    assert window.state.role is Role.CASHIER
    assert not window.staff_action.isVisible()  # the new cashier has no staff screen
    idle(qtbot, window)


def test_a_trivial_pin_is_refused_in_the_window_language(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    window.state.set_language("ru")
    dialog = open_staff(qtbot, window)
    assert dialog.windowTitle() == "Сотрудники"
    before = len(staff_service.list_staff(shop.ctx()))
    type_text(qtbot, dialog.add_name, NEW_NAME)
    for pin in ("1234", "0000", "1990"):
        qtbot.keyClicks(dialog.add_pin, pin)
        qtbot.keyClicks(dialog.add_repeat, pin)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert dialog.status.problem
        assert dialog.status.text().startswith("Такой PIN подбирают первым"), dialog.status.text()
    # A reset to a trivial PIN is refused the same way, and the old PIN still works.
    choose(qtbot, dialog, STAFF_NAMES[Role.CASHIER])
    qtbot.keyClicks(dialog.new_pin, "2580")
    qtbot.keyClicks(dialog.repeat_pin, "2580")
    qtbot.mouseClick(dialog.pin_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text().startswith("Такой PIN подбирают первым")
    idle(qtbot, window)
    assert len(staff_service.list_staff(shop.ctx())) == before
    cashier = staff_service.find_staff(shop.ctx(), STAFF_NAMES[Role.CASHIER])
    assert staff_service.sign_in(shop.ctx(), cashier, CASHIER_PIN).role is Role.CASHIER


def test_deactivation_asks_naming_the_person_and_they_leave_the_sign_in_list(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    cashier = STAFF_NAMES[Role.CASHIER]
    dialog = open_staff(qtbot, window)
    choose(qtbot, dialog, cashier)

    qtbot.mouseClick(dialog.deactivate_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    assert cashier in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter takes the default: Cancel
    qtbot.waitUntil(lambda: dialog.confirm_box is None, timeout=WAIT)
    idle(qtbot, window)
    assert dialog.status.text() == "Nothing changed."
    assert [cashier, "cashier", "active", "can sign in"] in table_rows(dialog)

    qtbot.mouseClick(dialog.deactivate_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None
    yes = next(b for b in box.buttons() if b.objectName() == "staff.confirm.yes")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "was deactivated" in dialog.status.text(), timeout=WAIT)
    qtbot.waitUntil(
        lambda: [cashier, "cashier", "deactivated", "—"] in table_rows(dialog), timeout=WAIT
    )
    assert not dialog.deactivate_button.isEnabled()  # nothing more to do to a closed account

    # One's own account: the PIN can be changed here, the role and the account cannot.
    choose(qtbot, dialog, STAFF_NAMES[Role.STORE_ADMIN])
    assert dialog.pin_button.isEnabled() and dialog.self_note.isVisible()
    assert not dialog.deactivate_button.isEnabled() and not dialog.role_button.isEnabled()

    close_and_sign_out(qtbot, window, dialog)
    names = sign_in_list(window)
    assert not any(n.startswith(cashier) for n in names)
    assert f"{STAFF_NAMES[Role.SALES_MANAGER]} (sales manager)" in names


def test_the_admin_unlocks_a_cashier_locked_out_by_wrong_pins(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    cashier = STAFF_NAMES[Role.CASHIER]
    cashier_id = staff_service.find_staff(shop.ctx(), cashier)
    # A guesser waits out the 5-minute and the 1-hour lockouts; the third lasts.
    for lockout in range(3):
        later = dataclasses.replace(
            shop.ctx(), clock=lambda n=lockout: dt.datetime.now(dt.UTC) + n * dt.timedelta(hours=2)
        )
        for _ in range(5):
            with pytest.raises(PosError):
                staff_service.sign_in(later, cashier_id, "9173")
    with pytest.raises(PosError) as locked:
        staff_service.sign_in(shop.ctx(), cashier_id, CASHIER_PIN)
    assert locked.value.code is Code.SIGN_IN_LOCKED_ADMIN

    dialog = open_staff(qtbot, window)
    row = next(r for r in table_rows(dialog) if r[0] == cashier)
    assert row[3] == "locked until a store admin unlocks"
    choose(qtbot, dialog, cashier)
    assert dialog.unlock_button.isEnabled()
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "can sign in again" in dialog.status.text(), timeout=WAIT)
    qtbot.waitUntil(
        lambda: [cashier, "cashier", "active", "can sign in"] in table_rows(dialog), timeout=WAIT
    )
    assert not dialog.unlock_button.isEnabled()

    close_and_sign_out(qtbot, window, dialog)
    click_row(qtbot, window.login.staff_list, cashier)
    qtbot.keyClicks(window.login.pin, PINS[Role.CASHIER])
    qtbot.keyClick(window.login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale, timeout=WAIT)
    assert window.state.role is Role.CASHIER
    idle(qtbot, window)


def test_the_admin_unlocks_approvals_by_pin_after_wrong_manager_pins(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    from pos.services import discounts
    from pos.services.approvals import approvals_locked_until

    cashier = shop.ctx(shop.cashier)
    for _ in range(5):
        with pytest.raises(PosError):
            discounts.approver(cashier, "4815")
    assert approvals_locked_until(cashier) is not None
    dialog = open_staff(qtbot, window)
    qtbot.mouseClick(dialog.approvals_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "approve by PIN again" in dialog.status.text(), timeout=WAIT)
    assert approvals_locked_until(cashier) is None
    assert discounts.approver(cashier, PINS[Role.SALES_MANAGER]).name
    close_and_sign_out(qtbot, window, dialog)
    idle(qtbot, window)


def test_the_printed_access_list_shows_the_role_history(
    qtbot: QtBot,
    window: MainWindow,
    shop: TillFixture,
    printer: FakePrinter,
    reader: GlyphReader,
) -> None:
    manager = STAFF_NAMES[Role.SALES_MANAGER]
    dialog = open_staff(qtbot, window)
    choose(qtbot, dialog, manager)
    dialog.role.setCurrentIndex(dialog.role.findData(Role.CASHIER.value))
    qtbot.mouseClick(dialog.role_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: f"{manager} is now cashier." == dialog.status.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: [manager, "cashier", "active", "can sign in"] in table_rows(dialog))

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    data = printer.wait_jobs(1)[0]
    qtbot.waitUntil(lambda: dialog.status.text() == "Printed: staff access list.", timeout=WAIT)
    paper = printout(data, reader)
    body = reader.fold(paper.squeezed())

    def on_paper(text: str) -> bool:
        return reader.fold("".join(text.split())) in body

    lang = "ru"  # the printer setting's language (not set: Russian)
    assert on_paper(t("staff_access.title", lang))
    # The manager's history, in order: added as a sales manager, then made a cashier.
    was = t("staff_access.role", lang, role=paper_label("role", Role.SALES_MANAGER, lang))
    now = t("staff_access.role", lang, role=paper_label("role", Role.CASHIER, lang))
    at_manager = body.find(reader.fold(manager.replace(" ", "")))
    assert at_manager >= 0
    first = body.find(reader.fold(was.replace(" ", "")), at_manager)
    second = body.find(reader.fold(manager.replace(" ", "")), first)
    assert 0 <= first < second
    assert body.find(reader.fold(now.replace(" ", "")), second) > second
    assert on_paper(t("staff_access.by", lang, who=STAFF_NAMES[Role.STORE_ADMIN]))
    assert on_paper(t("staff_access.system", lang))  # the till created its first admin
    assert on_paper(f"{t('staff_access.printed_by', lang)}: {STAFF_NAMES[Role.STORE_ADMIN]}")
    assert paper.kinds[-1] == "cut"


def test_the_access_list_exports_as_csv_under_exports(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    dialog = open_staff(qtbot, window)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "exports folder" in dialog.status.text(), timeout=WAIT)
    files = sorted(shop.paths.exports.glob("staff-access-*.csv"))
    assert len(files) == 1 and files[0].name in dialog.status.text()
    with files[0].open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["from (UTC)", "staff id", "name", "role", "changed by"]
    by_name = {r[2]: r for r in rows[1:]}
    assert by_name[STAFF_NAMES[Role.CASHIER]][3] == "cashier"
    assert by_name[STAFF_NAMES[Role.CASHIER]][4] == STAFF_NAMES[Role.STORE_ADMIN]
    assert by_name[STAFF_NAMES[Role.STORE_ADMIN]][4] == "till"
    assert all(dt.datetime.fromisoformat(r[0]).tzinfo is not None for r in rows[1:])


def test_a_cashier_never_sees_the_staff_screen(qtbot: QtBot, window: MainWindow) -> None:
    for role in (Role.CASHIER, Role.SALES_MANAGER):
        sign_in(qtbot, window, role)
        assert not window.staff_action.isVisible() and not window.staff_action.isEnabled()
        visible = [a for a in window.till_menu.actions() if a.isVisible()]
        assert window.staff_action not in visible
        qtbot.keyClick(window.sale.entry.barcode, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
        window.open_staff()  # even called directly, nothing opens
        assert window.staff_dialog is None
        window.sign_out_action.trigger()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.login, timeout=WAIT)


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
@pytest.mark.parametrize("paper_mm", [58, 80])
def test_the_access_list_fits_58_and_80_mm_in_every_language(lang: str, paper_mm: int) -> None:
    at = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
    someone = uuid.uuid4()
    sheet = StaffAccessSheet(
        store_name="Магазин на Абая",
        store_code="ALM-01",
        register_code="1",
        staff_name="Store admin",
        at=at,
        timezone="Asia/Almaty",
        lines=(
            AccessLine(at, uuid.uuid4(), "Store admin", Role.STORE_ADMIN, ""),
            AccessLine(at, someone, "Ерлан Менеджер", Role.SALES_MANAGER, "Store admin"),
            AccessLine(at, someone, "Ерлан Менеджер", None, "Store admin"),
        ),
    )
    columns = PAPER_COLUMNS[paper_mm]
    document = staff_access.build(sheet, lang, columns)
    lines = document.lines()
    assert all(len(line) <= columns for line in lines)
    text = "\n".join(lines)
    assert t("staff_access.closed", lang) in text
    assert paper_label("role", Role.SALES_MANAGER, lang) in " ".join(text.split())
    assert isinstance(document.blocks[-1], Cut)


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_staff_screen_is_named_and_nothing_is_cut_off(
    qtbot: QtBot, window: MainWindow, lang: str
) -> None:
    window.resize(1024, 768)
    window.state.set_language(lang)
    dialog = open_staff(qtbot, window)
    choose(qtbot, dialog, STAFF_NAMES[Role.CASHIER])
    assert unnamed(dialog) == []
    assert cut_off(dialog) == []
    idle(qtbot, window)
