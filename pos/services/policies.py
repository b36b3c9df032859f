"""Privacy policy versions: imported as data, immutable, the newest effective one is current."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from pos.domain.enums import Role
from pos.domain.errors import Code, Conflict, Refused, ValidationError
from pos.domain.events import EventType
from pos.domain.policy import LABEL as _LABEL
from pos.domain.policy import LANGUAGES, MAX_TEXT, text_sha256
from pos.domain.views import PolicyInfo
from pos.services.context import Action, ServiceContext
from pos.services.lookups import current_policy_label, policy_info, store_today
from pos.services.uow import UnitOfWork
from pos.storage import queries
from pos.storage.models import PolicyVersion


def import_policy(
    ctx: ServiceContext,
    text: str,
    *,
    label: str,
    effective: dt.date,
    language: str,
    source: str = "file",
) -> PolicyInfo:
    """Add a policy version (store admin, or head office). Its text is never changed later."""
    ctx.actor.require(Role.STORE_ADMIN, Action.IMPORT_POLICY)
    if not _LABEL.match(label):
        raise ValidationError(Code.POLICY_LABEL_FORM)
    if language not in LANGUAGES:
        raise ValidationError(Code.POLICY_LANGUAGE, languages=tuple(LANGUAGES))
    if not text.strip():
        raise ValidationError(Code.POLICY_TEXT_EMPTY)
    if len(text) > MAX_TEXT:
        raise ValidationError(Code.POLICY_TEXT_TOO_LONG)
    digest = text_sha256(text)
    with UnitOfWork(ctx) as uow:
        existing = uow.session.scalar(
            select(PolicyVersion).where(
                PolicyVersion.label == label, PolicyVersion.language == language
            )
        )
        if existing is not None:
            if existing.text_sha256 == digest:
                raise Conflict(Code.POLICY_ALREADY_IMPORTED, label=label, language=language)
            raise Conflict(Code.POLICY_TEXT_DIFFERS, label=label, language=language)
        # The version's texts in other languages must carry the same effective date.
        others = queries.policy_versions(uow.session, label)
        if others and others[0].effective_date != effective:
            raise Conflict(Code.POLICY_EFFECTIVE_DIFFERS, label=label, day=others[0].effective_date)
        policy = PolicyVersion(
            label=label,
            effective_date=effective,
            language=language,
            text=text,
            text_sha256=digest,
            source=source,
            imported_at=uow.now,
        )
        uow.session.add(policy)
        uow.audit("policy.imported", {"policy": policy.id}, [])
        if source != "headoffice":
            uow.emit(
                EventType.POLICY_IMPORTED,
                {
                    "policy_version_id": str(policy.id),
                    "label": label,
                    "effective_date": effective.isoformat(),
                    "language": language,
                    "text_sha256": digest,
                    "text": text,
                },
            )
        uow.commit()
        return policy_info(policy)


def list_policies(ctx: ServiceContext) -> list[PolicyInfo]:
    with ctx.db.read_session() as session:
        rows = session.scalars(
            select(PolicyVersion).order_by(
                PolicyVersion.effective_date.desc(), PolicyVersion.language
            )
        ).all()
        return [policy_info(p) for p in rows]


def current_label(ctx: ServiceContext) -> str:
    """The version in effect today in the store's zone, or a refusal saying none is."""
    with ctx.db.read_session() as session:
        label = current_policy_label(session, store_today(session, ctx.actor, ctx.clock()))
    if label is None:
        raise Refused(Code.POLICY_NONE_IN_EFFECT)
    return label
