"""Credit at the till: the store's banks and products, and the store admin's changes to them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from pos.domain.credit_catalogue import CreditCatalogue
from pos.services import credit_settings
from ui.operations import Lane
from ui.state import AppState
from ui.writes import write


def load_catalogue(
    *, state: AppState, owner: QObject, success: Callable[[CreditCatalogue], None]
) -> int:
    """The banks and products (with rates) a credit sale offers."""
    ctx = state.ctx()
    return state.ops.run(
        lambda: credit_settings.catalogue(ctx),
        lane=Lane.READ,
        success=success,
        failure=lambda _exc: None,  # the panel keeps what it shows; typing by hand still works
        owner=owner,
        label="credit catalogue",
    )


def save_catalogue(
    *,
    state: AppState,
    owner: QObject,
    banks: list[str],
    products: list[dict[str, Any]],
    success: Callable[[CreditCatalogue], None],
    failure: Callable[[Exception], None],
) -> int:
    """Replace both lists (store admin; audited as a settings change)."""
    ctx = state.ctx()
    return write(
        lambda: credit_settings.set_catalogue(ctx, banks=banks, products=products),
        state=state,
        owner=owner,
        success=success,
        failure=failure,
        label="save credit catalogue",
    )
