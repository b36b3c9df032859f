"""Start-up without POS_DB_KEY or a keyring entry: the key is asked for in a dialog."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from pos.services.setup import describe_till
from tests.support.tills import TEST_KEY, make_till
from till import gui as till_gui

# A start-up that leaves a timer or a thread running fails, as the window's tests do.
pytestmark = pytest.mark.usefixtures("no_dangling_qt")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    till = make_till(tmp_path / "till")
    till.db.close()
    monkeypatch.delenv("POS_DB_KEY", raising=False)
    monkeypatch.setattr(till_gui, "known_key", lambda _db: None)  # no keyring on the test box
    yield tmp_path / "till"


def _answers(
    monkeypatch: pytest.MonkeyPatch, typed: list[tuple[str, bool]]
) -> tuple[list[str], list[str]]:
    """Script the key dialog; return (dialog prompts seen, error boxes shown)."""
    prompts: list[str] = []
    errors: list[str] = []

    def get_text(_parent: object, _title: str, label: str, *_a: object) -> tuple[str, bool]:
        prompts.append(label)
        return typed.pop(0)

    def critical(_parent: object, _title: str, text: str, *_a: object) -> None:
        errors.append(text)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    return prompts, errors


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_wrong_key_is_said_in_one_line_and_asked_again(
    qapp: QApplication, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts, errors = _answers(monkeypatch, [("not-the-key", True), (TEST_KEY, True)])
    opened = till_gui.open_with_dialog(home)
    assert opened is not None
    till, key = opened
    try:
        assert key == TEST_KEY
        assert describe_till(till.context()).store_code == "ALM-01"
    finally:
        till.close()
    assert prompts == ["The till's database key:"] * 2
    assert errors == ["cannot open pos.db: wrong key, or the file is not a till database"]


def test_cancel_or_three_wrong_keys_give_up_and_leave_the_file_alone(
    qapp: QApplication, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _sha(home / "pos.db")
    _prompts, errors = _answers(monkeypatch, [("", False)])
    assert till_gui.open_with_dialog(home) is None
    assert errors == []
    _prompts, errors = _answers(monkeypatch, [("a", True), ("b", True), ("c", True)])
    assert till_gui.open_with_dialog(home) is None
    assert len(errors) == 3 and all("wrong key" in e for e in errors)
    assert _sha(home / "pos.db") == before
