"""The window says every message of the catalogue in Russian and Kazakh, with its parameters.

Every code pos, printing, sync or till can raise has a window text; the text names the
code's own parameters (leaving out only those listed here, each for a reason); Russian
and Kazakh translations are finished and keep the placeholders; and the window shows a
coded error with its parameters rendered in its language.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos.domain.codes import ENGLISH, Code
from pos.domain.consent import consent_gap
from pos.domain.enums import PaymentMethod, Role
from pos.domain.errors import Refused, message, template_fields
from pos.domain.minimization import SaleNeeds
from pos.domain.money import Money
from tests.support.driver import WAIT, activate, idle, sign_in, tick, type_text
from tests.support.tills import INSTALLMENT, TillFixture, credit_buyer, installment_sale, register
from ui.i18n import NBSP, Translations
from ui.messages import SHORT, TEXTS, field_message, line_message
from ui.operations import Lane
from ui.widgets.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = {code: ROOT / "ui" / "translations" / f"pos_{code}.ts" for code in ("ru", "kk")}
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")

# Parameters the window leaves out on purpose: what would mean nothing at the counter.
UNSHOWN: dict[Code, set[str]] = {
    Code.BUYER_NOT_FOUND: {"buyer_id"},  # a record id
    Code.BUYER_DESTROYED: {"buyer_id"},
    Code.SALE_NOT_FOUND: {"sale_id"},
    Code.CREDIT_NOT_FOUND: {"credit_id"},
    Code.CONSENT_NOT_FOUND: {"consent_id"},
    Code.REQUEST_NOT_FOUND: {"request_id"},
    Code.PRINT_JOB_NOT_FOUND: {"job_id"},
    Code.PRINT_JOB_NOT_WAITING: {"job_id", "status"},
    Code.WITHDRAWAL_REFUSED: {"blocker"},  # the blocker code is for the record
    Code.ROLE_NEEDED: {"action"},  # the refused action is on the screen already
    Code.SALE_NEEDS_BUYER: {"kind"},  # the payment chosen is on the screen already
    Code.BUYER_DOC_TYPE: {"types"},  # stored values; the form offers the names
    Code.SETUP_CODE_FORM: {"what"},  # English words of the command line
    Code.CLI_NOT_AN_ID: {"what"},
    Code.STAFF_ONLY: {"action"},  # as ROLE_NEEDED: the action is on the screen already
}


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def test_every_code_has_a_window_text() -> None:
    assert set(TEXTS) == set(Code)
    assert set(SHORT) <= set(Code)


@pytest.mark.parametrize("code", list(Code), ids=lambda c: c.value)
def test_a_window_text_names_the_codes_parameters(code: Code) -> None:
    fields = template_fields(ENGLISH[code])
    assert UNSHOWN.get(code, set()) <= fields
    assert _placeholders(TEXTS[code]) == fields - UNSHOWN.get(code, set())
    if code in SHORT:
        assert _placeholders(SHORT[code]) <= fields


def _translations(path: Path) -> dict[str, ET.Element]:
    root = ET.parse(path).getroot()  # noqa: S314 - our own committed file
    return {
        m.findtext("source") or "": m
        for c in root.iter("context")
        if c.findtext("name") == "Messages"
        for m in c.iter("message")
    }


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_window_text_is_translated(language: str) -> None:
    committed = _translations(TS[language])
    for source in {*TEXTS.values(), *SHORT.values()}:
        assert source in committed, f"run .ci/ts_update.py and translate: {source}"
        translation = committed[source].find("translation")
        assert translation is not None and translation.get("type") is None, source
        text = translation.text or ""
        assert text.strip(), source
        assert _placeholders(text) == _placeholders(source), (source, text)


def test_no_widget_reads_an_errors_english() -> None:
    for path in sorted((ROOT / "ui").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(import re\b|from re import)", source, re.M), path
        assert "in str(" not in source, path


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[Translations]:
    """The application in Russian, as the window installs it; English again afterwards."""
    before = QLocale()
    translations = Translations()
    assert translations.install("ru")
    yield translations
    if translations._translator is not None:
        qapp.removeTranslator(translations._translator)
    QLocale.setDefault(before)


def test_parameters_are_said_in_the_windows_language(russian: Translations) -> None:
    owed = message(
        Code.CREDIT_OUTSTANDING,
        kind=PaymentMethod.INSTALLMENT.sale_type,
        bank="Halyk Bank",
        amount=Money(1_234_500),
        until=dt.date(2025, 9, 1),
    )
    blocked = Refused(Code.WITHDRAWAL_BLOCKED, obligation=owed)
    assert line_message(blocked) == (
        f"Отозвать нельзя: не погашен долг (рассрочка, Halyk Bank) — 12{NBSP}345,00{NBSP}₸, "
        "до 01.09.2025; согласие на кредит действует до погашения."
    )
    assert field_message(Code.BUYER_FIELD_REQUIRED) == "обязательно для этой продажи"
    assert line_message(RuntimeError("no personal data here")) == (
        "Что-то пошло не так; подробности в журнале кассы."
    )
    russian.install("kk")
    assert line_message(blocked).startswith(
        f"Кері қайтаруға болмайды: Halyk Bank банкіндегі бөліп төлеу өтелмеген (12{NBSP}345,00{NBSP}₸)"
    )


def test_a_refused_sale_lists_the_missing_purposes_in_the_windows_language(
    qtbot: QtBot, window: MainWindow
) -> None:
    sign_in(qtbot, window, Role.SALES_MANAGER)
    gap = consent_gap(
        [],
        set(),
        refused=False,
        policy_label="DEMO-1",
        needs=SaleNeeds(PaymentMethod.INSTALLMENT),
        today=window.state.today(),
    )
    refusal = gap.error()
    assert refusal is not None
    error: Refused = refusal

    def refuse() -> None:
        raise error

    for language, expected in (
        ("ru", "Покупатель не дал согласия на: кредит, продажа. Сначала оформите согласие."),
        ("kk", "Сатып алушы келісім бермеген: несие, сату. Алдымен келісім рәсімдеңіз."),
    ):
        window.state.set_language(language)
        window.state.ops.run(refuse, lane=Lane.READ, owner=window)  # the window's own failure path
        qtbot.waitUntil(lambda e=expected: window.sale.message.text() == e, timeout=WAIT)
        assert window.sale.message.problem


def test_a_blocked_withdrawal_states_the_amount_in_tenge_in_russian(
    qtbot: QtBot, window: MainWindow, shop: TillFixture
) -> None:
    recorded = register(shop, credit_buyer(), INSTALLMENT)
    installment_sale(shop, recorded.buyer.id, total_tiyn=1_234_500, term=6)
    window.state.set_language("ru")
    sign_in(qtbot, window, Role.SALES_MANAGER)
    qtbot.keyClick(window.sale.entry.barcode, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.rights_dialog is not None, timeout=WAIT)
    dialog = window.rights_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    activate(qtbot, dialog)
    dialog.search.field.setFocus()
    type_text(qtbot, dialog.search.field, "Ахмет")
    qtbot.waitUntil(lambda: dialog.search.results.count() == 1, timeout=WAIT)
    qtbot.keyClick(dialog.search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.buyer is not None, timeout=WAIT)
    dialog.tabs.setCurrentIndex(2)
    tick(qtbot, dialog.withdraw_tab.ticks[list(dialog.withdraw_tab.ticks)[2]])
    qtbot.waitUntil(lambda: "Отозвать нельзя" in dialog.withdraw_tab.blockers.text(), timeout=WAIT)
    idle(qtbot, window)
    reason = dialog.withdraw_tab.blockers.text()
    assert reason.startswith("Отозвать нельзя: не погашен долг (рассрочка, Halyk Bank) — ")
    assert f"12{NBSP}345,00{NBSP}₸" in reason
    assert "credit_outstanding" not in reason
    dialog.close()
