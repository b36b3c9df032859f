"""Reads shared by the use cases, and the builders that turn rows into plain views."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any, TypeVar, cast
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.domain.buyer import BuyerData
from pos.domain.consent import policy_changed
from pos.domain.credit_catalogue import CreditCatalogue, catalogue_from
from pos.domain.enums import (
    ConsentState,
    CreditStatus,
    PaymentMethod,
    Purpose,
    Role,
    SaleType,
)
from pos.domain.errors import Code, NotFound, ValidationError
from pos.domain.masking import mask_iin, mask_name, mask_phone
from pos.domain.minimization import BUYER_FIELDS
from pos.domain.views import (
    BuyerSummary,
    BuyerView,
    CreditView,
    ObligationInfo,
    PaymentView,
    PolicyInfo,
    PurposeStatus,
    SaleLineView,
    SaleView,
    ScheduleItem,
    StoreInfo,
)
from pos.domain.visibility import visible_buyer
from pos.services.context import Actor
from pos.storage import queries
from pos.storage.models import (
    Buyer,
    CreditArrangement,
    PolicyVersion,
    Register,
    ReturnRefund,
    Sale,
    SalePayment,
    Setting,
    Staff,
    Store,
)

CREDIT_SETTING = "credit"  # the setting pos.services.settings.CREDIT names
T = TypeVar("T")


def memo(session: Session, key: tuple[object, ...], factory: Callable[[], T]) -> T:
    """Remember a lookup for the life of this session (one unit of work)."""
    cache: dict[tuple[object, ...], Any] = session.info.setdefault("pos.memo", {})
    if key not in cache:
        cache[key] = factory()
    return cast(T, cache[key])


def store_info(session: Session, actor: Actor) -> StoreInfo:
    return memo(
        session,
        ("store_info", actor.store_id, actor.register_id),
        lambda: _store_info(session, actor),
    )


def _store_info(session: Session, actor: Actor) -> StoreInfo:
    store = session.get(Store, actor.store_id)
    register = session.get(Register, actor.register_id)
    if store is None or register is None:
        raise NotFound(Code.SETUP_STORE_MISSING)
    return StoreInfo(
        store_id=store.id,
        store_code=store.code,
        store_name=store.name,
        timezone=store.timezone,
        register_id=register.id,
        register_code=register.code,
    )


def local_date(now: dt.datetime, timezone: str) -> dt.date:
    return now.astimezone(ZoneInfo(timezone)).date()


def store_today(session: Session, actor: Actor, now: dt.datetime) -> dt.date:
    return local_date(now, store_info(session, actor).timezone)


def staff_name(session: Session, staff_id: uuid.UUID | None) -> str:
    if staff_id is None:
        return ""

    def load() -> str:
        staff = session.get(Staff, staff_id)
        return staff.name if staff else ""

    return memo(session, ("staff_name", staff_id), load)


def policy_info(p: PolicyVersion) -> PolicyInfo:
    return PolicyInfo(
        id=p.id,
        label=p.label,
        effective_date=p.effective_date,
        language=p.language,
        text_sha256=p.text_sha256,
        imported_at=p.imported_at,
        source=p.source,
    )


def current_policy_label(session: Session, today: dt.date) -> str | None:
    """The label of the newest policy version in effect today."""
    return memo(
        session,
        ("current_policy", today),
        lambda: session.scalar(
            select(PolicyVersion.label)
            .where(PolicyVersion.effective_date <= today)
            .order_by(PolicyVersion.effective_date.desc(), PolicyVersion.imported_at.desc())
            .limit(1)
        ),
    )


def policy_for(session: Session, label: str, language: str) -> PolicyVersion | None:
    """The text of a version in the slip's language, else in any language imported."""
    return memo(
        session, ("policy_for", label, language), lambda: _policy_for(session, label, language)
    )


def _policy_for(session: Session, label: str, language: str) -> PolicyVersion | None:
    rows = queries.policy_versions(session, label)
    by_lang = {p.language: p for p in rows}
    for lang in (language, "ru", "kk", "en"):
        if lang in by_lang:
            return by_lang[lang]
    return rows[0] if rows else None


def get_buyer_row(session: Session, buyer_id: uuid.UUID) -> Buyer:
    buyer = session.get(Buyer, buyer_id)
    if buyer is None:
        raise NotFound(Code.BUYER_NOT_FOUND, buyer_id=buyer_id)
    return buyer


def buyer_data(buyer: Buyer) -> BuyerData:
    return BuyerData(**{name: getattr(buyer, name) for name in BUYER_FIELDS})


def purpose_statuses(session: Session, buyer_id: uuid.UUID) -> tuple[PurposeStatus, ...]:
    rows = queries.buyer_purposes(session, buyer_id)
    return tuple(
        PurposeStatus(
            purpose=Purpose(r.purpose),
            state=ConsentState(r.state),
            policy_label=r.policy_label,
            since=r.since,
            valid_until=r.valid_until,
            consent_id=r.consent_id,
        )
        for r in rows
    )


def obligations(session: Session, buyer_id: uuid.UUID) -> tuple[ObligationInfo, ...]:
    rows = queries.credits(session, buyer_id=buyer_id, active_only=True)
    out = []
    for r in rows:
        dues = [dt.date.fromisoformat(item["due"]) for item in r.schedule]
        out.append(
            ObligationInfo(
                arrangement_id=r.id,
                kind=SaleType(r.kind),
                partner_bank=r.partner_bank,
                outstanding_tiyn=r.outstanding_tiyn,
                last_due=max(dues) if dues else None,
            )
        )
    return tuple(out)


def buyer_view(session: Session, buyer: Buyer, today: dt.date, *, role: Role) -> BuyerView:
    """The buyer as `role` may see them: a cashier gets the identifying and contact fields
    masked (pos.domain.visibility), a sales manager and a store admin everything."""
    statuses = purpose_statuses(session, buyer.id)
    current = current_policy_label(session, today)
    data, masked = visible_buyer(buyer_data(buyer), role)
    return BuyerView(
        id=buyer.id,
        data=data,
        sex=buyer.sex,
        status=buyer.status,
        created_at=buyer.created_at,
        updated_at=buyer.updated_at,
        purposes=statuses,
        current_policy_label=current,
        reconsent_needed=policy_changed(statuses, current),
        obligations=obligations(session, buyer.id),
        masked=masked,
    )


def buyer_summary(buyer: Buyer, reconsent_needed: bool) -> BuyerSummary:
    name = " ".join(p for p in (buyer.surname, buyer.given_name, buyer.patronymic) if p)
    return BuyerSummary(
        id=buyer.id,
        display_name=name,
        masked_iin=mask_iin(buyer.iin),
        masked_phone=mask_phone(buyer.phone),
        birth_year=buyer.birth_date.year if buyer.birth_date else None,
        reconsent_needed=reconsent_needed,
    )


def credit_catalogue_in(session: Session) -> CreditCatalogue:
    """The store's banks and products with their rates (setting `credit`, else defaults)."""
    row = session.get(Setting, CREDIT_SETTING)
    try:
        return catalogue_from(dict(row.value) if row is not None else {})
    except ValidationError:  # a setting saved by hand that no longer reads: the defaults
        return catalogue_from({})


def credit_view(c: CreditArrangement, catalogue: CreditCatalogue | None = None) -> CreditView:
    """The arrangement with the annual rate agreed at sale time (kept on it since
    revision 0012); for an older one, its product's rate in the store's `catalogue`."""
    if c.annual_rate_hundredths is not None:
        rate: float | None = c.annual_rate_hundredths / 100
    else:
        rate = catalogue.rate_of(c.product) if catalogue is not None else None
    return CreditView(
        id=c.id,
        sale_id=c.sale_id,
        kind=SaleType(c.kind),
        partner_bank=c.partner_bank,
        product=c.product,
        term_months=c.term_months,
        principal_tiyn=c.principal_tiyn,
        down_payment_tiyn=c.down_payment_tiyn,
        monthly_payment_tiyn=c.monthly_payment_tiyn,
        outstanding_tiyn=c.outstanding_tiyn,
        status=CreditStatus(c.status),
        bank_form_reference=c.bank_form_reference,
        opened_at=c.opened_at,
        schedule=tuple(
            ScheduleItem(
                number=int(item["number"]),
                due=dt.date.fromisoformat(item["due"]),
                amount_tiyn=int(item["amount_tiyn"]),
            )
            for item in c.schedule
        ),
        annual_rate=rate,
    )


def sale_view(session: Session, sale: Sale) -> SaleView:
    store = session.get(Store, sale.store_id)
    register = session.get(Register, sale.register_id)
    buyer = session.get(Buyer, sale.buyer_id) if sale.buyer_id else None
    credit = session.scalar(select(CreditArrangement).where(CreditArrangement.sale_id == sale.id))
    return SaleView(
        id=sale.id,
        receipt_no=sale.receipt_no,
        store_name=store.name if store else "",
        store_code=store.code if store else "",
        register_code=register.code if register else "",
        staff_name=staff_name(session, sale.staff_id),
        created_at=sale.created_at,
        timezone=store.timezone if store else "Asia/Almaty",
        sale_type=SaleType(sale.sale_type),
        payment_method=PaymentMethod(sale.payment_method),
        delivery=sale.delivery,
        lines=tuple(
            SaleLineView(
                line_no=ln.line_no,
                name=ln.name,
                barcode=ln.barcode,
                category=ln.category,
                quantity_milli=ln.quantity_milli,
                unit_price_tiyn=ln.unit_price_tiyn,
                total_tiyn=ln.total_tiyn,
                unit=ln.unit,
                name_kk=ln.name_kk,
                vat_percent=ln.vat_percent,
                vat_tiyn=ln.vat_tiyn,
                discount_tiyn=ln.discount_tiyn,
                receipt_discount_tiyn=ln.receipt_discount_tiyn,
                discount_kind=ln.discount_kind,
                discount_value=ln.discount_value,
            )
            for ln in sale.lines
        ),
        total_tiyn=sale.total_tiyn,
        tendered_tiyn=sale.tendered_tiyn,
        change_tiyn=sale.change_tiyn,
        buyer_id=sale.buyer_id,
        buyer_masked_name=mask_name(buyer.given_name, buyer.surname) if buyer else "",
        consent_id=sale.consent_id,
        credit=credit_view(credit, credit_catalogue_in(session)) if credit else None,
        discount_tiyn=sale.discount_tiyn,
        discount_reason=sale.discount_reason,
        discount_approver_name=sale.discount_approver_name,
        discount_kind=sale.discount_kind,
        discount_value=sale.discount_value,
        payments=tuple(payment_view(p) for p in sale.payments),
    )


def payment_view(p: SalePayment | ReturnRefund) -> PaymentView:
    if isinstance(p, ReturnRefund):
        return PaymentView(PaymentMethod(p.method), p.amount_tiyn, reference=p.reference)
    return PaymentView(
        PaymentMethod(p.method), p.amount_tiyn, p.tendered_tiyn, p.change_tiyn, p.reference
    )
