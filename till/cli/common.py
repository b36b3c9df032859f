"""What the command modules share: opening the till and parsing ids and dates."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
import uuid
from typing import TYPE_CHECKING

from pos.domain.errors import Code, PermissionDenied, ValidationError

if TYPE_CHECKING:
    from pos.services.context import Actor
    from till.app import Till


# `--staff NAME`, taken off the command line by main() wherever it was given.
named_staff: str | None = None


def open_till(*, person: bool = True) -> Till:
    """The till under POS_HOME, for a `with` block (imported late: `pos --help` stays fast).

    With `person` (every command that reads or changes personal data, staff, keys or
    settings) it acts as the staff member named by POS_STAFF or --staff, signed in with
    POS_STAFF_PIN or a PIN prompt: the database key alone gives no role, and the audit names
    the person. Without, it acts as the till itself (sync, checks), which shows no one's
    data."""
    from till.app import open_till as _open_till

    till = _open_till()
    try:
        if person:
            till.actor = _sign_in(till)
        else:
            till.actor = till.identity.system_actor()
    except BaseException:
        till.close()
        raise
    return till


def _sign_in(till: Till) -> Actor:
    from pos.services.context import ServiceContext
    from pos.services.staff import find_staff, sign_in

    who = named_staff or os.environ.get("POS_STAFF")
    if not who:
        raise PermissionDenied(Code.STAFF_NOT_NAMED)
    system = ServiceContext(till.db, till.identity.system_actor())
    staff_id = find_staff(system, who)
    pin = os.environ.get("POS_STAFF_PIN")
    if pin is None:
        if not sys.stdin.isatty():
            raise PermissionDenied(Code.STAFF_NOT_NAMED)
        try:
            pin = getpass.getpass("PIN: ")
        except EOFError:
            sys.stderr.write("\n")
            raise PermissionDenied(Code.STAFF_NOT_NAMED) from None
    return sign_in(system, staff_id, pin)


def parse_id(text: str, what: str = "buyer id") -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise ValidationError(Code.CLI_NOT_AN_ID, text=text, what=what) from None


def parse_date(text: str) -> dt.date:
    """An argparse type: YYYY-MM-DD, else a usage error."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None
