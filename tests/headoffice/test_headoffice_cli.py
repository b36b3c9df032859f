"""`pos-headoffice`: stores and credentials, and the privacy officer's commands."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from headoffice.accounts import add_officer
from headoffice.cli import main
from headoffice.models import Credential, OfficerAudit
from sync.worker import SyncWorker
from tests.support.headoffice import HeadOffice, dump_database
from tests.support.tills import CREDIT, TillFixture, credit_buyer, register

OFFICER_PASSWORD = "officer-test-password-1"


@pytest.fixture
def env(headoffice: HeadOffice, monkeypatch: pytest.MonkeyPatch) -> HeadOffice:
    for name, value in headoffice.env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("HEADOFFICE_OFFICER", "A. Officer")
    # Officer commands sign in: an account and its password (headoffice.accounts).
    add_officer(headoffice.db, "A. Officer", OFFICER_PASSWORD, dt.datetime.now(dt.UTC), by=None)
    monkeypatch.setenv("HEADOFFICE_OFFICER_PASSWORD", OFFICER_PASSWORD)
    return headoffice


def test_add_store_prints_the_credential_once_and_keeps_only_a_salted_hash(
    env: HeadOffice, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["add-store", "ALM-01"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(
        "store ALM-01 registered; its credential (shown only now), valid until"
    )
    token = out[1]
    _, cred_id, secret_b64 = token.split(".")
    secret = base64.urlsafe_b64decode(secret_b64 + "=" * (-len(secret_b64) % 4))
    assert len(secret) == 32
    dump = dump_database(env)
    assert secret_b64 not in dump and token not in dump
    with env.db.session() as s:
        cred = s.get(Credential, cred_id)
    assert cred is not None
    assert cred.digest == hashlib.sha256(cred.salt + secret).digest()

    assert main(["add-store", "ALM-01"]) == 1
    err = capsys.readouterr().err
    assert "already registered" in err and token not in err
    with pytest.raises(SystemExit) as bad:
        main(["add-store", "not a code!"])
    assert bad.value.code == 2


def test_officer_finds_reports_and_withdraws_by_iin(
    env: HeadOffice, till_a: TillFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    env.connect(till_a)
    person = credit_buyer()
    buyer = register(till_a, person, CREDIT).buyer.id
    assert SyncWorker(till_a.ctx()).run_cycle().ok
    iin = person.iin or ""

    assert main(["buyer", "find", "--iin", iin]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"ALM-01\t{buyer}\t")
    assert f"{iin[:4]}******{iin[-2:]}" in line and iin not in line

    assert main(["buyer", "report", "--iin", iin, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["records"][0]["data"]["surname"] == person.surname

    assert (
        main(["buyer", "withdraw", "--iin", iin, "--purpose", "credit", "--reference", "R-1"]) == 0
    )
    assert capsys.readouterr().out.strip() == "withdrawal sent to 1 record(s) in 1 store(s): ALM-01"
    report_cycle = SyncWorker(till_a.ctx()).run_cycle()
    assert (report_cycle.pulled, report_cycle.outcomes) == (1, {"applied": 1})

    assert main(["status"]) == 0
    status = capsys.readouterr().out
    assert "ALM-01:" in status and "0 directives not yet answered" in status
    with env.db.session() as s:
        actions = [
            (a.officer, a.action) for a in s.scalars(select(OfficerAudit).order_by(OfficerAudit.id))
        ]
    assert actions == [
        ("(first officer)", "officer_added"),
        ("A. Officer", "lookup"),
        ("A. Officer", "access_report"),
        ("A. Officer", "withdrawal_issued"),
    ]


def test_officer_commands_refuse_bad_input_in_one_line(
    env: HeadOffice, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["buyer", "find", "--iin", "123456789012"]) == 1
    assert (
        capsys.readouterr().err.strip()
        == "pos-headoffice: IIN check digit is wrong: a digit is mistyped"
    )
    assert main(["buyer", "find", "--iin", credit_buyer().iin or ""]) == 1
    assert "no store holds a buyer" in capsys.readouterr().out
    monkeypatch.delenv("HEADOFFICE_DATA_KEY")
    assert main(["buyer", "find", "--iin", credit_buyer().iin or ""]) == 1
    err = capsys.readouterr().err
    assert "HEADOFFICE_DATA_KEY is not set" in err and "Traceback" not in err


def test_policy_publish_from_a_file(
    env: HeadOffice, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    policy = tmp_path / "policy.txt"
    policy.write_text("Policy text written for the head-office CLI test.\n", encoding="utf-8")
    args = [
        "policy",
        "publish",
        str(policy),
        "--version",
        "2026-02",
        "--effective",
        "2026-02-01",
        "--lang",
        "kk",
    ]
    assert main(args) == 0
    assert "policy 2026-02 (kk) published to every store" in capsys.readouterr().out
    assert main(args) == 1
    assert "already published" in capsys.readouterr().err


def test_migrate_and_the_default_sqlite_file_under_headoffice_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("HEADOFFICE_DATABASE_URL", raising=False)
    monkeypatch.setenv("HEADOFFICE_HOME", str(tmp_path / "ho-home"))
    assert main(["migrate"]) == 0
    assert capsys.readouterr().out.strip() == "schema upgraded"
    assert (tmp_path / "ho-home" / "headoffice.db").exists()
    assert main(["migrate"]) == 0
    assert capsys.readouterr().out.strip() == "schema already up to date"


def test_serve_without_keys_refuses_to_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HEADOFFICE_HOME", str(tmp_path))
    monkeypatch.delenv("HEADOFFICE_DATA_KEY", raising=False)
    assert main(["serve", "--port", "1"]) == 1
    assert "HEADOFFICE_DATA_KEY is not set" in capsys.readouterr().err


def test_gen_key_prints_a_32_byte_key(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gen-key"]) == 0
    assert len(base64.b64decode(capsys.readouterr().out.strip())) == 32
