"""Credit at the till: the store's banks and products (the store admin's to change), and
repayments a sales manager takes, with their receipts."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from pos.domain.credit_catalogue import CreditCatalogue
from pos.domain.enums import PaymentMethod
from pos.services import credit_payments, credit_settings
from pos.services.credit_payments import CreditPaymentSlip, CreditRow
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


def list_active(
    *,
    state: AppState,
    owner: QObject,
    receipt_no: int | None,
    success: Callable[[list[CreditRow]], None],
    failure: Callable[[Exception], None],
) -> int:
    """Outstanding arrangements (sales manager), or the one of a receipt number."""
    ctx = state.ctx()
    return state.ops.run(
        lambda: credit_payments.active_credits(ctx, receipt_no),
        lane=Lane.READ,
        success=success,
        failure=failure,
        owner=owner,
        label="active credits",
    )


def pay(
    *,
    state: AppState,
    owner: QObject,
    credit_id: uuid.UUID,
    amount_tiyn: int,
    method: PaymentMethod,
    success: Callable[[CreditPaymentSlip], None],
    failure: Callable[[Exception], None],
) -> int:
    """Record a repayment (one transaction: arrangement, audit, event for head office)."""
    ctx = state.ctx()
    return write(
        lambda: credit_payments.pay(ctx, credit_id, amount_tiyn, method),
        state=state,
        owner=owner,
        success=success,
        failure=failure,
        label="credit repayment",
    )


def print_payment(
    *, state: AppState, owner: QObject, slip: CreditPaymentSlip, done: Callable[[Any], None]
) -> int:
    """The repayment's receipt for the buyer."""
    printer = state.printer()
    if printer is None:
        raise RuntimeError("no printing service in this window")
    return write(
        lambda: printer.print_credit_payment(slip),
        state=state,
        owner=owner,
        success=done,
        lane=Lane.PRINTER,
        label="repayment receipt",
    )
