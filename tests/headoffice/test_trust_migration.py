"""Revision 0006 keeps every store, credential and officer audit entry, and chains the
entries written before it in the order they were written."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import importlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa
from sqlalchemy import select

from headoffice.auth import authenticate
from headoffice.chain import verify
from headoffice.db import HeadOfficeDB, current_revision, head_revision, open_db, upgrade
from headoffice.models import Credential, OfficerAudit, Store
from tests.support.headoffice import PG_ADMIN, sqlite_url

MIGRATION = importlib.import_module("headoffice.migrations.versions.0006_trust")
BEFORE = MIGRATION.down_revision


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def bare_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HeadOfficeDB]:
    if request.param == "sqlite":
        db = open_db(sqlite_url(tmp_path))
        yield db
        db.close()
        return
    request.getfixturevalue("pg_url")
    name = f"ho_mig_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    db = open_db(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}")
    yield db
    db.close()
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_0006_keeps_stores_credentials_and_chains_the_existing_audit(
    bare_db: HeadOfficeDB,
) -> None:
    db = bare_db
    upgrade(db, to=BEFORE)
    assert current_revision(db) == BEFORE
    now = dt.datetime(2026, 11, 20, 9, 30, 15, 123456, tzinfo=dt.UTC)
    # Written as the schema of BEFORE has them (no later columns).
    stores = sa.table("stores", sa.column("id"), sa.column("code"), sa.column("created_at"))
    audit = sa.table(
        "officer_audit",
        sa.column("at"),
        sa.column("officer"),
        sa.column("action"),
        sa.column("detail", sa.JSON()),
    )
    naive = now.replace(tzinfo=None)
    with db.engine.begin() as conn:
        conn.execute(stores.insert().values(id=1, code="ALM-01", created_at=naive))
        for i, action in enumerate(("lookup", "access_report", "withdrawal_issued")):
            conn.execute(
                audit.insert().values(
                    at=naive + dt.timedelta(minutes=i),
                    officer="Old Officer",
                    action=action,
                    detail={"records": [i + 1], "directives": []},
                )
            )
    # A credential issued before expiry existed: it keeps working (no expiry) after.
    secret, salt, cred_id = os.urandom(32), os.urandom(16), "00112233aabbccdd"
    credentials = sa.table(
        "credentials",
        sa.column("id"),
        sa.column("store_pk"),
        sa.column("salt"),
        sa.column("digest"),
        sa.column("created_at"),
    )
    with db.engine.begin() as conn:
        conn.execute(
            credentials.insert().values(
                id=cred_id,
                store_pk=1,
                salt=salt,
                digest=hashlib.sha256(salt + secret).digest(),
                created_at=naive,
            )
        )
    old_token = f"hoc1.{cred_id}.{base64.urlsafe_b64encode(secret).decode().rstrip('=')}"
    upgrade(db)
    assert current_revision(db) == head_revision()

    with db.session() as s:
        rows = s.scalars(select(OfficerAudit).order_by(OfficerAudit.seq)).all()
        assert [(r.seq, r.officer, r.action) for r in rows] == [
            (1, "Old Officer", "lookup"),
            (2, "Old Officer", "access_report"),
            (3, "Old Officer", "withdrawal_issued"),
        ]
        assert rows[2].detail == {"records": [3], "directives": []}
        assert rows[0].at == now
        report = verify(s)
        assert (report.entries, report.broken) == (3, None)
        store = s.scalars(select(Store)).one()
        assert (store.code, store.disabled_at) == ("ALM-01", None)
    with db.session() as s:
        ref = authenticate(s, old_token)
        assert ref is not None and ref.code == "ALM-01"
        assert s.scalars(select(Credential.expires_at)).one() is None
