"""Revision 0007 (the incident register) upgrades a till with data, loses nothing, and
then holds one open incident per check finding."""

from __future__ import annotations

import datetime as dt
import importlib
import uuid
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import IntegrityError

from pos.storage.database import create_database
from pos.storage.migrate import _config, current_revision, head_revision, upgrade
from tests.support.tills import TEST_KEY

REVISION = importlib.import_module("pos.storage.migrations.versions.0007_registers")
NOW = dt.datetime(2026, 11, 26, 6, 0)


def _counts(conn: Connection) -> dict[str, int]:
    return {
        n: int(conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one())
        for n in inspect(conn).get_table_names()
        if n != "alembic_version"
    }


def _incident(conn: Connection, store: uuid.UUID, finding: str | None, status: str) -> None:
    conn.execute(
        text(
            "INSERT INTO incidents (id, detected_at, recorded_at, what, scope, categories, "
            "people, severity, status, source, finding, authority_due, notifications, "
            "store_id) VALUES (:id, :now, :now, 'pos check: audit chain: broken', '', '[]', "
            "NULL, 'high', :status, 'check', :finding, '2026-11-27', '[]', :s)"
        ),
        {"id": uuid.uuid4().hex, "now": NOW, "status": status, "finding": finding, "s": store.hex},
    )


def test_upgrading_to_0007_keeps_every_row_and_holds_one_open_draft_per_finding(
    tmp_path: Path,
) -> None:
    db = create_database(tmp_path / "old.db", TEST_KEY)
    try:
        cfg = _config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, REVISION.down_revision)
        store, register, staff = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO stores (id, code, name, timezone, created_at) "
                    "VALUES (:id, 'ALM-01', 'Алматы', 'Asia/Almaty', :now)"
                ),
                {"id": store.hex, "now": NOW},
            )
            conn.execute(
                text(
                    "INSERT INTO registers (id, store_id, code, is_local) VALUES (:id, :s, '1', 1)"
                ),
                {"id": register.hex, "s": store.hex},
            )
            conn.execute(
                text(
                    "INSERT INTO staff (id, store_id, name, role, failed_logins, active, "
                    "created_at) VALUES (:id, :s, 'Ерлан', 'store_admin', 0, 1, :now)"
                ),
                {"id": staff.hex, "s": store.hex, "now": NOW},
            )
            conn.execute(
                text(
                    "INSERT INTO buyers (id, given_name, phone, status, store_id, created_at, "
                    "updated_at) VALUES (:id, 'Асель', '+77015551234', 'active', :s, :now, :now)"
                ),
                {"id": uuid.uuid4().hex, "s": store.hex, "now": NOW},
            )
            conn.execute(
                text("INSERT INTO settings (key, value) VALUES ('operator', :v)"),
                {"v": '{"name": "ТОО Тест", "bin": "000000000000"}'},
            )
        with db.engine.connect() as conn:
            before = _counts(conn)
        assert "incidents" not in before

        upgrade(db)

        assert current_revision(db) == head_revision() or current_revision(db) == "0007"
        with db.engine.connect() as conn:
            after = _counts(conn)
            assert {k: v for k, v in after.items() if k in before} == before
            assert after["incidents"] == 0
            assert conn.execute(text("SELECT given_name FROM buyers")).scalar_one() == "Асель"
            names = {i["name"] for i in inspect(conn).get_indexes("incidents")}
        assert {"uq_incidents_open_finding", "ix_incidents_detected_at"} <= names

        with db.engine.begin() as conn:
            _incident(conn, store, "f1", "draft")
            _incident(conn, store, "f1", "closed")  # a closed one does not count
            _incident(conn, store, None, "open")
            _incident(conn, store, None, "open")  # a person's incidents have no finding
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            _incident(conn, store, "f1", "open")
    finally:
        db.close()
