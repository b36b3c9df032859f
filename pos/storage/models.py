"""ORM tables of the till database. Every schema change goes through an Alembic migration.

Personal data lives only in `buyers` and `buyer_name_keys` (and the outbox payloads until
they are sent); everything else refers to a buyer by id, so destruction has few places
to reach. No column holds biometric data (policy 1.9): no photo, no signature image.

Every foreign-key column pointing at a table that grows is indexed: with foreign keys
checked at commit, and for ON DELETE actions, SQLite looks the child rows up, and without
an index that is a scan of the child table for each parent row written or deleted.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    event,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from pos.domain.ids import new_id as time_ordered_id
from pos.storage.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UTCDateTime(),
        dt.date: Date(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
        list[dict[str, Any]]: JSON(),
    }


def new_id() -> uuid.UUID:
    return time_ordered_id()


@event.listens_for(Base, "init", propagate=True)
def _assign_id(target: Any, _args: Any, kwargs: dict[str, Any]) -> None:
    # Ids are made at the till when an object is built, not at flush, so related rows
    # and outbox payloads can refer to it straight away.
    if "id" not in kwargs:
        column = target.__table__.c.get("id")
        if column is not None and column.default is not None and isinstance(column.type, Uuid):
            kwargs["id"] = new_id()


# --- the shop -------------------------------------------------------------------------


class Store(Base):
    __tablename__ = "stores"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Almaty")
    address: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[dt.datetime]


class Register(Base):
    __tablename__ = "registers"
    __table_args__ = (UniqueConstraint("store_id", "code"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"))
    code: Mapped[str] = mapped_column(String(64))
    # True for the till this database belongs to; the others are known through sync.
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"))
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime]


class Setting(Base):
    """Till settings (printer, language, seller details, retention); JSON values."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)


class Counter(Base):
    """Monotonic per-register counters (receipt numbers, outbox sequence)."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class Product(Base):
    """A product. `barcode` is its main barcode; every barcode (the main one too) is in
    `product_barcodes`, which is what a scan looks up. `name` is the Russian name."""

    __tablename__ = "products"
    # A unique index, not a table constraint: SQLite adds it without copying the table.
    __table_args__ = (Index("uq_products_code", "code", unique=True),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    barcode: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(100))
    # The price now; a price list's price for later waits in `product_prices`.
    price_tiyn: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The store's own product code (weighed goods: the item code on the scale label).
    code: Mapped[str | None] = mapped_column(String(32))
    name_kk: Mapped[str | None] = mapped_column(String(200))
    # "pcs" or "kg" (pos.domain.quantity.Unit).
    unit: Mapped[str] = mapped_column(String(8), default="pcs", server_default="pcs")
    # None: the standard rate of the sale's day (pos.domain.vat); 0: exempt.
    vat_percent: Mapped[int | None] = mapped_column(Integer)
    # The price list version that last set this product (None: added here by hand).
    catalog_version: Mapped[str | None] = mapped_column(String(64))


class ProductBarcode(Base):
    """Every barcode a product is sold under."""

    __tablename__ = "product_barcodes"

    barcode: Mapped[str] = mapped_column(String(64), primary_key=True)
    product_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), index=True
    )


class ProductNameKey(Base):
    """One folded word of a product's Russian or Kazakh name, for prefix search."""

    __tablename__ = "product_name_keys"
    __table_args__ = ({"sqlite_with_rowid": False},)

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    product_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ProductPrice(Base):
    """A price from a price list with the time it takes effect. A product with rows here
    sells at the latest one in effect; one whose only rows are in the future is not on
    sale yet. Rows are kept, so yesterday's price stays known."""

    __tablename__ = "product_prices"
    __table_args__ = (UniqueConstraint("product_id", "effective_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    effective_at: Mapped[dt.datetime]
    price_tiyn: Mapped[int] = mapped_column(Integer)
    version: Mapped[str] = mapped_column(String(64))


class CatalogVersion(Base):
    """A price list applied at this till (from head office, or imported here)."""

    __tablename__ = "catalog_versions"

    version: Mapped[str] = mapped_column(String(64), primary_key=True)
    source: Mapped[str] = mapped_column(String(16))
    effective_at: Mapped[dt.datetime]
    # How many parts head office sent it in, and which have arrived (directive per part).
    parts: Mapped[int] = mapped_column(Integer, default=1)
    parts_applied: Mapped[list[str]]
    products: Mapped[int] = mapped_column(Integer, default=0)
    applied_at: Mapped[dt.datetime]


# --- policy and consent ---------------------------------------------------------------


class PolicyVersion(Base):
    __tablename__ = "policy_versions"
    __table_args__ = (UniqueConstraint("label", "language"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    label: Mapped[str] = mapped_column(String(64))
    effective_date: Mapped[dt.date]
    language: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    text_sha256: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(32), default="file")
    imported_at: Mapped[dt.datetime]


class Buyer(Base):
    """The data subject. Every personal value the till holds about a person is here."""

    __tablename__ = "buyers"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    surname: Mapped[str | None] = mapped_column(String(100))
    given_name: Mapped[str | None] = mapped_column(String(100))
    patronymic: Mapped[str | None] = mapped_column(String(100))
    iin: Mapped[str | None] = mapped_column(String(12), unique=True)
    birth_date: Mapped[dt.date | None]
    sex: Mapped[str | None] = mapped_column(String(8))
    phone: Mapped[str | None] = mapped_column(String(20), index=True)
    # Digits of the phone reversed, so "last digits" is an indexed prefix search.
    phone_rev: Mapped[str | None] = mapped_column(String(20), index=True)
    email: Mapped[str | None] = mapped_column(String(254))
    delivery_address: Mapped[str | None] = mapped_column(String(300))
    registration_address: Mapped[str | None] = mapped_column(String(300))
    id_doc_type: Mapped[str | None] = mapped_column(String(32))
    id_doc_number: Mapped[str | None] = mapped_column(String(20))
    id_doc_issue_date: Mapped[dt.date | None]
    id_doc_issuer: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16), default="active")
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"))
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class BuyerNameKey(Base):
    """One folded word of a buyer's name, for case-insensitive prefix search."""

    __tablename__ = "buyer_name_keys"
    __table_args__ = ({"sqlite_with_rowid": False},)

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    buyer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("buyers.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Consent(Base):
    """One consent record: what the buyer was shown and agreed to, on which slip."""

    __tablename__ = "consents"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    schema_version: Mapped[int] = mapped_column(Integer, default=1)
    buyer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("buyers.id", ondelete="CASCADE"), index=True
    )
    policy_version_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("policy_versions.id"), index=True
    )
    policy_label: Mapped[str] = mapped_column(String(64))
    policy_sha256: Mapped[str] = mapped_column(String(64))
    slip_template: Mapped[str] = mapped_column(String(32))
    sale_type: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    jurisdiction: Mapped[str] = mapped_column(String(8), default="KZ")
    operator_name: Mapped[str] = mapped_column(String(200))
    operator_bin: Mapped[str] = mapped_column(String(12))
    operator_contact: Mapped[str] = mapped_column(String(400))
    data_categories: Mapped[list[str]]
    recipient_categories: Mapped[list[str]]
    cross_border: Mapped[bool] = mapped_column(Boolean, default=False)
    published: Mapped[bool] = mapped_column(Boolean, default=False)
    valid_until: Mapped[dt.date | None]
    channel: Mapped[str] = mapped_column(String(32), default="in-store")
    method: Mapped[str] = mapped_column(String(32))
    form_number: Mapped[str | None] = mapped_column(String(64))
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"))
    register_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registers.id"))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    # The time printed on the slip (drafted before signing); kept so the slip can be rebuilt.
    slip_at: Mapped[dt.datetime]
    given_at: Mapped[dt.datetime]

    # Written in bulk by the unit of work; read through this relationship.
    purposes: Mapped[list[ConsentPurpose]] = relationship(
        viewonly=True, order_by="ConsentPurpose.purpose"
    )


class ConsentPurpose(Base):
    """One purpose block of a consent record (ISO/IEC TS 27560 style)."""

    __tablename__ = "consent_purposes"

    consent_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("consents.id", ondelete="CASCADE"), primary_key=True
    )
    purpose: Mapped[str] = mapped_column(String(16), primary_key=True)
    ticked: Mapped[bool] = mapped_column(Boolean)
    required: Mapped[bool] = mapped_column(Boolean)
    data_categories: Mapped[list[str]]
    recipient_categories: Mapped[list[str]]
    # The end of this purpose's consent as printed on the slip; None: until achieved.
    valid_until: Mapped[dt.date | None]


class ConsentEvent(Base):
    """Append-only history of a buyer's consent, one row per purpose and change."""

    __tablename__ = "consent_events"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    consent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("consents.id", ondelete="CASCADE"), index=True
    )
    buyer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("buyers.id", ondelete="CASCADE"), index=True
    )
    purpose: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime]
    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stores.id"))
    register_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("registers.id"))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    # "buyer", "representative", "headoffice" or "system" (retention expiry).
    expressed_by: Mapped[str] = mapped_column(String(32), default="buyer")
    representative_doc: Mapped[str | None] = mapped_column(String(100))
    slip_printed: Mapped[bool] = mapped_column(Boolean, default=False)
    form_number: Mapped[str | None] = mapped_column(String(64))
    reference: Mapped[str | None] = mapped_column(String(200))
    blocker: Mapped[str | None] = mapped_column(String(100))


class BuyerPurpose(Base):
    """The current state of each purpose for a buyer; the history is consent_events."""

    __tablename__ = "buyer_purposes"

    buyer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("buyers.id", ondelete="CASCADE"), primary_key=True
    )
    purpose: Mapped[str] = mapped_column(String(16), primary_key=True)
    state: Mapped[str] = mapped_column(String(16))
    consent_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("consents.id", ondelete="CASCADE"), index=True
    )
    policy_label: Mapped[str] = mapped_column(String(64))
    since: Mapped[dt.datetime]
    valid_until: Mapped[dt.date | None]


# --- sales ----------------------------------------------------------------------------


class Sale(Base):
    __tablename__ = "sales"
    __table_args__ = (
        UniqueConstraint("register_id", "receipt_no"),
        Index("ix_sales_created_at", "created_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"))
    register_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registers.id"))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    receipt_no: Mapped[int] = mapped_column(Integer)
    sale_type: Mapped[str] = mapped_column(String(16))
    payment_method: Mapped[str] = mapped_column(String(16))
    delivery: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set to NULL when the buyer is destroyed: the sale stays for accounting, unlinked.
    buyer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("buyers.id", ondelete="SET NULL"), index=True
    )
    consent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("consents.id", ondelete="SET NULL"), index=True
    )
    total_tiyn: Mapped[int] = mapped_column(Integer)
    tendered_tiyn: Mapped[int | None] = mapped_column(Integer)
    change_tiyn: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime]
    # The cash shift the sale was made in (revision 0008; NULL for sales made before). No
    # foreign key: SQLite adds and drops such a column only by copying the whole table;
    # the sale service sets it from the register's open shift.
    shift_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    # A receipt discount (spread over the lines' `receipt_discount_tiyn`): kind "percent"
    # (value in hundredths of a percent) or "amount" (tiyn), the tiyn it took off.
    discount_kind: Mapped[str | None] = mapped_column(String(16))
    discount_value: Mapped[int | None] = mapped_column(Integer)
    discount_tiyn: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Why, for every discount of this sale (line or receipt), and the sales manager who
    # approved one above the store's limit (their name kept as it was then).
    discount_reason: Mapped[str | None] = mapped_column(String(200))
    # No foreign key: SQLite would have to copy `sales` (which other tables refer to).
    discount_approver_id: Mapped[uuid.UUID | None]
    discount_approver_name: Mapped[str | None] = mapped_column(String(200))

    # Written in bulk by the unit of work; read through this relationship.
    lines: Mapped[list[SaleLine]] = relationship(viewonly=True, order_by="SaleLine.line_no")
    payments: Mapped[list[SalePayment]] = relationship(viewonly=True, order_by="SalePayment.method")


class Shift(Base):
    """A register's cash shift (BRIEF 9.1): opened with the counted float, closed with a
    blind count; the Z figures (pos.domain.shifts.ShiftTotals) are kept with it."""

    __tablename__ = "shifts"
    __table_args__ = (
        UniqueConstraint("register_id", "number"),
        # One open shift per register, whatever two windows or commands try at once.
        Index(
            "uq_shifts_open_register",
            "register_id",
            unique=True,
            sqlite_where=text("closed_at IS NULL"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"))
    register_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registers.id"))
    number: Mapped[int] = mapped_column(Integer)
    opened_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    opened_at: Mapped[dt.datetime]
    float_tiyn: Mapped[int] = mapped_column(Integer)
    closed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[dt.datetime | None]
    counted_tiyn: Mapped[int | None] = mapped_column(Integer)
    expected_tiyn: Mapped[int | None] = mapped_column(Integer)
    # counted - expected: negative is a shortage.
    difference_tiyn: Mapped[int | None] = mapped_column(Integer)
    z_totals: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class CashMove(Base):
    """Cash put into or taken from the drawer during a shift, with the reason."""

    __tablename__ = "cash_moves"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    shift_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shifts.id"), index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(8))
    amount_tiyn: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime]


class SaleLine(Base):
    __tablename__ = "sale_lines"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    sale_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sales.id", ondelete="CASCADE"), index=True
    )
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("products.id"), index=True)
    barcode: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(100))
    # Thousandths of the unit (pos.domain.quantity): 2 pieces = 2000, 1.234 kg = 1234.
    quantity_milli: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(8), default="pcs", server_default="pcs")
    name_kk: Mapped[str | None] = mapped_column(String(200))
    unit_price_tiyn: Mapped[int] = mapped_column(Integer)
    # What the buyer pays for the line: round(quantity x unit price) less both discounts.
    total_tiyn: Mapped[int] = mapped_column(Integer)
    # The line's own discount and its share of the receipt discount, in tiyn.
    discount_kind: Mapped[str | None] = mapped_column(String(16))
    discount_value: Mapped[int | None] = mapped_column(Integer)
    discount_tiyn: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    receipt_discount_tiyn: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The VAT rate (percent) and the VAT in total_tiyn at the time of sale, kept for good.
    vat_percent: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    vat_tiyn: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class CreditArrangement(Base):
    """A credit or installment arranged with a partner bank for a sale."""

    __tablename__ = "credit_arrangements"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    sale_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales.id"), index=True)
    buyer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("buyers.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    partner_bank: Mapped[str] = mapped_column(String(200))
    product: Mapped[str] = mapped_column(String(200))
    term_months: Mapped[int] = mapped_column(Integer)
    principal_tiyn: Mapped[int] = mapped_column(Integer)
    down_payment_tiyn: Mapped[int] = mapped_column(Integer)
    monthly_payment_tiyn: Mapped[int] = mapped_column(Integer)
    outstanding_tiyn: Mapped[int] = mapped_column(Integer)
    schedule: Mapped[list[dict[str, Any]]]
    # The bank's own consent form reference (C1); never its contents.
    bank_form_reference: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16), default="active")
    opened_at: Mapped[dt.datetime]
    closed_at: Mapped[dt.datetime | None]
    # The product's annual rate at sale time, in hundredths of a percent, so a reprinted
    # summary states what was agreed (revision 0012; None before it: the list's rate).
    annual_rate_hundredths: Mapped[int | None] = mapped_column(Integer)


class CreditRepayment(Base):
    """A repayment taken at the till: in the shift's drawer (cash) or on a card (0012)."""

    __tablename__ = "credit_repayments"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    credit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("credit_arrangements.id"), index=True)
    shift_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shifts.id"), index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    method: Mapped[str] = mapped_column(String(8))
    amount_tiyn: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime]


# --- payments, returns, held sales (returns area) --------------------------------------


class SalePayment(Base):
    """One payment of a sale: at most one cash and one card part (BRIEF 9.3).

    A split sale keeps `Sale.payment_method` "cash" (its cash part gives the change); a
    card-only sale keeps "card"; credit and installment sales have no payment rows."""

    __tablename__ = "sale_payments"
    __table_args__ = (UniqueConstraint("sale_id", "method"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    sale_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales.id", ondelete="CASCADE"))
    method: Mapped[str] = mapped_column(String(16))
    amount_tiyn: Mapped[int] = mapped_column(Integer)
    tendered_tiyn: Mapped[int | None] = mapped_column(Integer)
    change_tiyn: Mapped[int | None] = mapped_column(Integer)
    # The card terminal's approval code or RRN, as typed or scanned; no card data.
    reference: Mapped[str | None] = mapped_column(String(32))


class SaleReturn(Base):
    """A return against a recorded sale (BRIEF 9.2); the sale itself is never changed."""

    __tablename__ = "sale_returns"
    __table_args__ = (UniqueConstraint("register_id", "return_no"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    sale_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales.id"), index=True)
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"))
    register_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registers.id"))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    # The shift it was made in, once shifts exist (no foreign key: that table comes later).
    shift_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    return_no: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200))
    total_tiyn: Mapped[int] = mapped_column(Integer)
    # Past the return period: the sales manager who approved it and why.
    override_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    override_name: Mapped[str | None] = mapped_column(String(100))
    override_reason: Mapped[str | None] = mapped_column(String(200))
    # The credit or installment whose balance the return reduced, and by how much.
    credit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("credit_arrangements.id"), index=True
    )
    credit_reduction_tiyn: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime]

    lines: Mapped[list[SaleReturnLine]] = relationship(
        viewonly=True, order_by="SaleReturnLine.line_no"
    )
    refunds: Mapped[list[ReturnRefund]] = relationship(viewonly=True)


class SaleReturnLine(Base):
    __tablename__ = "sale_return_lines"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    return_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sale_returns.id", ondelete="CASCADE"), index=True
    )
    sale_line_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sale_lines.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    # Thousandths of the sale line's unit (pos.domain.quantity), as the sale line keeps it.
    quantity_milli: Mapped[int] = mapped_column(Integer)
    amount_tiyn: Mapped[int] = mapped_column(Integer)


class ReturnRefund(Base):
    """How a return's money went back: cash from the drawer, card, or the credit balance."""

    __tablename__ = "return_refunds"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    return_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sale_returns.id", ondelete="CASCADE"), index=True
    )
    method: Mapped[str] = mapped_column(String(16))
    amount_tiyn: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str | None] = mapped_column(String(32))


class HeldSale(Base):
    """An open sale put aside to serve someone else; not a recorded sale.

    The lines are kept as typed (product data, no personal data); the buyer only by id."""

    __tablename__ = "held_sales"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    register_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registers.id"), index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    buyer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("buyers.id", ondelete="SET NULL"), index=True
    )
    lines: Mapped[list[dict[str, Any]]]
    total_tiyn: Mapped[int] = mapped_column(Integer)
    held_at: Mapped[dt.datetime]


# --- privacy operations ---------------------------------------------------------------


class Disclosure(Base):
    """The disclosure register: each transfer of personal data to a recipient."""

    __tablename__ = "disclosures"
    __table_args__ = (
        # The register is read by date (`pos disclosures list --from --to`).
        Index("ix_disclosures_at", "at"),
        # A parcel goes to one carrier: two registers cannot both record its hand-over.
        Index(
            "uq_disclosures_handover",
            "sale_id",
            unique=True,
            sqlite_where=text("recipient_category IN ('courier', 'postal')"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    buyer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("buyers.id", ondelete="SET NULL"), index=True
    )
    recipient_category: Mapped[str] = mapped_column(String(32))
    recipient_name: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str | None] = mapped_column(String(16))
    legal_basis: Mapped[str | None] = mapped_column(String(300))
    data_categories: Mapped[list[str]]
    sale_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sales.id"), index=True)
    at: Mapped[dt.datetime]
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"))
    register_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("registers.id"))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))


class Incident(Base):
    """The incident register (K14): a breach or a suspected one, when it was detected, what
    happened and to whom (categories and counts, never a person), by when the authority must
    hear of it, and the notifications made. Texts hold no personal data (refused on entry).
    """

    __tablename__ = "incidents"
    __table_args__ = (
        # A failed `pos check` opens one draft per finding: a second run of the same finding
        # while the first is not closed meets this index instead of adding another.
        Index(
            "uq_incidents_open_finding",
            "finding",
            unique=True,
            sqlite_where=text("finding IS NOT NULL AND status != 'closed'"),
        ),
        Index("ix_incidents_detected_at", "detected_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    detected_at: Mapped[dt.datetime]
    recorded_at: Mapped[dt.datetime]
    what: Mapped[str] = mapped_column(String(500))
    scope: Mapped[str] = mapped_column(String(500))
    # Data categories affected (DataCategory values) and how many people, when known.
    categories: Mapped[list[str]]
    people: Mapped[int | None]
    severity: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(16))
    # For a machine's finding: a digest of the check and what it found.
    finding: Mapped[str | None] = mapped_column(String(64))
    # The store's last day to notify the authority (pos.domain.incidents.authority_due).
    authority_due: Mapped[dt.date]
    # [{"to": "authority"|"subjects", "at": iso, "reference": str, "staff_id": str|None}]
    notifications: Mapped[list[dict[str, Any]]]
    closed_at: Mapped[dt.datetime | None]
    close_note: Mapped[str | None] = mapped_column(String(500))
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))


class SubjectRequest(Base):
    """A buyer's request (access, correction, withdrawal, refusal) with its dates and outcome.

    Kept after destruction with the buyer link cut, so a regulator can be shown when
    each request was answered.
    """

    __tablename__ = "subject_requests"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    buyer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("buyers.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    received_at: Mapped[dt.datetime]
    answered_at: Mapped[dt.datetime | None]
    outcome: Mapped[str] = mapped_column(String(32), default="pending")
    # Why, in words without personal data ("credit outstanding until 2027-03-01").
    detail: Mapped[str | None] = mapped_column(String(300))
    reference: Mapped[str | None] = mapped_column(String(200))
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))


class Erasure(Base):
    """That a buyer id was destroyed, and when; no personal data. Answers a second request."""

    __tablename__ = "erasures"

    buyer_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime]
    # What triggered it: "written_refusal", "withdrawal", "retention", "headoffice", "request".
    cause: Mapped[str] = mapped_column(String(32))


class AppliedDirective(Base):
    """Head-office directives already applied here, so a repeated pull changes nothing."""

    __tablename__ = "applied_directives"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    applied_at: Mapped[dt.datetime]
    outcome: Mapped[str] = mapped_column(String(32))


class PrintJob(Base):
    """A document to print. Holds references, not the document, so nothing personal is copied."""

    __tablename__ = "print_jobs"
    __table_args__ = (Index("ix_print_jobs_status", "status"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    document: Mapped[str] = mapped_column(String(32))
    subject_id: Mapped[uuid.UUID | None]
    language: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[dt.datetime]
    printed_at: Mapped[dt.datetime | None]


# --- links that destruction must cut (policy 1.11) -----------------------------------


class BuyerLinkKey(Base):
    """A buyer's link key: it seals the audit entries and the signed slips that name them.

    Destruction deletes the row (secure_delete zeroes it, a checkpoint clears the WAL), so
    what it sealed stays in the chain, verifiable, but never opens again.
    """

    __tablename__ = "buyer_link_keys"

    buyer_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[dt.datetime]


class AuditLink(Base):
    """Which sealed audit entry belongs to which live buyer; deleted with the buyer's key."""

    __tablename__ = "audit_links"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    buyer_id: Mapped[uuid.UUID] = mapped_column(index=True)


class SignedSlip(Base):
    """What a consent slip showed when it was signed, sealed under the buyer's link key."""

    __tablename__ = "signed_slips"

    consent_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("consents.id", ondelete="CASCADE"), primary_key=True
    )
    buyer_id: Mapped[uuid.UUID] = mapped_column(index=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


# --- audit and outbox -----------------------------------------------------------------


class AuditEntry(Base):
    """Append-only, hash-chained. Names actor, action, entity ids and field names; never values."""

    __tablename__ = "audit_entries"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime]
    store_id: Mapped[uuid.UUID | None]
    register_id: Mapped[uuid.UUID | None]
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entities: Mapped[dict[str, Any]]
    fields: Mapped[list[str]]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The newest chain link, so deleting the last entries is detected too."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class OutboxEvent(Base):
    """A change head office must see, written in the same transaction as the change."""

    __tablename__ = "outbox_events"
    __table_args__ = (
        UniqueConstraint("register_id", "seq"),
        Index("ix_outbox_events_sent_at_seq", "sent_at", "seq"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    register_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registers.id"))
    seq: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]]
    # Which buyer's data the payload carries, so destruction can purge it.
    buyer_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    created_at: Mapped[dt.datetime]
    sent_at: Mapped[dt.datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(300))


# --- statistics for third parties (policy 4.4.1) -------------------------------------


class StatsPeriod(Base):
    """A period's statistics as first exported, frozen: every later export returns these.

    Aggregates only (cells of 10 buyers or more), so nothing here is personal data.
    """

    __tablename__ = "stats_periods"

    period: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    first_day: Mapped[dt.date]
    last_day: Mapped[dt.date]
    # One list per CSV row, in the order of pos.services.stats.COLUMNS.
    rows: Mapped[list[Any]] = mapped_column(JSON)
    cells_total: Mapped[int] = mapped_column(Integer)
    cells_suppressed: Mapped[int] = mapped_column(Integer)
    frozen_at: Mapped[dt.datetime]


class StatsExport(Base):
    """The register of statistics exports: what went to whom, when, by whom, its file hash."""

    __tablename__ = "stats_exports"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    period: Mapped[str] = mapped_column(ForeignKey("stats_periods.period"), index=True)
    recipient: Mapped[str | None] = mapped_column(String(200))
    rows: Mapped[int] = mapped_column(Integer)
    file_sha256: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), index=True)
    # The audit's actor label ("staff:<id>", "system"), for exports not made by a person.
    actor: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime]


def _install_audit_triggers() -> None:
    # create_all() (tests, the schema comparison) gets the same triggers as the migration.
    from sqlalchemy import DDL, event

    from pos.storage.audit_ddl import AUDIT_TRIGGERS

    for ddl in AUDIT_TRIGGERS.values():
        event.listen(AuditEntry.__table__, "after_create", DDL(ddl))  # type: ignore[no-untyped-call]


_install_audit_triggers()


# --- fiscal documents (issue 15) --------------------------------------------------------


class FiscalDocument(Base):
    """One document for the cash register (KKM), stored in the unit of work that made it.

    Its id is the till's own id, sent as `ExternalCheckNumber`; `seq` orders one register's
    queue (one register, one cashbox). The fiscal result is kept here, 1:1 with the sale,
    return or cash move it fiscalizes (`subject_id`). No personal data.
    """

    __tablename__ = "fiscal_documents"
    __table_args__ = (
        UniqueConstraint("register_id", "seq"),
        Index("ix_fiscal_documents_state", "register_id", "state", "seq"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    register_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registers.id"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    subject_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    provider: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    amount_tiyn: Mapped[int] = mapped_column(Integer)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_code: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[dt.datetime]
    tried_at: Mapped[dt.datetime | None]
    done_at: Mapped[dt.datetime | None]
    # The fiscal result (FISCAL.md): set together when the KKM has the document.
    fiscal_sign: Mapped[str | None] = mapped_column(String(64))
    registration_number: Mapped[str | None] = mapped_column(String(64))
    factory_number: Mapped[str | None] = mapped_column(String(64))
    fiscal_at: Mapped[dt.datetime | None]
    fiscal_total_tiyn: Mapped[int | None] = mapped_column(Integer)
    offline: Mapped[bool | None] = mapped_column(Boolean)
    shift_number: Mapped[int | None] = mapped_column(Integer)
    order_number: Mapped[int | None] = mapped_column(Integer)
    ticket_url: Mapped[str | None] = mapped_column(String(500))
    ofd_name: Mapped[str | None] = mapped_column(String(200))
    ofd_host: Mapped[str | None] = mapped_column(String(200))
    # X and Z: the till's own figures when queued ("till"), the KKM's ("kkm") and the
    # names of the figures that differ ("mismatch"), shown, never hidden.
    report: Mapped[dict[str, Any] | None] = mapped_column(JSON)
