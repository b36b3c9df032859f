"""Name handling: tidy input and search keys that ignore case in Cyrillic, Kazakh and Latin."""

from __future__ import annotations

import re
import unicodedata

_FOLD_EXTRA = str.maketrans({"ё": "е"})


def tidy_name(raw: str) -> str:
    """Collapse whitespace and normalise to NFC; keep the letters as typed."""
    return " ".join(unicodedata.normalize("NFC", raw).split())


def search_key(text: str) -> str:
    """Case-folded form used for prefix search ("асель" matches "Асель", ё matches е)."""
    return unicodedata.normalize("NFC", text).casefold().translate(_FOLD_EXTRA).strip()


def name_tokens(*parts: str | None) -> set[str]:
    """Every word of every name part, folded; a hyphenated name also yields its halves."""
    tokens: set[str] = set()
    for part in parts:
        if not part:
            continue
        for word in search_key(part).split():
            tokens.add(word)
            if "-" in word:
                tokens.update(w for w in word.split("-") if w)
    return tokens


_WORD = re.compile(r"\w+")


def product_tokens(*parts: str | None) -> set[str]:
    """Search keys of a product's names: each folded word without the quotes or brackets
    around it ("«Пиала»" -> "пиала"), and the pieces of a word with inner punctuation
    ("usb-c" -> "usb-c", "usb", "c")."""
    tokens: set[str] = set()
    for part in parts:
        if not part:
            continue
        for word in search_key(part).split():
            core = word.strip("«»\"'()[]{},.;:!?")
            if core:
                tokens.add(core)
            tokens.update(_WORD.findall(word))
    return tokens


def query_words(text: str) -> list[str]:
    """The words of a product search as product_tokens would have kept them."""
    words = (w.strip("«»\"'()[]{},.;:!?") for w in search_key(text).split())
    return [w for w in words if w]


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with `prefix`.

    Lets an index answer `key >= prefix AND key < bound` without LIKE.
    """
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)
