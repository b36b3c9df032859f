"""Plain, immutable values the services hand to the UI, the printer and the CLI.

Built inside a unit of work from the database rows; never live ORM objects, so a widget
or a print job can hold one on any thread without touching the database.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pos.domain.buyer import BuyerData
from pos.domain.enums import (
    ConsentMethod,
    ConsentState,
    CreditStatus,
    DataCategory,
    PaymentMethod,
    Purpose,
    RecipientCategory,
    RequestKind,
    RequestOutcome,
    Role,
    SaleType,
)
from pos.domain.quantity import from_milli
from pos.domain.vat import by_rate


@dataclass(frozen=True, slots=True)
class StoreInfo:
    store_id: uuid.UUID
    store_code: str
    store_name: str
    timezone: str
    register_id: uuid.UUID
    register_code: str


@dataclass(frozen=True, slots=True)
class StaffInfo:
    id: uuid.UUID
    name: str
    role: Role
    active: bool = True
    has_pin: bool = True  # the built-in admin of `pos init` has none and cannot sign in


@dataclass(frozen=True, slots=True)
class ProductView:
    id: uuid.UUID
    barcode: str
    name: str
    category: str
    price_tiyn: int
    name_kk: str | None = None
    unit: str = "pcs"
    # None: the standard VAT rate of the sale's day; 0: exempt.
    vat_percent: int | None = None
    code: str | None = None
    # Scanned from a weighed-goods label: the weight on it, in grams (else None).
    label_milli: int | None = None


@dataclass(frozen=True, slots=True)
class OperatorInfo:
    """The seller (the personal data operator) as printed on every consent slip (5.9)."""

    name: str
    bin: str
    email: str
    address: str

    @property
    def contact(self) -> str:
        return f"{self.email}; {self.address}"


@dataclass(frozen=True, slots=True)
class ResponsiblePerson:
    """The person responsible for organising personal data processing (K15), as printed on
    the consent slip and in the processing register."""

    name: str
    position: str
    email: str
    phone: str


@dataclass(frozen=True, slots=True)
class PolicyInfo:
    id: uuid.UUID
    label: str
    effective_date: dt.date
    language: str
    text_sha256: str
    imported_at: dt.datetime
    source: str = "file"


@dataclass(frozen=True, slots=True)
class PurposeStatus:
    purpose: Purpose
    state: ConsentState
    policy_label: str
    since: dt.datetime
    valid_until: dt.date | None
    consent_id: uuid.UUID

    @property
    def in_force(self) -> bool:
        return self.state.allows_processing


@dataclass(frozen=True, slots=True)
class BuyerSummary:
    """One search result: enough to recognise the buyer at the counter."""

    id: uuid.UUID
    display_name: str
    masked_iin: str
    masked_phone: str
    birth_year: int | None
    reconsent_needed: bool


@dataclass(frozen=True, slots=True)
class ObligationInfo:
    """An outstanding credit or installment: it blocks withdrawing `credit` and destruction."""

    arrangement_id: uuid.UUID
    kind: SaleType
    partner_bank: str
    outstanding_tiyn: int
    last_due: dt.date | None


@dataclass(frozen=True, slots=True)
class BuyerView:
    id: uuid.UUID
    data: BuyerData
    sex: str | None
    status: str
    created_at: dt.datetime
    updated_at: dt.datetime
    purposes: tuple[PurposeStatus, ...]
    current_policy_label: str | None
    reconsent_needed: bool
    obligations: tuple[ObligationInfo, ...] = ()
    # Held fields this viewer's role sees masked (text) or not at all (dates are None):
    # pos.domain.visibility. Empty for a sales manager or a store admin.
    masked: tuple[str, ...] = ()

    @property
    def display_name(self) -> str:
        d = self.data
        return " ".join(p for p in (d.surname, d.given_name, d.patronymic) if p)

    def held_fields(self) -> set[str]:
        """The fields held for this buyer, whether or not this view shows their values."""
        return self.data.given_fields() | set(self.masked)

    def purposes_in_force(self) -> frozenset[Purpose]:
        return frozenset(p.purpose for p in self.purposes if p.in_force)


@dataclass(frozen=True, slots=True)
class SlipPurpose:
    purpose: Purpose
    ticked: bool
    required: bool
    data_categories: tuple[DataCategory, ...]
    recipients: tuple[RecipientCategory, ...]
    # None: until the purpose is achieved (Law 94-V art. 8: no longer than the purpose needs).
    valid_until: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ConsentSlipView:
    """Everything the consent slip shows; built before anything is stored (BRIEF 4.3)."""

    consent_id: uuid.UUID
    operator: OperatorInfo
    policy_label: str
    policy_effective: dt.date
    policy_sha256: str
    slip_template: str
    sale_type: SaleType
    purposes: tuple[SlipPurpose, ...]
    data_categories: tuple[DataCategory, ...]
    recipients: tuple[RecipientCategory, ...]
    cross_border: bool
    published: bool
    buyer_name: str
    masked_iin: str
    store_name: str
    store_code: str
    register_code: str
    staff_name: str
    at: dt.datetime
    timezone: str
    language: str
    method: ConsentMethod
    form_number: str | None = None
    # A reprint of the slip as it was signed (printed "COPY"); the first print is not.
    copy: bool = False
    # The responsible person (K15) when one was set at signing; slips signed before the
    # setting existed show none.
    responsible: ResponsiblePerson | None = None


@dataclass(frozen=True, slots=True)
class ConsentEventView:
    at: dt.datetime
    purpose: Purpose
    state: ConsentState
    expressed_by: str
    reference: str | None
    blocker: str | None


@dataclass(frozen=True, slots=True)
class ConsentRecordView:
    id: uuid.UUID
    policy_label: str
    policy_sha256: str
    sale_type: SaleType
    language: str
    method: ConsentMethod
    form_number: str | None
    given_at: dt.datetime
    valid_until: dt.date | None
    purposes: tuple[Purpose, ...]
    data_categories: tuple[DataCategory, ...]
    recipients: tuple[RecipientCategory, ...]
    store_code: str
    events: tuple[ConsentEventView, ...]


@dataclass(frozen=True, slots=True)
class SaleLineView:
    line_no: int
    name: str
    barcode: str | None
    category: str
    # Thousandths of the unit (pos.domain.quantity): 2 pieces = 2000, 1.234 kg = 1234.
    quantity_milli: int
    unit_price_tiyn: int
    # What the buyer pays for the line, after its discounts.
    total_tiyn: int
    unit: str = "pcs"
    name_kk: str | None = None
    vat_percent: int = 0
    vat_tiyn: int = 0
    discount_tiyn: int = 0
    receipt_discount_tiyn: int = 0
    discount_kind: str | None = None
    discount_value: int | None = None

    @property
    def quantity(self) -> Decimal:
        """The quantity in its unit (pieces, or kilograms to the gram)."""
        return from_milli(self.quantity_milli)

    @property
    def gross_tiyn(self) -> int:
        """round(quantity x unit price), before discounts."""
        return self.total_tiyn + self.discount_tiyn + self.receipt_discount_tiyn

    def name_in(self, lang: str) -> str:
        """The name in the receipt's language: Kazakh when asked and known, else Russian."""
        return (self.name_kk or self.name) if lang == "kk" else (self.name or self.name_kk or "")


@dataclass(frozen=True, slots=True)
class ScheduleItem:
    number: int
    due: dt.date
    amount_tiyn: int


@dataclass(frozen=True, slots=True)
class CreditView:
    id: uuid.UUID
    sale_id: uuid.UUID
    kind: SaleType
    partner_bank: str
    product: str
    term_months: int
    principal_tiyn: int
    down_payment_tiyn: int
    monthly_payment_tiyn: int
    outstanding_tiyn: int
    status: CreditStatus
    bank_form_reference: str | None
    opened_at: dt.datetime
    schedule: tuple[ScheduleItem, ...]
    # The product's annual rate in percent, from the store's list (None: not in it).
    annual_rate: float | None = None


@dataclass(frozen=True, slots=True)
class SaleView:
    id: uuid.UUID
    receipt_no: int
    store_name: str
    store_code: str
    register_code: str
    staff_name: str
    created_at: dt.datetime
    timezone: str
    sale_type: SaleType
    payment_method: PaymentMethod
    delivery: bool
    lines: tuple[SaleLineView, ...]
    total_tiyn: int
    tendered_tiyn: int | None
    change_tiyn: int | None
    buyer_id: uuid.UUID | None
    buyer_masked_name: str
    consent_id: uuid.UUID | None
    credit: CreditView | None = None
    # The receipt discount (tiyn), the reason of the sale's discounts, who approved them.
    discount_tiyn: int = 0
    discount_reason: str | None = None
    discount_approver_name: str | None = None
    discount_kind: str | None = None
    discount_value: int | None = None
    # Each payment of a cash/card sale (cash, card or both); none for credit/installment.
    payments: tuple[PaymentView, ...] = ()
    copy: bool = False  # printed again: the paper says COPY

    @property
    def vat_by_rate(self) -> list[tuple[int, int, int]]:
        """[(rate, total, VAT)] summed over the lines, highest rate first."""
        return by_rate((ln.vat_percent, ln.total_tiyn, ln.vat_tiyn) for ln in self.lines)

    @property
    def all_discounts_tiyn(self) -> int:
        return sum(ln.discount_tiyn + ln.receipt_discount_tiyn for ln in self.lines)

    @property
    def reference(self) -> str:
        """ "ALM-01/1/42": what the receipt's QR code holds, so a return can scan it."""
        return receipt_reference(self.store_code, self.register_code, self.receipt_no)


def receipt_reference(store_code: str, register_code: str, number: int) -> str:
    """The receipt's full name, printed under its number and in its QR code."""
    return f"{store_code}/{register_code}/{number}"


@dataclass(frozen=True, slots=True)
class PaymentView:
    method: PaymentMethod
    amount_tiyn: int
    tendered_tiyn: int | None = None
    change_tiyn: int | None = None
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class ReturnLineView:
    line_no: int  # the sale line's number
    name: str
    barcode: str | None
    quantity_milli: int  # thousandths of the unit, as sale lines keep them
    unit: str
    amount_tiyn: int


@dataclass(frozen=True, slots=True)
class ReturnView:
    """A recorded return as its paper shows it."""

    id: uuid.UUID
    return_no: int
    sale_id: uuid.UUID
    receipt: str  # the original receipt's reference
    sale_type: SaleType
    store_name: str
    store_code: str
    register_code: str
    staff_name: str
    created_at: dt.datetime
    timezone: str
    reason: str
    lines: tuple[ReturnLineView, ...]
    total_tiyn: int
    refunds: tuple[PaymentView, ...]
    credit: CreditView | None
    credit_reduction_tiyn: int
    override_name: str | None
    override_reason: str | None
    buyer_id: uuid.UUID | None
    copy: bool = False


@dataclass(frozen=True, slots=True)
class ReturnableLine:
    """A line of a sale and how much of it may still come back."""

    line_no: int
    name: str
    barcode: str | None
    quantity_milli: int  # sold, in thousandths of the unit
    returned_milli: int  # already returned
    unit: str
    unit_price_tiyn: int
    total_tiyn: int

    @property
    def left_milli(self) -> int:
        return self.quantity_milli - self.returned_milli


@dataclass(frozen=True, slots=True)
class ReturnableSale:
    sale: SaleView
    lines: tuple[ReturnableLine, ...]
    late: bool
    days: int


@dataclass(frozen=True, slots=True)
class HeldSaleView:
    id: uuid.UUID
    held_at: dt.datetime
    buyer_id: uuid.UUID | None
    lines: tuple[dict[str, object], ...]
    total_tiyn: int
    staff_name: str


@dataclass(frozen=True, slots=True)
class DisclosureView:
    id: uuid.UUID
    at: dt.datetime
    recipient_category: RecipientCategory
    recipient_name: str
    purpose: Purpose | None
    legal_basis: str | None
    data_categories: tuple[DataCategory, ...]
    sale_id: uuid.UUID | None
    # The receipt the transfer served ("ALM-01/1/42"), as printed on it; None: no sale.
    receipt: str | None = None


@dataclass(frozen=True, slots=True)
class DisclosureRegisterRow:
    """One line of the disclosure register (policy 4.3.2): who got what, when, on what basis."""

    id: uuid.UUID
    at: dt.datetime
    recipient_category: RecipientCategory
    recipient_name: str
    # Masked ("А*** Н."); empty once the buyer is destroyed (the transfer itself stays).
    buyer_masked: str
    buyer_id: uuid.UUID | None
    data_categories: tuple[DataCategory, ...]
    purpose: Purpose | None
    legal_basis: str | None
    receipt: str | None
    staff_name: str


@dataclass(frozen=True, slots=True)
class DisclosureRegister:
    rows: tuple[DisclosureRegisterRow, ...]
    timezone: str


@dataclass(frozen=True, slots=True)
class PendingDelivery:
    """A delivery sale whose parcel has not been handed to a courier yet."""

    sale_id: uuid.UUID
    receipt: str
    created_at: dt.datetime
    buyer_id: uuid.UUID
    buyer_masked: str
    total_tiyn: int


@dataclass(frozen=True, slots=True)
class SubjectRequestView:
    id: uuid.UUID
    kind: RequestKind
    received_at: dt.datetime
    answered_at: dt.datetime | None
    outcome: RequestOutcome
    detail: str | None
    reference: str | None


@dataclass(frozen=True, slots=True)
class RequestConfirmationView:
    """What the buyer takes home after a withdrawal or a written refusal."""

    request_id: uuid.UUID
    kind: RequestKind
    outcome: RequestOutcome
    buyer_name: str
    masked_iin: str
    # Purposes withdrawn (or, when refused, those that stay because of an obligation).
    purposes: tuple[Purpose, ...]
    kept_purposes: tuple[Purpose, ...]
    detail: str | None
    reference: str | None
    blocked_until: dt.date | None
    at: dt.datetime
    timezone: str
    store_name: str
    store_code: str
    register_code: str
    staff_name: str
    operator: OperatorInfo | None
    # A fulfilled withdrawal with no obligation outstanding: what only the withdrawn
    # purposes needed is erased now (nothing is "kept until the obligation is fulfilled").
    erased_now: bool = False
    # When the request destroyed the data: the numbers of the signed paper slips to destroy.
    slips_to_destroy: tuple[str, ...] = ()
    # A refused withdrawal: the outstanding obligation that blocks it (its reason on paper).
    obligation: ObligationInfo | None = None


@dataclass(frozen=True, slots=True)
class AccessReport:
    """Everything held about one buyer (policy 4.1.2, 4.2.1)."""

    generated_at: dt.datetime
    operator: OperatorInfo | None
    store_name: str
    timezone: str
    buyer: BuyerView
    consents: tuple[ConsentRecordView, ...]
    purchases: tuple[SaleView, ...]
    credits: tuple[CreditView, ...]
    disclosures: tuple[DisclosureView, ...]
    requests: tuple[SubjectRequestView, ...]
    # Returns of the buyer's sales (BRIEF 9.2: they stay under that sale's consent).
    returns: tuple[ReturnView, ...] = ()


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    return value


def to_json(view: Any, *, indent: int | None = 2) -> str:
    """A view as JSON (UUIDs and dates as strings, enums as their values)."""
    return json.dumps(_jsonable(view), ensure_ascii=False, indent=indent)
