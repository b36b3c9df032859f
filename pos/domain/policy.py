"""What a privacy policy version is allowed to be: its label, languages and size.

One home for the rule, used by the till's import and by head office's publishing."""

from __future__ import annotations

import hashlib
import re

LANGUAGES = ("ru", "kk", "en")
LABEL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
MAX_TEXT = 2_000_000


def text_sha256(text: str) -> str:
    """The hash every consent names, so the exact text consented to can be proven."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
