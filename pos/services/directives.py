"""Applying head office's directives on the till, through the same services staff use.

A directive (new policy version, withdrawal, written refusal, destruction) acts as the
head-office actor and is recorded in `applied_directives` by its id, so pulling it again
changes nothing and reports the outcome recorded the first time.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pos.domain.enums import Purpose, Role
from pos.domain.errors import (
    Code,
    Conflict,
    NotFound,
    PermissionDenied,
    PosError,
    Refused,
    ValidationError,
)
from pos.domain.policy import text_sha256
from pos.domain.pricelist import CatalogItem, check_row
from pos.domain.references import personal_number
from pos.services import catalog, policies, privacy
from pos.services.context import Actor, ServiceContext
from pos.services.lookups import get_buyer_row, purpose_statuses
from pos.services.uow import UnitOfWork
from pos.storage.models import AppliedDirective
from protocol.wire import DirectiveOutcome as Outcome

HEADOFFICE = "headoffice"


@dataclass(frozen=True, slots=True)
class DirectiveIn:
    """A directive as pulled: its id, kind and body (plain JSON values)."""

    id: uuid.UUID
    kind: str
    body: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class DirectiveResult:
    id: uuid.UUID
    kind: str
    outcome: Outcome
    # Why, without personal data ("credit outstanding until 2027-03-01").
    detail: str | None
    applied_at: dt.datetime
    # False when the directive had been applied before (a repeated pull).
    new: bool


def headoffice_actor(ctx: ServiceContext) -> Actor:
    """Head office acting on this till: made only by the sync worker (sync/worker.py) for
    the directives it pulls; a test checks nothing else makes one."""
    return Actor(ctx.actor.store_id, ctx.actor.register_id, Role.STORE_ADMIN, None, HEADOFFICE)


def is_headoffice(actor: Actor) -> bool:
    return actor.label == HEADOFFICE and not actor.is_staff


def apply_directive(ctx: ServiceContext, directive: DirectiveIn) -> DirectiveResult:
    """Apply one directive once; a repeat returns the first outcome and changes nothing.

    Only head office's actor, made by the sync worker for what it pulled, applies one: a
    directive destroys or withdraws for head office, so no staff member (a store admin
    neither) may call this on their own behalf and have it audited as head office."""
    if not is_headoffice(ctx.actor):
        raise PermissionDenied(Code.DIRECTIVE_SYNC_ONLY)
    with ctx.db.read_session() as session:
        done = session.get(AppliedDirective, directive.id)
        if done is not None:
            return DirectiveResult(
                directive.id, done.kind, Outcome(done.outcome), None, done.applied_at, False
            )
    outcome, detail = _apply(ctx, directive)
    with UnitOfWork(ctx) as uow:
        if uow.session.get(AppliedDirective, directive.id) is not None:
            # Another worker got here first; its record stands.
            return DirectiveResult(directive.id, directive.kind, outcome, detail, uow.now, False)
        uow.session.add(
            AppliedDirective(
                id=directive.id,
                kind=directive.kind[:32],
                applied_at=uow.now,
                outcome=outcome.value,
            )
        )
        uow.audit(
            "directive.applied",
            {"directive": directive.id},
            [f"kind:{directive.kind[:32]}", f"outcome:{outcome.value}"],
        )
        uow.commit()
        return DirectiveResult(directive.id, directive.kind, outcome, detail, uow.now, True)


def _reference(value: object) -> str:
    """Head office's reference text, unless it holds what looks like an IIN or a phone:
    then a neutral one, so the directive still applies and keeps no personal data."""
    text = str(value or "")
    return "head office directive" if personal_number(text) else text


def _apply(ctx: ServiceContext, d: DirectiveIn) -> tuple[Outcome, str | None]:
    try:
        if d.kind == "policy":
            return _policy(ctx, d.body)
        if d.kind == "withdrawal":
            return _withdrawal(ctx, d.body)
        if d.kind == "catalog":
            return _catalog(ctx, d.body)
        if d.kind == "refusal":
            privacy.refuse_in_writing(
                ctx, _buyer(d.body), _reference(d.body.get("reference")), expressed_by=HEADOFFICE
            )
        elif d.kind == "destruction":
            privacy.destroy_buyer(
                ctx,
                _buyer(d.body),
                reason=_reference(d.body.get("reason")),
                expressed_by=HEADOFFICE,
            )
        else:
            return Outcome.INVALID, "unknown directive kind"
    except NotFound:
        return Outcome.NOT_FOUND, "no such buyer here (never registered, or already destroyed)"
    except Refused as exc:
        return Outcome.REFUSED, str(exc)
    except Conflict as exc:
        return Outcome.ALREADY_APPLIED, str(exc)
    except (ValidationError, ValueError, KeyError, TypeError):
        return Outcome.INVALID, "the directive is malformed"
    except PosError as exc:
        return Outcome.REFUSED, str(exc)
    return Outcome.APPLIED, None


def _policy(ctx: ServiceContext, body: Mapping[str, Any]) -> tuple[Outcome, str | None]:
    text = str(body["text"])
    if text_sha256(text) != body.get("text_sha256"):
        return Outcome.INVALID, "the policy text does not match its hash"
    label = str(body["label"])
    language = str(body["language"])
    try:
        policies.import_policy(
            ctx,
            text,
            label=label,
            effective=dt.date.fromisoformat(str(body["effective_date"])),
            language=language,
            source=HEADOFFICE,
        )
    except Conflict as exc:
        same = any(
            p.label == label and p.language == language and p.text_sha256 == body["text_sha256"]
            for p in policies.list_policies(ctx)
        )
        return (Outcome.ALREADY_APPLIED, None) if same else (Outcome.CONFLICT, str(exc))
    return Outcome.APPLIED, None


def _catalog(ctx: ServiceContext, body: Mapping[str, Any]) -> tuple[Outcome, str | None]:
    """A part of a head-office price list, applied in one transaction; a part this till
    applied before (the same version and part) changes nothing."""
    items = [CatalogItem.from_json(i) for i in body["items"]]
    problems = [why for item in items for why in check_row(item.as_row())[1]]
    if problems or not items:
        return Outcome.INVALID, "a product of the price list is malformed"
    result = catalog.apply_items(
        ctx,
        items,
        str(body["version"]),
        dt.datetime.fromisoformat(str(body["effective_at"])),
        source=HEADOFFICE,
        part=int(body["part"]),
        parts=int(body["parts"]),
    )
    if not result.new:
        return Outcome.ALREADY_APPLIED, None
    return Outcome.APPLIED, f"{result.added} added, {result.updated} updated"


def _withdrawal(ctx: ServiceContext, body: Mapping[str, Any]) -> tuple[Outcome, str | None]:
    """Withdraw what is still in force here of the purposes named (None: everything).

    Head office's view of this till may lag, so a purpose already withdrawn here, or never
    given here, is skipped rather than failing the whole directive.
    """
    buyer_id = _buyer(body)
    listed = body.get("purposes")
    wanted = None if listed is None else {Purpose(p) for p in listed}
    with ctx.db.read_session() as session:
        get_buyer_row(session, buyer_id)
        in_force = {s.purpose for s in purpose_statuses(session, buyer_id) if s.in_force}
    chosen = in_force if wanted is None else in_force & wanted
    if not chosen:
        return Outcome.ALREADY_APPLIED, "no consent to these purposes is in force here"
    privacy.withdraw(
        ctx,
        buyer_id,
        None if chosen == in_force and wanted is None else sorted(chosen),
        reference=_reference(body.get("reference")) or None,
        expressed_by=HEADOFFICE,
    )
    return Outcome.APPLIED, None


def _buyer(body: Mapping[str, Any]) -> uuid.UUID:
    return uuid.UUID(str(body["buyer_id"]))
