"""Recording sales: anonymous cash sales, sales for a buyer, credit and installment sales.

A sale carrying buyer data needs that buyer's consent to every purpose the sale uses,
under the current policy version, and the data the sale needs; otherwise it is refused
with a message naming what is missing.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from pos.domain import credit as credit_math
from pos.domain import vat
from pos.domain.consent import consent_gap
from pos.domain.discounts import Discount
from pos.domain.enums import (
    BuyerStatus,
    CreditStatus,
    DataCategory,
    PaymentMethod,
    Purpose,
    RecipientCategory,
    Role,
    SaleType,
)
from pos.domain.errors import Code, NotFound, Refused, ValidationError
from pos.domain.events import EventType
from pos.domain.fiscal import FiscalKind
from pos.domain.ids import new_id
from pos.domain.minimization import (
    FIELD_CATEGORY,
    PURPOSE_CATEGORIES,
    SaleNeeds,
    requirements_for,
)
from pos.domain.money import Money
from pos.domain.payment import PaymentInput, SettledPayment, settle
from pos.domain.pricing import LineTerms, PricedSale, price_sale
from pos.domain.quantity import MAX_QUANTITY, Unit, line_amount, to_milli
from pos.domain.views import CreditView, SaleView
from pos.services.approvals import counted
from pos.services.context import Action, ServiceContext
from pos.services.disclosures import record_disclosure_in
from pos.services.discounts import check_discounts
from pos.services.fiscal import enqueue_in as enqueue_fiscal_in
from pos.services.lookups import (
    buyer_data,
    credit_catalogue_in,
    credit_view,
    current_policy_label,
    get_buyer_row,
    local_date,
    purpose_statuses,
    sale_view,
    store_info,
)
from pos.services.shifts import selling_shift_in
from pos.services.uow import UnitOfWork
from pos.storage.counters import next_value
from pos.storage.models import CreditArrangement, CreditRepayment, Sale, SaleLine, SalePayment

MAX_PRICE_TIYN = 10**12


@dataclass(frozen=True, slots=True)
class LineInput:
    """One line as the cashier rang it up. `quantity` is in the unit: whole pieces
    (`quantity=2`), or kilograms to the gram for unit "kg" (`Decimal("1.234")`)."""

    name: str
    quantity: int | Decimal
    unit_price_tiyn: int
    category: str = "general"
    barcode: str | None = None
    product_id: uuid.UUID | None = None
    unit: Unit | str = Unit.PCS
    name_kk: str | None = None
    # None: the standard VAT rate of the sale's day; 0: exempt (pos.domain.vat).
    vat_percent: int | None = None
    discount: Discount | None = None

    @property
    def quantity_milli(self) -> int | None:
        return to_milli(self.quantity, self.unit)


@dataclass(frozen=True, slots=True)
class CreditTerms:
    partner_bank: str
    product: str
    term_months: int
    down_payment_tiyn: int = 0
    bank_form_reference: str | None = None


@dataclass(frozen=True, slots=True)
class NewSale:
    lines: tuple[LineInput, ...]
    payment: PaymentMethod = PaymentMethod.CASH
    delivery: bool = False
    buyer_id: uuid.UUID | None = None
    tendered_tiyn: int | None = None
    credit: CreditTerms | None = None
    consent_id: uuid.UUID | None = None
    sale_id: uuid.UUID = field(default_factory=new_id)
    # A discount on the whole receipt; the reason covers it and every line discount.
    discount: Discount | None = None
    discount_reason: str | None = None
    # A sales manager's PIN approving discounts above the store's limit.
    approver_pin: str | None = None
    # A cash/card sale's payments: cash, card or both (BRIEF 9.3). Empty: `payment` with
    # `tendered_tiyn` says it, as before split payment existed.
    payments: tuple[PaymentInput, ...] = ()

    @property
    def needs(self) -> SaleNeeds:
        return SaleNeeds(payment=self.payment, delivery=self.delivery)

    def payment_parts(self) -> tuple[PaymentInput, ...]:
        if self.payments:
            if self.tendered_tiyn is not None:
                raise ValidationError(Code.SALE_TENDERED_NOT_CASH, field="tendered")
            return self.payments
        if self.payment is PaymentMethod.CASH:
            return (PaymentInput(PaymentMethod.CASH, self.tendered_tiyn),)
        if self.tendered_tiyn is not None:
            raise ValidationError(Code.SALE_TENDERED_NOT_CASH, field="tendered")
        return (PaymentInput(PaymentMethod.CARD),)


def _check_lines(lines: tuple[LineInput, ...]) -> list[int]:
    """Each line's quantity in thousandths, after checking names, quantities and prices."""
    if not lines:
        raise ValidationError(Code.SALE_NO_LINES, field="lines")
    quantities = []
    for n, line in enumerate(lines, start=1):
        if not line.name.strip():
            raise ValidationError(Code.SALE_LINE_NO_NAME, field="lines", line=n)
        try:
            unit = Unit(line.unit)
        except ValueError:
            raise ValidationError(
                Code.SALE_LINE_QUANTITY, field="lines", line=n, n=MAX_QUANTITY
            ) from None
        milli = to_milli(line.quantity, unit)
        if milli is None:
            if unit is Unit.KG:
                raise ValidationError(Code.SALE_LINE_WEIGHT, field="lines", line=n, n=MAX_QUANTITY)
            raise ValidationError(Code.SALE_LINE_QUANTITY, field="lines", line=n, n=MAX_QUANTITY)
        if not 0 <= line.unit_price_tiyn <= MAX_PRICE_TIYN:
            raise ValidationError(Code.SALE_LINE_PRICE, field="lines", line=n)
        if line.discount is not None and not line.discount.valid():
            raise ValidationError(Code.DISCOUNT_INVALID, field="discount")
        if line.vat_percent is not None and line.vat_percent not in vat.ALLOWED_PERCENTS:
            raise ValidationError(Code.SALE_LINE_PRICE, field="lines", line=n)
        quantities.append(milli)
    return quantities


def price_lines(
    lines: tuple[LineInput, ...], day: dt.date, receipt_discount: Discount | None = None
) -> PricedSale:
    """What each line costs on `day` (the store's local date): its VAT rate of that day,
    discounts, VAT. Refuses a discount that would take a line or the receipt below zero."""
    quantities = _check_lines(lines)
    terms = [
        LineTerms(q, ln.unit_price_tiyn, vat.rate_for(ln.vat_percent, day), ln.discount)
        for q, ln in zip(quantities, lines, strict=True)
    ]
    for n, (t, ln) in enumerate(zip(terms, lines, strict=True), start=1):
        gross = line_amount(t.quantity_milli, t.unit_price_tiyn)
        if ln.discount is not None and ln.discount.exceeds_base(gross):
            raise ValidationError(
                Code.DISCOUNT_BELOW_ZERO,
                field="discount",
                line=n,
                amount=Money(ln.discount.value),
                base=Money(gross),
            )
    if receipt_discount is not None and not receipt_discount.valid():
        raise ValidationError(Code.DISCOUNT_INVALID, field="discount")
    priced = price_sale(terms, receipt_discount)
    if receipt_discount is not None and receipt_discount.exceeds_base(priced.subtotal_tiyn):
        raise ValidationError(
            Code.DISCOUNT_RECEIPT_BELOW_ZERO,
            field="discount",
            amount=Money(receipt_discount.value),
            base=Money(priced.subtotal_tiyn),
        )
    return priced


def _check_total(priced: PricedSale) -> int:
    total = priced.total_tiyn
    if priced.gross_tiyn <= 0:
        raise ValidationError(Code.SALE_TOTAL_ZERO, field="lines")
    return total


def _check_buyer(uow: UnitOfWork, sale: NewSale) -> None:
    """Refuse a sale whose buyer lacks the consent or the data it needs (BRIEF 4.2)."""
    session = uow.session
    buyer = get_buyer_row(session, sale.buyer_id)  # type: ignore[arg-type]
    today = local_date(uow.now, store_info(session, uow.actor).timezone)
    gap = consent_gap(
        purpose_statuses(session, buyer.id),
        buyer_data(buyer).given_fields(),
        refused=buyer.status != BuyerStatus.ACTIVE.value,
        policy_label=current_policy_label(session, today),
        needs=sale.needs,
        today=today,
    )
    error = gap.error()
    if error is not None:
        raise error


def record_sale(ctx: ServiceContext, sale: NewSale) -> SaleView:
    """Record a sale, its audit entry and its outbox event in one transaction. A wrong
    approver PIN for its discount is counted in a unit of its own (the sale is refused)."""

    def work() -> SaleView:
        with UnitOfWork(ctx) as uow:
            sale_id = record_sale_in(uow, sale)
            uow.commit()
            return sale_view(uow.session, uow.session.get_one(Sale, sale_id))

    return counted(ctx, work)


def record_sale_in(
    uow: UnitOfWork, sale: NewSale, *, shift_id: uuid.UUID | None = None
) -> uuid.UUID:
    """`record_sale` inside a caller's unit of work; returns the sale id. The sale goes into
    the register's open shift (refused without one, or after 24 h); `shift_id` names a past
    shift instead, for loading history only (`pos seed`)."""
    actor = uow.actor
    actor.require(Role.CASHIER, Action.RECORD_SALE)
    sale_type = sale.payment.sale_type
    if sale_type in (SaleType.CREDIT, SaleType.INSTALLMENT):
        actor.require(
            Role.SALES_MANAGER,
            Action.CREDIT_SALE if sale_type is SaleType.CREDIT else Action.INSTALLMENT_SALE,
        )
    if shift_id is None:
        shift_id = selling_shift_in(uow).id
    session = uow.session
    day = local_date(uow.now, store_info(session, actor).timezone)
    priced = price_lines(sale.lines, day, sale.discount)
    total = _check_total(priced)
    approval = check_discounts(uow, priced, sale.discount_reason, sale.approver_pin)
    needs_data = requirements_for(sale.needs).carries_personal_data
    if sale.buyer_id is None:
        if needs_data:
            if sale.delivery and sale_type is SaleType.CASH:
                raise Refused(Code.SALE_DELIVERY_NEEDS_BUYER)
            raise Refused(Code.SALE_NEEDS_BUYER, kind=sale_type)
        if sale.consent_id is not None:
            raise ValidationError(Code.SALE_ANONYMOUS_CONSENT)
    else:
        _check_buyer(uow, sale)

    tendered = change = None
    settled: tuple[SettledPayment, ...] = ()
    method = sale.payment
    if sale_type is SaleType.CASH:
        settled = settle(total, sale.payment_parts())
        # Sale.payment_method: "card" when the card pays it all, else "cash" (a split's
        # cash part is the one that gives change); the parts are in sale_payments.
        card_only = [p.method for p in settled] == [PaymentMethod.CARD]
        method = PaymentMethod.CARD if card_only else PaymentMethod.CASH
        for part in settled:
            if part.method is PaymentMethod.CASH:
                tendered, change = part.tendered_tiyn, part.change_tiyn
    elif sale.payments:
        raise ValidationError(Code.PAY_NOT_SPLITTABLE, field="payments", kind=sale.payment)
    elif sale.tendered_tiyn is not None:
        raise ValidationError(Code.SALE_TENDERED_NOT_CASH, field="tendered")

    terms = sale.credit
    if sale_type in (SaleType.CREDIT, SaleType.INSTALLMENT):
        if terms is None:
            raise ValidationError(Code.SALE_CREDIT_TERMS_MISSING, field="credit", kind=sale_type)
        if not terms.partner_bank.strip() or not terms.product.strip():
            raise ValidationError(Code.SALE_CREDIT_BANK_MISSING, field="credit")
        if not 0 <= terms.down_payment_tiyn < total:
            raise ValidationError(Code.SALE_DOWN_PAYMENT_TOO_HIGH, field="down_payment")
    elif terms is not None:
        raise ValidationError(Code.SALE_TERMS_NOT_CREDIT, field="credit")

    row = Sale(
        id=sale.sale_id,
        store_id=actor.store_id,
        register_id=actor.register_id,
        staff_id=actor.staff_id,
        receipt_no=next_value(session, f"receipt:{actor.register_id}"),
        sale_type=sale_type.value,
        payment_method=method.value,
        delivery=sale.delivery,
        buyer_id=sale.buyer_id,
        consent_id=sale.consent_id,
        total_tiyn=total,
        tendered_tiyn=tendered,
        change_tiyn=change,
        created_at=uow.now,
        shift_id=shift_id,
        discount_kind=sale.discount.kind.value if sale.discount else None,
        discount_value=sale.discount.value if sale.discount else None,
        discount_tiyn=priced.receipt_discount_tiyn,
        discount_reason=approval.reason,
        discount_approver_id=approval.approver_id,
        discount_approver_name=approval.approver_name,
    )
    session.add(row)
    lines = [
        {
            "id": new_id(),
            "sale_id": row.id,
            "line_no": n,
            "product_id": line.product_id,
            "barcode": line.barcode,
            "name": line.name.strip(),
            "category": line.category.strip() or "general",
            "quantity_milli": to_milli(line.quantity, line.unit),
            "unit": Unit(line.unit).value,
            "name_kk": (line.name_kk or "").strip() or None,
            "unit_price_tiyn": line.unit_price_tiyn,
            "total_tiyn": p.total_tiyn,
            "discount_kind": line.discount.kind.value if line.discount else None,
            "discount_value": line.discount.value if line.discount else None,
            "discount_tiyn": p.discount_tiyn,
            "receipt_discount_tiyn": p.receipt_discount_tiyn,
            "vat_percent": p.vat_percent,
            "vat_tiyn": p.vat_tiyn,
        }
        for n, (line, p) in enumerate(zip(sale.lines, priced.lines, strict=True), start=1)
    ]
    for values in lines:
        uow.insert(SaleLine, **values)
    payments = [
        {
            "id": new_id(),
            "sale_id": row.id,
            "method": part.method.value,
            "amount_tiyn": part.amount_tiyn,
            "tendered_tiyn": part.tendered_tiyn,
            "change_tiyn": part.change_tiyn,
            "reference": part.reference,
        }
        for part in settled
    ]
    for values in payments:
        uow.insert(SalePayment, **values)

    arrangement: CreditArrangement | None = None
    if terms is not None and sale.buyer_id is not None:
        principal = total - terms.down_payment_tiyn
        today = local_date(uow.now, store_info(session, actor).timezone)
        plan = credit_math.schedule(principal, terms.term_months, today)
        arrangement = CreditArrangement(
            sale_id=row.id,
            buyer_id=sale.buyer_id,
            kind=sale_type.value,
            partner_bank=" ".join(terms.partner_bank.split()),
            product=" ".join(terms.product.split()),
            term_months=terms.term_months,
            principal_tiyn=principal,
            down_payment_tiyn=terms.down_payment_tiyn,
            monthly_payment_tiyn=plan[-1].amount_tiyn,
            outstanding_tiyn=principal,
            schedule=[
                {"number": i.number, "due": i.due.isoformat(), "amount_tiyn": i.amount_tiyn}
                for i in plan
            ],
            bank_form_reference=(terms.bank_form_reference or "").strip() or None,
            status=CreditStatus.ACTIVE.value,
            opened_at=uow.now,
            annual_rate_hundredths=_rate_hundredths(session, terms.product),
        )
        session.add(arrangement)

    uow.audit("sale.recorded", {"sale": row.id}, [])
    uow.emit(EventType.SALE_RECORDED, _sale_payload(row, lines, payments), buyer_id=sale.buyer_id)
    # The fiscal document commits with the sale; the drain sends it (pos.services.fiscal).
    enqueue_fiscal_in(uow, FiscalKind.SALE, row.id, total)
    if arrangement is not None:
        buyer = get_buyer_row(session, arrangement.buyer_id)  # type: ignore[arg-type]
        held = {FIELD_CATEGORY[f] for f in buyer_data(buyer).given_fields()}
        record_disclosure_in(
            uow,
            buyer.id,
            RecipientCategory.PARTNER_BANK,
            arrangement.partner_bank,
            [
                c
                for c in PURPOSE_CATEGORIES[Purpose.CREDIT]
                if c in held and c is not DataCategory.PURCHASE_HISTORY
            ],
            sale_id=row.id,
        )
        uow.audit("credit.opened", {"credit": arrangement.id, "sale": row.id}, [])
        uow.emit(
            EventType.CREDIT_OPENED, _credit_payload(arrangement), buyer_id=arrangement.buyer_id
        )
    return row.id


def _sale_payload(
    sale: Sale, lines: list[dict[str, Any]], payments: list[dict[str, Any]]
) -> dict[str, object]:
    return {
        "sale_id": str(sale.id),
        "receipt_no": sale.receipt_no,
        "register_id": str(sale.register_id),
        "staff_id": str(sale.staff_id),
        "sale_type": sale.sale_type,
        "payment_method": sale.payment_method,
        "delivery": sale.delivery,
        "buyer_id": str(sale.buyer_id) if sale.buyer_id else None,
        "consent_id": str(sale.consent_id) if sale.consent_id else None,
        "total_tiyn": sale.total_tiyn,
        "discount_tiyn": sale.discount_tiyn,
        "discount_reason": sale.discount_reason,
        "discount_approved": sale.discount_approver_id is not None,
        "created_at": sale.created_at.isoformat(),
        "shift_id": str(sale.shift_id) if sale.shift_id else None,
        "lines": [
            {k: v for k, v in ln.items() if k not in ("id", "sale_id", "product_id")}
            for ln in lines
        ],
        # Method, amount, cash tendered/change, the terminal's reference: no card data.
        "payments": [{k: v for k, v in p.items() if k not in ("id", "sale_id")} for p in payments],
    }


def _credit_payload(c: CreditArrangement) -> dict[str, object]:
    return {
        "credit_id": str(c.id),
        "sale_id": str(c.sale_id),
        "buyer_id": str(c.buyer_id) if c.buyer_id else None,
        "kind": c.kind,
        "partner_bank": c.partner_bank,
        "product": c.product,
        "term_months": c.term_months,
        "principal_tiyn": c.principal_tiyn,
        "down_payment_tiyn": c.down_payment_tiyn,
        "outstanding_tiyn": c.outstanding_tiyn,
        "status": c.status,
        "opened_at": c.opened_at.isoformat(),
    }


def _rate_hundredths(session: Session, product: str) -> int | None:
    """The product's annual rate in the store's list now, kept on the arrangement so its
    papers state what was agreed even after the list changes; None for a product typed
    by hand (not in the list)."""
    rate = credit_catalogue_in(session).rate_of(" ".join(product.split()))
    return None if rate is None else round(rate * 100)


def record_credit_payment(
    ctx: ServiceContext,
    credit_id: uuid.UUID,
    amount_tiyn: int,
    method: PaymentMethod = PaymentMethod.CASH,
) -> CreditView:
    """Record a repayment taken at the till, in cash (into the drawer) or by card, in the
    register's open shift (refused without one, as a sale is): the shift's X/Z count it.
    At zero outstanding the arrangement is repaid."""
    ctx.actor.require(Role.SALES_MANAGER, Action.CREDIT_PAYMENT)
    if method not in (PaymentMethod.CASH, PaymentMethod.CARD):
        raise ValidationError(Code.CREDIT_REPAYMENT_METHOD, field="method", method=method)
    with UnitOfWork(ctx) as uow:
        shift = selling_shift_in(uow)
        c = uow.session.get(CreditArrangement, credit_id)
        if c is None:
            raise NotFound(Code.CREDIT_NOT_FOUND, credit_id=credit_id)
        if c.status != CreditStatus.ACTIVE.value:
            raise Refused(Code.CREDIT_CLOSED, kind=SaleType(c.kind), status=CreditStatus(c.status))
        if not 0 < amount_tiyn <= c.outstanding_tiyn:
            raise ValidationError(Code.CREDIT_PAYMENT_RANGE)
        c.outstanding_tiyn -= amount_tiyn
        fields = ["outstanding_tiyn"]
        if c.outstanding_tiyn == 0:
            c.status = CreditStatus.REPAID.value
            c.closed_at = uow.now
            fields.append("status")
        repayment = CreditRepayment(
            credit_id=c.id,
            shift_id=shift.id,
            staff_id=uow.actor.staff_id,
            method=method.value,
            amount_tiyn=amount_tiyn,
            created_at=uow.now,
        )
        uow.session.add(repayment)
        if method is PaymentMethod.CASH:
            # Cash into the drawer: the cash register records it as a cash-in (no sale:
            # the sale was fiscalized when made), so its drawer agrees with the till's.
            enqueue_fiscal_in(uow, FiscalKind.CASH_IN, repayment.id, amount_tiyn)
        uow.audit("credit.payment", {"credit": c.id, "repayment": repayment.id}, fields)
        uow.emit(
            EventType.CREDIT_PAYMENT,
            {
                "credit_id": str(c.id),
                "repayment_id": str(repayment.id),
                "shift_id": str(shift.id),
                "method": method.value,
                "amount_tiyn": amount_tiyn,
                "outstanding_tiyn": c.outstanding_tiyn,
                "status": c.status,
                "at": uow.now.isoformat(),
            },
            buyer_id=c.buyer_id,
        )
        uow.commit()
        return credit_view(c)
