"""Ringing up a sale: products by barcode or name, recording the sale, printing its papers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from pos.domain.enums import PaymentMethod
from pos.domain.views import ProductView, SaleView
from pos.services import catalog, sales
from pos.services.sales import NewSale
from ui.operations import Lane, then
from ui.state import AppState


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
    """Record the sale (one transaction with its audit, outbox and disclosure), then print
    the receipt and, for credit and installment, the summary. A printer fault never undoes
    the sale: the job stays queued. Papers are in the printer's language setting."""
    ctx = state.ctx()
    printer = state.printer()

    def print_papers(view: SaleView) -> list[Any]:
        if printer is None:
            return []
        outcomes = [printer.print_receipt(view.id)]
        if view.payment_method in (PaymentMethod.CREDIT, PaymentMethod.INSTALLMENT):
            outcomes.append(printer.print_installment_summary(view.id))
        return outcomes

    def on_recorded(view: SaleView) -> None:
        recorded(view)
        state.status_stale.emit()
        if printer is not None:
            state.ops.run(
                lambda: print_papers(view),
                lane=Lane.PRINTER,
                success=then(printed, state.status_stale.emit),
                owner=owner,
                label="sale papers",
            )

    return state.ops.run(
        lambda: sales.record_sale(ctx, sale),
        lane=Lane.WRITE,
        success=on_recorded,
        failure=failure,
        owner=owner,
        label="record sale",
    )
