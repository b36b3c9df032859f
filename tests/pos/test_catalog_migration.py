"""Revision 0010 (catalog, kilogram quantities, VAT and discounts per line) upgrades a till
with products and sales, loses nothing, and keeps every total."""

from __future__ import annotations

import datetime as dt
import importlib
import uuid
from pathlib import Path

from alembic import command
from sqlalchemy import Connection, inspect, text

from pos.domain.vat import vat_included
from pos.storage.database import create_database
from pos.storage.migrate import _config, current_revision, head_revision, upgrade
from tests.support.tills import TEST_KEY

REVISION = importlib.import_module("pos.storage.migrations.versions.0010_catalog")


def _counts(conn: Connection) -> dict[str, int]:
    return {
        n: int(conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one())
        for n in inspect(conn).get_table_names()
        if n != "alembic_version"
    }


def _sale(
    conn: Connection, ids: dict[str, uuid.UUID], no: int, at: dt.datetime, qty: int, price: int
) -> uuid.UUID:
    sale = uuid.uuid4()
    conn.execute(
        text(
            "INSERT INTO sales (id, store_id, register_id, staff_id, receipt_no, sale_type, "
            "payment_method, delivery, total_tiyn, created_at) "
            "VALUES (:id, :s, :r, :st, :no, 'cash', 'cash', 0, :total, :at)"
        ),
        {
            "id": sale.hex,
            "s": ids["store"].hex,
            "r": ids["register"].hex,
            "st": ids["staff"].hex,
            "no": no,
            "total": qty * price,
            "at": at,
        },
    )
    conn.execute(
        text(
            "INSERT INTO sale_lines (id, sale_id, line_no, product_id, barcode, name, category, "
            "quantity, unit_price_tiyn, total_tiyn) "
            "VALUES (:id, :sale, 1, :p, '4870001000011', 'Чай Пиала 250 г', 'food', :q, :price, "
            ":total)"
        ),
        {
            "id": uuid.uuid4().hex,
            "sale": sale.hex,
            "p": ids["product"].hex,
            "q": qty,
            "price": price,
            "total": qty * price,
        },
    )
    return sale


def test_upgrading_to_0010_keeps_products_and_sales_with_quantities_and_vat(
    tmp_path: Path,
) -> None:
    db = create_database(tmp_path / "old.db", TEST_KEY)
    try:
        cfg = _config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, REVISION.down_revision)
        ids = {k: uuid.uuid4() for k in ("store", "register", "staff", "product")}
        now = dt.datetime(2025, 6, 3, 6, 0)
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO stores (id, code, name, timezone, created_at) "
                    "VALUES (:id, 'ALM-01', 'Алматы', 'Asia/Almaty', :now)"
                ),
                {"id": ids["store"].hex, "now": now},
            )
            conn.execute(
                text(
                    "INSERT INTO registers (id, store_id, code, is_local) VALUES (:id, :s, '1', 1)"
                ),
                {"id": ids["register"].hex, "s": ids["store"].hex},
            )
            conn.execute(
                text(
                    "INSERT INTO staff (id, store_id, name, role, failed_logins, active, "
                    "created_at) VALUES (:id, :s, 'Ерлан', 'cashier', 0, 1, :now)"
                ),
                {"id": ids["staff"].hex, "s": ids["store"].hex, "now": now},
            )
            conn.execute(
                text(
                    "INSERT INTO products (id, barcode, name, category, price_tiyn, active) "
                    "VALUES (:id, '4870001000011', 'Чай Пиала 250 г', 'food', 99900, 1)"
                ),
                {"id": ids["product"].hex},
            )
            # One sale on the last evening of 2025 in Almaty (12 %), one after midnight (16 %).
            old = _sale(conn, ids, 1, dt.datetime(2025, 12, 31, 18, 59), 2, 99_900)
            new = _sale(conn, ids, 2, dt.datetime(2025, 12, 31, 19, 0), 3, 99_933)
        with db.engine.connect() as conn:
            before = _counts(conn)
        assert before["sale_lines"] == 2 and before["products"] == 1

        upgrade(db)

        assert current_revision(db) == head_revision()
        with db.engine.connect() as conn:
            assert {k: v for k, v in _counts(conn).items() if k in before} == before
            lines = {
                uuid.UUID(str(r[0])): r[1:]
                for r in conn.execute(
                    text(
                        "SELECT sale_id, quantity_milli, unit, total_tiyn, vat_percent, vat_tiyn, "
                        "discount_tiyn FROM sale_lines"
                    )
                )
            }
            assert lines[old] == (2000, "pcs", 199_800, 12, vat_included(199_800, 12), 0)
            assert lines[new] == (3000, "pcs", 299_799, 16, vat_included(299_799, 16), 0)
            assert vat_included(299_799, 16) == 41_352  # 299 799 x 16 / 116 = 41 351.59, rounded
            assert conn.execute(text("SELECT barcode FROM product_barcodes")).scalar_one() == (
                "4870001000011"
            )
            keys = {r[0] for r in conn.execute(text("SELECT key FROM product_name_keys"))}
            assert {"чай", "пиала"} <= keys
            assert conn.execute(text("SELECT unit, vat_percent FROM products")).one() == (
                "pcs",
                None,
            )
            totals = [
                r[0] for r in conn.execute(text("SELECT total_tiyn FROM sales ORDER BY receipt_no"))
            ]
            assert totals == [199_800, 299_799]
    finally:
        db.close()
