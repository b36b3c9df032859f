"""Who the sign-in screen offers: staff who have a PIN, and a way forward when nobody does."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pytestqt.qtbot import QtBot

from pos.config import TillPaths
from pos.domain.enums import Role
from pos.services.setup import TillIdentity, create_till
from pos.services.staff import add_staff
from pos.storage.database import Database
from tests.support.tills import TEST_KEY, TillFixture
from ui.app import build_window
from ui.state import TillHandle
from ui.widgets.main_window import MainWindow


@contextmanager
def shown(
    qtbot: QtBot, paths: TillPaths, db: Database, ident: TillIdentity
) -> Iterator[MainWindow]:
    w = build_window(TillHandle(paths, db, ident), language="en", current_key=TEST_KEY)
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.login.ready, timeout=10_000)
    try:
        yield w
    finally:
        w.shutdown()
        w.close()


def test_staff_without_a_pin_are_not_offered(qtbot: QtBot, till: TillFixture) -> None:
    # make_till's admin, cashier and manager have PINs; a member added without one has none.
    add_staff(till.ctx(), "Без PIN", Role.CASHIER, None)
    with shown(qtbot, till.paths, till.db, till.identity) as w:
        qtbot.waitUntil(lambda: w.login.staff_list.count() > 0, timeout=10_000)
        names = [w.login.staff_list.item(i).text() for i in range(w.login.staff_list.count())]
        assert names == [
            "Store admin (store admin)",
            "Айгерим Кассир (cashier)",
            "Ерлан Менеджер (sales manager)",
        ]
        assert w.login.message.text() == ""


def test_a_till_nobody_can_sign_in_to_says_what_to_do(qtbot: QtBot, tmp_path: Path) -> None:
    paths = TillPaths(tmp_path)
    db, ident = create_till(paths.db, TEST_KEY, store_code="ALM-09", store_name="Новый магазин")
    try:
        with shown(qtbot, paths, db, ident) as w:
            assert w.login.staff_list.count() == 0
            assert "pos staff add NAME --role ROLE" in w.login.message.text()
    finally:
        db.close()
