"""The processing register (K15), generated from the rules the app enforces.

Purposes, data categories, recipients and the minimization matrix are read from
pos.domain.minimization, the retention periods from the same function the retention run
uses, storage places from pos.domain.processing, the responsible person from the
settings and the staff access list from pos.services.staff: nothing here is retyped, so
the register cannot say what the till does not do.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from pos.domain.contact import normalize_email, normalize_phone
from pos.domain.enums import DataCategory, PaymentMethod, Purpose, RecipientCategory, Role
from pos.domain.errors import Code, Refused, ValidationError
from pos.domain.minimization import (
    BUYER_FIELDS,
    FIELD_CATEGORY,
    PURPOSE_CATEGORIES,
    PURPOSE_RECIPIENTS,
    SaleNeeds,
    purposes_justifying,
    requirements_for,
)
from pos.domain.processing import CROSS_BORDER, PUBLISHED, PURPOSE_BASIS, STORAGE_PLACES
from pos.domain.views import OperatorInfo, ResponsiblePerson
from pos.services import settings
from pos.services.context import Action, ServiceContext
from pos.services.retention import PRINT_JOBS_KEPT_DAYS, SENT_EVENTS_KEPT_DAYS, retention_days
from pos.services.staff import AccessChange, access_list
from pos.services.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class PurposeEntry:
    purpose: Purpose
    basis: str
    data_categories: tuple[DataCategory, ...]
    recipients: tuple[RecipientCategory, ...]
    retention_days: int


@dataclass(frozen=True, slots=True)
class RecipientEntry:
    """A recipient category, the purposes it receives data for and the data it may get;
    no purpose: only on a legal basis named in each disclosure (a government body)."""

    recipient: RecipientCategory
    purposes: tuple[Purpose, ...]
    data_categories: tuple[DataCategory, ...]


@dataclass(frozen=True, slots=True)
class MatrixRow:
    """One kind of sale and what it may ask for (BRIEF 4.2)."""

    payment: PaymentMethod
    delivery: bool
    insurance: bool
    marketing: bool
    required: tuple[str, ...]
    allowed: tuple[str, ...]
    one_of: tuple[tuple[str, ...], ...]
    purposes: tuple[Purpose, ...]


@dataclass(frozen=True, slots=True)
class ProcessingRegister:
    generated_at: dt.datetime
    operator: OperatorInfo | None
    responsible: ResponsiblePerson | None
    purposes: tuple[PurposeEntry, ...]
    recipients: tuple[RecipientEntry, ...]
    # Each buyer field: its category and the purposes that justify keeping it.
    fields: tuple[tuple[str, DataCategory, tuple[Purpose, ...]], ...]
    matrix: tuple[MatrixRow, ...]
    storage_places: tuple[tuple[str, str], ...]
    technical_copies: tuple[tuple[str, int], ...]
    cross_border: bool
    published: bool
    access: tuple[AccessChange, ...]


def _ordered(values: frozenset[Purpose]) -> tuple[Purpose, ...]:
    return tuple(p for p in Purpose if p in values)


def _recipient(recipient: RecipientCategory) -> RecipientEntry:
    purposes = tuple(p for p in Purpose if recipient in PURPOSE_RECIPIENTS[p])
    categories = {c for p in purposes for c in PURPOSE_CATEGORIES[p]}
    return RecipientEntry(recipient, purposes, tuple(c for c in DataCategory if c in categories))


def matrix() -> tuple[MatrixRow, ...]:
    """The minimization matrix for every kind of sale, one payment method per sale type."""
    payments = {m.sale_type: m for m in reversed(PaymentMethod)}
    rows = []
    for payment, delivery, insurance, marketing in itertools.product(
        sorted(payments.values(), key=list(PaymentMethod).index),
        (False, True),
        (False, True),
        (False, True),
    ):
        req = requirements_for(SaleNeeds(payment, delivery, marketing, insurance))
        rows.append(
            MatrixRow(
                payment=payment,
                delivery=delivery,
                insurance=insurance,
                marketing=marketing,
                required=tuple(f for f in BUYER_FIELDS if f in req.required_fields),
                allowed=tuple(f for f in BUYER_FIELDS if f in req.allowed_fields),
                one_of=tuple(tuple(f for f in BUYER_FIELDS if f in g) for g in req.one_of),
                purposes=_ordered(req.required_purposes),
            )
        )
    return tuple(rows)


def processing_register(ctx: ServiceContext) -> ProcessingRegister:
    """The register as of now (store admin; reading it is audited, as is the access list)."""
    ctx.actor.require(Role.STORE_ADMIN, Action.PROCESSING_REGISTER)
    days = retention_days(ctx)
    with ctx.db.read_session() as session:
        operator = settings.operator_from(session)
        responsible = settings.responsible_from(session)
    access = access_list(ctx)
    with UnitOfWork(ctx) as uow:
        uow.audit("registers.processing_read", {}, [])
        uow.commit()
        now = uow.now
    return ProcessingRegister(
        generated_at=now,
        operator=operator,
        responsible=responsible,
        purposes=tuple(
            PurposeEntry(
                purpose=p,
                basis=PURPOSE_BASIS[p],
                data_categories=PURPOSE_CATEGORIES[p],
                recipients=PURPOSE_RECIPIENTS[p],
                retention_days=days[p],
            )
            for p in Purpose
        ),
        recipients=tuple(_recipient(r) for r in RecipientCategory),
        fields=tuple(
            (f, FIELD_CATEGORY[f], _ordered(purposes_justifying(f))) for f in BUYER_FIELDS
        ),
        matrix=matrix(),
        storage_places=STORAGE_PLACES,
        technical_copies=(
            ("outbox copy after head office acknowledged it (days)", SENT_EVENTS_KEPT_DAYS),
            ("print job references (days)", PRINT_JOBS_KEPT_DAYS),
        ),
        cross_border=CROSS_BORDER,
        published=PUBLISHED,
        access=tuple(access),
    )


def set_responsible(
    ctx: ServiceContext, *, name: str, position: str, email: str, phone: str
) -> ResponsiblePerson:
    """Set the person responsible for personal data processing (K15; store admin)."""
    values = {"name": name, "position": position, "email": email, "phone": phone}
    for key, value in values.items():
        values[key] = " ".join(value.split())
        if not values[key]:
            raise ValidationError(Code.RESPONSIBLE_FIELD_EMPTY, field=key, name=key)
    values["email"] = normalize_email(values["email"])
    values["phone"] = normalize_phone(values["phone"])
    settings.update(ctx, settings.RESPONSIBLE, values)
    return ResponsiblePerson(**values)


def require_responsible(ctx: ServiceContext) -> ResponsiblePerson:
    with ctx.db.read_session() as session:
        who = settings.responsible_from(session)
    if who is None:
        raise Refused(Code.RESPONSIBLE_MISSING)
    return who
