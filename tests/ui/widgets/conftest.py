"""Widgets built alone over an AppState on a real till: no main window and no sign-in
screen; tests sign a staff member in on the state and assert on the widget's own state.
The leak checks of tests/ui apply here too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.tills import TillFixture
from tests.support.widgets import make_state
from ui.state import AppState


@pytest.fixture
def state(shop: TillFixture) -> Iterator[AppState]:
    """The session over the shop's till, printing to the TCP listener; its running work is
    waited for, and nothing new starts, after the test."""
    s = make_state(shop)
    yield s
    s.ops.shutdown()
