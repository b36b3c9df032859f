"""The documents waiting for the cash register, as the window lists them: each with the
number a person knows it by (a sale's receipt number, a return's number)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from pos.domain.enums import Role
from pos.domain.fiscal import FiscalKind
from pos.services.context import Action, ServiceContext
from pos.services.fiscal import WAITING, FiscalView, view
from pos.storage.models import FiscalDocument, Sale, SaleReturn


@dataclass(frozen=True, slots=True)
class WaitingDocument:
    document: FiscalView
    # The sale's receipt number or the return's number; None for cash moves and reports.
    number: int | None
    amount_tiyn: int


def waiting_documents(ctx: ServiceContext) -> list[WaitingDocument]:
    """This register's documents not yet fiscalized (pending or held for a fix), oldest
    first."""
    ctx.actor.require(Role.CASHIER, Action.PRINT_RECEIPT)
    with ctx.db.read_session() as session:
        docs = list(
            session.scalars(
                select(FiscalDocument)
                .where(
                    FiscalDocument.register_id == ctx.actor.register_id,
                    FiscalDocument.state.in_(WAITING),
                )
                .order_by(FiscalDocument.seq)
            )
        )
        sale_ids = [d.subject_id for d in docs if d.kind == FiscalKind.SALE.value]
        return_ids = [d.subject_id for d in docs if d.kind == FiscalKind.RETURN.value]
        numbers: dict[object, int] = {}
        if sale_ids:
            for sale_id, receipt_no in session.execute(
                select(Sale.id, Sale.receipt_no).where(Sale.id.in_(sale_ids))
            ):
                numbers[sale_id] = receipt_no
        if return_ids:
            for return_id, return_no in session.execute(
                select(SaleReturn.id, SaleReturn.return_no).where(SaleReturn.id.in_(return_ids))
            ):
                numbers[return_id] = return_no
        return [WaitingDocument(view(d), numbers.get(d.subject_id), d.amount_tiyn) for d in docs]
