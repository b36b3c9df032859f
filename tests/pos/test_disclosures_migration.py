"""Revision 0006 (the disclosure register's indexes) upgrades a till with data, loses
nothing, and then holds a delivery to one carrier."""

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

REVISION = importlib.import_module("pos.storage.migrations.versions.0006_disclosures")


def _counts(conn: Connection) -> dict[str, int]:
    return {
        n: int(conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one())
        for n in inspect(conn).get_table_names()
        if n != "alembic_version"
    }


def _disclosure(conn: Connection, ids: dict[str, uuid.UUID], category: str, name: str) -> None:
    conn.execute(
        text(
            "INSERT INTO disclosures (id, buyer_id, recipient_category, recipient_name, purpose, "
            "legal_basis, data_categories, sale_id, at, store_id, register_id, staff_id) "
            "VALUES (:id, :b, :c, :n, :p, NULL, :d, :sale, :at, :s, :r, :st)"
        ),
        {
            "id": uuid.uuid4().hex,
            "b": ids["buyer"].hex,
            "c": category,
            "n": name,
            "p": "credit" if category == "partner_bank" else "delivery",
            "d": '["full_name", "phone"]',
            "sale": ids["sale"].hex,
            "at": dt.datetime(2026, 10, 3, 7, 0),
            "s": ids["store"].hex,
            "r": ids["register"].hex,
            "st": ids["staff"].hex,
        },
    )


def test_upgrading_to_0006_keeps_every_row_and_holds_one_hand_over(tmp_path: Path) -> None:
    db = create_database(tmp_path / "old.db", TEST_KEY)
    try:
        cfg = _config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, REVISION.down_revision)
        ids = {k: uuid.uuid4() for k in ("store", "register", "staff", "buyer", "sale")}
        now = dt.datetime(2026, 10, 3, 6, 0)
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
                    "created_at) VALUES (:id, :s, 'Ерлан', 'sales_manager', 0, 1, :now)"
                ),
                {"id": ids["staff"].hex, "s": ids["store"].hex, "now": now},
            )
            conn.execute(
                text(
                    "INSERT INTO buyers (id, given_name, phone, status, store_id, created_at, "
                    "updated_at) VALUES (:id, 'Асель', '+77015551234', 'active', :s, :now, :now)"
                ),
                {"id": ids["buyer"].hex, "s": ids["store"].hex, "now": now},
            )
            conn.execute(
                text(
                    "INSERT INTO sales (id, store_id, register_id, staff_id, receipt_no, "
                    "sale_type, payment_method, delivery, buyer_id, total_tiyn, created_at) "
                    "VALUES (:id, :s, :r, :st, 1, 'credit', 'credit', 1, :b, 1500000, :now)"
                ),
                {
                    "id": ids["sale"].hex,
                    "s": ids["store"].hex,
                    "r": ids["register"].hex,
                    "st": ids["staff"].hex,
                    "b": ids["buyer"].hex,
                    "now": now,
                },
            )
            _disclosure(conn, ids, "partner_bank", "Halyk Bank")
        with db.engine.connect() as conn:
            before = _counts(conn)
        assert before["disclosures"] == 1

        upgrade(db)

        assert current_revision(db) == head_revision()
        with db.engine.connect() as conn:
            assert {k: v for k, v in _counts(conn).items() if k in before} == before
            assert conn.execute(text("SELECT recipient_name FROM disclosures")).scalar_one() == (
                "Halyk Bank"
            )
            names = {i["name"] for i in inspect(conn).get_indexes("disclosures")}
        assert {"ix_disclosures_at", "uq_disclosures_handover"} <= names

        # The bank and one carrier may both hold the sale's data; a second carrier may not.
        with db.engine.begin() as conn:
            _disclosure(conn, ids, "courier", "CDEK")
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            _disclosure(conn, ids, "postal", "Казпочта")
        with db.engine.connect() as conn:
            assert _counts(conn)["disclosures"] == 2
    finally:
        db.close()
