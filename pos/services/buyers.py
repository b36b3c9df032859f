"""Finding buyers: by IIN (exact), phone (full or last digits) or name prefix.

Every branch is an index range scan with a LIMIT, so a search stays fast at a million
buyers: the IIN has a unique index, the reversed phone digits an index that turns "last
digits" into a prefix, and the folded name words a WITHOUT ROWID key table.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session, aliased

from pos.domain.contact import normalize_phone
from pos.domain.enums import ConsentState, Role
from pos.domain.errors import ValidationError
from pos.domain.iin import check_digit
from pos.domain.names import prefix_upper_bound, search_key
from pos.domain.views import BuyerSummary, BuyerView
from pos.services.context import Action, ServiceContext
from pos.services.lookups import (
    buyer_summary,
    buyer_view,
    current_policy_label,
    get_buyer_row,
    store_today,
)
from pos.services.uow import UnitOfWork
from pos.storage import queries
from pos.storage.models import Buyer, BuyerNameKey, BuyerPurpose

MIN_PHONE_SUFFIX = 4
MAX_RESULTS = 50
_PHONE_CHARS = re.compile(r"^\+?[\d\s()\-]+$")


class SearchKind(StrEnum):
    IIN = "iin"
    PHONE = "phone"
    PHONE_SUFFIX = "phone_suffix"
    NAME = "name"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class SearchQuery:
    kind: SearchKind
    value: str
    words: tuple[str, ...] = ()


def classify(text: str) -> SearchQuery:
    """Decide what the cashier typed: an IIN, a phone, the end of a phone, or a name."""
    raw = text.strip()
    if not raw:
        return SearchQuery(SearchKind.NONE, "")
    if _PHONE_CHARS.match(raw):
        digits = "".join(c for c in raw if c.isdigit())
        if len(digits) == 12 and not raw.startswith("+"):
            valid = check_digit(digits[:11]) == int(digits[11])
            return SearchQuery(SearchKind.IIN if valid else SearchKind.NONE, digits)
        if raw.startswith("+") or len(digits) in (10, 11):
            try:
                return SearchQuery(SearchKind.PHONE, normalize_phone(raw))
            except ValidationError:
                pass
        if MIN_PHONE_SUFFIX <= len(digits) <= 11:
            return SearchQuery(SearchKind.PHONE_SUFFIX, digits)
        return SearchQuery(SearchKind.NONE, digits)
    words = tuple(w for w in search_key(raw).replace(",", " ").split() if w)
    if not words:
        return SearchQuery(SearchKind.NONE, "")
    return SearchQuery(SearchKind.NAME, " ".join(words), words)


def _ids_for(session: Session, q: SearchQuery, limit: int) -> Sequence[uuid.UUID]:
    if q.kind is SearchKind.IIN:
        found = queries.buyer_id_by_iin(session, q.value)
        return [found] if found is not None else []
    if q.kind is SearchKind.PHONE:
        return session.scalars(select(Buyer.id).where(Buyer.phone == q.value).limit(limit)).all()
    if q.kind is SearchKind.PHONE_SUFFIX:
        rev = q.value[::-1]
        return session.scalars(
            select(Buyer.id)
            .where(Buyer.phone_rev >= rev, Buyer.phone_rev < prefix_upper_bound(rev))
            .limit(limit)
        ).all()
    if q.kind is SearchKind.NAME:
        # The longest word drives the index scan; the others must match some other word.
        words = sorted(q.words, key=len, reverse=True)
        driver = words[0]
        stmt = select(BuyerNameKey.buyer_id).where(
            BuyerNameKey.key >= driver, BuyerNameKey.key < prefix_upper_bound(driver)
        )
        for word in words[1:]:
            other = aliased(BuyerNameKey)
            stmt = stmt.where(
                exists().where(
                    and_(
                        other.buyer_id == BuyerNameKey.buyer_id,
                        other.key >= word,
                        other.key < prefix_upper_bound(word),
                    )
                )
            )
        return list(dict.fromkeys(session.scalars(stmt.limit(limit * 3)).all()))[:limit]
    return []


def _summaries(
    session: Session, ids: Sequence[uuid.UUID], current: str | None
) -> list[BuyerSummary]:
    if not ids:
        return []
    buyers = session.scalars(select(Buyer).where(Buyer.id.in_(ids))).all()
    labels: dict[uuid.UUID, tuple[object, str]] = {}
    for bp in session.scalars(select(BuyerPurpose).where(BuyerPurpose.buyer_id.in_(ids))):
        if ConsentState(bp.state).allows_processing:
            best = labels.get(bp.buyer_id)
            if best is None or bp.since > best[0]:  # type: ignore[operator]
                labels[bp.buyer_id] = (bp.since, bp.policy_label)
    out = [
        buyer_summary(b, current is not None and b.id in labels and labels[b.id][1] != current)
        for b in buyers
    ]
    out.sort(key=lambda s: (s.display_name.casefold(), str(s.id)))
    return out


def find_buyers(ctx: ServiceContext, text: str, *, limit: int = 20) -> list[BuyerSummary]:
    """Search as the cashier types. Every search that runs is audited: who searched, how
    many buyers it showed and which, never what was typed (that is personal data). A
    search that finds no one is kept too: it tells whether someone is a buyer here."""
    ctx.actor.require_staff(Role.CASHIER, Action.SEARCH_BUYERS)
    q = classify(text)
    limit = max(1, min(limit, MAX_RESULTS))
    if q.kind is SearchKind.NONE:
        return []
    with UnitOfWork(ctx) as uow:
        session = uow.session
        current = current_policy_label(session, store_today(session, ctx.actor, uow.now))
        found = _summaries(session, _ids_for(session, q, limit), current)
        uow.audit(
            "buyer.searched",
            {"buyers": [s.id for s in found]},
            [f"by:{q.kind.value}", f"count:{len(found)}"],
        )
        uow.commit()
        return found


def get_buyer(ctx: ServiceContext, buyer_id: uuid.UUID) -> BuyerView:
    """Open a buyer's record (audited: it shows their data), as the actor's role may see
    it: masked identifying and contact fields for a cashier (pos.domain.visibility)."""
    ctx.actor.require_staff(Role.CASHIER, Action.VIEW_BUYER)
    with UnitOfWork(ctx) as uow:
        buyer = get_buyer_row(uow.session, buyer_id)
        view = buyer_view(
            uow.session,
            buyer,
            store_today(uow.session, ctx.actor, uow.now),
            role=ctx.actor.role,
        )
        # "masked": the viewer saw the masked forms, not the values.
        uow.audit("buyer.viewed", {"buyer": buyer_id}, ["masked"] if view.masked else [])
        uow.commit()
        return view
