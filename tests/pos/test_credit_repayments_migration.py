"""Revision 0012 (credit repayments in the drawer, the credit's rate) upgrades a till with
a sale and its installment arrangement, loses nothing, leaves the old arrangement's rate
unknown (its papers read the store's list, as before), and takes repayments with a shift."""

from __future__ import annotations

import datetime as dt
import importlib
import uuid
from pathlib import Path

from alembic import command
from sqlalchemy import Connection, inspect, text

from pos.storage.database import create_database
from pos.storage.migrate import _config, current_revision, head_revision, upgrade
from tests.support.tills import TEST_KEY

REVISION = importlib.import_module("pos.storage.migrations.versions.0012_credit_repayments")
NOW = dt.datetime(2026, 11, 26, 6, 0)


def _counts(conn: Connection) -> dict[str, int]:
    return {
        n: int(conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one())
        for n in inspect(conn).get_table_names()
        if n != "alembic_version"
    }


def test_upgrading_to_0012_keeps_sales_and_credits_and_takes_repayments_in_a_shift(
    tmp_path: Path,
) -> None:
    db = create_database(tmp_path / "old.db", TEST_KEY)
    try:
        cfg = _config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, REVISION.down_revision)
        store, register, staff, sale = uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        credit, shift = uuid.uuid4(), uuid.uuid4()
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
                    "(:id, :s, :r, :st, 1, 'installment', 'installment', 0, 199000, :now)"
                ),
                {"id": sale.hex, "s": store.hex, "r": register.hex, "st": staff.hex, "now": NOW},
            )
            conn.execute(
                text(
                    "INSERT INTO credit_arrangements (id, sale_id, kind, partner_bank, product, "
                    "term_months, principal_tiyn, down_payment_tiyn, monthly_payment_tiyn, "
                    "outstanding_tiyn, schedule, status, opened_at) VALUES (:id, :sale, "
                    "'installment', 'Halyk Bank', '0-0-12', 12, 199000, 0, 16583, 199000, "
                    "'[]', 'active', :now)"
                ),
                {"id": credit.hex, "sale": sale.hex, "now": NOW},
            )
            conn.execute(
                text(
                    "INSERT INTO shifts (id, store_id, register_id, number, float_tiyn, "
                    "opened_at, opened_by) VALUES (:id, :s, :r, 1, 0, :now, :st)"
                ),
                {"id": shift.hex, "s": store.hex, "r": register.hex, "now": NOW, "st": staff.hex},
            )
        with db.engine.connect() as conn:
            before = _counts(conn)

        assert "credit_repayments" not in before and before["credit_arrangements"] == 1

        upgrade(db)

        assert current_revision(db) == head_revision()
        with db.engine.connect() as conn:
            after = _counts(conn)
            assert {k: v for k, v in after.items() if k in before} == before
            assert after["credit_repayments"] == 0
            row = conn.execute(
                text("SELECT outstanding_tiyn, annual_rate_hundredths FROM credit_arrangements")
            ).one()
            assert tuple(row) == (199000, None)
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO credit_repayments (id, credit_id, shift_id, staff_id, method, "
                    "amount_tiyn, created_at) VALUES (:id, :c, :sh, :st, 'cash', 1000, :now)"
                ),
                {
                    "id": uuid.uuid4().hex,
                    "c": credit.hex,
                    "sh": shift.hex,
                    "st": staff.hex,
                    "now": NOW,
                },
            )
    finally:
        db.close()
