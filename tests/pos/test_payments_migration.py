"""Revision 0009 (split payments, returns, held sales) upgrades a till with sales: nothing
is lost, and every cash or card sale gets its one payment row from its own columns."""

from __future__ import annotations

import datetime as dt
import importlib
import uuid
from pathlib import Path

from alembic import command
from sqlalchemy import Connection, inspect, text

from pos.storage.database import create_database
from pos.storage.migrate import _config, upgrade
from tests.support.tills import TEST_KEY

REVISION = importlib.import_module("pos.storage.migrations.versions.0009_payments_returns")
NOW = dt.datetime(2026, 11, 26, 6, 0)


def _counts(conn: Connection) -> dict[str, int]:
    return {
        n: int(conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one())
        for n in inspect(conn).get_table_names()
        if n != "alembic_version"
    }


def _sale(conn: Connection, ids: dict[str, str], no: int, method: str, **money: int) -> str:
    sale = uuid.uuid4().hex
    conn.execute(
        text(
            "INSERT INTO sales (id, store_id, register_id, staff_id, receipt_no, sale_type, "
            "payment_method, delivery, total_tiyn, tendered_tiyn, change_tiyn, created_at) "
            "VALUES (:id, :store, :register, :staff, :no, :type, :method, 0, 10000, "
            ":tendered, :change, :now)"
        ),
        {
            "id": sale,
            **ids,
            "no": no,
            "type": method if method in ("credit", "installment") else "cash",
            "method": method,
            "tendered": money.get("tendered"),
            "change": money.get("change"),
            "now": NOW,
        },
    )
    conn.execute(
        text(
            "INSERT INTO sale_lines (id, sale_id, line_no, name, category, quantity_milli, "
            "unit_price_tiyn, total_tiyn) VALUES (:id, :sale, 1, 'Чайник', 'kitchen', 1000, "
            "10000, 10000)"
        ),
        {"id": uuid.uuid4().hex, "sale": sale},
    )
    return sale


def test_upgrading_to_0009_keeps_every_sale_and_gives_each_its_payment(tmp_path: Path) -> None:
    db = create_database(tmp_path / "old.db", TEST_KEY)
    try:
        cfg = _config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, REVISION.down_revision)
        ids = {"store": uuid.uuid4().hex, "register": uuid.uuid4().hex, "staff": uuid.uuid4().hex}
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO stores (id, code, name, timezone, created_at) "
                    "VALUES (:id, 'ALM-01', 'Алматы', 'Asia/Almaty', :now)"
                ),
                {"id": ids["store"], "now": NOW},
            )
            conn.execute(
                text(
                    "INSERT INTO registers (id, store_id, code, is_local) VALUES (:id, :s, '1', 1)"
                ),
                {"id": ids["register"], "s": ids["store"]},
            )
            conn.execute(
                text(
                    "INSERT INTO staff (id, store_id, name, role, failed_logins, active, "
                    "created_at) VALUES (:id, :s, 'Ерлан', 'cashier', 0, 1, :now)"
                ),
                {"id": ids["staff"], "s": ids["store"], "now": NOW},
            )
            cash = _sale(conn, ids, 1, "cash", tendered=20000, change=10000)
            card = _sale(conn, ids, 2, "card")
            _sale(conn, ids, 3, "installment")
        with db.engine.connect() as conn:
            before = _counts(conn)
        assert "sale_payments" not in before

        upgrade(db)

        with db.engine.connect() as conn:
            after = _counts(conn)
            assert {k: v for k, v in after.items() if k in before} == before
            assert after["sale_returns"] == after["held_sales"] == 0
            rows = conn.execute(
                text(
                    "SELECT sale_id, method, amount_tiyn, tendered_tiyn, change_tiyn "
                    "FROM sale_payments ORDER BY method"
                )
            ).all()
        assert [tuple(r) for r in rows] == [
            (card, "card", 10000, None, None),
            (cash, "cash", 10000, 20000, 10000),
        ]
    finally:
        db.close()
