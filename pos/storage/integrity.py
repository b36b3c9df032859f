"""`pos check`: database integrity, cipher integrity (page HMACs) and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass

from pos.storage.audit import verify_chain
from pos.storage.audit_ddl import AUDIT_TRIGGERS
from pos.storage.database import Database


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


def run_checks(db: Database) -> list[CheckResult]:
    results: list[CheckResult] = []
    with db.connection() as conn:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        results.append(
            CheckResult("database integrity", rows == ["ok"], "ok" if rows == ["ok"] else rows[0])
        )
        if db.encrypted:
            errors = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            results.append(
                CheckResult(
                    "cipher integrity",
                    not errors,
                    "ok" if not errors else f"{len(errors)} page(s) fail: {errors[0]}",
                )
            )
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        results.append(
            CheckResult(
                "references",
                not fk,
                "ok" if not fk else f"{len(fk)} row(s) point to missing rows in {fk[0][0]}",
            )
        )
        triggers = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        }
    missing = sorted(set(AUDIT_TRIGGERS) - triggers)
    results.append(
        CheckResult(
            "audit protection",
            not missing,
            "ok" if not missing else f"trigger {missing[0]} was removed",
        )
    )
    with db.read_session() as session:
        chain = verify_chain(session)
    results.append(
        CheckResult(
            "audit chain",
            chain.ok,
            f"ok ({chain.entries} entries)" if chain.ok else str(chain.problem),
        )
    )
    return results
