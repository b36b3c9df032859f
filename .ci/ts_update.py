"""Bring ui/translations/pos_{ru,kk,en}.ts in line with the strings in ui/ (developer tool).

    .venv/bin/python .ci/ts_update.py            # drop strings no longer in code, add new ones
    .venv/bin/python .ci/ts_update.py --check    # exit 1 if anything would change or is untranslated

pyside6-lupdate finds the strings; this keeps the committed files in their own format
(no source locations, four-space indent). A new string gets the source text as its English
translation and an empty, unfinished Russian and Kazakh one for a translator to fill in;
tests/ui/test_translations.py fails until they are.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "ui" / "translations"
LANGUAGES = ("ru", "kk", "en")


def strings_in_code() -> list[tuple[str, str]]:
    """(context, source) pairs lupdate finds in ui/, in its order."""
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "now.ts"
        subprocess.run(
            [str(ROOT / ".venv" / "bin" / "pyside6-lupdate"), *sources, "-ts", str(out)],
            check=True,
            capture_output=True,
        )
        root = ET.parse(out).getroot()  # noqa: S314 - lupdate's own output
    return [
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def update(path: Path, language: str, wanted: list[tuple[str, str]]) -> tuple[str, int, int]:
    """The new file text, and how many strings were dropped and added."""
    tree = ET.parse(path)  # noqa: S314 - our own committed file
    root = tree.getroot()
    keep = set(wanted)
    dropped = 0
    contexts: dict[str, ET.Element] = {}
    for context in list(root.iter("context")):
        name = context.findtext("name") or ""
        contexts[name] = context
        for message in list(context.iter("message")):
            if (name, message.findtext("source") or "") not in keep:
                context.remove(message)
                dropped += 1
        if context.find("message") is None:
            root.remove(context)
            del contexts[name]
    have = {
        (c.findtext("name") or "", m.findtext("source") or "")
        for c in root.iter("context")
        for m in c.iter("message")
    }
    added = 0
    for name, source in wanted:
        if (name, source) in have:
            continue
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
            contexts[name] = context
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if language == "en":
            translation.text = source
        else:
            translation.set("type", "unfinished")
        have.add((name, source))
        added += 1
    ET.indent(tree, space="    ")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    text += ET.tostring(root, encoding="unicode") + "\n"
    return text, dropped, added


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    wanted = strings_in_code()
    stale = False
    for language in LANGUAGES:
        path = TS_DIR / f"pos_{language}.ts"
        text, dropped, added = update(path, language, wanted)
        if text != path.read_text(encoding="utf-8"):
            stale = True
            if not args.check:
                path.write_text(text, encoding="utf-8")
        print(f"{path.name}: {dropped} dropped, {added} added")
    return 1 if (args.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
