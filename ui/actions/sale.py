"""Ringing up a sale: products by barcode or name, recording the sale, printing its papers."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from pos.domain.enums import PaymentMethod
from pos.domain.errors import PosError
from pos.domain.views import ProductView, SaleView
from pos.services import catalog, sales
from pos.services.sales import NewSale
from printing.outcomes import PrintOutcome
from ui.operations import Lane
from ui.state import AppState
from ui.writes import write

log = logging.getLogger(__name__)

# How long F12 waits for the cash register before the receipt prints anyway.
F12_FISCAL_BUDGET_S = 8.0


def product_by_barcode(
    *,
    state: AppState,
    owner: QObject,
    barcode: str,
    success: Callable[[ProductView | None], None],
) -> int:
    """The product a scanned barcode names (None: unknown barcode)."""
    ctx = state.ctx()
    return state.ops.run(
        lambda: catalog.by_barcode(ctx, barcode),
        lane=Lane.READ,
        success=success,
        owner=owner,
        label="barcode",
    )


def search_products(
    *,
    state: AppState,
    owner: QObject,
    text: str,
    success: Callable[[list[ProductView]], None],
) -> int:
    ctx = state.ctx()
    return state.ops.run(
        lambda: catalog.search(ctx, text),
        lane=Lane.READ,
        success=success,
        owner=owner,
        label="product search",
    )


def finish_sale(
    *,
    state: AppState,
    owner: QObject,
    sale: NewSale,
    recorded: Callable[[SaleView], None],
    printed: Callable[[list[Any]], None],
    failure: Callable[[Exception], None],
) -> int:
    """Record the sale (one transaction with its audit, outbox, disclosure and fiscal
    document), then, on the printer lane, send it to the cash register and print the
    receipt (fiscal, or saying it is not yet fiscal when the register cannot be reached:
    the queue retries in the background) and, for credit and installment, the summary, for
    a delivery the courier's slip. A printer or register fault never undoes the sale.
    Papers are in the printer's language."""
    ctx = state.ctx()
    printer = state.printer()
    link = state.fiscal_link

    def print_papers(view: SaleView) -> list[Any]:
        try:
            # After an outage a backlog drains ahead of this sale (in order): the buyer waits
            # at most this long, then gets the not-yet-fiscal paper; the retry goes on.
            link.send_waiting(ctx, budget_s=F12_FISCAL_BUDGET_S)
        except PosError:
            log.warning("the sale waits for the cash register", exc_info=False)
        if printer is None:
            return []
        outcomes = [printer.print_receipt(view.id)]
        if view.payment_method in (PaymentMethod.CREDIT, PaymentMethod.INSTALLMENT):
            outcomes.append(printer.print_installment_summary(view.id))
        if view.delivery and view.buyer_id is not None:
            # The courier's slip: name, phone, address and items, nothing more.
            outcomes.append(printer.print_delivery_slip(view.id))
        return outcomes

    def on_recorded(view: SaleView) -> None:
        recorded(view)
        write(
            lambda: print_papers(view),
            state=state,
            owner=owner,
            success=printed,
            lane=Lane.PRINTER,
            label="sale papers",
        )

    return write(
        lambda: sales.record_sale(ctx, sale),
        state=state,
        owner=owner,
        success=on_recorded,
        failure=failure,
        label="record sale",
    )


def retry_printing(
    *, state: AppState, owner: QObject, done: Callable[[list[PrintOutcome]], None]
) -> int | None:
    """Print the papers still waiting in the queue (None: no printing in this window)."""
    printer = state.printer()
    if printer is None:
        return None
    return write(
        printer.retry_pending,
        state=state,
        owner=owner,
        success=done,
        lane=Lane.PRINTER,
        label="retry printing",
    )


def send_fiscal_waiting(*, state: AppState, owner: QObject, done: Callable[[Any], None]) -> int:
    """Send the documents waiting for the cash register, on the printer lane (the cashbox's
    one queue), as the till itself: the background retry after an outage."""
    ctx = state.till_ctx()
    return write(
        lambda: state.fiscal_link.send_waiting(ctx),
        state=state,
        owner=owner,
        success=done,
        failure=lambda _exc: done(None),
        lane=Lane.PRINTER,
        label="fiscal queue",
    )
