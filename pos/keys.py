"""Where the database passphrase comes from: POS_DB_KEY, else the OS keyring, else a prompt."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from pos.domain.errors import Code, DatabaseError
from pos.domain.key_strength import check_key, generated_key

KEYRING_SERVICE = "kz-pos"


def stored_key(db_path: Path) -> str | None:
    """The key from POS_DB_KEY or the OS keyring, without prompting; None if neither has it."""
    return os.environ.get("POS_DB_KEY") or _keyring_get(db_path)


def _keyring_get(db_path: Path) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, str(db_path))
    except Exception:  # any backend failure means "no keyring here"
        return None


def keyring_store(db_path: Path, key: str) -> bool:
    """Remember the key in the OS keyring; False where there is none (headless servers)."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, str(db_path), key)
        return True
    except Exception:
        return False


def _prompt(text: str) -> str:
    if not sys.stdin.isatty():
        raise DatabaseError(Code.KEY_NONE)
    try:
        return getpass.getpass(text)
    except EOFError:  # Ctrl-D at the prompt
        sys.stderr.write("\n")  # end the prompt's line, so the reason starts its own
        raise DatabaseError(Code.KEY_INPUT_ENDED) from None


def check_new_key(key: str) -> str:
    return check_key(key)


def resolve_key(db_path: Path) -> str:
    """The key of an existing database."""
    key = stored_key(db_path)
    if key:
        return key
    return _prompt("Database key: ")


def resolve_new_key(db_path: Path, env: str = "POS_DB_KEY") -> str:
    """The key for a new database (or a rekey): from `env`, else typed twice."""
    key = os.environ.get(env)
    if key:
        return check_new_key(key)
    first = _prompt("New database key (Enter alone for a generated one): ")
    if not first:
        offered = generated_key()
        sys.stderr.write(
            f"Generated key: {offered}\nWrite it down and keep it safe: without it the "
            "database cannot be opened.\n"
        )
        if _prompt("Type the generated key to confirm: ") != offered:
            raise DatabaseError(Code.KEY_MISMATCH)
        return offered
    if _prompt("Repeat the new key: ") != first:
        raise DatabaseError(Code.KEY_MISMATCH)
    return check_new_key(first)
