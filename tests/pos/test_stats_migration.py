"""Revision 0004 (statistics exports) upgrades a till with data and loses nothing."""

from __future__ import annotations

import datetime as dt
import importlib
import uuid
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from pos.storage.database import create_database
from pos.storage.migrate import _config, current_revision, head_revision, upgrade
from tests.support.tills import TEST_KEY

REVISION = importlib.import_module("pos.storage.migrations.versions.0004_stats_exports")


def _tables_and_counts(conn: object) -> dict[str, int]:
    names = inspect(conn).get_table_names()  # type: ignore[arg-type]
    return {
        n: conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one()  # type: ignore[attr-defined]
        for n in names
        if n != "alembic_version"
    }


def test_upgrading_to_0004_keeps_every_row_and_adds_the_empty_register(tmp_path: Path) -> None:
    db = create_database(tmp_path / "old.db", TEST_KEY)
    try:
        cfg = _config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, REVISION.down_revision)
        store, register, staff, buyer, sale = (uuid.uuid4() for _ in range(5))
        now = dt.datetime(2026, 10, 3, 6, 0)
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO stores (id, code, name, timezone, created_at) "
                    "VALUES (:id, 'ALM-01', 'Алматы', 'Asia/Almaty', :now)"
                ),
                {"id": store.hex, "now": now},
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
                    "created_at) VALUES (:id, :s, 'Ерлан', 'sales_manager', 0, 1, :now)"
                ),
                {"id": staff.hex, "s": store.hex, "now": now},
            )
            conn.execute(
                text(
                    "INSERT INTO buyers (id, given_name, phone, status, store_id, created_at, "
                    "updated_at) VALUES (:id, 'Асель', '+77015551234', 'active', :s, :now, :now)"
                ),
                {"id": buyer.hex, "s": store.hex, "now": now},
            )
            conn.execute(
                text(
                    "INSERT INTO sales (id, store_id, register_id, staff_id, receipt_no, "
                    "sale_type, payment_method, delivery, buyer_id, total_tiyn, created_at) "
                    "VALUES (:id, :s, :r, :st, 1, 'cash', 'card', 0, :b, 1500000, :now)"
                ),
                {
                    "id": sale.hex,
                    "s": store.hex,
                    "r": register.hex,
                    "st": staff.hex,
                    "b": buyer.hex,
                    "now": now,
                },
            )
            conn.execute(
                text(
                    "INSERT INTO sale_lines (id, sale_id, line_no, name, category, quantity, "
                    "unit_price_tiyn, total_tiyn) "
                    "VALUES (:id, :s, 1, 'Смартфон', 'phones', 1, 1500000, 1500000)"
                ),
                {"id": uuid.uuid4().hex, "s": sale.hex},
            )
        with db.engine.connect() as conn:
            before = _tables_and_counts(conn)
        assert "stats_exports" not in before and before["sales"] == 1

        upgrade(db)

        assert current_revision(db) == head_revision()
        with db.engine.connect() as conn:
            after = _tables_and_counts(conn)
            assert conn.execute(text("SELECT given_name FROM buyers")).scalar_one() == "Асель"
            assert conn.execute(text("SELECT total_tiyn FROM sales")).scalar_one() == 1500000
        assert {k: after[k] for k in before} == before
        assert after["stats_periods"] == after["stats_exports"] == 0
    finally:
        db.close()
