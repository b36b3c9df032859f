"""The unit of work (all or nothing), the outbox sequence, and the hash-chained audit."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from pos.domain.errors import DatabaseError
from pos.services.sales import LineInput, NewSale, record_sale
from pos.services.uow import UnitOfWork
from pos.storage.audit import verify_chain
from pos.storage.audit_ddl import AUDIT_TRIGGERS
from pos.storage.integrity import run_checks
from pos.storage.models import AuditEntry, OutboxEvent, Sale
from tests.support.tills import DELIVERY, TillFixture, delivery_buyer, register

BREAD = (LineInput("Хлеб", 2, 25_000),)


def count(till: TillFixture, model: type) -> int:
    with till.db.read_session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_nothing_is_written_without_commit(till: TillFixture) -> None:
    before = (count(till, Sale), count(till, AuditEntry), count(till, OutboxEvent))
    from pos.services.sales import record_sale_in

    with UnitOfWork(till.ctx(till.cashier)) as uow:
        record_sale_in(uow, NewSale(lines=BREAD))
        uow.flush()
    assert (count(till, Sale), count(till, AuditEntry), count(till, OutboxEvent)) == before


def test_a_failure_after_the_change_leaves_no_trace(till: TillFixture) -> None:
    from pos.services.sales import record_sale_in

    before = (count(till, Sale), count(till, AuditEntry), count(till, OutboxEvent))
    with pytest.raises(RuntimeError), UnitOfWork(till.ctx(till.cashier)) as uow:
        record_sale_in(uow, NewSale(lines=BREAD))
        uow.flush()
        raise RuntimeError("power cut")
    assert (count(till, Sale), count(till, AuditEntry), count(till, OutboxEvent)) == before


def test_change_audit_and_outbox_commit_together(till: TillFixture) -> None:
    sale = record_sale(till.ctx(till.cashier), NewSale(lines=BREAD))
    with till.db.read_session() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        event = s.scalars(select(OutboxEvent).order_by(OutboxEvent.seq.desc())).first()
    assert (
        entry is not None
        and entry.action == "sale.recorded"
        and entry.entities == {"sale": str(sale.id)}
    )
    assert entry.actor == f"staff:{till.cashier.staff_id}"
    assert (
        event is not None
        and event.type == "sale.recorded"
        and event.payload["sale_id"] == str(sale.id)
    )
    assert event.payload["total_tiyn"] == 50_000


def test_outbox_sequence_is_per_register_monotonic_and_gap_free(till: TillFixture) -> None:
    for _ in range(3):
        record_sale(till.ctx(till.cashier), NewSale(lines=BREAD))
    with pytest.raises(Exception):  # noqa: B017 - any refusal; the point is the rollback
        record_sale(till.ctx(till.cashier), NewSale(lines=BREAD, delivery=True))
    record_sale(till.ctx(till.cashier), NewSale(lines=BREAD))
    with till.db.read_session() as s:
        seqs = list(s.scalars(select(OutboxEvent.seq).order_by(OutboxEvent.seq)))
        registers = set(s.scalars(select(OutboxEvent.register_id)))
    assert seqs == list(range(1, len(seqs) + 1))
    assert registers == {till.identity.register_id}


def test_audit_holds_field_names_never_values(till: TillFixture) -> None:
    register(till, delivery_buyer(), DELIVERY)
    with till.db.read_session() as s:
        rows = s.scalars(select(AuditEntry)).all()
        blob = " ".join(f"{r.entities} {r.fields} {r.action} {r.actor}" for r in rows)
    registered = next(r for r in rows if r.action == "buyer.registered")
    assert set(registered.fields) == {"surname", "given_name", "phone", "delivery_address"}
    for value in ("Асель", "Нурланова", "5551234", "Жарокова"):
        assert value not in blob


def test_a_full_disk_is_a_clear_error_and_saves_nothing(till: TillFixture) -> None:
    from sqlalchemy import event

    with till.db.engine.connect() as c:
        pages = c.execute(text("PRAGMA page_count")).scalar()

    @event.listens_for(till.db.engine, "connect")
    def _cap(dbapi_conn: object, _rec: object) -> None:
        # The file may not grow past its size now: SQLite reports SQLITE_FULL as on a full disk.
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]

    till.db.engine.dispose()
    sales_before = outbox_before = -1
    with pytest.raises(DatabaseError, match="disk is full: nothing was saved"):
        for _ in range(200):
            sales_before, outbox_before = count(till, Sale), count(till, OutboxEvent)
            record_sale(till.ctx(till.cashier), NewSale(lines=BREAD * 20))
    assert (count(till, Sale), count(till, OutboxEvent)) == (sales_before, outbox_before)
    with till.db.read_session() as s:
        assert verify_chain(s).ok


def _tamper(till: TillFixture, sql: str) -> None:
    with till.db.connection() as c:
        for name in AUDIT_TRIGGERS:
            c.execute(f"DROP TRIGGER {name}")
        c.execute(sql)


def _populated(till: TillFixture) -> int:
    for _ in range(4):
        record_sale(till.ctx(till.cashier), NewSale(lines=BREAD))
    with till.db.read_session() as s:
        return int(s.scalar(select(func.max(AuditEntry.seq))) or 0)


def test_the_chain_verifies_and_the_triggers_refuse_edits(till: TillFixture) -> None:
    last = _populated(till)
    assert all(r.ok for r in run_checks(till.db))
    with till.db.connection() as c:
        with pytest.raises(Exception, match="append-only"):
            c.execute("UPDATE audit_entries SET action = 'x' WHERE seq = 1")
        with pytest.raises(Exception, match="append-only"):
            c.execute(f"DELETE FROM audit_entries WHERE seq = {last}")


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        (
            "UPDATE audit_entries SET actor = 'staff:someone-else' WHERE seq = 3",
            "audit entry 3 was altered",
        ),
        ("DELETE FROM audit_entries WHERE seq = 3", "audit entry 3 is missing"),
        (
            "DELETE FROM audit_entries WHERE seq = (SELECT max(seq) FROM audit_entries)",
            "is missing",
        ),
        (
            "UPDATE audit_entries SET fields = '[\"iin\"]' WHERE seq = 2",
            "audit entry 2 was altered",
        ),
    ],
)
def test_tampering_is_detected_and_the_entry_named(
    till: TillFixture, sql: str, expected: str
) -> None:
    last = _populated(till)
    _tamper(till, sql)
    results = {r.name: r for r in run_checks(till.db)}
    assert not results["audit protection"].ok
    chain = results["audit chain"]
    assert not chain.ok and expected in chain.detail
    if "max(seq)" in sql:
        assert f"audit entry {last} is missing" in chain.detail
