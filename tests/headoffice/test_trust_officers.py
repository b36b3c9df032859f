"""Officers are accounts with passwords; their audit is append-only and hash-chained; a
store can be disabled and its credential expires (BRIEF 11, issue 12)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import select, text, update

from headoffice.accounts import add_officer
from headoffice.cli import main
from headoffice.models import Credential, OfficerAudit
from sync.worker import SyncWorker
from tests.support.headoffice import HeadOffice
from tests.support.tills import CREDIT, TillFixture, credit_buyer, register

OFFICER, PASSWORD = "Q. Officer", "officer-test-password-3"


@pytest.fixture
def env(headoffice: HeadOffice, monkeypatch: pytest.MonkeyPatch) -> HeadOffice:
    for name, value in headoffice.env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("HEADOFFICE_OFFICER", OFFICER)
    monkeypatch.setenv("HEADOFFICE_OFFICER_PASSWORD", PASSWORD)
    monkeypatch.delenv("HEADOFFICE_NEW_OFFICER_PASSWORD", raising=False)
    return headoffice


def test_officer_accounts_and_a_wrong_password_refused(
    env: HeadOffice,
    till_a: TillFixture,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The first account is set up with the password from the environment.
    assert main(["officer", "add", OFFICER]) == 0
    assert capsys.readouterr().out.strip() == f"officer {OFFICER} added"
    env.connect(till_a)
    person = credit_buyer()
    register(till_a, person, CREDIT)
    assert SyncWorker(till_a.ctx()).run_cycle().ok
    iin = person.iin or ""

    assert main(["buyer", "find", "--iin", iin]) == 0
    assert capsys.readouterr().out.startswith("ALM-01\t")

    monkeypatch.setenv("HEADOFFICE_OFFICER_PASSWORD", "not-the-password")
    for argv in (
        ["buyer", "find", "--iin", iin],
        ["buyer", "destroy", "--iin", iin, "--reason", "test"],
        ["review", "list"],
        ["disable-store", "ALM-01"],
        ["add-store", "X-1"],
        ["officer", "add", "Intruder"],
    ):
        assert main(argv) == 1, argv
        captured = capsys.readouterr()
        assert captured.err.strip() == (
            "pos-headoffice: officer sign-in refused: wrong officer name or password"
        ), argv
        assert iin not in captured.out + captured.err
    # An unknown name is refused alike; no name at all is asked for.
    monkeypatch.setenv("HEADOFFICE_OFFICER_PASSWORD", PASSWORD)
    assert main(["--officer", "Nobody", "buyer", "find", "--iin", iin]) == 1
    assert "wrong officer name or password" in capsys.readouterr().err
    monkeypatch.delenv("HEADOFFICE_OFFICER")
    assert main(["buyer", "find", "--iin", iin]) == 1
    assert "give --officer NAME" in capsys.readouterr().err
    with env.db.session() as s:
        audit = [
            (a.officer, a.action)
            for a in s.scalars(select(OfficerAudit).order_by(OfficerAudit.seq))
        ]
    assert audit[:2] == [("(first officer)", "officer_added"), (OFFICER, "lookup")]
    assert audit[2:] == [("(sign-in)", "officer_sign_in_refused")] * 7
    # A second officer is added by a signed-in one, with their own password.
    monkeypatch.setenv("HEADOFFICE_NEW_OFFICER_PASSWORD", "second-officer-password")
    assert main(["--officer", OFFICER, "officer", "add", "R. Second"]) == 0
    monkeypatch.setenv("HEADOFFICE_OFFICER_PASSWORD", "second-officer-password")
    assert main(["--officer", "R. Second", "review", "list"]) == 0


@contextmanager
def _triggers_dropped(ho: HeadOffice) -> Iterator[None]:
    """What someone with the database's owner rights can do: drop the append-only guard."""
    pg = ho.db.dialect == "postgresql"
    with ho.db.engine.begin() as conn:
        if pg:
            conn.execute(text("DROP TRIGGER officer_audit_append_only ON officer_audit"))
        else:
            conn.execute(text("DROP TRIGGER officer_audit_no_update"))
            conn.execute(text("DROP TRIGGER officer_audit_no_delete"))
    try:
        yield
    finally:
        if pg:  # the PostgreSQL database is shared by the session's tests
            with ho.db.engine.begin() as conn:
                conn.execute(
                    text(
                        "CREATE TRIGGER officer_audit_append_only BEFORE UPDATE OR DELETE "
                        "ON officer_audit FOR EACH ROW EXECUTE FUNCTION officer_audit_append_only()"
                    )
                )


@pytest.mark.parametrize("tamper", ["edit", "delete middle", "cut tail"])
def test_the_officer_audit_is_append_only_and_check_names_the_first_broken_entry(
    env: HeadOffice, capsys: pytest.CaptureFixture[str], tamper: str
) -> None:
    add_officer(env.db, OFFICER, PASSWORD, dt.datetime.now(dt.UTC), by=None)
    for code in ("S-1", "S-2", "S-3"):
        assert main(["add-store", code]) == 0
    assert main(["disable-store", "S-2"]) == 0
    capsys.readouterr()
    assert main(["check"]) == 0
    assert capsys.readouterr().out.strip() == "officer audit chain: ok (5 entries)"

    # The database itself refuses edits and deletions.
    for statement in (
        update(OfficerAudit).where(OfficerAudit.seq == 2).values(officer="someone else"),
        OfficerAudit.__table__.delete().where(OfficerAudit.seq == 5),
    ):
        with (
            pytest.raises(sa_exc.DBAPIError, match="append-only"),
            env.db.engine.begin() as conn,
        ):
            conn.execute(statement)

    with _triggers_dropped(env), env.db.engine.begin() as conn:
        table = OfficerAudit.__table__
        if tamper == "edit":
            conn.execute(table.update().where(table.c.seq == 2).values(detail={"store": "S-9"}))
            expected = "entry 2 was altered (its hash does not match)"
        elif tamper == "delete middle":
            conn.execute(table.delete().where(table.c.seq == 3))
            expected = "entry 3 is missing (the next one held is entry 4)"
        else:
            conn.execute(table.delete().where(table.c.seq >= 4))
            expected = "entries 4 to 5 are missing from the end of the audit"
    assert main(["check"]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == f"pos-headoffice: officer audit chain broken: {expected}"


def test_a_disabled_store_and_an_expired_credential_are_refused_with_a_reason(
    env: HeadOffice, till_a: TillFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    add_officer(env.db, OFFICER, PASSWORD, dt.datetime.now(dt.UTC), by=None)
    assert main(["add-store", "ALM-01", "--expires-in", "30"]) == 0
    out = capsys.readouterr().out.splitlines()
    until = (dt.datetime.now(dt.UTC) + dt.timedelta(days=30)).date().isoformat()
    assert out[0].endswith(f"valid until {until}:")
    env.connect(till_a, token=out[1])
    assert SyncWorker(till_a.ctx()).run_cycle().ok

    assert main(["disable-store", "ALM-01"]) == 0
    report = SyncWorker(till_a.ctx()).run_cycle()
    assert not report.ok
    today = dt.datetime.now(dt.UTC).date().isoformat()
    assert report.error == (
        f"head office refused: store ALM-01 is disabled at head office since {today}; "
        "ask head office"
    )
    assert main(["enable-store", "ALM-01"]) == 0
    assert SyncWorker(till_a.ctx()).run_cycle().ok

    # Past its expiry the credential is refused, saying so; a rotated one works.
    with env.db.engine.begin() as conn:
        conn.execute(
            update(Credential).values(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=1))
        )
    yesterday = (dt.datetime.now(dt.UTC) - dt.timedelta(days=1)).date().isoformat()
    report = SyncWorker(till_a.ctx()).run_cycle()
    assert report.error == (
        f"head office refused: this till's head-office credential expired on {yesterday}; "
        "ask head office for a new one"
    )
    capsys.readouterr()
    assert main(["rotate-credential", "ALM-01"]) == 0
    token = capsys.readouterr().out.splitlines()[1]
    env.connect(till_a, token=token)
    assert SyncWorker(till_a.ctx()).run_cycle().ok
