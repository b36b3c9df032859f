"""Price lists head office publishes to stores (BRIEF 9.4) and what each register did.

A price list is checked whole (pos.domain.pricelist: any bad row refuses the file), kept
as a version, and sent as directives of at most PART_SIZE products each, to every store
(store_pk NULL: stores added later get it too) or to the stores listed. A till applies
each part once (its id) and acknowledges it; a register has applied a version when it
acknowledged every part as applied.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from headoffice.db import HeadOfficeDB
from headoffice.directives import issue
from headoffice.models import DirectiveAckRow, PriceListPart, PriceListRow, Store
from pos.domain.pricelist import CatalogItem
from protocol.wire import CatalogBody, CatalogItemWire

PART_SIZE = 2000
APPLIED = ("applied", "already_applied")


class PriceListError(Exception):
    """The price list cannot be published (a version taken, an unknown store)."""


@dataclass(frozen=True, slots=True)
class AppliedLine:
    version: str
    effective_at: dt.datetime
    store_code: str
    register_id: str | None
    parts_applied: int
    parts: int
    problems: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return self.parts_applied >= self.parts


def publish_price_list(
    db: HeadOfficeDB,
    session: Session,
    items: Sequence[CatalogItem],
    *,
    version: str,
    effective_at: dt.datetime,
    store_codes: Sequence[str] | None,
    sha256: str,
    issued_by: str,
    now: dt.datetime,
    part_size: int = PART_SIZE,
) -> PriceListRow:
    if session.get(PriceListRow, version) is not None:
        raise PriceListError(f"price list version {version} is already published")
    targets: list[int | None] = [None]
    if store_codes:
        found = dict(
            (row[0], row[1])
            for row in session.execute(
                select(Store.code, Store.id).where(Store.code.in_(list(store_codes)))
            )
        )
        unknown = sorted(set(store_codes) - set(found))
        if unknown:
            raise PriceListError("no such store: " + ", ".join(unknown))
        targets = [found[c] for c in dict.fromkeys(store_codes)]
    chunks = [items[i : i + part_size] for i in range(0, len(items), part_size)]
    row = PriceListRow(
        version=version,
        effective_at=effective_at,
        products=len(items),
        parts=len(chunks),
        stores=sorted(set(store_codes)) if store_codes else None,
        sha256=sha256,
        issued_by=issued_by[:120],
        published_at=now,
    )
    session.add(row)
    session.flush()
    for number, chunk in enumerate(chunks, start=1):
        body = CatalogBody(
            version=version,
            part=number,
            parts=len(chunks),
            effective_at=effective_at,
            items=[CatalogItemWire.model_validate(item.as_json()) for item in chunk],
        )
        for store_pk in targets:
            directive = issue(
                db,
                session,
                body,
                store_pk=store_pk,
                register_id=None,
                origin="headoffice",
                issued_by=issued_by,
                now=now,
            )
            session.flush()
            session.add(PriceListPart(version=version, part=number, directive_seq=directive.seq))
    return row


def applied(session: Session, version: str | None = None) -> list[AppliedLine]:
    """Per price list, store and register: how many of its parts were applied. A store the
    list went to whose registers have answered nothing shows once, with none applied."""
    lists = session.scalars(
        select(PriceListRow)
        .where(PriceListRow.version == version if version else PriceListRow.version.is_not(None))
        .order_by(PriceListRow.published_at.desc())
    ).all()
    stores = {pk: code for pk, code in session.execute(select(Store.id, Store.code))}
    lines: list[AppliedLine] = []
    for pl in lists:
        counts = session.execute(
            select(
                DirectiveAckRow.store_pk,
                DirectiveAckRow.register_id,
                DirectiveAckRow.outcome,
                func.count(func.distinct(PriceListPart.part)),
            )
            .join(PriceListPart, PriceListPart.directive_seq == DirectiveAckRow.directive_seq)
            .where(PriceListPart.version == pl.version)
            .group_by(
                DirectiveAckRow.store_pk, DirectiveAckRow.register_id, DirectiveAckRow.outcome
            )
        ).all()
        per_register: dict[tuple[int, str], tuple[int, list[str]]] = {}
        for store_pk, register_id, outcome, n in counts:
            done, problems = per_register.get((store_pk, str(register_id)), (0, []))
            if outcome in APPLIED:
                done += int(n)
            else:
                problems = [*problems, f"{outcome}: {n}"]
            per_register[(store_pk, str(register_id))] = (done, problems)
        answered = {pk for pk, _ in per_register}
        targets = (
            [pk for pk, code in stores.items() if code in pl.stores]
            if pl.stores is not None
            else list(stores)
        )
        for (store_pk, register), (done, problems) in sorted(
            per_register.items(), key=lambda kv: (stores.get(kv[0][0], ""), kv[0][1])
        ):
            lines.append(
                AppliedLine(
                    pl.version,
                    pl.effective_at,
                    stores.get(store_pk, "?"),
                    register,
                    done,
                    pl.parts,
                    tuple(problems),
                )
            )
        for store_pk in sorted(set(targets) - answered, key=lambda pk: stores[pk]):
            lines.append(
                AppliedLine(pl.version, pl.effective_at, stores[store_pk], None, 0, pl.parts, ())
            )
    return lines
