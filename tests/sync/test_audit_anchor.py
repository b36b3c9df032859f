"""The till's audit chain is anchored at head office at every sync, so cutting entries off
its end (with the database key: drop the delete trigger, delete the newest entries, move
`audit_head`) is found by `pos check` and by `pos-headoffice check-store`."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from headoffice.cli import main as ho_main
from headoffice.models import AuditAnchorRow, IncidentRow, OfficerAudit
from pos.seed import seed
from pos.storage.audit import ANCHOR_SETTING, saved_anchor
from pos.storage.audit_ddl import AUDIT_TRIGGERS
from sync.worker import SyncWorker, run_cycle_cli
from tests.support.cli import pos_here
from tests.support.headoffice import HeadOffice
from tests.support.tills import TillFixture


@pytest.fixture
def env(headoffice: HeadOffice, monkeypatch: pytest.MonkeyPatch) -> HeadOffice:
    for name, value in headoffice.env.items():
        monkeypatch.setenv(name, value)
    return headoffice


def _head(till: TillFixture) -> tuple[int, str]:
    with till.db.connection() as c:
        seq, digest = c.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
    return int(seq), str(digest)


def _cut_tail(till: TillFixture, n: int, *, restore_trigger: bool) -> int:
    """The red team's cut: newest `n` entries deleted, the head moved back to what is left."""
    with till.db.connection() as c:
        c.execute("DROP TRIGGER audit_entries_no_delete")
        top = c.execute("SELECT max(seq) FROM audit_entries").fetchone()[0]
        c.execute("DELETE FROM audit_entries WHERE seq > ?", (top - n,))
        c.execute("DELETE FROM audit_links WHERE seq > ?", (top - n,))  # a thorough cut
        seq, digest = c.execute(
            "SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        c.execute("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", (seq, digest))
        if restore_trigger:
            c.execute(AUDIT_TRIGGERS["audit_entries_no_delete"])
        c.commit()
    return int(top)


def _check_store(capsys: pytest.CaptureFixture[str], code: str = "ALM-01") -> tuple[int, str]:
    capsys.readouterr()
    status = ho_main(["check-store", code])
    got = capsys.readouterr()
    return status, got.out + got.err


def _synced(env: HeadOffice, till: TillFixture) -> int:
    env.connect(till)
    seed(till.ctx(), buyers=3, sales=4)
    assert SyncWorker(till.ctx()).run_cycle().ok
    seq, digest = _head(till)
    with till.db.read_session() as s:
        anchor = saved_anchor(s)
    assert anchor is not None and (anchor["seq"], anchor["hash"]) == (seq, digest)
    return seq


@pytest.mark.parametrize("restore_trigger", [True, False])
def test_cutting_the_audit_tail_after_a_sync_fails_pos_check_naming_the_entry(
    env: HeadOffice,
    till_a: TillFixture,
    capsys: pytest.CaptureFixture[str],
    restore_trigger: bool,
) -> None:
    anchored = _synced(env, till_a)
    assert pos_here(till_a.paths.home, "check", key=till_a.key).code == 0
    assert _check_store(capsys)[0] == 0

    top = _cut_tail(till_a, 3, restore_trigger=restore_trigger)
    assert top == anchored

    result = pos_here(till_a.paths.home, "check", key=till_a.key)
    assert result.code == 1
    line = f"audit chain: cut: entry {anchored} (anchored at head office on "
    assert line in result.out
    assert "is missing" in result.out
    assert f"pos: check failed: {line}" in result.err

    # The next sync tells head office, which keeps the anchor and says so from then on.
    lines: list[str] = []
    run_cycle_cli(till_a.ctx(), lines.append)
    # Cut, or (entries written since under the same numbers) changed: either way named.
    assert any(
        x.startswith("head office: audit chain ") and f"entry {anchored} " in x for x in lines
    ), lines
    status, said = _check_store(capsys)
    assert status == 1
    assert "WENT BACKWARDS" in said and f"entry {anchored}" in said
    with env.db.session() as s:
        drafts = [
            r for r in s.scalars(select(IncidentRow)) if (r.finding or "").startswith("audit:")
        ]
    assert len(drafts) == 1 and drafts[0].severity == "high"


def test_a_cut_regrown_past_the_anchor_with_the_anchor_setting_removed_is_found_at_head_office(
    env: HeadOffice, till_a: TillFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    anchored = _synced(env, till_a)
    _cut_tail(till_a, 3, restore_trigger=True)
    # Cover the tracks at the till: forget the anchor, and write new entries past it.
    with till_a.db.connection() as c:
        c.execute("DELETE FROM settings WHERE key = ?", (ANCHOR_SETTING,))
        c.commit()
    seed(till_a.ctx(), buyers=3, sales=4)
    assert _head(till_a)[0] > anchored
    assert pos_here(till_a.paths.home, "check", key=till_a.key).code == 0  # locally blind

    report = SyncWorker(till_a.ctx()).run_cycle()
    assert report.audit_problem is not None and f"entry {anchored}" in report.audit_problem
    status, said = _check_store(capsys)
    assert status == 1 and "WENT BACKWARDS" in said
    with env.db.session() as s:
        latest = s.scalars(
            select(AuditAnchorRow)
            .where(AuditAnchorRow.verdict == "anchored")
            .order_by(AuditAnchorRow.id.desc())
        ).first()
    assert latest is not None and latest.seq == anchored  # the anchor did not move


def test_anchors_advance_with_each_sync_and_history_is_kept(
    env: HeadOffice, till_a: TillFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _synced(env, till_a)
    assert SyncWorker(till_a.ctx()).run_cycle().ok  # unchanged head: no new anchor
    seed(till_a.ctx(), buyers=1, sales=2)
    assert SyncWorker(till_a.ctx()).run_cycle().ok
    second = _head(till_a)[0]
    assert second > first
    with env.db.session() as s:
        seqs = [r.seq for r in s.scalars(select(AuditAnchorRow).order_by(AuditAnchorRow.id))]
    assert seqs[0] == first and seqs[-1] == second and len(seqs) == len(set(seqs))
    status, said = _check_store(capsys)
    assert status == 0 and f"anchored through entry {second}" in said
    assert _check_store(capsys, "NOPE-01")[0] == 1
    assert str(uuid.UUID(int=0)) not in said


def test_an_officer_accepts_a_cut_after_looking_into_it_and_anchoring_resumes(
    env: HeadOffice,
    till_a: TillFixture,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HEADOFFICE_OFFICER_PASSWORD", "anchor-officer-password-7")
    monkeypatch.delenv("HEADOFFICE_OFFICER", raising=False)
    assert ho_main(["officer", "add", "A. Officer"]) == 0
    anchored = _synced(env, till_a)
    _cut_tail(till_a, 3, restore_trigger=True)
    assert SyncWorker(till_a.ctx()).run_cycle().audit_problem is not None
    with env.db.session() as s:
        register = s.scalars(select(AuditAnchorRow.register_id)).first()
    assert register is not None
    capsys.readouterr()
    # Forgiving a chain that went back takes a signed-in officer.
    assert ho_main(["check-store", "ALM-01", "--accept", str(register)]) == 1
    assert "--officer" in capsys.readouterr().err
    monkeypatch.setenv("HEADOFFICE_OFFICER", "A. Officer")
    assert ho_main(["check-store", "ALM-01", "--accept", str(uuid.uuid4())]) == 1
    assert "has no head behind its anchor" in capsys.readouterr().err

    capsys.readouterr()
    assert ho_main(["check-store", "ALM-01", "--accept", str(register)]) == 0
    with env.db.session() as s:
        actions = [a.action for a in s.scalars(select(OfficerAudit).order_by(OfficerAudit.id))]
    assert actions[-1] == "anchor_accepted"
    said = capsys.readouterr().out
    assert f"register {register}: entry " in said and "from now on" in said
    report = SyncWorker(till_a.ctx()).run_cycle()
    assert report.ok and report.audit_problem is None
    assert _check_store(capsys)[0] == 0
    result = pos_here(till_a.paths.home, "check", key=till_a.key)
    assert result.code == 0, result.out
    with till_a.db.read_session() as s:
        anchor = saved_anchor(s)
    assert anchor is not None and anchor["seq"] < anchored
