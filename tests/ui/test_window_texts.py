"""What the window says follows its language and the session (issue 13, point 7): printer
reasons, window titles, paper widths, dates; messages re-said or cleared on a language
switch and cleared on sign-out; "No printer set"; the test print of a typed address."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from pos.domain.codes import Code
from pos.domain.enums import Role, SaleType
from pos.domain.errors import Refused
from pos.domain.money import Money
from pos.services import settings
from tests.support.driver import WAIT, activate, idle, scan, sign_in
from tests.support.printer import FakePrinter, free_port, listening, set_printer
from tests.support.tills import TillFixture
from tests.ui.test_admin import open_settings
from ui.messages import line_message
from ui.widgets.main_window import MainWindow

CABLE = "4870001000165"


def latin(text: str) -> bool:
    """True when the text holds an English word (Latin letters)."""
    return any("a" <= ch.lower() <= "z" for ch in text)


def switch(qtbot: QtBot, window: MainWindow, language: str) -> None:
    window.language_actions[language].trigger()
    qtbot.waitUntil(lambda: window.state.language == language, timeout=WAIT)
    qtbot.wait(50)  # the LanguageChange events are posted


def test_no_printer_set_is_said_so(qtbot: QtBot, window: MainWindow, shop: TillFixture) -> None:
    set_printer(shop, "")
    sign_in(qtbot, window, Role.CASHIER)
    window.status.refresh()
    qtbot.waitUntil(lambda: window.status.printer.text() == "No printer set", timeout=WAIT)
    switch(qtbot, window, "ru")
    assert window.status.printer.text() == "Принтер не задан"


def test_printer_reasons_titles_and_widths_in_russian_and_kazakh(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    set_printer(shop, f"tcp://127.0.0.1:{free_port()}")  # switched off: refused
    sign_in(qtbot, window, Role.CASHIER)
    switch(qtbot, window, "ru")
    assert QGuiApplication.applicationDisplayName() == "Касса"  # the " — Till" of titles
    scan(qtbot, window, CABLE)
    qtbot.keyClick(window.sale.entry.barcode, Qt.Key.Key_F12)
    idle(qtbot, window)
    window.status.refresh()
    qtbot.waitUntil(lambda: "очереди" in window.status.printer.text(), timeout=WAIT)
    assert not latin(window.status.printer.text())
    switch(qtbot, window, "kk")
    assert QGuiApplication.applicationDisplayName() == "Касса"
    assert "(" in window.status.printer.text()
    assert not latin(window.status.printer.text())

    # After a restart only the queue knows why: its recorded reason is said in Kazakh too.
    window.state._printer = None  # a fresh printing service, as after a restart
    window.status.refresh()
    idle(qtbot, window)
    qtbot.wait(50)
    text = window.status.printer.text()
    assert "(" in text and not latin(text), text
    switch(qtbot, window, "en")
    assert QGuiApplication.applicationDisplayName() == "Till"


def test_paper_width_and_dates_in_the_window(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    dialog = open_settings(qtbot, window)
    assert [dialog.paper.itemText(i) for i in range(2)] == ["80 mm", "58 mm"]
    switch(qtbot, window, "kk")
    assert [dialog.paper.itemText(i) for i in range(2)] == ["80 мм", "58 мм"]
    # Dates in messages: the store's DD.MM.YYYY in every language, never ISO.
    outstanding = Refused(
        Code.CREDIT_OUTSTANDING,
        kind=SaleType.CREDIT,
        bank="Halyk Bank",
        amount=Money(150_000_00),
        until=dt.date(2027, 3, 1),
    )
    assert "01.03.2027" in line_message(outstanding)
    switch(qtbot, window, "en")
    assert "01.03.2027" in line_message(outstanding)
    assert "2027-03-01" not in line_message(outstanding)


def test_messages_follow_a_language_switch_and_go_at_sign_out(
    qtbot: QtBot, window: MainWindow, shop: TillFixture, printer: FakePrinter
) -> None:
    dialog = open_settings(qtbot, window)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_result.text() == "Printed: test page.", timeout=WAIT)
    dialog.status.info("Saved.", again=lambda: dialog.tr("Saved."))
    sale_line = window.sale.message
    sale_line.info("Sale No. 1 recorded.")  # a line said without a way to say it again
    switch(qtbot, window, "ru")
    assert dialog.test_result.text() == "Напечатано: пробная страница."
    assert dialog.status.text() == "Сохранено."
    assert sale_line.text() == ""  # cleared rather than left in English

    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.settings_dialog is None, timeout=WAIT)
    activate(qtbot, window)
    sale_line.error("Не напечатано: чек.")
    window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.login, timeout=WAIT)
    assert sale_line.text() == ""  # the next person does not read it


def test_test_print_uses_the_typed_address_and_names_the_environment_printer(
    qtbot: QtBot,
    window: MainWindow,
    shop: TillFixture,
    printer: FakePrinter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with listening(free_port()) as other:
        monkeypatch.setenv("POS_PRINTER", f"{other.url}?timeout=2")
        dialog = open_settings(qtbot, window)
        assert not dialog.printer_note.isHidden()
        assert dialog.printer_note.text().startswith(
            f"POS_PRINTER is set: the till prints on {other.url},"
        )
        with listening(free_port()) as typed:
            dialog.printer_url.clear()
            qtbot.keyClicks(dialog.printer_url, typed.url)  # typed, not saved
            qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(
                lambda: dialog.test_result.text() == "Printed: test page.", timeout=WAIT
            )
            assert len(typed.wait_jobs(1)) == 1
        assert other.jobs == [] and printer.jobs == []
        assert settings.read(shop.ctx(), settings.PRINTER)["url"] == printer.url  # not saved


def test_every_paper_has_a_window_name() -> None:
    from printing.outcomes import Paper
    from ui.messages import _PAPERS

    assert set(_PAPERS) == set(Paper)


def test_a_printer_that_never_answers_status_is_said_once_in_the_window(
    qtbot: QtBot, window: MainWindow, shop: TillFixture, printer: FakePrinter
) -> None:
    printer.mode = "silent"  # a print server that relays no status answer
    set_printer(shop, printer.url, timeout=0.5)
    sign_in(qtbot, window, Role.CASHIER)
    switch(qtbot, window, "ru")
    sale = window.sale
    said = "не сообщает своё состояние"
    scan(qtbot, window, CABLE)
    qtbot.keyClick(sale.entry.barcode, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: said in sale.message.text(), timeout=WAIT)
    assert len(printer.wait_jobs(1)) == 1
    idle(qtbot, window)
    scan(qtbot, window, CABLE)
    qtbot.keyClick(sale.entry.barcode, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: len(printer.jobs) == 2, timeout=WAIT)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: "Напечатано" in sale.message.text(), timeout=WAIT)
    assert said not in sale.message.text()  # once is enough
