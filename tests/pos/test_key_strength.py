"""A new database key must not be guessable; a generated one is offered instead."""

from __future__ import annotations

import pytest

from pos import keys
from pos.domain.codes import Code
from pos.domain.errors import DatabaseError
from pos.domain.key_strength import check_key, generated_key


@pytest.mark.parametrize(
    ("key", "code"),
    [
        ("12345678", Code.KEY_TOO_SHORT),
        ("password", Code.KEY_TOO_SHORT),
        ("123456789012", Code.KEY_WEAK),
        ("password1234", Code.KEY_WEAK),
        ("Password2025!", Code.KEY_WEAK),
        ("mypassword123", Code.KEY_WEAK),
        ("aaaaaaaaaaaaaaaa", Code.KEY_WEAK),
        ("abababababab", Code.KEY_WEAK),
        ("qwertyuiopasdf", Code.KEY_WEAK),
        ("1qaz2wsx3edc", Code.KEY_WEAK),
        ("Касса2025!!!", Code.KEY_WEAK),
        ("kassa-almaty-2025", Code.KEY_WEAK),
        ("abcdefghijklmnop", Code.KEY_WEAK),
        ("0987654321098", Code.KEY_WEAK),
    ],
)
def test_guessable_keys_are_refused(key: str, code: Code) -> None:
    with pytest.raises(DatabaseError) as refused:
        check_key(key)
    assert refused.value.code is code
    assert key not in str(refused.value)  # the key is never repeated back


@pytest.mark.parametrize(
    "key",
    ["test-key-not-secret", "cli-test-key", "a-new-till-key-2025", "жёлтый трамвай у моря"],
)
def test_keys_people_can_remember_and_nobody_guesses_are_taken(key: str) -> None:
    assert check_key(key) == key


def test_generated_keys_are_strong_and_differ() -> None:
    made = {generated_key() for _ in range(50)}
    assert len(made) == 50
    for key in made:
        assert check_key(key) == key and len(key) == 27


def test_an_empty_answer_at_the_prompt_offers_a_generated_key(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: object
) -> None:
    monkeypatch.delenv("POS_DB_KEY", raising=False)
    answers: list[str] = [""]

    def prompt(text: str) -> str:
        if text.startswith("Type the generated key"):
            shown = capsys.readouterr().err
            return shown.split("Generated key: ", 1)[1].split("\n", 1)[0]
        return answers.pop(0)

    monkeypatch.setattr(keys, "_prompt", prompt)
    key = keys.resolve_new_key(tmp_path)  # type: ignore[arg-type]
    assert check_key(key) == key
    monkeypatch.setattr(keys, "_prompt", lambda text: "" if "Enter" in text else "typo")
    with pytest.raises(DatabaseError) as refused:
        keys.resolve_new_key(tmp_path)  # type: ignore[arg-type]
    assert refused.value.code is Code.KEY_MISMATCH
