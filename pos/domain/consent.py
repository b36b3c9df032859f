"""What a buyer's consent lacks for a sale (BRIEF 4.2): one rule for every caller.

The sale service refuses a sale with the gap's error; the window opens the consent dialog
when a consent taken now would close the gap. Both ask the same function with the store's
"today", so they cannot disagree about an expired or stale consent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from pos.domain.enums import BuyerStatus, Purpose
from pos.domain.errors import Code, Refused
from pos.domain.minimization import BuyerField, SaleNeeds, field_list, requirements_for
from pos.domain.views import BuyerView, PurposeStatus


@dataclass(frozen=True, slots=True)
class ConsentGap:
    """What stands between a buyer's consents and data and the sale's needs."""

    # The buyer refused processing in writing: no consent can be taken.
    refused: bool
    # Needed purposes never consented to, or withdrawn or otherwise not in force.
    missing: tuple[Purpose, ...]
    # Needed purposes in force whose validity ended before today.
    expired: tuple[Purpose, ...]
    # Needed purposes in force under an older policy version than `policy_label`.
    stale: tuple[Purpose, ...]
    # The policy version in effect today (None: none is).
    policy_label: str | None
    # The buyer's newest consent names an older policy version than the current one.
    policy_changed: bool
    missing_fields: tuple[BuyerField, ...]
    # Groups of which the sale needs at least one field and the buyer holds none.
    missing_one_of: tuple[tuple[BuyerField, ...], ...]

    @property
    def asks_for_consent(self) -> bool:
        """True when a consent taken now would close the gap (a refusal never closes)."""
        return bool(
            self.missing
            or self.expired
            or self.stale
            or self.policy_changed
            or self.missing_fields
            or self.missing_one_of
        )

    def error(self) -> Refused | None:
        """Why the sale is refused, the first reason in the order the rules are checked."""
        if self.refused:
            return Refused(Code.SALE_BUYER_REFUSED)
        lacking = tuple(sorted({*self.missing, *self.expired}))
        if lacking:
            return Refused(Code.CONSENT_MISSING_PURPOSES, purposes=lacking)
        if self.stale:
            return Refused(Code.CONSENT_STALE_POLICY, label=str(self.policy_label))
        if self.missing_fields:
            return Refused(Code.CONSENT_MISSING_FIELDS, fields=self.missing_fields)
        if self.missing_one_of:
            return Refused(Code.CONSENT_MISSING_ONE_OF, fields=self.missing_one_of[0])
        return None


def policy_changed(statuses: Iterable[PurposeStatus], current_label: str | None) -> bool:
    """True when the buyer's newest consent names an older policy version than the current one."""
    in_force = [s for s in statuses if s.in_force]
    if not in_force or current_label is None:
        return False
    newest = max(in_force, key=lambda s: s.since)
    return newest.policy_label != current_label


def consent_gap(
    statuses: Iterable[PurposeStatus],
    held: Iterable[str],
    *,
    refused: bool,
    policy_label: str | None,
    needs: SaleNeeds,
    today: dt.date,
) -> ConsentGap:
    """What the buyer with these purpose states and fields held lacks for a sale with `needs`.

    `today` is the store's date: a consent valid until yesterday has expired.
    """
    states = tuple(statuses)
    requirements = requirements_for(needs)
    needed = set(requirements.required_purposes) or {Purpose.SALE}
    in_force = {s.purpose: s for s in states if s.in_force}
    missing = sorted(p for p in needed if p not in in_force)
    expired = sorted(
        p
        for p in needed
        if p in in_force and in_force[p].valid_until is not None and in_force[p].valid_until < today  # type: ignore[operator]
    )
    stale = sorted(
        p
        for p in needed
        if p in in_force and p not in expired and in_force[p].policy_label != policy_label
    )
    fields = set(held)
    return ConsentGap(
        refused=refused,
        missing=tuple(missing),
        expired=tuple(expired),
        stale=tuple(stale),
        policy_label=policy_label,
        policy_changed=policy_changed(states, policy_label),
        missing_fields=field_list(requirements.required_fields - fields),
        missing_one_of=tuple(
            field_list(group) for group in requirements.one_of if not group & fields
        ),
    )


def buyer_gap(buyer: BuyerView, needs: SaleNeeds, today: dt.date) -> ConsentGap:
    """`consent_gap` for a buyer as the window holds them."""
    return consent_gap(
        buyer.purposes,
        buyer.held_fields(),
        refused=buyer.status != BuyerStatus.ACTIVE.value,
        policy_label=buyer.current_policy_label,
        needs=needs,
        today=today,
    )
