"""Head office for the sync tests: the real service on 127.0.0.1, on SQLite and PostgreSQL.

PostgreSQL is the server on 127.0.0.1:5432 (trust auth); each test session makes its own
throwaway database. Where it cannot be reached, its tests fail under CI=true and are
skipped (saying why) elsewhere.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from headoffice.db import HeadOfficeDB
from tests.support.tills import TillFixture, make_till
from tests.sync.harness import (
    PG_ADMIN,
    HeadOffice,
    new_keys,
    open_headoffice,
    reset_database,
    sqlite_url,
)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    try:
        admin = psycopg.connect(PG_ADMIN, autocommit=True)
    except psycopg.OperationalError:
        message = "PostgreSQL on 127.0.0.1:5432 cannot be reached"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{message}; CI needs it for the head-office tests")
        pytest.skip(f"{message} (under CI=true this fails)")
    name = f"ho_test_{uuid.uuid4().hex[:12]}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_db(pg_url: str) -> Iterator[HeadOfficeDB]:
    db = open_headoffice(pg_url)
    yield db
    db.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def ho_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HeadOfficeDB]:
    """An empty, migrated head-office database of each kind."""
    if request.param == "sqlite":
        db = open_headoffice(sqlite_url(tmp_path / "ho"))
        yield db
        db.close()
    else:
        db = request.getfixturevalue("pg_db")
        reset_database(db)
        yield db


@pytest.fixture
def headoffice(ho_db: HeadOfficeDB) -> Iterator[HeadOffice]:
    """The head-office service running on 127.0.0.1 over `ho_db`."""
    keys, env = new_keys()
    url = ho_db.engine.url.render_as_string(hide_password=False)
    ho = HeadOffice(ho_db, keys, {**env, "HEADOFFICE_DATABASE_URL": url}, url_env=url)
    ho.start()
    yield ho
    ho.stop()


@pytest.fixture
def till_a(tmp_path: Path) -> Iterator[TillFixture]:
    t = make_till(tmp_path / "till-a", store_code="ALM-01")
    yield t
    t.db.close()


@pytest.fixture
def till_b(tmp_path: Path) -> Iterator[TillFixture]:
    t = make_till(tmp_path / "till-b", store_code="AST-01")
    yield t
    t.db.close()
