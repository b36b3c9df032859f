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
