"""Revision 0002 moves a head office's existing data to per-buyer keys: every value opens
after it, nothing is lost, nothing stays under the master key but what belongs to nobody."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa
from sqlalchemy import func, inspect, select

from headoffice.config import Keys
from headoffice.crypto import BlindIndex, FieldCipher, is_encrypted
from headoffice.db import HeadOfficeDB, current_revision, head_revision, open_db, upgrade
from headoffice.keystore import KeyStore
from headoffice.models import BuyerRecord, EventRow
from headoffice.officer import Officer, Subject
from headoffice.payloads import protect, reveal
from headoffice.people import event_context, record_context
from headoffice.types import UTCDateTime
from tests.support.headoffice import PG_ADMIN, sqlite_url

MIGRATION = importlib.import_module("headoffice.migrations.versions.0002_buyer_keys")
BEFORE = MIGRATION.down_revision


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def bare_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HeadOfficeDB]:
    """An empty database (no schema yet) of each kind."""
    if request.param == "sqlite":
        db = open_db(sqlite_url(tmp_path))
        yield db
        db.close()
        return
    request.getfixturevalue("pg_url")  # skips or fails as the other PostgreSQL tests do
    name = f"ho_mig_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    db = open_db(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}")
    yield db
    db.close()
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


PEOPLE = [
    {
        "surname": "Миграциева",
        "given_name": "Асель",
        "iin": "900517400123",
        "phone": "+77015551111",
        "registration_address": "Астана, пр. Старый, 1",
    },
    {"surname": "Переносов", "given_name": "Ерлан", "phone": "+77015552222"},
    {"surname": "Ключев", "given_name": "Дамир", "email": "k@example.kz"},
]


_JSON = sa.JSON().with_variant(sa.dialects.postgresql.JSONB(), "postgresql")
_STORES = sa.table(
    "stores",
    sa.column("id", sa.Integer()),
    sa.column("code"),
    sa.column("created_at", UTCDateTime()),
)
_RECORDS = sa.table(
    "buyer_records",
    *(sa.column(n) for n in ("store_pk", "status", "iin_index", "phone_index")),
    *(sa.column(n, sa.Uuid()) for n in ("register_id", "buyer_id")),
    *(sa.column(n, _JSON) for n in ("fields", "purposes")),
    *(sa.column(n, UTCDateTime()) for n in ("created_at", "updated_at")),
)
_EVENTS = sa.table(
    "events",
    *(sa.column(n) for n in ("store_pk", "seq", "type")),
    *(sa.column(n, sa.Uuid()) for n in ("event_id", "register_id", "buyer_id")),
    sa.column("payload", _JSON),
    *(sa.column(n, UTCDateTime()) for n in ("created_at", "received_at")),
)


def _fill_as_0001(db: HeadOfficeDB, master: FieldCipher, blind: BlindIndex) -> dict[str, object]:
    """Rows as head office wrote them before 0002: master-key ciphertexts, index columns."""
    now = dt.datetime.now(dt.UTC)
    register = uuid.uuid4()
    expected: dict[str, object] = {"records": {}, "events": {}}
    with db.engine.begin() as conn:
        conn.execute(sa.insert(_STORES).values(id=1, code="ALM-01", created_at=now))
        seq = 0
        for person in PEOPLE:
            buyer = uuid.uuid4()
            fields = {
                k: master.encrypt(json.dumps(v, ensure_ascii=False), record_context(1, buyer, k))
                for k, v in person.items()
            }
            conn.execute(
                sa.insert(_RECORDS).values(
                    store_pk=1,
                    register_id=register,
                    buyer_id=buyer,
                    status="active",
                    fields=fields,
                    iin_index=blind.of("iin", person["iin"]) if "iin" in person else None,
                    phone_index=blind.of("phone", person["phone"]) if "phone" in person else None,
                    purposes={"sale": "given"},
                    created_at=now,
                    updated_at=now,
                )
            )
            expected["records"][str(buyer)] = person  # type: ignore[index]
            for kind, payload in (
                ("buyer.registered", {"buyer_id": str(buyer), "status": "active", "data": person}),
                (
                    "sale.recorded",
                    {"buyer_id": str(buyer), "total_tiyn": 5000, "lines": [{"name": "Чайник"}]},
                ),
            ):
                seq += 1
                event_id = uuid.uuid4()
                stored = protect(payload, event_context(1, event_id), linked=True, cipher=master)
                conn.execute(
                    sa.insert(_EVENTS).values(
                        store_pk=1,
                        event_id=event_id,
                        register_id=register,
                        seq=seq,
                        type=kind,
                        buyer_id=buyer,
                        payload=stored,
                        created_at=now,
                        received_at=now,
                    )
                )
                expected["events"][str(event_id)] = payload  # type: ignore[index]
    return expected


def test_0002_moves_every_value_to_its_buyers_key_and_loses_nothing(
    bare_db: HeadOfficeDB, tmp_path: Path
) -> None:
    db = bare_db
    upgrade(db, to=BEFORE)
    assert current_revision(db) == BEFORE
    master, blind = FieldCipher.from_keys(os.urandom(32)), BlindIndex(os.urandom(32))
    keys = Keys(master, blind, KeyStore(tmp_path / "keys" / "keystore.db"))
    expected = _fill_as_0001(db, master, blind)

    with pytest.raises(RuntimeError, match="HEADOFFICE_DATA_KEY"):
        upgrade(db)  # data to move and no keys: refused, nothing half done
    assert current_revision(db) == BEFORE
    assert upgrade(db, keys) is True
    assert current_revision(db) == head_revision()
    columns = {c["name"] for c in inspect(db.engine).get_columns("buyer_records")}
    assert "iin_index" not in columns and "key_id" in columns

    ring = keys.ring(dt.datetime.now(dt.UTC))
    with db.session() as s:
        records = s.scalars(select(BuyerRecord)).all()
        events = s.scalars(select(EventRow)).all()
        assert s.scalar(select(func.count()).select_from(EventRow)) == 6
    assert {str(r.buyer_id): r for r in records}.keys() == expected["records"].keys()  # type: ignore[attr-defined]
    assert keys.store.count_keys() == 3
    for r in records:
        opened = {
            k: json.loads(ring.decrypt(t, record_context(r.store_pk, r.buyer_id, k)))
            for k, t in r.fields.items()
        }
        assert opened == expected["records"][str(r.buyer_id)]  # type: ignore[index]
        assert all(master.key_id(t) == r.key_id for t in r.fields.values())
    for e in events:
        assert (
            reveal(e.payload, event_context(e.store_pk, e.event_id), cipher=ring)
            == (
                expected["events"][str(e.event_id)]  # type: ignore[index]
            )
        )
        tokens = [v for v in [*e.payload.values(), *e.payload.get("data", {}).values()]]
        tokens = [t for t in tokens if is_encrypted(t)]
        assert tokens and all(master.key_id(t) not in master.keys for t in tokens)
    # The blind indexes moved to the key store: the officer still finds by IIN and phone.
    officer = Officer(db, keys, "officer")
    assert officer.find(Subject(iin="900517400123"))[0].fields["surname"] == "Миграциева"
    assert officer.find(Subject(phone="+7 701 555 22 22"))[0].fields["surname"] == "Переносов"
