"""What the command modules share: opening the till and parsing ids and dates."""

from __future__ import annotations

import argparse
import datetime as dt
import uuid
from typing import TYPE_CHECKING

from pos.domain.errors import Code, ValidationError

if TYPE_CHECKING:
    from till.app import Till


def open_till() -> Till:
    """The till under POS_HOME, for a `with` block (imported late: `pos --help` stays fast)."""
    from till.app import open_till as _open_till

    return _open_till()


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
