"""The encrypted file: standard SQLCipher 4, refusals that never touch the file, pooling,
pragmas, migrations equal to the models, backup before an upgrade."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from pos.domain.errors import DatabaseError
from pos.storage.database import create_database, open_database
from pos.storage.migrate import current_revision, upgrade
from pos.storage.models import Base
from pos.storage.revision import SCHEMA_HEAD
from tests.support.tills import TEST_KEY, TillFixture

ROOT = Path(__file__).resolve().parents[2]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _alt_sqlcipher() -> Path:
    path = Path(os.environ.get("POS_ALT_SQLCIPHER", ROOT / ".venv" / "alt-sqlcipher"))
    if not (path / "sqlcipher3").is_dir():
        pytest.fail(f"the independent SQLCipher build is missing at {path}; run `make venv`")
    return path


def test_a_separate_sqlcipher4_build_opens_the_file_with_the_passphrase_alone(
    till: TillFixture,
) -> None:
    till.db.close()
    script = (
        "import sqlcipher3, sys\n"
        "c = sqlcipher3.connect(sys.argv[1])\n"
        'c.execute("PRAGMA key = \'" + sys.argv[2] + "\'")\n'
        "print(c.execute('PRAGMA cipher_version').fetchone()[0])\n"
        "print(c.execute('SELECT code FROM stores').fetchone()[0])\n"
    )
    env = {"PYTHONPATH": str(_alt_sqlcipher()), "PATH": os.environ["PATH"]}
    out = subprocess.run(
        [sys.executable, "-s", "-c", script, str(till.paths.db), TEST_KEY],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout.split()
    assert out[0].startswith("4.") and out[0] != _our_cipher_version()
    assert out[-1] == "ALM-01"


def _our_cipher_version() -> str:
    import sqlcipher3

    c = sqlcipher3.connect(":memory:")
    c.execute("PRAGMA key = 'x'")
    return str(c.execute("PRAGMA cipher_version").fetchone()[0]).split()[0]


def test_the_file_has_no_plaintext_header(till: TillFixture) -> None:
    assert not till.paths.db.read_bytes().startswith(b"SQLite format 3")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        ("wrong_key", "wrong key, or the file is not a till database"),
        ("plaintext", "plain, unencrypted SQLite file"),
        ("truncated", "truncated or damaged"),
        ("random", "wrong key, or the file is not a till database"),
        ("empty", "is empty"),
    ],
)
def test_refusals_leave_the_file_byte_for_byte_unchanged(
    till: TillFixture, tmp_path: Path, make: str, message: str
) -> None:
    till.db.close()
    target = tmp_path / "pos.db"
    key = TEST_KEY
    if make == "wrong_key":
        shutil.copy(till.paths.db, target)
        key = "not-the-key"
    elif make == "plaintext":
        import sqlite3

        with sqlite3.connect(target) as c:
            c.execute("CREATE TABLE t (x)")
    elif make == "truncated":
        target.write_bytes(till.paths.db.read_bytes()[:10000])
    elif make == "random":
        target.write_bytes(os.urandom(4096 * 4))
    else:
        target.write_bytes(b"")
    before = sha(target)
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DatabaseError, match=message):
        open_database(target, key)
    assert sha(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_create_refuses_to_overwrite(till: TillFixture) -> None:
    before = sha(till.paths.db)
    with pytest.raises(DatabaseError, match="already exists"):
        create_database(till.paths.db, TEST_KEY)
    assert sha(till.paths.db) == before


def test_connection_pragmas(till: TillFixture) -> None:
    with till.db.engine.connect() as c:
        values = {
            p: c.execute(text(f"PRAGMA {p}")).scalar()
            for p in ("journal_mode", "foreign_keys", "secure_delete", "temp_store", "synchronous")
        }
    assert values == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "secure_delete": 1,
        "temp_store": 2,
        "synchronous": 2,
    }


def test_pool_is_shared_safely_by_many_threads(till: TillFixture) -> None:
    from pos.services.sales import LineInput, NewSale, record_sale

    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                record_sale(till.ctx(till.cashier), NewSale(lines=(LineInput("Хлеб", 1, 25_000),)))
                with till.db.read_session() as s:
                    s.execute(text("SELECT count(*) FROM sales")).scalar()
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with till.db.read_session() as s:
        numbers = [
            r[0] for r in s.execute(text("SELECT receipt_no FROM sales ORDER BY receipt_no"))
        ]
    assert numbers == list(range(1, 81))


def test_migrated_schema_equals_the_models(tmp_path: Path) -> None:
    db = create_database(tmp_path / "m.db", TEST_KEY)
    try:
        upgrade(db)
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        db.close()


def _scripts_with_extra_revision(tmp_path: Path) -> Path:
    import pos.storage.migrations as package

    scripts = tmp_path / "migrations"
    shutil.copytree(Path(package.__file__).parent, scripts)
    from pos.storage.migrate import head_revision

    # On top of whatever the head is now, so the test keeps working as revisions are added.
    (scripts / "versions" / "9000_test_column.py").write_text(
        '"""test upgrade"""\n'
        "import sqlalchemy as sa\nfrom alembic import op\n"
        f'revision = "9000"\ndown_revision = "{head_revision()}"\n'
        "branch_labels = None\ndepends_on = None\n"
        "def upgrade():\n"
        '    with op.batch_alter_table("stores") as b:\n'
        '        b.add_column(sa.Column("note", sa.String(20)))\n'
        "def downgrade():\n"
        '    with op.batch_alter_table("stores") as b:\n'
        '        b.drop_column("note")\n'
    )
    return scripts


def test_the_file_is_backed_up_before_an_upgrade(
    till: TillFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pos.storage import migrate

    scripts = _scripts_with_extra_revision(tmp_path)
    original = migrate._config

    def patched() -> object:
        cfg = original()
        cfg.set_main_option("script_location", str(scripts))
        return cfg

    monkeypatch.setattr(migrate, "_config", patched)
    backups = tmp_path / "backups"
    backup = upgrade(till.db, backup_dir=backups)
    assert backup is not None and backup.parent == backups
    assert current_revision(till.db) == "9000"
    old = open_database(backup, TEST_KEY)
    try:
        assert current_revision(old) == SCHEMA_HEAD
        with old.engine.connect() as c:
            assert c.execute(text("SELECT code FROM stores")).scalar() == "ALM-01"
    finally:
        old.close()
    assert upgrade(till.db, backup_dir=backups) is None  # at head: nothing to do, no copy
    assert len(list(backups.iterdir())) == 1


def test_a_database_from_a_newer_app_is_refused(till: TillFixture) -> None:
    with till.db.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseError, match="newer version"):
        upgrade(till.db)


def test_the_fast_revision_check_knows_the_migration_head(till: TillFixture) -> None:
    from pos.storage.migrate import head_revision
    from pos.storage.revision import SCHEMA_HEAD, is_current

    assert head_revision() == SCHEMA_HEAD
    assert is_current(till.db)


def test_foreign_key_columns_of_growing_tables_are_indexed(till: TillFixture) -> None:
    """Deferred checks and ON DELETE actions look child rows up; unindexed, each is a scan."""
    rarely_written = {"stores", "registers", "staff"}
    missing = []
    with till.db.connection() as c:
        tables = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            leading = {
                c.execute(f"PRAGMA index_info('{ix[1]}')").fetchone()[2]
                for ix in c.execute(f"PRAGMA index_list('{table}')")
            }
            pk = [r[1] for r in c.execute(f"PRAGMA table_info('{table}')") if r[5] == 1]
            leading |= set(pk[:1])
            for fk in c.execute(f"PRAGMA foreign_key_list('{table}')"):
                parent, column = fk[2], fk[3]
                if parent not in rarely_written and column not in leading:
                    missing.append(f"{table}.{column}")
    assert missing == []
