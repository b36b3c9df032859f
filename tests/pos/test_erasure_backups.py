"""No backup the till keeps holds a destroyed buyer (issue 11, finding 8).

The copy made before a schema upgrade is removed as soon as the upgraded database passes
the checks of `pos check`; an upgrade that fails them keeps its copy and the till does not
open. A copy left by an earlier version goes at the next start, so a destruction never has
a backup to reach into.
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest

from pos.domain.errors import Code, DatabaseError
from pos.services import privacy
from pos.storage import migrate, revision
from pos.storage.database import open_database
from pos.storage.migrate import backup_file, current_revision, head_revision
from tests.support.sqlcipher_pages import count_found, decrypted_bytes
from tests.support.tills import DELIVERY, TillFixture, delivery_buyer, register
from till.app import open_till

VALUES = ["Нурланова", "Алматы, ул. Жарокова, 12, кв. 5", "+77015551234"]
NEXT = "e9001"  # a test-only revision after this app's head


def next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """Make the app one revision newer than the till's file: `body` is its upgrade()."""
    import pos.storage.migrations as package

    scripts = tmp_path / "migrations"
    shutil.copytree(Path(package.__file__).parent, scripts)
    (scripts / "versions" / f"{NEXT}_test.py").write_text(
        '"""test upgrade"""\nimport sqlalchemy as sa\nfrom alembic import op\n'
        f'revision = "{NEXT}"\ndown_revision = "{head_revision()}"\n'
        "branch_labels = None\ndepends_on = None\n"
        f"def upgrade():\n{body}\ndef downgrade():\n    pass\n"
    )
    original = migrate._config

    def patched() -> object:
        cfg = original()
        cfg.set_main_option("script_location", str(scripts))
        return cfg

    monkeypatch.setattr(migrate, "_config", patched)
    monkeypatch.setattr(revision, "SCHEMA_HEAD", NEXT)


def copies_made(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    made: list[Path] = []
    real = migrate.backup_file

    def recording(*args: object, **kwargs: object) -> Path:
        path = real(*args, **kwargs)  # type: ignore[arg-type]
        made.append(path)
        return path

    monkeypatch.setattr(migrate, "backup_file", recording)
    return made


def buyer_in(till: TillFixture) -> uuid.UUID:
    return register(till, delivery_buyer(), DELIVERY).buyer.id


def files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_the_copy_made_before_an_upgrade_goes_once_the_upgraded_file_passes_its_checks(
    till: TillFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    buyer_in(till)
    till.db.close()
    next_revision(tmp_path, monkeypatch, '    op.execute("SELECT 1")')
    made = copies_made(monkeypatch)

    with open_till(till.paths.home, till.key) as opened:
        assert current_revision(opened.db) == NEXT

    assert len(made) == 1  # a copy was made before the upgrade...
    assert not made[0].exists() and files(till.paths.backups) == []  # ...and is gone


def test_an_upgrade_that_fails_its_checks_keeps_its_copy_and_the_till_does_not_open(
    till: TillFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    buyer_in(till)
    till.db.close()
    before = head_revision()
    # An upgrade that breaks the audit's protection: `pos check` names it.
    next_revision(tmp_path, monkeypatch, '    op.execute("DROP TRIGGER audit_entries_no_update")')
    made = copies_made(monkeypatch)

    with pytest.raises(DatabaseError) as failed:
        open_till(till.paths.home, till.key)

    assert failed.value.code is Code.DB_UPGRADE_UNSOUND
    assert "audit protection" in str(failed.value) and made[0].name in str(failed.value)
    old = open_database(made[0], till.key)  # the way back is still there, at the old revision
    try:
        assert current_revision(old) == before
    finally:
        old.close()


def test_a_copy_left_by_an_earlier_version_goes_at_the_next_start_with_its_buyers(
    till: TillFixture,
) -> None:
    buyer = buyer_in(till)
    left = backup_file(till.db, till.paths.backups, f"before-{head_revision()}")
    assert count_found(decrypted_bytes(left, till.key), VALUES) > 0
    privacy.destroy_buyer(till.ctx(), buyer, reason="buyer's request", expressed_by="buyer")
    till.db.close()

    with open_till(till.paths.home, till.key):
        pass

    assert files(till.paths.backups) == []
    for db_file in (p for p in files(till.paths.home) if p.suffix == ".db"):
        assert count_found(decrypted_bytes(db_file, till.key), VALUES) == 0, db_file.name
