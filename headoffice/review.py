"""The officer's review of propagations held past a store's daily threshold
(`pos-headoffice review list|approve|reject`): approved ones are sent as directives then,
rejected ones never; each decision is in the officer audit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from headoffice import chain, directives, trust
from headoffice.config import Keys
from headoffice.crypto import CryptoError
from headoffice.db import HeadOfficeDB
from headoffice.models import BuyerRecord, HeldPropagation, Store
from headoffice.people import DESTRUCTION_SENT, GIVEN, REFUSAL_SENT, WITHDRAWN


@dataclass(frozen=True)
class HeldItem:
    id: int
    store_code: str
    target_store_code: str
    kind: str
    staff: str | None
    held_at: dt.datetime
    status: str


def held_list(db: HeadOfficeDB, *, all_: bool = False) -> list[HeldItem]:
    with db.session() as session:
        codes = {pk: code for pk, code in session.execute(select(Store.id, Store.code))}
        query = select(HeldPropagation).order_by(HeldPropagation.id)
        if not all_:
            query = query.where(HeldPropagation.status == trust.HELD)
        return [
            HeldItem(
                h.id,
                codes.get(h.store_pk, "?"),
                codes.get(h.target_store_pk, "?"),
                h.kind,
                h.staff,
                h.held_at,
                h.status,
            )
            for h in session.scalars(query)
        ]


class ReviewError(Exception):
    """A refused review action, with a one-line reason."""


def decide(
    db: HeadOfficeDB, keys: Keys, officer: str, held_id: int, approve: bool, now: dt.datetime
) -> str:
    """Approve (send now) or reject a held propagation; returns what happened, in words."""
    ring = keys.ring(now)
    with db.session() as session, session.begin():
        held = session.get(HeldPropagation, held_id, with_for_update=db.dialect == "postgresql")
        if held is None:
            raise ReviewError(f"no held propagation {held_id}")
        if held.status != trust.HELD:
            raise ReviewError(f"held propagation {held_id} was already {held.status}")
        held.decided_at, held.decided_by = now, officer[:100]
        target = session.scalar(
            select(BuyerRecord).where(
                BuyerRecord.store_pk == held.target_store_pk,
                BuyerRecord.buyer_id == held.target_buyer_id,
            )
        )
        outcome = "rejected: nothing sent"
        held.status = trust.REJECTED
        detail: dict[str, Any] = {"held": held.id, "kind": held.kind}
        if approve and target is None:
            held.status = trust.VOID
            outcome = "approved, but the other store's record is gone: nothing sent"
        elif approve and target is not None:
            try:
                body = trust.unseal(ring, held.body)
            except CryptoError:
                held.status = trust.VOID
                outcome = "approved, but the buyer's key is gone: nothing sent"
            else:
                code = session.scalar(select(Store.code).where(Store.id == held.store_pk)) or "?"
                d = directives.issue(
                    db,
                    session,
                    body,
                    store_pk=target.store_pk,
                    register_id=target.register_id,
                    origin="store",
                    issued_by=f"store:{code} approved by officer:{officer}",
                    now=now,
                    ring=ring,
                )
                data = body.model_dump(mode="json")
                if held.kind == "withdrawal":
                    marked = data.get("purposes") or [
                        p for p, s in target.purposes.items() if s == GIVEN
                    ]
                    target.purposes = {**target.purposes, **dict.fromkeys(marked, WITHDRAWN)}
                elif held.kind == "refusal":
                    target.status = REFUSAL_SENT
                elif held.kind == "destruction":
                    target.status = DESTRUCTION_SENT
                held.status = trust.APPROVED
                detail["directive"] = str(d.id)
                outcome = "approved and sent"
        chain.append(db, session, officer, f"review_{held.status}", detail, now)
        ring.before_commit()
    return outcome
