"""Revision 0008 (cash shifts) upgrades a till with sales, loses nothing, leaves the old
sales without a shift, and then holds at most one open shift per register."""

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
from pos.storage.migrate import _config, upgrade
from tests.support.tills import TEST_KEY

REVISION = importlib.import_module("pos.storage.migrations.versions.0008_shifts")
NOW = dt.datetime(2026, 11, 26, 6, 0)


def _counts(conn: Connection) -> dict[str, int]:
    return {
        n: int(conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one())
        for n in inspect(conn).get_table_names()
        if n != "alembic_version"
    }


def _shift(conn: Connection, store: uuid.UUID, register: uuid.UUID, n: int, closed: bool) -> None:
    conn.execute(
        text(
            "INSERT INTO shifts (id, store_id, register_id, number, opened_at, float_tiyn, "
            "closed_at) VALUES (:id, :s, :r, :n, :now, 0, :closed)"
        ),
        {
            "id": uuid.uuid4().hex,
            "s": store.hex,
            "r": register.hex,
            "n": n,
            "now": NOW,
            "closed": NOW if closed else None,
        },
    )


def test_upgrading_to_0008_keeps_every_sale_and_allows_one_open_shift(tmp_path: Path) -> None:
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
                    "created_at) VALUES (:id, :s, 'Айгерим', 'cashier', 0, 1, :now)"
                ),
                {"id": staff.hex, "s": store.hex, "now": NOW},
            )
            conn.execute(
                text(
                    "INSERT INTO sales (id, store_id, register_id, staff_id, receipt_no, "
                    "sale_type, payment_method, delivery, total_tiyn, tendered_tiyn, "
                    "change_tiyn, created_at) VALUES (:id, :s, :r, :st, 1, 'cash', 'cash', 0, "
                    "150000, 200000, 50000, :now)"
                ),
                {"id": sale.hex, "s": store.hex, "r": register.hex, "st": staff.hex, "now": NOW},
            )
            conn.execute(
                text(
                    "INSERT INTO sale_lines (id, sale_id, line_no, name, category, "
                    "quantity_milli, unit_price_tiyn, total_tiyn) VALUES (:id, :s, 1, 'Чайник', "
                    "'general', 1000, 150000, 150000)"
                ),
                {"id": uuid.uuid4().hex, "s": sale.hex},
            )
        with db.engine.connect() as conn:
            before = _counts(conn)
        assert "shifts" not in before and before["sales"] == 1

        upgrade(db)

        with db.engine.connect() as conn:
            after = _counts(conn)
            assert {k: v for k, v in after.items() if k in before} == before
            assert after["shifts"] == 0 and after["cash_moves"] == 0
            row = conn.execute(text("SELECT total_tiyn, shift_id FROM sales")).one()
        assert tuple(row) == (150000, None)  # an old sale keeps no shift

        with db.engine.begin() as conn:
            _shift(conn, store, register, 1, closed=True)
            _shift(conn, store, register, 2, closed=False)
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            _shift(conn, store, register, 3, closed=False)  # a second open shift
    finally:
        db.close()
