"""The log of buyers' requests, for head office and the regulator (no personal data)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from pos.domain.enums import Role
from pos.domain.views import SubjectRequestView
from pos.services.context import Action, ServiceContext
from pos.services.lookups import store_info
from pos.services.reports import request_view
from pos.storage.models import SubjectRequest


def list_requests(
    ctx: ServiceContext, *, kind: str | None = None, date_from: dt.date | None = None
) -> tuple[list[SubjectRequestView], str]:
    """Requests received at this store, oldest first, with the store's time zone."""
    ctx.actor.require(Role.SALES_MANAGER, Action.REQUEST_LOG)
    with ctx.db.read_session() as session:
        tz = store_info(session, ctx.actor).timezone
        stmt = select(SubjectRequest).where(SubjectRequest.store_id == ctx.actor.store_id)
        if kind:
            stmt = stmt.where(SubjectRequest.kind == kind)
        if date_from:
            stmt = stmt.where(
                SubjectRequest.received_at >= dt.datetime.combine(date_from, dt.time(), dt.UTC)
            )
        rows = session.scalars(stmt.order_by(SubjectRequest.received_at)).all()
        return [request_view(r) for r in rows], tz
