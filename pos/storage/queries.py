"""Reads more than one service runs, each written once here beside the tables' models.

A service that needs one of these calls it with its own session (inside its unit of work
or read session); the rule applied to the rows stays in the service or the domain.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.domain.enums import ConsentState, CreditStatus, Purpose
from pos.storage.models import Buyer, BuyerPurpose, CreditArrangement, PolicyVersion, Store

# The consent states that allow processing, as stored (for filters in SQL).
IN_FORCE = tuple(s.value for s in ConsentState if s.allows_processing)

# --- buyers -----------------------------------------------------------------------------------


def buyer_id_by_iin(session: Session, iin: str) -> uuid.UUID | None:
    """The buyer registered under this IIN (unique), if any."""
    return session.scalar(select(Buyer.id).where(Buyer.iin == iin))


# --- buyer_purposes: one row per buyer and purpose, the consent state now --------------------


def buyer_purposes(session: Session, buyer_id: uuid.UUID) -> Sequence[BuyerPurpose]:
    """Every purpose the buyer ever consented to, in any state, by purpose."""
    return session.scalars(
        select(BuyerPurpose).where(BuyerPurpose.buyer_id == buyer_id).order_by(BuyerPurpose.purpose)
    ).all()


def purposes_in_force(session: Session, buyer_id: uuid.UUID) -> dict[Purpose, BuyerPurpose]:
    """The buyer's live consents: the purposes whose state allows processing now."""
    return {
        Purpose(r.purpose): r
        for r in buyer_purposes(session, buyer_id)
        if ConsentState(r.state).allows_processing
    }


# --- credit_arrangements ----------------------------------------------------------------------


def credits(
    session: Session, *, buyer_id: uuid.UUID | None = None, active_only: bool = False
) -> Sequence[CreditArrangement]:
    """Credit and installment arrangements (of one buyer; only open ones), oldest first."""
    stmt = select(CreditArrangement).order_by(CreditArrangement.opened_at)
    if buyer_id is not None:
        stmt = stmt.where(CreditArrangement.buyer_id == buyer_id)
    if active_only:
        stmt = stmt.where(CreditArrangement.status == CreditStatus.ACTIVE.value)
    return session.scalars(stmt).all()


# --- policy_versions --------------------------------------------------------------------------


def policy_versions(session: Session, label: str) -> Sequence[PolicyVersion]:
    """The imported texts of one policy version (one per language)."""
    return session.scalars(select(PolicyVersion).where(PolicyVersion.label == label)).all()


# --- stores -----------------------------------------------------------------------------------


def stores(session: Session) -> Sequence[Store]:
    """Every store in this database."""
    return session.scalars(select(Store)).all()
