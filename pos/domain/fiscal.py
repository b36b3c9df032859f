"""The fiscal port: what the till needs from any cloud cash register (KKM), in its own terms.

An adapter (package `fiscal`: Webkassa, training) turns these into one service's calls.
Nothing here knows a wire shape; the service's error numbers map to `FiscalProblem`
kinds through `PROBLEMS` (FISCAL.md's error table), and each kind has a code the window
and the CLI show. Money is integer tiyn, times are UTC.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from pos.domain.errors import Code, PosError


class FiscalKind(StrEnum):
    """A fiscal document's kind (stored in `fiscal_documents.kind`)."""

    SALE = "sale"
    RETURN = "return"
    CASH_IN = "cash_in"
    CASH_OUT = "cash_out"
    X_REPORT = "x_report"
    Z_REPORT = "z_report"
    SHIFT_STATUS = "shift_status"


class FiscalState(StrEnum):
    """Where a document is in its cashbox's queue."""

    PENDING = "pending"  # stored, not yet known fiscalized; the drain sends or looks it up
    DONE = "done"  # the fiscal result is stored with it
    FAILED = "failed"  # refused (validation, sequence): kept, retried only after a fix
    TRAINING = "training"  # made in training mode: never fiscal, never sent
    # A cash out the KKM refused for want of cash in its box (8): it never happened, is
    # kept for the audit and head office, and counts in no figure (pos.services.shifts).
    REFUSED = "refused"


class Provider(StrEnum):
    WEBKASSA = "webkassa"
    TRAINING = "training"


class Problem(StrEnum):
    """What went wrong, by what the till must do about it (FISCAL.md's error table)."""

    SETTINGS = "settings"  # 1, 3, 4, 5: login, rights, cashbox access
    TOKEN_EXPIRED = "token_expired"  # noqa: S105  # 2: handled inside the adapter (one re-authorization)
    CASHBOX = "cashbox"  # 6, 7, 10: not found, blocked, not activated
    NOT_ENOUGH_CASH = "not_enough_cash"  # 8
    INVALID = "invalid"  # 9: validation or broken sequence
    SHIFT_TOO_LONG = "shift_too_long"  # 11
    NO_SHIFT = "no_shift"  # 12, 13, 15
    DUPLICATE = "duplicate"  # 14: already fiscalized under this external number
    OFFLINE_TOO_LONG = "offline_too_long"  # 18
    UNKNOWN_DOCUMENT = "unknown_document"  # 19: never fiscalized
    UNREACHABLE = "unreachable"  # timeout, refused connection, lost answer, 5xx, 505
    OTHER = "other"  # a code FISCAL.md does not list


# The service's number for "not enough cash in the box": a refused cash out keeps it.
KKM_NOT_ENOUGH_CASH = 8

PROBLEMS: dict[int, Problem] = {
    1: Problem.SETTINGS,
    2: Problem.TOKEN_EXPIRED,
    3: Problem.SETTINGS,
    4: Problem.SETTINGS,
    5: Problem.SETTINGS,
    6: Problem.CASHBOX,
    7: Problem.CASHBOX,
    KKM_NOT_ENOUGH_CASH: Problem.NOT_ENOUGH_CASH,
    9: Problem.INVALID,
    10: Problem.CASHBOX,
    11: Problem.SHIFT_TOO_LONG,
    12: Problem.NO_SHIFT,
    13: Problem.NO_SHIFT,
    14: Problem.DUPLICATE,
    15: Problem.NO_SHIFT,
    18: Problem.OFFLINE_TOO_LONG,
    19: Problem.UNKNOWN_DOCUMENT,
    505: Problem.UNREACHABLE,
}

PROBLEM_CODE: dict[Problem, Code] = {
    Problem.SETTINGS: Code.FISCAL_SETTINGS,
    Problem.TOKEN_EXPIRED: Code.FISCAL_SETTINGS,
    Problem.CASHBOX: Code.FISCAL_CASHBOX,
    Problem.NOT_ENOUGH_CASH: Code.FISCAL_NOT_ENOUGH_CASH,
    Problem.INVALID: Code.FISCAL_INVALID,
    Problem.SHIFT_TOO_LONG: Code.FISCAL_SHIFT_TOO_LONG,
    Problem.NO_SHIFT: Code.FISCAL_NO_SHIFT,
    Problem.DUPLICATE: Code.FISCAL_DUPLICATE,
    Problem.OFFLINE_TOO_LONG: Code.FISCAL_OFFLINE_TOO_LONG,
    Problem.UNKNOWN_DOCUMENT: Code.FISCAL_UNKNOWN_DOCUMENT,
    Problem.UNREACHABLE: Code.FISCAL_UNREACHABLE,
    Problem.OTHER: Code.FISCAL_OTHER,
}

# Problems after which the same document may simply be tried again later.
TRANSIENT = frozenset({Problem.UNREACHABLE})
# Problems a person must fix; the document is kept and not retried until then.
NEEDS_FIX = frozenset({Problem.INVALID, Problem.NOT_ENOUGH_CASH})


class FiscalFault(PosError):
    """The cash register service refused or could not be reached.

    `kkm_code` is the service's own number (0 when there was no answer); the reason the
    service gave is kept apart (`detail`), as it may echo the document."""

    def __init__(
        self,
        problem: Problem,
        kkm_code: int = 0,
        detail: str = "",
        *,
        cash_in_box_tiyn: int | None = None,
    ) -> None:
        super().__init__(PROBLEM_CODE[problem], kkm=kkm_code)
        self.problem = problem
        self.kkm_code = kkm_code
        self.detail = detail
        # 8 (not enough cash): what the box holds, when the service's answer says it.
        self.cash_in_box_tiyn = cash_in_box_tiyn


def problem_for(kkm_code: int) -> Problem:
    return PROBLEMS.get(kkm_code, Problem.OTHER)


class PaymentKind(StrEnum):
    CASH = "cash"
    CARD = "card"
    MOBILE = "mobile"


class Unit(StrEnum):
    PIECE = "piece"
    KILOGRAM = "kg"


@dataclass(frozen=True, slots=True)
class Position:
    """One receipt line. `quantity_milli` is thousandths (a piece = 1000, a gram = 1)."""

    name: str
    code: str
    quantity_milli: int
    unit: Unit
    price_tiyn: int  # per unit
    total_tiyn: int  # after discount
    discount_tiyn: int = 0
    vat_percent: int | None = None  # None: no VAT

    @property
    def vat_tiyn(self) -> int:
        """VAT included in the line: total x rate / (100 + rate), rounded half up."""
        if not self.vat_percent:
            return 0
        return (self.total_tiyn * self.vat_percent * 2 + (100 + self.vat_percent)) // (
            2 * (100 + self.vat_percent)
        )


@dataclass(frozen=True, slots=True)
class Payment:
    kind: PaymentKind
    amount_tiyn: int


@dataclass(frozen=True, slots=True)
class Customer:
    """Buyer contact sent to the KKM, only under a consent covering that recipient."""

    xin: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True)
class FiscalResult:
    """What the KKM answered for a receipt or cash move; stored with the document."""

    fiscal_sign: str
    registration_number: str
    at: dt.datetime
    total_tiyn: int
    offline: bool
    shift_number: int
    ticket_url: str = ""
    order_number: int | None = None
    factory_number: str = ""
    ofd_name: str = ""
    ofd_host: str = ""
    cash_in_box_tiyn: int | None = None  # money operations: the cash now in the box


@dataclass(frozen=True, slots=True)
class FiscalRequest:
    """One document to fiscalize. `external_id` is the till's own id (ExternalCheckNumber)."""

    kind: FiscalKind
    external_id: str
    positions: tuple[Position, ...] = ()
    payments: tuple[Payment, ...] = ()
    change_tiyn: int = 0
    amount_tiyn: int = 0  # cash in / out
    basis: FiscalResult | None = None  # a return's original
    customer: Customer | None = None

    @property
    def total_tiyn(self) -> int:
        if self.kind in (FiscalKind.CASH_IN, FiscalKind.CASH_OUT):
            return self.amount_tiyn
        return sum(p.total_tiyn for p in self.positions)


@dataclass(frozen=True, slots=True)
class FiscalReport:
    """An X or Z report as the KKM keeps it (Z closes the KKM's shift)."""

    report_number: int
    shift_number: int
    opened_at: dt.datetime | None
    at: dt.datetime
    document_count: int
    sold_tiyn: int
    returned_tiyn: int
    cash_in_tiyn: int
    cash_out_tiyn: int
    cash_in_box_tiyn: int
    sales_by_payment: dict[str, int] = field(default_factory=dict)


class FiscalPort(Protocol):
    """A cloud KKM. Every method blocks (network): call it off the GUI thread."""

    provider: Provider
    cashbox: str

    def send(self, request: FiscalRequest) -> FiscalResult:
        """Fiscalize one document; raises FiscalFault."""
        ...

    def lookup(self, external_id: str) -> FiscalResult | None:
        """The stored receipt for our id; None when the KKM has none (never fiscalized)."""
        ...

    def report(self, kind: FiscalKind) -> FiscalReport:
        """An X report, or a Z report that closes the shift."""
        ...

    def close(self) -> None: ...
