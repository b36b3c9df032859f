"""Reading credit and installment arrangements."""

from __future__ import annotations

import uuid

from pos.domain.enums import Role
from pos.domain.errors import Code, NotFound
from pos.domain.views import CreditView
from pos.services.context import Action, ServiceContext
from pos.services.lookups import credit_view
from pos.storage import queries
from pos.storage.models import CreditArrangement


def list_credits(
    ctx: ServiceContext, *, buyer_id: uuid.UUID | None = None, active_only: bool = False
) -> list[CreditView]:
    ctx.actor.require(Role.SALES_MANAGER, Action.CREDIT_LIST)
    with ctx.db.read_session() as session:
        rows = queries.credits(session, buyer_id=buyer_id, active_only=active_only)
        return [credit_view(c) for c in rows]


def outstanding(ctx: ServiceContext, credit_id: uuid.UUID) -> int:
    """What a buyer still owes on a credit (a sales manager's, as the credit list)."""
    ctx.actor.require(Role.SALES_MANAGER, Action.CREDIT_LIST)
    with ctx.db.read_session() as session:
        c = session.get(CreditArrangement, credit_id)
        if c is None:
            raise NotFound(Code.CREDIT_NOT_FOUND, credit_id=credit_id)
        return c.outstanding_tiyn
