"""A head-office migration keeps what head office held: build the database at the revision
before it with a store, a register and its events, upgrade to the head, compare."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import func, insert, select

from headoffice.db import current_revision, head_revision, open_db, upgrade
from headoffice.models import EventRow, RegisterRow, Store
from tests.support.headoffice import sqlite_url


def _config(conn: Any) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "headoffice:migrations")
    cfg.attributes["connection"] = conn
    return cfg


def assert_upgrade_keeps_events(
    folder: Path, down_revision: str, *, events: int, empty: tuple[Any, ...]
) -> None:
    """Every event and the register are still there after the upgrade to the head, and the
    tables in `empty` (the revision's new ones) hold nothing."""
    now = dt.datetime.now(dt.UTC)
    db = open_db(sqlite_url(folder))
    try:
        with db.engine.begin() as conn:
            command.upgrade(_config(conn), down_revision)
        register = uuid.uuid4()
        with db.engine.begin() as conn:
            store_pk = conn.execute(
                insert(Store).values(code="ALM-01", created_at=now).returning(Store.id)
            ).scalar_one()
            conn.execute(
                insert(RegisterRow).values(
                    store_pk=store_pk,
                    register_id=register,
                    max_seq=events,
                    stored=events,
                    first_seen_at=now,
                    last_seen_at=now,
                )
            )
            conn.execute(
                insert(EventRow),
                [
                    {
                        "store_pk": store_pk,
                        "event_id": uuid.uuid4(),
                        "register_id": register,
                        "seq": seq,
                        "type": "sale.recorded",
                        "buyer_id": None,
                        "payload": {"total_tiyn": seq * 100},
                        "created_at": now,
                        "received_at": now,
                    }
                    for seq in range(1, events + 1)
                ],
            )
        # The columns every revision has (later ones add more, e.g. events.digest).
        held = select(*(c for c in EventRow.__table__.c if c.name != "digest"))
        with db.engine.connect() as conn:
            before = [tuple(r) for r in conn.execute(held.order_by(EventRow.seq))]

        assert upgrade(db) is True
        assert current_revision(db) == head_revision()
        with db.engine.connect() as conn:
            after = [tuple(r) for r in conn.execute(held.order_by(EventRow.seq))]
            assert after == before and len(after) == events
            assert conn.execute(select(func.count()).select_from(RegisterRow)).scalar() == 1
            for table in empty:
                assert conn.execute(select(func.count()).select_from(table)).scalar() == 0
    finally:
        db.close()
