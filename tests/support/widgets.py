"""Widgets built alone (napari's and Vorta's widget tier): the session the window would
hold, over a real till, and a staff member signed in on it without the sign-in screen."""

from __future__ import annotations

from pos.domain.enums import Role
from pos.domain.views import StaffInfo
from pos.services.context import ServiceContext
from pos.services.setup import describe_till
from tests.support.driver import STAFF_NAMES
from tests.support.tills import TillFixture
from till.gui import default_printer_factory
from ui.operations import Operations
from ui.state import AppState, TillHandle


def make_state(till: TillFixture, *, printing: bool = True, language: str = "en") -> AppState:
    """The window's session: the till, the ops lanes, printing as `pos gui` wires it (or
    none). The caller shuts its ops down (`state.ops.shutdown()`)."""
    store = describe_till(ServiceContext(till.db, till.identity.system_actor()))
    return AppState(
        TillHandle(till.paths, till.db, till.identity),
        Operations(),
        store=store,
        printer_factory=default_printer_factory() if printing else None,
        language=language,
    )


def sign_in(state: AppState, till: TillFixture, role: Role) -> None:
    """The till's cashier or sales manager signed in (the PIN check is the login's test)."""
    actor = till.cashier if role is Role.CASHIER else till.manager
    assert actor.staff_id is not None
    state.sign_in(actor, StaffInfo(actor.staff_id, STAFF_NAMES[role], role))
