"""Reading credit and installment arrangements."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from pos.domain.enums import CreditStatus, Role
from pos.domain.errors import Code, NotFound
from pos.domain.views import CreditView
from pos.services.context import Action, ServiceContext
from pos.services.lookups import credit_view
from pos.storage.models import CreditArrangement


def list_credits(
    ctx: ServiceContext, *, buyer_id: uuid.UUID | None = None, active_only: bool = False
) -> list[CreditView]:
    ctx.actor.require(Role.SALES_MANAGER, Action.CREDIT_LIST)
    with ctx.db.read_session() as session:
        stmt = select(CreditArrangement).order_by(CreditArrangement.opened_at)
        if buyer_id is not None:
            stmt = stmt.where(CreditArrangement.buyer_id == buyer_id)
        if active_only:
            stmt = stmt.where(CreditArrangement.status == CreditStatus.ACTIVE.value)
        return [credit_view(c) for c in session.scalars(stmt)]


def outstanding(ctx: ServiceContext, credit_id: uuid.UUID) -> int:
    with ctx.db.read_session() as session:
        c = session.get(CreditArrangement, credit_id)
        if c is None:
            raise NotFound(Code.CREDIT_NOT_FOUND, credit_id=credit_id)
        return c.outstanding_tiyn
