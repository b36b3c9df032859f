"""The till killed at random moments while it fiscalizes: after a restart every sale has
exactly one fiscal receipt, in order, and the till holds the service's own result for it."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import select

from pos.domain.fiscal import FiscalState
from pos.storage.database import open_database
from pos.storage.models import FiscalDocument
from tests.fiscal.test_queue import connect, ring
from tests.support.headoffice import wait_for
from tests.support.kkm_standin import API_KEY, PASSWORD, KkmStandin
from tests.support.tills import TillFixture

SALES = 40


def _drain(till: TillFixture, *args: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "POS_HOME": str(till.paths.home),
        "POS_DB_KEY": till.key,
        "POS_FISCAL_PASSWORD": PASSWORD,
        "POS_FISCAL_API_KEY": API_KEY,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "till.cli.main", "fiscal", "drain", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _done(till: TillFixture) -> int:
    db = open_database(till.paths.db, till.key)
    try:
        with db.read_session() as session:
            return len(
                session.scalars(
                    select(FiscalDocument.id).where(FiscalDocument.state == FiscalState.DONE.value)
                ).all()
            )
    finally:
        db.close()


def test_a_till_killed_during_fiscalization_resumes_without_duplicates_or_gaps(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect(till, kkm, monkeypatch)
    for n in range(SALES):
        ring(till, price=100_00 + n)
    till.db.close()  # the subprocesses own the database while they run
    # Slow answers put kills inside calls (after the service stored the receipt, before the
    # till did); dropped connections lose answers outright.
    kkm.fault("slow", seconds=0.15, times=SALES)
    kkm.fault("drop", times=3, path="/api/v4/check")
    rng = random.Random(15)
    progress = []
    for _ in range(6):
        calls = kkm.state.calls["/api/v4/check"]
        if len(kkm.fiscal_receipts()) == SALES:
            break
        proc = _drain(till, "--loop", "--interval", "0.05")
        try:
            # Kill only once this run is sending (start-up time varies with the machine).
            wait_for(lambda c=calls: kkm.state.calls["/api/v4/check"] > c, what="a send")
            time.sleep(rng.uniform(0.0, 0.5))
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        progress.append(_done(till))
    # The kills landed while documents were being sent, not before or after all of them.
    assert len(progress) >= 3 and any(0 < n < SALES for n in progress), progress
    kkm.state.faults.clear()
    final = _drain(till)
    _out, err = final.communicate(timeout=120)
    assert final.returncode == 0, err.decode()

    db = open_database(till.paths.db, till.key)
    try:
        with db.read_session() as session:
            docs = session.scalars(select(FiscalDocument).order_by(FiscalDocument.seq)).all()
            assert len(docs) == SALES
            assert all(d.state == FiscalState.DONE.value for d in docs)
            receipts = kkm.fiscal_receipts()
            assert len(receipts) == SALES  # none twice, none missing
            by_external = {r.external: r for r in receipts}
            assert set(by_external) == {str(d.id) for d in docs}
            for d in docs:
                assert d.fiscal_sign == by_external[str(d.id)].data["CheckNumber"]
            # In order: the service numbered them as the till queued them.
            orders = [by_external[str(d.id)].data["CheckOrderNumber"] for d in docs]
            assert orders == sorted(orders)
    finally:
        db.close()


def test_a_day_of_documents_killed_at_random_moments_is_fiscalized_once_in_order(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pos.domain.shifts import CashMoveKind
    from pos.services import returns, shifts

    connect(till, kkm, monkeypatch)
    cashier = till.ctx(till.cashier)
    shifts.move_cash(cashier, CashMoveKind.IN, 10_000_00, "размен")
    sold = [ring(till, price=500_00 + n, qty=2) for n in range(12)]
    returns.record_return(
        cashier, returns.ReturnRequest(sale_id=sold[3].id, lines=((1, 1000),), reason="брак")
    )
    shifts.move_cash(cashier, CashMoveKind.OUT, 2_000_00, "инкассация")
    shifts.x_report(cashier)
    sold += [ring(till, price=700_00 + n) for n in range(8)]
    shifts.close_shift(cashier, 0)
    till.db.close()
    for path in ("/api/v4/check", "/api/v4/MoneyOperation", "/api/v4/ZReport"):
        kkm.fault("slow", seconds=0.15, times=30, path=path)
    kkm.fault("drop", times=2, path="/api/v4/check")
    kkm.fault("drop", times=1, path="/api/v4/MoneyOperation")
    rng = random.Random(16)
    for _ in range(6):
        calls = sum(kkm.state.calls.values())
        proc = _drain(till, "--loop", "--interval", "0.05")
        try:
            wait_for(lambda c=calls: sum(kkm.state.calls.values()) > c + 2, what="sending")
            time.sleep(rng.uniform(0.0, 0.6))
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        if kkm.state.z_count:
            break
    kkm.state.faults.clear()
    final = _drain(till)
    _out, err = final.communicate(timeout=120)
    assert final.returncode == 0, err.decode()

    db = open_database(till.paths.db, till.key)
    try:
        with db.read_session() as session:
            docs = session.scalars(select(FiscalDocument).order_by(FiscalDocument.seq)).all()
    finally:
        db.close()
    assert [d.state for d in docs] == [FiscalState.DONE.value] * len(docs)
    kinds = [d.kind for d in docs]
    assert kinds.count("sale") == 20 and kinds.count("return") == 1
    assert kinds[-1] == "z_report" and kinds.count("x_report") == 1
    checks = kkm.fiscal_receipts()
    assert len(checks) == 21  # twenty sales and one return, none twice
    assert {r.external for r in checks} == {str(d.id) for d in docs if d.kind in ("sale", "return")}
    moves = [r for r in kkm.state.receipts.values() if r.kind == "money"]
    assert sorted(r.op for r in moves) == [0, 1]
    assert kkm.state.z_count == 1  # the Z was made once, even if its answer was lost
    z = docs[-1].report or {}
    assert z.get("mismatch") in ([], ["lost"])
