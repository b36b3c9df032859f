"""What a head-office privacy officer does: find a person across stores, print their access
report, issue a withdrawal, a written refusal or a destruction to every store holding them.

Every look at personal data and every directive is written to `officer_audit` (ids only).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from headoffice import auth, chain, directives
from headoffice.config import Keys
from headoffice.db import HeadOfficeDB
from headoffice.ingest import register_statuses
from headoffice.models import (
    BuyerRecord,
    DirectiveAckRow,
    DirectiveRow,
    EventRow,
    Store,
)
from headoffice.payloads import reveal
from headoffice.people import (
    ALL_PURPOSES,
    DESTRUCTION_SENT,
    REFUSAL_SENT,
    WITHDRAWN,
    event_context,
    linked_records,
    record_context,
    records_of,
)
from pos.domain.contact import normalize_phone
from pos.domain.enums import Purpose
from pos.domain.errors import ValidationError
from pos.domain.events import EventType
from pos.domain.iin import normalize_iin, parse_iin
from protocol.wire import DestructionBody, RefusalBody, RegisterStatus, WithdrawalBody

Clock = Callable[[], dt.datetime]


class OfficerError(Exception):
    """A refused officer action, with a one-line reason."""


@dataclass(frozen=True)
class Subject:
    """How the officer names a person: by IIN, or by phone for buyers without one."""

    iin: str | None = None
    phone: str | None = None

    @classmethod
    def parse(cls, *, iin: str | None, phone: str | None) -> Subject:
        try:
            if iin:
                parse_iin(iin)
                return cls(iin=normalize_iin(iin))
            if phone:
                return cls(phone=normalize_phone(phone))
        except ValidationError as exc:
            raise OfficerError(str(exc)) from None
        raise OfficerError("give --iin or --phone")


@dataclass(frozen=True)
class PersonRecord:
    store_code: str
    register_id: uuid.UUID
    buyer_id: uuid.UUID
    status: str
    fields: dict[str, Any]
    purposes: dict[str, str]


@dataclass
class Officer:
    db: HeadOfficeDB
    keys: Keys
    name: str
    clock: Clock = field(default=lambda: dt.datetime.now(dt.UTC))

    def _audit(self, session: Session, action: str, detail: dict[str, Any]) -> None:
        chain.append(self.db, session, self.name, action, detail, self.clock())

    def _records(self, session: Session, subject: Subject) -> list[BuyerRecord]:
        blind, store = self.keys.blind, self.keys.store
        if subject.iin:
            first = records_of(session, store.holders("iin", blind.of("iin", subject.iin)))
        else:
            first = records_of(
                session, store.holders("phone", blind.of("phone", subject.phone or ""))
            )
        found = {r.id: r for r in first}
        for r in list(first):
            for other in linked_records(session, store, r):
                found.setdefault(other.id, other)
        return sorted(found.values(), key=lambda r: r.id)

    def _person(self, session: Session, row: BuyerRecord) -> PersonRecord:
        # Each value opens with the buyer's own key, found by the key id it carries.
        cipher = self.keys.ring(self.clock())
        fields = {
            name: json.loads(
                cipher.decrypt(token, record_context(row.store_pk, row.buyer_id, name))
            )
            for name, token in sorted(row.fields.items())
        }
        code = session.scalar(select(Store.code).where(Store.id == row.store_pk)) or "?"
        return PersonRecord(
            code, row.register_id, row.buyer_id, row.status, fields, dict(row.purposes)
        )

    def find(self, subject: Subject) -> list[PersonRecord]:
        """Every store's record of this person (audited)."""
        with self.db.session() as session, session.begin():
            rows = self._records(session, subject)
            self._audit(session, "lookup", {"records": [r.id for r in rows]})
            return [self._person(session, r) for r in rows]

    def access_report(self, subject: Subject) -> dict[str, Any]:
        """Everything head office holds about the person, per store (audited)."""
        with self.db.session() as session, session.begin():
            rows = self._records(session, subject)
            self._audit(session, "access_report", {"records": [r.id for r in rows]})
            return {
                "generated_at": self.clock().isoformat(),
                "records": [self._record_report(session, r) for r in rows],
            }

    def _record_report(self, session: Session, row: BuyerRecord) -> dict[str, Any]:
        person = self._person(session, row)
        events = session.scalars(
            select(EventRow)
            .where(EventRow.store_pk == row.store_pk, EventRow.buyer_id == row.buyer_id)
            .order_by(EventRow.created_at, EventRow.seq)
        ).all()
        ring = self.keys.ring(self.clock())
        consents, purchases, credits, disclosures, requests = [], [], [], [], []
        for ev in events:
            payload = reveal(ev.payload, event_context(row.store_pk, ev.event_id), cipher=ring)
            item = {"at": ev.created_at.isoformat(), "type": ev.type, **_summary(payload)}
            if ev.type.startswith("consent."):
                consents.append(item)
            elif ev.type in (EventType.SALE_RECORDED, EventType.SALE_RETURNED):
                purchases.append(item)  # a return is listed with the purchases it reverses
            elif ev.type.startswith("credit."):
                credits.append(item)
            elif ev.type == EventType.DISCLOSURE_RECORDED:
                disclosures.append(item)
            elif ev.type == EventType.SUBJECT_REQUEST:
                requests.append(item)
        sent = session.execute(
            select(DirectiveRow, DirectiveAckRow)
            .outerjoin(DirectiveAckRow, DirectiveAckRow.directive_seq == DirectiveRow.seq)
            .where(DirectiveRow.store_pk == row.store_pk)
            .order_by(DirectiveRow.seq)
        ).all()
        directive_items = [
            {
                "id": str(d.id),
                "kind": d.kind,
                "issued_at": d.issued_at.isoformat(),
                "issued_by": d.issued_by,
                "outcome": a.outcome if a else "pending",
                "detail": a.detail if a else None,
            }
            for d, a in sent
            if d.body.get("buyer_id") == str(row.buyer_id)
        ]
        return {
            "store": person.store_code,
            "register_id": str(person.register_id),
            "buyer_id": str(person.buyer_id),
            "status": person.status,
            "data": person.fields,
            "purposes": person.purposes,
            "consents": consents,
            "purchases": purchases,
            "credits": credits,
            "disclosures": disclosures,
            "requests": requests,
            "directives": directive_items,
        }

    # --- directives ---------------------------------------------------------------------

    def _issue(
        self, subject: Subject, make: Callable[[BuyerRecord], BaseModel], action: str
    ) -> list[tuple[str, uuid.UUID]]:
        ring = self.keys.ring(self.clock())
        with self.db.session() as session, session.begin():
            rows = self._records(session, subject)
            if not rows:
                raise OfficerError("no store holds a buyer with these details")
            issued = []
            for row in rows:
                body = make(row)
                d = directives.issue(
                    self.db,
                    session,
                    body,
                    store_pk=row.store_pk,
                    register_id=row.register_id,
                    origin="headoffice",
                    issued_by=f"officer:{self.name}",
                    now=self.clock(),
                    ring=ring,
                )
                code = session.scalar(select(Store.code).where(Store.id == row.store_pk)) or "?"
                issued.append((code, d.id))
            self._audit(
                session,
                action,
                {"records": [r.id for r in rows], "directives": [str(i) for _, i in issued]},
            )
            ring.before_commit()  # a key made for sealing a reference is stored first
            return issued

    def withdraw(
        self, subject: Subject, purposes: list[Purpose] | None, reference: str | None
    ) -> list[tuple[str, uuid.UUID]]:
        """A withdrawal directive to every store holding the person (None: all purposes)."""
        wanted = [p.value for p in purposes] if purposes else None

        def make(row: BuyerRecord) -> BaseModel:
            marked = wanted or list(ALL_PURPOSES)
            row.purposes = {**row.purposes, **dict.fromkeys(marked, WITHDRAWN)}
            return WithdrawalBody(buyer_id=row.buyer_id, purposes=wanted, reference=reference)

        return self._issue(subject, make, "withdrawal_issued")

    def refuse(self, subject: Subject, reference: str) -> list[tuple[str, uuid.UUID]]:
        """A written-refusal directive to every store holding the person."""
        if not reference.strip():
            raise OfficerError("give the reference of the written refusal")

        def make(row: BuyerRecord) -> BaseModel:
            row.status = REFUSAL_SENT
            return RefusalBody(buyer_id=row.buyer_id, reference=reference.strip())

        return self._issue(subject, make, "refusal_issued")

    def destroy(self, subject: Subject, reason: str) -> list[tuple[str, uuid.UUID]]:
        """A destruction directive to every store holding the person; each store's
        destruction event then removes that store's data here."""
        if not reason.strip():
            raise OfficerError("give the reason for the destruction")

        def make(row: BuyerRecord) -> BaseModel:
            row.status = DESTRUCTION_SENT
            return DestructionBody(buyer_id=row.buyer_id, reason=reason.strip())

        return self._issue(subject, make, "destruction_issued")


def _summary(payload: dict[str, Any]) -> dict[str, Any]:
    """The payload without ids that mean nothing to the buyer."""
    return {
        k: v
        for k, v in payload.items()
        if k not in ("buyer_id", "register_id", "staff_id", "data") and v is not None
    }


# --- store administration -------------------------------------------------------------


def add_store(
    db: HeadOfficeDB,
    code: str,
    now: dt.datetime,
    *,
    expires_in_days: int | None = None,
    officer: str | None = None,
) -> str:
    """Register a store; returns its credential (shown once, only its hash is kept)."""
    with db.session() as session, session.begin():
        if session.scalar(select(Store.id).where(Store.code == code)) is not None:
            raise OfficerError(
                f"store {code} is already registered; `pos-headoffice new-credential {code}` replaces its credential"
            )
        store = Store(code=code, created_at=now)
        session.add(store)
        session.flush()
        token = auth.issue(session, store, now, expires_in_days)
        if officer is not None:
            chain.append(db, session, officer, "store_added", {"store": code}, now)
        return token


def new_credential(
    db: HeadOfficeDB,
    code: str,
    now: dt.datetime,
    *,
    expires_in_days: int | None = None,
    officer: str | None = None,
) -> str:
    """Replace a store's credential (the old one stops working at once)."""
    with db.session() as session, session.begin():
        store = session.scalar(select(Store).where(Store.code == code))
        if store is None:
            raise OfficerError(f"no store {code} is registered")
        token = auth.issue(session, store, now, expires_in_days)
        if officer is not None:
            chain.append(db, session, officer, "credential_rotated", {"store": code}, now)
        return token


def set_store_enabled(
    db: HeadOfficeDB, code: str, enabled: bool, now: dt.datetime, *, officer: str
) -> None:
    """Disable a store (its credential is refused at once, with the reason) or enable it."""
    with db.session() as session, session.begin():
        store = session.scalar(select(Store).where(Store.code == code))
        if store is None:
            raise OfficerError(f"no store {code} is registered")
        if enabled == (store.disabled_at is None):
            raise OfficerError(f"store {code} is already {'enabled' if enabled else 'disabled'}")
        store.disabled_at = None if enabled else now
        chain.append(
            db,
            session,
            officer,
            "store_enabled" if enabled else "store_disabled",
            {"store": code},
            now,
        )


@dataclass(frozen=True)
class StoreStatus:
    code: str
    registers: list[RegisterStatus]
    events: int
    pending_directives: int


def store_status(db: HeadOfficeDB) -> list[StoreStatus]:
    """Per store: registers (with gaps), events held, directives not yet acknowledged."""
    from sqlalchemy import func

    out = []
    with db.session() as session:
        for store in session.scalars(select(Store).order_by(Store.code)):
            ref = auth.StoreRef(store.id, store.code)
            count = session.scalar(select(func.count()).where(EventRow.store_pk == store.id)) or 0
            pending = (
                session.scalar(
                    select(func.count())
                    .select_from(DirectiveRow)
                    .outerjoin(DirectiveAckRow, DirectiveAckRow.directive_seq == DirectiveRow.seq)
                    .where(
                        DirectiveRow.store_pk == store.id, DirectiveAckRow.directive_seq.is_(None)
                    )
                )
                or 0
            )
            out.append(
                StoreStatus(
                    store.code, register_statuses(session, ref, ranges=True), count, pending
                )
            )
    return out
