"""The shared fixtures (a pytest plugin, registered by tests/conftest.py).

Tills on real SQLCipher files (copied from one template per configuration, see
tests/support/tills.py), with staff PINs hashed by a cheap argon2 profile in this process;
the TCP printer listener and its glyph reader; head office: the real service on
127.0.0.1, on SQLite and PostgreSQL.

PostgreSQL is the server on 127.0.0.1:5432 (trust auth); each test session makes its own
throwaway database. Where it cannot be reached, its tests fail under CI=true and are
skipped (saying why) elsewhere.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from argon2 import PasswordHasher, profiles

from headoffice.db import HeadOfficeDB
from pos.services import staff
from tests.support.escpos_decoder import GlyphReader
from tests.support.headoffice import (
    PG_ADMIN,
    HeadOffice,
    open_headoffice,
    reset_database,
    serving,
    sqlite_url,
)
from tests.support.printer import FakePrinter, glyph_reader
from tests.support.tills import TillFixture, TillTemplates, make_till

# --- tills --------------------------------------------------------------------------------


@pytest.fixture(scope="session", autouse=True)
def _cheap_pin_hashes() -> Iterator[None]:
    """PINs set in this process are hashed with argon2's cheapest parameters (the suite
    builds hundreds of tills and signs in hundreds of times). Only this process: a `pos`
    subprocess hashes with the production parameters (tests/till/test_cli.py checks)."""
    real = staff.use_pin_hasher(PasswordHasher.from_parameters(profiles.CHEAPEST))
    yield
    staff.use_pin_hasher(real)


@pytest.fixture(scope="session", autouse=True)
def _till_templates(
    _cheap_pin_hashes: None, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TillTemplates]:
    """make_till copies each configuration's till from a template built once per session."""
    templates = TillTemplates(tmp_path_factory.mktemp("till-templates"))
    TillTemplates.active = templates
    yield templates
    TillTemplates.active = None


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before any fixture of a test: its tills of one configuration start from one copy."""
    if TillTemplates.active is not None:
        TillTemplates.active.new_test()


@pytest.fixture
def till(tmp_path: Path) -> Iterator[TillFixture]:
    """A fresh till on a real SQLCipher file, with a policy, a cashier and a manager."""
    t = make_till(tmp_path / "home")
    yield t
    t.db.close()


@pytest.fixture
def new_till(tmp_path: Path) -> Iterator[Callable[..., TillFixture]]:
    """Makes tills in this test's folder (make_till's arguments: a seeded one is copied from
    its template too), closed at the end of the test."""
    made: list[TillFixture] = []

    def make(**config: Any) -> TillFixture:
        made.append(make_till(tmp_path / f"till-{len(made)}", **config))
        return made[-1]

    yield make
    for t in made:
        t.db.close()


@pytest.fixture
def till_a(tmp_path: Path) -> Iterator[TillFixture]:
    """Store ALM-01's till."""
    t = make_till(tmp_path / "till-a", store_code="ALM-01")
    yield t
    t.db.close()


@pytest.fixture
def till_b(tmp_path: Path) -> Iterator[TillFixture]:
    """Store AST-01's till (another store: its own ids)."""
    t = make_till(tmp_path / "till-b", store_code="AST-01")
    yield t
    t.db.close()


# --- the printer --------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _no_printer_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """POS_PRINTER overrides a till's printer setting: a developer's own must not leak in."""
    monkeypatch.delenv("POS_PRINTER", raising=False)


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    """A network receipt printer on 127.0.0.1 (raw TCP)."""
    p = FakePrinter().start()
    yield p
    p.stop()


@pytest.fixture(scope="session")
def reader() -> GlyphReader:
    """Reads text back from the bitmap lines a printer receives (Kazakh letters, ₸)."""
    return glyph_reader()


# --- head office --------------------------------------------------------------------------


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
def headoffice(ho_db: HeadOfficeDB, tmp_path: Path) -> Iterator[HeadOffice]:
    """The head-office service running on 127.0.0.1 over `ho_db` (its key store in the
    test's own folder, gone with it)."""
    ho = serving(ho_db, tmp_path / "ho-keystore" / "keystore.db")
    yield ho
    ho.stop()
