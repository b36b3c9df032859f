"""Discounts on a sale: the reason, the store's limit, a sales manager's approval above it.

`pos.domain.discounts` computes what a discount takes off; this module decides whether
the sale may have it. Used by `sales.record_sale_in` (the window, `pos sale new
--discount`) and by the window's discount dialog to check a manager's PIN before the sale.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from pos.domain.discounts import MAX_REASON, format_percent, needs_approval, share_in_hundredths
from pos.domain.enums import Role
from pos.domain.errors import Code, Refused, ValidationError
from pos.domain.names import tidy_name
from pos.domain.pricing import PricedSale
from pos.domain.references import personal_number
from pos.services import settings
from pos.services.approvals import Approver, approve, approve_in
from pos.services.context import Action, ServiceContext
from pos.services.uow import UnitOfWork
from pos.storage.models import Staff

# Approver too: the window's discount dialog names the approver's type from here.
__all__ = ["Approval", "Approver", "approver", "check_discounts", "clean_reason", "limit"]


@dataclass(frozen=True, slots=True)
class Approval:
    reason: str | None = None
    approver_id: uuid.UUID | None = None
    approver_name: str | None = None


def clean_reason(text: str | None) -> str:
    """The reason as kept and printed; refused empty, too long, or holding what looks like
    an IIN or a phone (it is printed on the receipt and sent to head office)."""
    reason = tidy_name(text or "")
    if not reason:
        raise ValidationError(Code.DISCOUNT_REASON_MISSING, field="reason")
    if len(reason) > MAX_REASON or personal_number(reason):
        raise ValidationError(Code.DISCOUNT_REASON_INVALID, field="reason", n=MAX_REASON)
    return reason


def limit(ctx: ServiceContext) -> int:
    """The store's limit in hundredths of a percent (any signed-in staff may read it)."""
    with ctx.db.read_session() as session:
        return settings.discount_limit(session)


def approver(ctx: ServiceContext, pin: str) -> Approver:
    """Who a sales manager's PIN belongs to, checked before the sale is recorded (the
    window shows their name); refused alike for a wrong PIN and a cashier's PIN."""
    # Only a signed-in person asks: the till itself never tries PINs.
    ctx.actor.require_staff(Role.CASHIER, Action.RECORD_SALE)
    # Wrong PINs count toward the store's approval lockout (pos.services.approvals).
    return approve(ctx, pin, Code.DISCOUNT_APPROVER_WRONG)


def _largest_share(priced: PricedSale, limit_hundredths: int) -> int | None:
    """The largest share any discount of the sale takes above the limit, or None."""
    worst: int | None = None
    for line in priced.lines:
        if needs_approval(line.discount_tiyn, line.gross_tiyn, limit_hundredths):
            share = share_in_hundredths(line.discount_tiyn, line.gross_tiyn)
            worst = share if worst is None else max(worst, share)
    cut, base = priced.receipt_discount_tiyn, priced.subtotal_tiyn
    if needs_approval(cut, base, limit_hundredths):
        share = share_in_hundredths(cut, base)
        worst = share if worst is None else max(worst, share)
    return worst


def check_discounts(
    uow: UnitOfWork, priced: PricedSale, reason_text: str | None, approver_pin: str | None
) -> Approval:
    """The reason and approval of a sale's discounts; refuses what is not allowed."""
    if priced.discount_tiyn == 0:
        return Approval()
    reason = clean_reason(reason_text)
    limit_hundredths = settings.discount_limit(uow.session)
    worst = _largest_share(priced, limit_hundredths)
    if worst is None:
        return Approval(reason)
    actor = uow.actor
    if actor.staff_id is not None and actor.role.allows(Role.SALES_MANAGER):
        # A sales manager ringing up the sale approves it themselves.
        own = uow.session.get(Staff, actor.staff_id)
        name = own.name if own is not None else ""
        uow.audit("discount.approved", {"staff": actor.staff_id}, ["self"])
        return Approval(reason, actor.staff_id, name)
    if not approver_pin:
        raise Refused(
            Code.DISCOUNT_NEEDS_APPROVAL,
            field="discount",
            share=format_percent(worst),
            limit=format_percent(limit_hundredths),
        )
    # A wrong PIN raises WrongApproverPin: `record_sale` counts it once this unit rolls back.
    staff = approve_in(uow, approver_pin, Code.DISCOUNT_APPROVER_WRONG)
    uow.audit("discount.approved", {"staff": staff.staff_id}, ["pin"])
    return Approval(reason, staff.staff_id, staff.name)
