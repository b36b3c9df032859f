"""How strong a database passphrase must be.

The key is all that stands between a stolen till and every buyer's data, and SQLCipher's
key derivation only slows guessing: a key from a short list of usual passwords, a run of
one character or a keyboard row falls in minutes. So a key has 12 characters or more, at
least 6 different ones, and is not a usual password, a number, or a run, with digits and
signs around it.
"""

from __future__ import annotations

import itertools
import secrets

from pos.domain.codes import Code
from pos.domain.errors import DatabaseError

MIN_LENGTH = 12
MIN_DISTINCT = 6

# Words people put in passwords (Latin and Cyrillic), checked with digits and signs around.
_USUAL = {
    "password",
    "passw0rd",
    "qwerty",
    "qwertyuiop",
    "admin",
    "administrator",
    "letmein",
    "welcome",
    "iloveyou",
    "monkey",
    "dragon",
    "master",
    "secret",
    "changeme",
    "default",
    "kassa",
    "kassir",
    "magazin",
    "almaty",
    "astana",
    "kazakhstan",
    "qazaqstan",
    "pos",
    "till",
    "store",
    "shop",
    "root",
    "user",
    "test",
    "пароль",
    "касса",
    "кассир",
    "магазин",
    "алматы",
    "астана",
    "казахстан",
    "йцукен",
    "asdfgh",
    "zxcvbn",
    "abcdef",
    "abc",
}
# Keyboard rows and columns (Latin and Russian layouts) and the alphabets, in order.
_LINES = (
    "1234567890",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "abcdefghijklmnopqrstuvwxyz",
    "йцукенгшщзхъ",
    "фывапролджэ",
    "ячсмитьбю",
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "1qaz",
    "2wsx",
    "3edc",
    "4rfv",
    "5tgb",
    "6yhn",
    "7ujm",
    "8ik",
    "9ol",
    "0p",
    "1йфя",
    "2цыч",
    "3увс",
    "4кам",
    "5епи",
    "6нрт",
    "7гоь",
    "8шлб",
    "9щдю",
    "0зж",
)


def check_key(key: str) -> str:
    """The key, if strong enough; else a DatabaseError saying what to do."""
    if len(key) < MIN_LENGTH:
        raise DatabaseError(Code.KEY_TOO_SHORT, n=MIN_LENGTH)
    if _weak(key):
        raise DatabaseError(Code.KEY_WEAK, n=MIN_LENGTH)
    return key


def _weak(key: str) -> bool:
    lowered = key.lower()
    if len(set(lowered)) < MIN_DISTINCT:
        return True
    core = "".join(ch for ch in lowered if ch.isalpha())
    for word in sorted(_USUAL, key=len, reverse=True):
        core = core.replace(word, "")
    if len(core) < 4:
        return True  # digits and signs, or usual words dressed up with them and little else
    return _is_run(lowered.replace(" ", ""))


def _is_run(text: str) -> bool:
    """Mostly a walk along the keyboard or the alphabet (rows, columns, either way)."""
    if len(text) < 2:
        return True
    steps = sum(
        1 for a, b in itertools.pairwise(text) if a == b or _NEIGHBOURS.get(a, "").find(b) >= 0
    )
    return steps >= 0.7 * (len(text) - 1)


def _neighbours() -> dict[str, str]:
    near: dict[str, str] = {}
    for line in _LINES:
        for a, b in itertools.pairwise(line):
            near[a] = near.get(a, "") + b
            near[b] = near.get(b, "") + a
    return near


_NEIGHBOURS = _neighbours()


def generated_key() -> str:
    """A strong key to offer: 24 characters in four groups, easy to read out and type."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i to misread
    groups = ["".join(secrets.choice(alphabet) for _ in range(6)) for _ in range(4)]
    return "-".join(groups)
