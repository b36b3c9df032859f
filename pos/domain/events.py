"""Outbox event types: the changes head office must see. Part of the wire protocol.

Payload keys of note: an event that erases some of a buyer's values (`buyer.updated`,
`consent.withdrawn`, `consent.expired`, `buyer.restricted`) carries `"erased"`: the names
(BuyerField values) of the fields whose value the till no longer holds, so head office
drops its copies too; a `buyer.updated` carries the replacing values, if any, in `"data"`.
`subject_request.recorded` carries the request's `kind`, `received_at`, `answered_at` and
`due` (the store's date to answer by), the buyer only by id.
"""

from __future__ import annotations

from enum import StrEnum


class EventType(StrEnum):
    POLICY_IMPORTED = "policy.imported"
    BUYER_REGISTERED = "buyer.registered"
    BUYER_UPDATED = "buyer.updated"
    BUYER_RESTRICTED = "buyer.restricted"
    BUYER_DESTROYED = "buyer.destroyed"
    CONSENT_GIVEN = "consent.given"
    CONSENT_WITHDRAWN = "consent.withdrawn"
    CONSENT_EXPIRED = "consent.expired"
    SALE_RECORDED = "sale.recorded"
    CREDIT_OPENED = "credit.opened"
    CREDIT_PAYMENT = "credit.payment"
    DISCLOSURE_RECORDED = "disclosure.recorded"
    SUBJECT_REQUEST = "subject_request.recorded"
    # One retention run's counts (no personal data), so head office sees a till that stopped.
    RETENTION_RUN = "retention.run"
    # The incident register (K14): an incident's whole state after each change (no
    # personal data), so head office holds every store's register with its deadlines.
    INCIDENT_RECORDED = "incident.recorded"
    # The cash shift (BRIEF 9.1, no personal data): opened with its float, each cash move
    # with its reason, and the close with the blind count and the Z figures
    # (pos.domain.shifts.ShiftTotals.as_dict), so head office lists a store's shifts.
    SHIFT_OPENED = "shift.opened"
    CASH_MOVED = "cash.moved"
    SHIFT_CLOSED = "shift.closed"
    # A return against a recorded sale (returns area): lines, refunds by method, the late
    # override's approver by staff id; the buyer only by id (no personal data).
    SALE_RETURNED = "sale.returned"
    # A document's fiscal result from the cash register (no personal data): fiscal sign,
    # registration number, time, total, offline flag, shift, ticket URL (issue 15).
    FISCAL_RECORDED = "fiscal.recorded"
