"""Head office's tables. Schema changes go through its own Alembic migrations.

Every row a store can reach carries `store_pk`, and every query a store's request runs
filters on it, so one store's credential never touches another store's rows. Personal
values are stored only as AES-GCM ciphertexts under each buyer's own key
(`buyer_records.fields` and the personal keys of event payloads); IIN and phone are
searchable through keyed blind indexes kept, with the keys, in the key store.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from headoffice.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# JSONB on PostgreSQL; BIGINT keys that still auto-increment on SQLite.
JSONType = JSON().with_variant(JSONB(), "postgresql")
BigId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UTCDateTime(),
        dt.date: Date(),
        dict[str, Any]: JSONType,
    }


class Store(Base):
    __tablename__ = "stores"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime]
    # Set by `pos-headoffice disable-store`: every credential of the store is refused.
    disabled_at: Mapped[dt.datetime | None]


class Credential(Base):
    """A store's credential: only a salted SHA-256 of its secret is kept."""

    __tablename__ = "credentials"

    # The public half of the token, to find the row without scanning.
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    store_pk: Mapped[int] = mapped_column(ForeignKey("stores.id"), index=True)
    salt: Mapped[bytes] = mapped_column(LargeBinary(16))
    digest: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[dt.datetime]
    revoked_at: Mapped[dt.datetime | None]
    # Refused from then on (`add-store --expires-in`, `rotate-credential`); None: never.
    expires_at: Mapped[dt.datetime | None]


class RegisterRow(Base):
    """One till of a store: how much of its outbox sequence head office holds."""

    __tablename__ = "registers"
    __table_args__ = (UniqueConstraint("store_pk", "register_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    store_pk: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    register_id: Mapped[uuid.UUID]
    max_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    stored: Mapped[int] = mapped_column(BigInteger, default=0)
    first_seen_at: Mapped[dt.datetime]
    last_seen_at: Mapped[dt.datetime]


class EventRow(Base):
    """A pushed outbox event, stored once per (store, event id)."""

    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("store_pk", "event_id"),
        UniqueConstraint("store_pk", "register_id", "seq"),
        Index("ix_events_store_pk_buyer_id", "store_pk", "buyer_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    store_pk: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    event_id: Mapped[uuid.UUID]
    register_id: Mapped[uuid.UUID]
    seq: Mapped[int] = mapped_column(BigInteger)
    type: Mapped[str] = mapped_column(String(64))
    # The till's buyer id the event concerns; cut when the buyer is destroyed.
    buyer_id: Mapped[uuid.UUID | None]
    payload: Mapped[dict[str, Any]]
    created_at: Mapped[dt.datetime]
    received_at: Mapped[dt.datetime]
    # Keyed hash (index key) of the event as pushed, canonical JSON: a resend with other
    # content is told from a duplicate without opening the payload (headoffice.anchors).
    digest: Mapped[str | None] = mapped_column(String(64))


class BuyerRecord(Base):
    """The current data of one store's buyer, encrypted per field, with blind indexes."""

    __tablename__ = "buyer_records"
    __table_args__ = (UniqueConstraint("store_pk", "buyer_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    store_pk: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    register_id: Mapped[uuid.UUID]
    buyer_id: Mapped[uuid.UUID]
    status: Mapped[str] = mapped_column(String(16), default="active")
    # field name -> ciphertext under the buyer's own key, bound to this record and field.
    fields: Mapped[dict[str, Any]]
    # The buyer's current key in the key store (headoffice.keystore), which also holds the
    # IIN and phone blind indexes: a deleted key or index must not linger in this database.
    key_id: Mapped[str | None] = mapped_column(String(32))
    # purpose -> state ("given", "withdrawn", "expired"), from the store's events and
    # the directives sent to it, so a withdrawal is sent to each store only once.
    purposes: Mapped[dict[str, Any]]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class DestroyedBuyer(Base):
    """A store's buyer destroyed there; late events about them are unlinked on arrival."""

    __tablename__ = "destroyed_buyers"

    store_pk: Mapped[int] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    buyer_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime]


class DirectiveRow(Base):
    """A directive for one register, one store, or (store_pk NULL) every store."""

    __tablename__ = "directives"
    __table_args__ = (Index("ix_directives_store_pk_seq", "store_pk", "seq"),)

    # Assigned from `counters` under its row lock, so directives commit in seq order and
    # a till's cursor never skips one committed late.
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    id: Mapped[uuid.UUID] = mapped_column(unique=True)
    store_pk: Mapped[int | None] = mapped_column(ForeignKey("stores.id"))
    register_id: Mapped[uuid.UUID | None]
    kind: Mapped[str] = mapped_column(String(16))
    origin: Mapped[str] = mapped_column(String(16))
    body: Mapped[dict[str, Any]]
    # Who issued it: "store:<code>" (propagated) or "officer:<name>".
    issued_by: Mapped[str] = mapped_column(String(120))
    issued_at: Mapped[dt.datetime]


class DirectiveAckRow(Base):
    """What a register did with a directive."""

    __tablename__ = "directive_acks"

    directive_seq: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("directives.seq"), primary_key=True
    )
    register_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    store_pk: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    outcome: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(String(300))
    applied_at: Mapped[dt.datetime]
    received_at: Mapped[dt.datetime]


class PolicyRow(Base):
    """A policy version published by head office to every store."""

    __tablename__ = "policies"
    __table_args__ = (UniqueConstraint("label", "language"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8))
    effective_date: Mapped[dt.date]
    text: Mapped[str] = mapped_column(Text)
    text_sha256: Mapped[str] = mapped_column(String(64))
    published_at: Mapped[dt.datetime]


class CounterRow(Base):
    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class OfficerAudit(Base):
    """Every officer access to personal data, every directive issued, every store's
    propagation to other stores and every review: ids, never values. Append-only (database
    triggers) and hash-chained in `seq` order (headoffice.chain)."""

    __tablename__ = "officer_audit"
    # A store's propagations today are counted by (officer, at) (headoffice.trust).
    __table_args__ = (Index("ix_officer_audit_officer_at", "officer", "at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime]
    # An officer's name (signed in), or "store:<code>" for a store's propagation.
    officer: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]]
    seq: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


class OfficerAccount(Base):
    """A head-office officer: a name and an argon2 password hash."""

    __tablename__ = "officers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime]
    created_by: Mapped[str | None] = mapped_column(String(100))


class HeldPropagation(Base):
    """A store's propagation to another store held for an officer's review (the asking
    store passed its daily threshold). Sent as a directive only when approved."""

    __tablename__ = "held_propagations"
    __table_args__ = (Index("ix_held_propagations_status", "status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    store_pk: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    target_store_pk: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    target_register_id: Mapped[uuid.UUID]
    target_buyer_id: Mapped[uuid.UUID]
    kind: Mapped[str] = mapped_column(String(16))
    # The directive body to send; free text sealed under the target buyer's key.
    body: Mapped[dict[str, Any]]
    event_id: Mapped[uuid.UUID | None]
    staff: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16))
    held_at: Mapped[dt.datetime]
    decided_at: Mapped[dt.datetime | None]
    decided_by: Mapped[str | None] = mapped_column(String(100))


class RetentionRunRow(Base):
    """One retention run a till reported (`retention.run`): when and its counts, no buyer.

    An officer lists the last per register and sees a till whose retention stopped."""

    __tablename__ = "retention_runs"
    __table_args__ = (
        UniqueConstraint("store_pk", "event_id"),
        Index(
            "ix_retention_runs_store_pk_register_id_started_at",
            "store_pk",
            "register_id",
            "started_at",
        ),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    store_pk: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    register_id: Mapped[uuid.UUID]
    # The outbox event that carried it (a repeat is stored once) and the till's run id.
    event_id: Mapped[uuid.UUID]
    run_id: Mapped[uuid.UUID]
    trigger: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[dt.datetime]
    finished_at: Mapped[dt.datetime]
    purposes_expired: Mapped[int] = mapped_column(BigInteger)
    buyers_destroyed: Mapped[int] = mapped_column(BigInteger)
    buyers_kept: Mapped[int] = mapped_column(BigInteger)
    sent_events_pruned: Mapped[int] = mapped_column(BigInteger)
    # 0: the run finished; otherwise why it stopped (English, no personal data).
    errors: Mapped[int] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(String(300))
    received_at: Mapped[dt.datetime]


class IncidentRow(Base):
    """The incident register (K14) across stores: each till's incidents as last reported
    (`incident.recorded`, the newest state wins) and head office's own findings (a sequence
    gap in a register's events). No personal data: the till refuses it on entry."""

    __tablename__ = "incidents"
    __table_args__ = (
        UniqueConstraint("store_pk", "incident_id"),
        Index("ix_incidents_store_pk_detected_at", "store_pk", "detected_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    store_pk: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    incident_id: Mapped[uuid.UUID]
    # The register it came from (a till's incident) or is about (a sequence gap).
    register_id: Mapped[uuid.UUID | None]
    source: Mapped[str] = mapped_column(String(16))
    detected_at: Mapped[dt.datetime]
    recorded_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    what: Mapped[str] = mapped_column(String(500))
    scope: Mapped[str] = mapped_column(String(500))
    categories: Mapped[list[Any]] = mapped_column(JSONType)
    people: Mapped[int | None] = mapped_column(BigInteger)
    severity: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    authority_due: Mapped[dt.date]
    notifications: Mapped[list[Any]] = mapped_column(JSONType)
    closed_at: Mapped[dt.datetime | None]
    # Head office's own finding ("gap:<register>"), so one open draft per anomaly.
    finding: Mapped[str | None] = mapped_column(String(64))
    received_at: Mapped[dt.datetime]


class EventConflictRow(Base):
    """An event id pushed again with content other than what head office holds, kept for
    an officer. Only what tells the copies apart without personal values: the ids, the
    envelope as resent, which parts differ, and a keyed hash of the resent content (the
    till keeps the copy itself, unsent)."""

    __tablename__ = "event_conflicts"
    __table_args__ = (UniqueConstraint("store_pk", "event_id", "digest"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    store_pk: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    event_id: Mapped[uuid.UUID]
    register_id: Mapped[uuid.UUID]
    seq: Mapped[int] = mapped_column(BigInteger)
    type: Mapped[str] = mapped_column(String(64))
    # Names among register_id, seq, type, buyer_id, created_at, payload.
    differs: Mapped[list[Any]] = mapped_column(JSONType)
    digest: Mapped[str] = mapped_column(String(64))
    first_seen_at: Mapped[dt.datetime]
    last_seen_at: Mapped[dt.datetime]
    times: Mapped[int] = mapped_column(BigInteger)


class AuditAnchorRow(Base):
    """A till's audit head as head office received it at a sync: the history of anchors
    per register (`anchored`), and the heads that went back behind one (`backwards`)."""

    __tablename__ = "audit_anchors"
    __table_args__ = (
        Index("ix_audit_anchors_store_pk_register_id_id", "store_pk", "register_id", "id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    store_pk: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    register_id: Mapped[uuid.UUID]
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))
    verdict: Mapped[str] = mapped_column(String(16))
    problem: Mapped[str | None] = mapped_column(String(300))
    received_at: Mapped[dt.datetime]
    # The last sync that reported this same head.
    confirmed_at: Mapped[dt.datetime]


# --- price lists (issue 14, branch catalog) ---------------------------------------------


class PriceListRow(Base):
    """A price list head office published: its version, when it takes effect, to whom."""

    __tablename__ = "price_lists"

    version: Mapped[str] = mapped_column(String(64), primary_key=True)
    effective_at: Mapped[dt.datetime]
    products: Mapped[int] = mapped_column(Integer)
    parts: Mapped[int] = mapped_column(Integer)
    # Store codes it went to; None: every store (those added later too).
    stores: Mapped[list[str] | None] = mapped_column(JSONType)
    sha256: Mapped[str] = mapped_column(String(64))
    issued_by: Mapped[str] = mapped_column(String(120))
    published_at: Mapped[dt.datetime]


class PriceListPart(Base):
    """One directive carrying part of a price list (a list is sent in parts of a few
    thousand products, so a page of directives stays small)."""

    __tablename__ = "price_list_parts"

    version: Mapped[str] = mapped_column(ForeignKey("price_lists.version"), primary_key=True)
    part: Mapped[int] = mapped_column(Integer, primary_key=True)
    directive_seq: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("directives.seq"), primary_key=True, index=True
    )
