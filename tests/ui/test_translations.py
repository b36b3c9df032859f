"""The Qt Linguist sources are complete: every string the window shows is translated into
Russian and Kazakh (English is the source), with its {placeholders} kept."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = {code: ROOT / "ui" / "translations" / f"pos_{code}.ts" for code in ("ru", "kk", "en")}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()  # noqa: S314 - our own committed file
    out = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


@pytest.fixture(scope="module")
def in_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What lupdate finds in ui/ today."""
    out = tmp_path_factory.mktemp("lupdate") / "now.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [str(ROOT / ".venv" / "bin" / "pyside6-lupdate"), *sources, "-ts", str(out)],
        check=True,
        capture_output=True,
    )
    return set(messages(out))


@pytest.mark.parametrize("code", ["ru", "kk", "en"])
def test_every_string_is_translated(code: str, in_code: set[tuple[str, str]]) -> None:
    committed = messages(TS[code])
    assert set(committed) == in_code, "run lupdate and translate the new strings"
    for (context, source), message in committed.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        text = translation.text or ""
        assert text.strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            context,
            source,
        )


def test_kazakh_is_kazakh() -> None:
    """The Kazakh file is not a copy of the Russian one: Kazakh letters are used throughout."""
    kk = messages(TS["kk"])
    ru = messages(TS["ru"])
    same = [
        k
        for k in kk
        if (kk[k].findtext("translation") or "") == (ru[k].findtext("translation") or "")
    ]
    assert len(same) < len(kk) // 10
    letters = "".join(m.findtext("translation") or "" for m in kk.values())
    assert all(ch in letters for ch in "әғқңөұүі")
