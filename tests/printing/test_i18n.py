"""Every fixed string of the documents exists in Russian, Kazakh and English."""

from __future__ import annotations

import re
import string

import pytest

from pos.domain.errors import ValidationError
from printing.i18n import catalogue, check_language, labels, t

KAZAKH_ONLY = set("ӘәҒғҚқҢңӨөҰұҮүҺһ")
CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_entry_in_three_languages_with_the_same_placeholders() -> None:
    for key, (ru, kk, en) in catalogue().items():
        assert ru.strip() and kk.strip() and en.strip(), key
        assert _fields(ru) == _fields(kk) == _fields(en), key
        assert not CYRILLIC.search(en), f"{key}: English text with Cyrillic letters"
        if CYRILLIC.search(ru):
            # Kazakh is written in Cyrillic here, never transliterated into Latin.
            assert CYRILLIC.search(kk), key


def test_kazakh_is_kazakh_not_russian() -> None:
    entries = catalogue()
    same = [k for k, (ru, kk, _) in entries.items() if ru == kk and CYRILLIC.search(ru)]
    # Words shared by both languages (касса, телефон, маркетинг...) are few.
    assert len(same) <= 12, same
    with_letters = [k for k, (_, kk, _) in entries.items() if KAZAKH_ONLY & set(kk)]
    assert len(with_letters) > len(entries) // 2


def test_lookup_and_language_check() -> None:
    assert t("slip.signature", "kk") == "Сатып алушының қолы:"
    assert t("months", "ru", n=6) == "6 мес."
    assert labels("category", [], "en") == "no"
    assert check_language("kk") == "kk"
    with pytest.raises(ValidationError, match="one of: ru, kk, en"):
        check_language("de")
