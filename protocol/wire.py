"""The wire protocol between a till and head office: JSON bodies shared by both ends.

Version 1 lives under `/v1`. A till pushes outbox events and pulls directives; head office
answers each pushed event on its own (stored, duplicate or rejected with a reason), so a
repeated batch changes nothing and one bad event never blocks the others.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

API_PREFIX = "/v1"
MAX_BATCH_EVENTS = 1000
# A policy text may be 2,000,000 characters: up to 12 MB as JSON with \u escapes.
MAX_BODY_BYTES = 16_000_000
MAX_JSON_DEPTH = 32
MAX_DIRECTIVES_PAGE = 500
SEQ_MAX = 2**63 - 1
AUTH_SCHEME = "Bearer"

ShortText = Annotated[str, Field(max_length=300)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def check_json_value(value: Any, depth: int = 0) -> None:
    """Refuse what JSON storage cannot hold: NaN/infinity, NUL, lone surrogates, deep nesting."""
    if depth > MAX_JSON_DEPTH:
        raise ValueError(f"nested deeper than {MAX_JSON_DEPTH} levels")
    if isinstance(value, str):
        _check_text(value)
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        if abs(value) > SEQ_MAX:
            raise ValueError("a number is out of the 64-bit range")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("NaN and infinity are not JSON numbers")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key)
            check_json_value(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            check_json_value(item, depth + 1)
    else:
        raise ValueError(f"a {type(value).__name__} is not a JSON value")


def _check_text(text: str) -> None:
    if "\x00" in text:
        raise ValueError("text holds a NUL character")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text is not valid Unicode (lone surrogate)") from None


# --- push -----------------------------------------------------------------------------


class WireEvent(_Model):
    """One outbox event as the till sends it."""

    id: uuid.UUID
    register_id: uuid.UUID
    seq: int = Field(ge=1, le=SEQ_MAX)
    # A plain string, not the enum: a type head office does not know yet is answered
    # `rejected` for that event alone, not a 422 for the whole batch.
    type: str = Field(min_length=1, max_length=64)
    payload: dict[str, Any]
    buyer_id: uuid.UUID | None = None
    created_at: AwareDatetime

    @field_validator("payload")
    @classmethod
    def _payload_is_storable(cls, value: dict[str, Any]) -> dict[str, Any]:
        check_json_value(value)
        return value

    @field_validator("type")
    @classmethod
    def _type_is_text(cls, value: str) -> str:
        _check_text(value)
        return value


class PushRequest(_Model):
    """A batch of events, in sequence order per register."""

    events: list[WireEvent] = Field(min_length=1, max_length=MAX_BATCH_EVENTS)


class EventStatus(StrEnum):
    STORED = "stored"
    # The same id with the same content (compared canonically) is held already.
    DUPLICATE = "duplicate"
    REJECTED = "rejected"
    # The same id is held with different content: not acknowledged; the till keeps its
    # copy and head office keeps the case for an officer.
    CONFLICT = "conflict"


# Head office's reason for an event whose (register, seq) another event already holds: a
# till restored from a copy reuses numbers it had given before. Shared wording, so the till
# can tell this rejection from the others and number those events afresh.
SEQ_TAKEN_PREFIX = "sequence number "
SEQ_TAKEN_SUFFIX = " of this register is already used by another event"


def seq_taken_reason(seq: int) -> str:
    return f"{SEQ_TAKEN_PREFIX}{seq}{SEQ_TAKEN_SUFFIX}"


def is_seq_taken(reason: str | None) -> bool:
    """Whether a rejection says the event's sequence number is taken by another event."""
    if not reason:
        return False
    return reason.startswith(SEQ_TAKEN_PREFIX) and reason.endswith(SEQ_TAKEN_SUFFIX)


class EventResult(_Model):
    id: uuid.UUID
    status: EventStatus
    reason: str | None = None

    @property
    def acknowledged(self) -> bool:
        """Head office holds this event: the till may mark it sent."""
        return self.status in (EventStatus.STORED, EventStatus.DUPLICATE)


class RegisterStatus(_Model):
    """What head office holds of one register's sequence."""

    register_id: uuid.UUID
    max_seq: int
    stored: int
    # Sequence numbers below max_seq head office has not received (a gap).
    missing: int
    missing_ranges: list[tuple[int, int]] = Field(default_factory=list)


class PushResponse(_Model):
    results: list[EventResult]
    registers: list[RegisterStatus]

    def count(self, status: EventStatus) -> int:
        return sum(1 for r in self.results if r.status is status)


class RetentionTrigger(StrEnum):
    """What started a retention run at the till."""

    WINDOW = "window"  # the cashier window's timer (start-up, then daily)
    SYNC = "sync"  # `pos sync`, looping or once
    MANUAL = "manual"  # `pos retention run`, typed by a store admin


class RetentionRunBody(_Model):
    """The payload of a `retention.run` event: one run's counts, nothing personal."""

    run_id: uuid.UUID
    trigger: RetentionTrigger
    started_at: AwareDatetime
    finished_at: AwareDatetime
    purposes_expired: int = Field(ge=0, le=SEQ_MAX)
    buyers_destroyed: int = Field(ge=0, le=SEQ_MAX)
    buyers_kept: int = Field(ge=0, le=SEQ_MAX)
    sent_events_pruned: int = Field(default=0, ge=0, le=SEQ_MAX)
    # 0: the run finished; otherwise it stopped early, and `error` says why (English).
    errors: int = Field(ge=0, le=SEQ_MAX)
    error: ShortText | None = None


class IncidentNotificationBody(_Model):
    to: Literal["authority", "subjects"]
    at: AwareDatetime
    reference: ShortText


class IncidentBody(_Model):
    """The payload of an `incident.recorded` event: the incident's whole state after a
    change (the newest `updated_at` wins); no buyer and no personal data."""

    incident_id: uuid.UUID
    detected_at: AwareDatetime
    recorded_at: AwareDatetime
    updated_at: AwareDatetime
    what: Annotated[str, Field(min_length=1, max_length=500)]
    scope: Annotated[str, Field(max_length=500)]
    categories: list[Annotated[str, Field(max_length=32)]] = Field(max_length=20)
    people: int | None = Field(default=None, ge=0, le=SEQ_MAX)
    severity: Literal["low", "medium", "high"]
    status: Literal["draft", "open", "closed"]
    source: Literal["staff", "check", "headoffice"]
    # The store's last day to notify the authority (one business day after detection).
    authority_due: dt.date
    notifications: list[IncidentNotificationBody] = Field(max_length=50)
    closed_at: AwareDatetime | None = None


# --- the cash shift (issue 13): payloads of shift.opened, cash.moved, shift.closed --------

Tiyn = Annotated[int, Field(ge=-(10**15), le=10**15)]
MethodTotals = Annotated[dict[Annotated[str, Field(max_length=32)], Tiyn], Field(max_length=20)]


class ShiftOpenedBody(_Model):
    shift_id: uuid.UUID
    number: int = Field(ge=1, le=SEQ_MAX)
    register_id: uuid.UUID
    opened_by: uuid.UUID | None = None
    opened_at: AwareDatetime
    float_tiyn: Tiyn


class CashMovedBody(_Model):
    move_id: uuid.UUID
    shift_id: uuid.UUID
    number: int = Field(ge=1, le=SEQ_MAX)
    kind: Literal["in", "out"]
    amount_tiyn: Tiyn
    reason: Annotated[str, Field(min_length=1, max_length=200)]
    staff_id: uuid.UUID | None = None
    at: AwareDatetime


class ShiftTotalsBody(_Model):
    """The Z figures (pos.domain.shifts.ShiftTotals.as_dict); features add keys here as
    they add figures (refunds by method, VAT by rate, discounts are already there)."""

    float_tiyn: Tiyn
    sales_count: int = Field(ge=0, le=SEQ_MAX)
    sales_tiyn: Tiyn
    sales_by_method: MethodTotals
    refunds_count: int = Field(ge=0, le=SEQ_MAX)
    refunds_tiyn: Tiyn
    refunds_by_method: MethodTotals
    discounts_tiyn: Tiyn
    vat_by_rate: MethodTotals
    refund_vat_by_rate: MethodTotals = Field(default_factory=dict)
    cash_in_tiyn: Tiyn
    cash_in_count: int = Field(ge=0, le=SEQ_MAX)
    cash_out_tiyn: Tiyn
    cash_out_count: int = Field(ge=0, le=SEQ_MAX)
    # Credit repayments taken at the till (till revision 0012); absent from older tills.
    repayments_count: int = Field(default=0, ge=0, le=SEQ_MAX)
    repayments_tiyn: Tiyn = 0
    repayments_by_method: MethodTotals = Field(default_factory=dict)
    expected_cash_tiyn: Tiyn


class ShiftClosedBody(_Model):
    shift_id: uuid.UUID
    number: int = Field(ge=1, le=SEQ_MAX)
    register_id: uuid.UUID
    opened_at: AwareDatetime
    closed_at: AwareDatetime
    closed_by: uuid.UUID | None = None
    counted_tiyn: Tiyn
    expected_tiyn: Tiyn
    difference_tiyn: Tiyn
    totals: ShiftTotalsBody


class StoredEventInfo(_Model):
    """An event as head office lists it back to its own store (no payload)."""

    id: uuid.UUID
    register_id: uuid.UUID
    seq: int
    type: str
    received_at: dt.datetime


class StoredEventPage(_Model):
    events: list[StoredEventInfo]


# --- pull -----------------------------------------------------------------------------


class DirectiveKind(StrEnum):
    POLICY = "policy"
    WITHDRAWAL = "withdrawal"
    REFUSAL = "refusal"
    DESTRUCTION = "destruction"
    CATALOG = "catalog"


class PolicyBody(_Model):
    kind: Literal["policy"] = "policy"
    label: str = Field(min_length=1, max_length=64)
    effective_date: dt.date
    language: str = Field(min_length=2, max_length=8)
    text: str = Field(min_length=1)
    text_sha256: str = Field(min_length=64, max_length=64)


class WithdrawalBody(_Model):
    kind: Literal["withdrawal"] = "withdrawal"
    buyer_id: uuid.UUID
    # None: withdraw every purpose.
    purposes: list[str] | None = None
    reference: ShortText | None = None


class RefusalBody(_Model):
    kind: Literal["refusal"] = "refusal"
    buyer_id: uuid.UUID
    reference: ShortText


class DestructionBody(_Model):
    kind: Literal["destruction"] = "destruction"
    buyer_id: uuid.UUID
    reason: ShortText


class CatalogItemWire(_Model):
    """One product of a price list (pos.domain.pricelist.CatalogItem)."""

    barcodes: list[str] = Field(min_length=1, max_length=20)
    name: str = Field(min_length=1, max_length=200)
    price_tiyn: int = Field(ge=0, le=10**12)
    name_kk: str | None = Field(default=None, max_length=200)
    unit: Literal["pcs", "kg"] = "pcs"
    vat_percent: Literal[0, 12, 16] | None = None
    category: str = Field(default="general", min_length=1, max_length=100)
    code: str | None = Field(default=None, max_length=32)
    active: bool = True


class CatalogBody(_Model):
    """Part `part` of `parts` of price list `version`; prices take effect at `effective_at`."""

    kind: Literal["catalog"] = "catalog"
    version: str = Field(min_length=1, max_length=64)
    part: int = Field(ge=1)
    parts: int = Field(ge=1)
    effective_at: AwareDatetime
    items: list[CatalogItemWire] = Field(min_length=1, max_length=5000)


DirectiveBody = Annotated[
    PolicyBody | WithdrawalBody | RefusalBody | DestructionBody | CatalogBody,
    Field(discriminator="kind"),
]


class Directive(_Model):
    """An instruction from head office; its id makes applying it twice a no-op."""

    id: uuid.UUID
    seq: int
    issued_at: dt.datetime
    # "store": recorded at another store; "headoffice": issued by an officer.
    origin: Literal["store", "headoffice"]
    body: DirectiveBody


class DirectivePage(_Model):
    directives: list[Directive]
    # Pass back as `after` to get the next page; equals `after` when nothing is new.
    cursor: int
    more: bool


class DirectiveOutcome(StrEnum):
    APPLIED = "applied"
    ALREADY_APPLIED = "already_applied"
    NOT_FOUND = "not_found"
    REFUSED = "refused"
    CONFLICT = "conflict"
    INVALID = "invalid"


class DirectiveAck(_Model):
    directive_id: uuid.UUID
    register_id: uuid.UUID
    outcome: DirectiveOutcome
    detail: ShortText | None = None
    applied_at: AwareDatetime


class AckRequest(_Model):
    acks: list[DirectiveAck] = Field(min_length=1, max_length=MAX_DIRECTIVES_PAGE)


class AckResult(_Model):
    directive_id: uuid.UUID
    accepted: bool
    reason: str | None = None


class AckResponse(_Model):
    results: list[AckResult]


# --- audit anchors ---------------------------------------------------------------------

AUDIT_HASH = r"^[0-9a-f]{64}$"


class AuditPoint(_Model):
    """An entry of a till's audit chain: its number and its hash."""

    seq: int = Field(ge=0, le=SEQ_MAX)
    hash: str = Field(pattern=AUDIT_HASH)


class AnchorProof(_Model):
    """The till's entry now at the number of head office's last anchor (hash None: the
    till has no entry with that number any more)."""

    seq: int = Field(ge=0, le=SEQ_MAX)
    hash: str | None = Field(default=None, pattern=AUDIT_HASH)


class AnchorRequest(_Model):
    """A register's audit head after a sync, with proof that the anchored entry is still
    there unchanged."""

    register_id: uuid.UUID
    head: AuditPoint
    proof: AnchorProof | None = None


class AnchorVerdict(StrEnum):
    ANCHORED = "anchored"  # head office now holds this head as the register's anchor
    PROVE = "prove"  # send again with proof for `anchor` (the till's copy was older)
    BACKWARDS = "backwards"  # the chain no longer holds the anchored entry: cut or changed


class AnchorResponse(_Model):
    register_id: uuid.UUID
    verdict: AnchorVerdict
    # The anchor head office holds for this register (None: none yet).
    anchor: AuditPoint | None
    anchored_at: dt.datetime | None
    problem: str | None = None


# --- misc -----------------------------------------------------------------------------


class Health(_Model):
    status: Literal["ok", "degraded"]
    database: Literal["ok", "unavailable"]
    version: str


class ErrorBody(_Model):
    """Every 4xx/5xx answer: one line saying why."""

    detail: str
