"""Triggers that make the audit table append-only inside SQLite itself.

They are a second line: `pos check` still verifies the hash chain, which also catches
an edit made after someone dropped these triggers.
"""

from __future__ import annotations

AUDIT_TRIGGERS = {
    "audit_entries_no_update": (
        "CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    ),
    "audit_entries_no_delete": (
        "CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    ),
}
