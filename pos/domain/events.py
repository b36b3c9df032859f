"""Outbox event types: the changes head office must see. Part of the wire protocol."""

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
