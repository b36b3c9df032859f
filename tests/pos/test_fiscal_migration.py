"""Revision 0011 (fiscal documents) upgrades a till with sales, loses nothing, and then holds
one queue position per register."""

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

REVISION = importlib.import_module("pos.storage.migrations.versions.0011_fiscal_documents")
NOW = dt.datetime(2026, 11, 26, 6, 0)


def _counts(conn: Connection) -> dict[str, int]:
    return {
        n: int(conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one())
        for n in inspect(conn).get_table_names()
        if n != "alembic_version"
    }


def _document(conn: Connection, register: uuid.UUID, seq: int) -> None:
    conn.execute(
        text(
            "INSERT INTO fiscal_documents (id, register_id, seq, kind, subject_id, provider, "
            "state, amount_tiyn, attempts, created_at) VALUES (:id, :r, :seq, 'sale', NULL, "
            "'webkassa', 'pending', 100, 0, :now)"
        ),
        {"id": uuid.uuid4().hex, "r": register.hex, "seq": seq, "now": NOW},
    )


def test_upgrading_to_0011_keeps_every_sale_and_adds_an_empty_fiscal_queue(
    tmp_path: Path,
) -> None:
    db = create_database(tmp_path / "old.db", TEST_KEY)
    try:
        cfg = _config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, REVISION.down_revision)
        store, register, staff, sale = uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
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
                    "created_at) VALUES (:id, :s, 'Ерлан', 'cashier', 0, 1, :now)"
                ),
                {"id": staff.hex, "s": store.hex, "now": NOW},
            )
            conn.execute(
                text(
                    "INSERT INTO sales (id, store_id, register_id, staff_id, receipt_no, "
                    "sale_type, payment_method, delivery, total_tiyn, created_at) VALUES "
                    "(:id, :s, :r, :st, 1, 'cash', 'cash', 0, 199000, :now)"
                ),
                {"id": sale.hex, "s": store.hex, "r": register.hex, "st": staff.hex, "now": NOW},
            )
        with db.engine.connect() as conn:
            before = _counts(conn)
        assert "fiscal_documents" not in before and before["sales"] == 1

        upgrade(db)

        assert current_revision(db) == head_revision()
        with db.engine.connect() as conn:
            after = _counts(conn)
            assert {k: v for k, v in after.items() if k in before} == before
            assert after["fiscal_documents"] == 0
            assert conn.execute(text("SELECT total_tiyn FROM sales")).scalar_one() == 199000
        with db.engine.begin() as conn:
            _document(conn, register, 1)
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            _document(conn, register, 1)  # one position in the queue, one document
    finally:
        db.close()
