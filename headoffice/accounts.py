"""Officer accounts: a name and an argon2 password. Every officer command signs in first;
a wrong name or password is refused alike, and the refusal is kept in the audit."""

from __future__ import annotations

import datetime as dt

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from headoffice import chain
from headoffice.db import HeadOfficeDB
from headoffice.models import OfficerAccount

MIN_PASSWORD = 10
_HASHER = PasswordHasher()
# Verified when the name is unknown, so the time taken does not tell names apart.
_DUMMY = _HASHER.hash("no such officer, no such password")


class AccountError(Exception):
    """A refused sign-in or account change, with a one-line reason."""


def officer_count(db: HeadOfficeDB) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(OfficerAccount)) or 0)


def add_officer(
    db: HeadOfficeDB, name: str, password: str, now: dt.datetime, *, by: str | None
) -> None:
    """A new officer account (`by`: the officer who added it; None for the first one)."""
    name = name.strip()
    # No ':' - audit entries of stores and head office itself read "store:CODE", "(...)".
    if not name or len(name) > 100 or ":" in name or name.startswith("("):
        raise AccountError("an officer's name is 1-100 characters, without ':'")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"an officer's password needs at least {MIN_PASSWORD} characters")
    with db.session() as session, session.begin():
        if session.scalar(select(OfficerAccount.id).where(OfficerAccount.name == name)):
            raise AccountError(f"officer {name} already exists")
        session.add(
            OfficerAccount(
                name=name, password_hash=_HASHER.hash(password), created_at=now, created_by=by
            )
        )
        chain.append(
            db,
            session,
            by or "(first officer)",
            "officer_added",
            {"name": name},
            now,
        )


def sign_in(db: HeadOfficeDB, name: str, password: str, now: dt.datetime) -> str:
    """The officer's name if the password is theirs; else AccountError (audited)."""
    with db.session() as session:
        stored = session.scalar(
            select(OfficerAccount.password_hash).where(OfficerAccount.name == name)
        )
    ok = False
    try:
        ok = _HASHER.verify(stored or _DUMMY, password) and stored is not None
    except (VerificationError, InvalidHashError):
        ok = False
    if not ok:
        with db.session() as session, session.begin():
            chain.append(
                db, session, "(sign-in)", "officer_sign_in_refused", {"name": name[:100]}, now
            )
        raise AccountError("officer sign-in refused: wrong officer name or password")
    return name
