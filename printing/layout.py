"""A printed document as lines of at most `columns` characters, a QR code and a cut.

Layout happens here, in characters, so the encoder only has to put each line on paper
(as text in a code page or as a bitmap) and the width is respected either way.
"""

from __future__ import annotations

import textwrap
import unicodedata
from dataclasses import dataclass, field

PAPER_COLUMNS = {58: 32, 80: 48}

# Characters a line may not carry: controls would be read by the printer as commands.
_CONTROL = {c: " " for c in range(32)} | {0x7F: " "}
_SPACES = {0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x200B: None, 0xFEFF: None, 0x00AD: None}


@dataclass(frozen=True, slots=True)
class Line:
    """One printed line; `tall` is double height (titles)."""

    text: str
    bold: bool = False
    tall: bool = False


@dataclass(frozen=True, slots=True)
class QrCode:
    """A QR code of `payload`, centred."""

    payload: str


@dataclass(frozen=True, slots=True)
class Cut:
    """Feed past the cutter and cut."""

    pass


Block = Line | QrCode | Cut


@dataclass(frozen=True, slots=True)
class Document:
    """A laid-out document: every line already fits `columns`."""

    name: str
    columns: int
    blocks: tuple[Block, ...]

    def lines(self) -> list[str]:
        """The text lines (for tests and logs-free debugging)."""
        return [b.text for b in self.blocks if isinstance(b, Line)]


def clean(text: str) -> str:
    """One line of printable text: NFC, no control characters, plain spaces."""
    return unicodedata.normalize("NFC", text).translate(_CONTROL).translate(_SPACES)


def columns_for(paper_mm: int) -> int:
    """58 mm paper takes 32 characters a line, 80 mm takes 48."""
    try:
        return PAPER_COLUMNS[paper_mm]
    except KeyError:
        raise ValueError(f"paper width must be 58 or 80 mm, not {paper_mm}") from None


@dataclass
class Page:
    """Builds a document line by line, wrapping every text to the paper width."""

    name: str
    columns: int
    blocks: list[Block] = field(default_factory=list)

    def _wrap(self, text: str, indent: int = 0, first_indent: int = 0) -> list[str]:
        wrapper = textwrap.TextWrapper(
            width=self.columns,
            initial_indent=" " * first_indent,
            subsequent_indent=" " * indent,
            break_long_words=True,
            break_on_hyphens=True,
        )
        return wrapper.wrap(clean(text)) or [""]

    def text(
        self, text: str, *, indent: int = 0, first_indent: int = 0, bold: bool = False
    ) -> None:
        """A paragraph, wrapped; continuation lines indented by `indent`."""
        for line in self._wrap(text, indent, first_indent):
            self.blocks.append(Line(line, bold=bold))

    def field(self, label: str, value: str, *, bold: bool = False) -> None:
        """'Label: value'; a value that fits a line of its own goes there rather than split."""
        joined = f"{label}: {value}"
        if len(clean(joined)) > self.columns and len(clean(value)) <= self.columns - 2:
            self.text(f"{label}:", bold=bold)
            self.text(value, first_indent=2, indent=2, bold=bold)
        else:
            self.text(joined, indent=2, bold=bold)

    def center(self, text: str, *, bold: bool = False, tall: bool = False) -> None:
        """Centred lines (padded with spaces, so text and drawn lines centre alike)."""
        for line in self._wrap(text):
            pad = (self.columns - len(line)) // 2
            self.blocks.append(Line(" " * pad + line, bold=bold, tall=tall))

    def title(self, text: str) -> None:
        """A centred, bold, double-height title."""
        self.center(text, bold=True, tall=True)

    def heading(self, text: str) -> None:
        """A bold paragraph."""
        self.text(text, bold=True)

    def pair(self, left: str, right: str, *, bold: bool = False, indent: int = 0) -> None:
        """Left text and a right-aligned value (an amount); the value drops a line if it must."""
        left, right = clean(left), clean(right)
        room = self.columns - len(right) - 1
        lines = self._wrap(left, indent, indent) if left else [""]
        if len(lines[-1]) <= room:
            last = lines.pop()
            lines.append(last + " " * (self.columns - len(last) - len(right)) + right)
        elif len(right) <= self.columns:
            lines.append(" " * (self.columns - len(right)) + right)
        else:
            lines.extend(self._wrap(right))
        for line in lines:
            self.blocks.append(Line(line, bold=bold))

    def rule(self, char: str = "-") -> None:
        """A line across the paper."""
        self.blocks.append(Line(char * self.columns))

    def blank(self) -> None:
        """An empty line."""
        self.blocks.append(Line(""))

    def qr(self, payload: str) -> None:
        """A QR code of `payload`."""
        self.blocks.append(QrCode(payload))

    def signature(self, label: str) -> None:
        """A label, room to sign, and a line across the paper."""
        self.text(label)
        self.blank()
        self.blank()
        self.blocks.append(Line("_" * self.columns))

    def done(self) -> Document:
        """The finished document, ending with a cut."""
        if not self.blocks or not isinstance(self.blocks[-1], Cut):
            self.blocks.append(Cut())
        return Document(self.name, self.columns, tuple(self.blocks))
