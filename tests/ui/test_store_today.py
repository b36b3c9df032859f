"""The window's "today" is the store's: consent validity and credit schedules use its zone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.storage.models import Store
from tests.support.tills import TillFixture
from ui.app import build_window
from ui.state import TillHandle

# A day and more apart: whatever the hour, their dates differ.
EAST, WEST = "Pacific/Kiritimati", "Pacific/Pago_Pago"


def test_the_windows_today_is_the_stores(qtbot: QtBot, till: TillFixture) -> None:
    with till.db.write_session() as session, session.begin():
        session.scalars(select(Store)).one().timezone = EAST
    window = build_window(TillHandle(till.paths, till.db, till.identity), language="en")
    qtbot.addWidget(window)
    try:
        assert window.state.store.timezone == EAST
        today = window.state.today()
        assert today == dt.datetime.now(ZoneInfo(EAST)).date()
        assert today != dt.datetime.now(ZoneInfo(WEST)).date()
        # The credit schedule starts on the same day the sale service will start it.
        assert window.sale.buyer.credit_panel.today() == today
    finally:
        window.shutdown()
        window.close()
