"""The cash shift's rules and its X/Z figures (BRIEF 9.1). Pure: no storage, no clock.

A register sells only inside an open shift. A shift open `WARN_AFTER` is warned about; one
open `SELL_LIMIT` (24 h, the fiscal rule) may no longer sell, but may always be closed.

`shift_totals` is the one function both the X and the Z report (and head office's copy of
the Z) are built from. It takes plain figures, so each feature adds its own: a sale's
payments by method (a split payment is two), its discount and VAT by rate; refunds by
method (returns); cash moves; credit repayments taken at the till by method. Cash
expected in the drawer is
float + cash taken - cash refunded + cash repayments + cash in - cash out, where a cash
out the cash register refused (error 8) is no cash out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pos.domain.errors import Code, Refused, ValidationError
from pos.domain.references import check_reference

WARN_AFTER = dt.timedelta(hours=23)
SELL_LIMIT = dt.timedelta(hours=24)
# What one cash move or float may be: a drawer never holds 100 million tenge.
MAX_AMOUNT_TIYN = 10**10
REASON_MAX = 200
CASH = "cash"


class CashMoveKind(StrEnum):
    IN = "in"
    OUT = "out"


class ShiftAgeState(StrEnum):
    FRESH = "fresh"
    NEAR_LIMIT = "near_limit"  # warn: the shift must close soon
    EXPIRED = "expired"  # no more sales; close it


def age_state(opened_at: dt.datetime, now: dt.datetime) -> ShiftAgeState:
    age = now - opened_at
    if age >= SELL_LIMIT:
        return ShiftAgeState.EXPIRED
    if age >= WARN_AFTER:
        return ShiftAgeState.NEAR_LIMIT
    return ShiftAgeState.FRESH


def check_may_sell(opened_at: dt.datetime, number: int, now: dt.datetime) -> None:
    """Refuse a sale in a shift open 24 hours or more (closing stays allowed)."""
    if age_state(opened_at, now) is ShiftAgeState.EXPIRED:
        raise Refused(
            Code.SHIFT_EXPIRED, number=number, hours=int(SELL_LIMIT.total_seconds()) // 3600
        )


def check_amount(amount_tiyn: int, field_name: str) -> int:
    if not 0 <= amount_tiyn <= MAX_AMOUNT_TIYN:
        raise ValidationError(Code.SHIFT_AMOUNT_RANGE, field=field_name)
    return amount_tiyn


def check_reason(reason: str) -> str:
    cleaned = " ".join(reason.split())
    check_reference(cleaned, field="reason")  # a reason outlives everything: no IIN, no phone
    if not cleaned:
        raise ValidationError(Code.CASH_REASON_EMPTY, field="reason")
    if len(cleaned) > REASON_MAX:
        raise ValidationError(Code.CASH_REASON_TOO_LONG, field="reason", n=REASON_MAX)
    return cleaned


@dataclass(frozen=True, slots=True)
class SaleFigure:
    """One sale as the report counts it: what was paid by each method (after change)."""

    payments: tuple[tuple[str, int], ...]
    discount_tiyn: int = 0
    # (VAT rate label, VAT amount) for each rate the sale's lines carry.
    vat: tuple[tuple[str, int], ...] = ()
    # (VAT rate label, what the lines of that rate took, VAT included), exempt "0%" too:
    # the X/Z show the turnover of every rate, so exempt sales are not missing from them.
    turnover: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class RefundFigure:
    """One return's money back, by method (cash from the drawer, card, credit balance)."""

    refunds: tuple[tuple[str, int], ...]
    # (VAT rate label, VAT inside the money back) for each rate of the lines returned.
    vat: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class RepaymentFigure:
    """A credit or installment repayment taken at the till (not a sale: no VAT)."""

    method: str
    amount_tiyn: int


@dataclass(frozen=True, slots=True)
class MoveFigure:
    kind: CashMoveKind
    amount_tiyn: int
    # A cash out the cash register refused (not enough cash in its box): it never
    # happened, so it counts in no figure; it stays in the audit.
    refused: bool = False


@dataclass(frozen=True, slots=True)
class ShiftTotals:
    float_tiyn: int
    sales_count: int = 0
    sales_tiyn: int = 0
    sales_by_method: Mapping[str, int] = field(default_factory=dict)
    refunds_count: int = 0
    refunds_tiyn: int = 0
    refunds_by_method: Mapping[str, int] = field(default_factory=dict)
    discounts_tiyn: int = 0
    vat_by_rate: Mapping[str, int] = field(default_factory=dict)
    # What the sales took at each VAT rate (VAT included), the exempt "0%" among them.
    turnover_by_rate: Mapping[str, int] = field(default_factory=dict)
    # The VAT inside the money returned, by rate (issue 14): the shift's VAT is the
    # difference, rate by rate.
    refund_vat_by_rate: Mapping[str, int] = field(default_factory=dict)
    cash_in_tiyn: int = 0
    cash_in_count: int = 0
    cash_out_tiyn: int = 0
    cash_out_count: int = 0
    repayments_count: int = 0
    repayments_tiyn: int = 0
    repayments_by_method: Mapping[str, int] = field(default_factory=dict)

    @property
    def cash_repayments_tiyn(self) -> int:
        return self.repayments_by_method.get(CASH, 0)

    @property
    def cash_sales_tiyn(self) -> int:
        return self.sales_by_method.get(CASH, 0)

    @property
    def cash_refunds_tiyn(self) -> int:
        return self.refunds_by_method.get(CASH, 0)

    @property
    def expected_cash_tiyn(self) -> int:
        return (
            self.float_tiyn
            + self.cash_sales_tiyn
            - self.cash_refunds_tiyn
            + self.cash_repayments_tiyn
            + self.cash_in_tiyn
            - self.cash_out_tiyn
        )

    @property
    def net_tiyn(self) -> int:
        return self.sales_tiyn - self.refunds_tiyn

    def as_dict(self) -> dict[str, Any]:
        """The figures as stored with the closed shift and sent to head office."""
        return {
            "float_tiyn": self.float_tiyn,
            "sales_count": self.sales_count,
            "sales_tiyn": self.sales_tiyn,
            "sales_by_method": dict(sorted(self.sales_by_method.items())),
            "refunds_count": self.refunds_count,
            "refunds_tiyn": self.refunds_tiyn,
            "refunds_by_method": dict(sorted(self.refunds_by_method.items())),
            "discounts_tiyn": self.discounts_tiyn,
            "vat_by_rate": dict(sorted(self.vat_by_rate.items())),
            "turnover_by_rate": dict(sorted(self.turnover_by_rate.items())),
            "refund_vat_by_rate": dict(sorted(self.refund_vat_by_rate.items())),
            "cash_in_tiyn": self.cash_in_tiyn,
            "cash_in_count": self.cash_in_count,
            "cash_out_tiyn": self.cash_out_tiyn,
            "cash_out_count": self.cash_out_count,
            "repayments_count": self.repayments_count,
            "repayments_tiyn": self.repayments_tiyn,
            "repayments_by_method": dict(sorted(self.repayments_by_method.items())),
            "expected_cash_tiyn": self.expected_cash_tiyn,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ShiftTotals:
        return cls(
            float_tiyn=int(d["float_tiyn"]),
            sales_count=int(d.get("sales_count", 0)),
            sales_tiyn=int(d.get("sales_tiyn", 0)),
            sales_by_method={k: int(v) for k, v in d.get("sales_by_method", {}).items()},
            refunds_count=int(d.get("refunds_count", 0)),
            refunds_tiyn=int(d.get("refunds_tiyn", 0)),
            refunds_by_method={k: int(v) for k, v in d.get("refunds_by_method", {}).items()},
            discounts_tiyn=int(d.get("discounts_tiyn", 0)),
            vat_by_rate={k: int(v) for k, v in d.get("vat_by_rate", {}).items()},
            turnover_by_rate={k: int(v) for k, v in d.get("turnover_by_rate", {}).items()},
            refund_vat_by_rate={k: int(v) for k, v in d.get("refund_vat_by_rate", {}).items()},
            cash_in_tiyn=int(d.get("cash_in_tiyn", 0)),
            cash_in_count=int(d.get("cash_in_count", 0)),
            cash_out_tiyn=int(d.get("cash_out_tiyn", 0)),
            cash_out_count=int(d.get("cash_out_count", 0)),
            repayments_count=int(d.get("repayments_count", 0)),
            repayments_tiyn=int(d.get("repayments_tiyn", 0)),
            repayments_by_method={k: int(v) for k, v in d.get("repayments_by_method", {}).items()},
        )


def _add(into: dict[str, int], key: str, amount: int) -> None:
    into[key] = into.get(key, 0) + amount


def shift_totals(
    float_tiyn: int,
    sales: Iterable[SaleFigure],
    refunds: Iterable[RefundFigure] = (),
    moves: Iterable[MoveFigure] = (),
    repayments: Iterable[RepaymentFigure] = (),
) -> ShiftTotals:
    """The X/Z figures of a shift from its float, sales, refunds, cash moves and the
    credit repayments taken in it."""
    by_method: dict[str, int] = {}
    vat: dict[str, int] = {}
    turnover: dict[str, int] = {}
    count = total = discounts = 0
    for s in sales:
        count += 1
        discounts += s.discount_tiyn
        for method, amount in s.payments:
            _add(by_method, method, amount)
            total += amount
        for rate, amount in s.vat:
            _add(vat, rate, amount)
        for rate, amount in s.turnover:
            _add(turnover, rate, amount)
    refunded: dict[str, int] = {}
    refund_vat: dict[str, int] = {}
    r_count = r_total = 0
    for r in refunds:
        r_count += 1
        for method, amount in r.refunds:
            r_total += amount
            _add(refunded, method, amount)
        for rate, amount in r.vat:
            _add(refund_vat, rate, amount)
    cin = cout = n_in = n_out = 0
    for m in moves:
        if m.refused:
            continue
        if m.kind is CashMoveKind.IN:
            cin += m.amount_tiyn
            n_in += 1
        else:
            cout += m.amount_tiyn
            n_out += 1
    repaid: dict[str, int] = {}
    p_count = p_total = 0
    for p in repayments:
        p_count += 1
        p_total += p.amount_tiyn
        _add(repaid, p.method, p.amount_tiyn)
    return ShiftTotals(
        float_tiyn=float_tiyn,
        sales_count=count,
        sales_tiyn=total,
        sales_by_method=by_method,
        refunds_count=r_count,
        refunds_tiyn=r_total,
        refunds_by_method=refunded,
        discounts_tiyn=discounts,
        vat_by_rate=vat,
        turnover_by_rate=turnover,
        refund_vat_by_rate=refund_vat,
        cash_in_tiyn=cin,
        cash_in_count=n_in,
        cash_out_tiyn=cout,
        cash_out_count=n_out,
        repayments_count=p_count,
        repayments_tiyn=p_total,
        repayments_by_method=repaid,
    )


def check_cash_out(totals: ShiftTotals, amount_tiyn: int) -> None:
    """Refuse taking out more cash than the drawer should hold."""
    if amount_tiyn > totals.expected_cash_tiyn:
        raise Refused(Code.CASH_OUT_ABOVE_DRAWER, field="amount")


@dataclass(frozen=True, slots=True)
class ShiftView:
    """A shift as the window, the command line and the X/Z documents show it."""

    id: Any  # uuid.UUID
    number: int
    store_name: str
    store_code: str
    register_code: str
    timezone: str
    opened_at: dt.datetime
    opened_by: str
    totals: ShiftTotals
    # When the figures were taken: the X report's time, or the close.
    at: dt.datetime
    closed_at: dt.datetime | None = None
    closed_by: str = ""
    counted_tiyn: int | None = None
    difference_tiyn: int | None = None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def age(self) -> dt.timedelta:
        return (self.closed_at or self.at) - self.opened_at

    @property
    def age_state(self) -> ShiftAgeState:
        return age_state(self.opened_at, self.at)


@dataclass(frozen=True, slots=True)
class CashMoveView:
    id: Any  # uuid.UUID
    shift_number: int
    kind: CashMoveKind
    amount_tiyn: int
    reason: str
    staff_name: str
    at: dt.datetime
    store_name: str
    register_code: str
    timezone: str
