"""`pos check`: database integrity, cipher integrity (page HMACs) and the audit chain.

Each check runs on its own, so damage that makes one of them fail (a page that no longer
decrypts breaks the b-tree walk and the audit read) never hides what the others found.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlcipher3
from sqlalchemy import exc as sa_exc

from pos.storage.audit import check_anchor, verify_chain
from pos.storage.audit_ddl import AUDIT_TRIGGERS
from pos.storage.database import PAGE_SIZE, Database, damaged_pages

_SHOWN_LINES = 5


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


def _unreadable(exc: BaseException) -> str:
    # SQLite's own words ("database disk image is malformed"); they carry no personal data.
    original = getattr(exc, "orig", exc)
    return f"could not be read: {original}"


def _guarded(name: str, check: Callable[[], CheckResult]) -> CheckResult:
    try:
        return check()
    except (sa_exc.DBAPIError, sqlcipher3.Error) as exc:
        return CheckResult(name, False, _unreadable(exc))


def run_checks(db: Database) -> list[CheckResult]:
    checks: list[tuple[str, Callable[[], CheckResult]]] = []
    if db.encrypted:
        checks.append(("cipher integrity", lambda: _cipher(db)))
    checks += [
        ("database integrity", lambda: _integrity(db)),
        ("references", lambda: _references(db)),
        ("audit protection", lambda: _triggers(db)),
        ("audit chain", lambda: _chain(db)),
    ]
    return [_guarded(name, check) for name, check in checks]


def _cipher(db: Database) -> CheckResult:
    with db.connection() as conn:
        errors = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    if not errors:
        return CheckResult("cipher integrity", True, "ok")
    pages = [int(p) for e in errors for p in e.rsplit(" ", 1)[-1:] if p.isdigit()]
    total = db.path.stat().st_size // PAGE_SIZE
    return CheckResult("cipher integrity", False, str(damaged_pages(db.path.name, pages, total)))


def _integrity(db: Database) -> CheckResult:
    with db.connection() as conn:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if rows == ["ok"]:
        return CheckResult("database integrity", True, "ok")
    # SQLite may put many findings in one row; show the first few, and how many there are.
    lines = [line for row in rows for line in row.splitlines() if not line.startswith("***")]
    shown = "; ".join(lines[:_SHOWN_LINES])
    more = f" (and {len(lines) - _SHOWN_LINES} more)" if len(lines) > _SHOWN_LINES else ""
    return CheckResult("database integrity", False, f"{len(lines)} problem(s): {shown}{more}")


def _references(db: Database) -> CheckResult:
    with db.connection() as conn:
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    return CheckResult(
        "references",
        not fk,
        "ok" if not fk else f"{len(fk)} row(s) point to missing rows in {fk[0][0]}",
    )


def _triggers(db: Database) -> CheckResult:
    with db.connection() as conn:
        triggers = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        }
    missing = sorted(set(AUDIT_TRIGGERS) - triggers)
    return CheckResult(
        "audit protection",
        not missing,
        "ok" if not missing else f"trigger {missing[0]} was removed",
    )


def _chain(db: Database) -> CheckResult:
    with db.read_session() as session:
        chain = verify_chain(session)
        # A chain that verifies may still have lost its end: entries deleted and the head
        # moved back. The last head acknowledged by head office must still be there.
        cut = check_anchor(session) if chain.ok else None
    if cut is not None:
        return CheckResult("audit chain", False, cut)
    return CheckResult(
        "audit chain",
        chain.ok,
        f"ok ({chain.entries} entries)" if chain.ok else str(chain.problem),
    )
