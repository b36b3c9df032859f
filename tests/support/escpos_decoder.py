"""A small, strict ESC/POS decoder for the tests: what a printer would do with the bytes.

It knows the commands a receipt printer needs (and nothing else: an unknown command is
an error, so a stray byte in the encoder shows up). Text runs are decoded in the code
page selected with ESC t; raster images (GS v 0) keep their size and dots; QR codes
(GS ( k) keep their payload; cuts and status queries (DLE EOT) are events too.
`GlyphReader` reads the text back out of raster lines by matching each 12-dot cell
against glyphs drawn from the bundled font, so a test can read a bitmap line as text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ESC, GS, DLE, EOT, LF = 0x1B, 0x1D, 0x10, 0x04, 0x0A

# ESC t n numbers of the standard Epson tables (the `default` escpos profile).
EPSON_PAGES = {0: "cp437", 17: "cp866", 46: "cp1251", 53: "kz1048"}
# The cheap 58 mm printers' table (the `POS-5890` escpos profile): 1251 sits at 73.
POS5890_PAGES = {0: "cp437", 17: "cp866", 59: "cp866", 73: "cp1251"}


class Incomplete(Exception):
    """The buffer ends in the middle of a command."""


class DecodeError(Exception):
    """Bytes no printer command starts with."""


@dataclass
class TextLine:
    text: str
    pages: set[int]
    bold: bool
    tall: bool


@dataclass
class Raster:
    width: int  # dots
    height: int
    data: bytes

    def image(self) -> Image.Image:
        return Image.frombytes("1", (self.width, self.height), self.data)


@dataclass
class QrCode:
    payload: str
    module: int


@dataclass
class Cut:
    partial: bool


@dataclass
class StatusQuery:
    n: int


Event = TextLine | Raster | QrCode | Cut | StatusQuery


@dataclass
class Command:
    """One tokenised command: `kind` names it; `args` are its parameter bytes."""

    kind: str
    args: bytes = b""
    data: bytes = b""


def _need(buf: bytes, end: int) -> None:
    if len(buf) < end:
        raise Incomplete


def next_command(buf: bytes, pos: int) -> tuple[Command, int]:
    """The command starting at `pos` and where the next one starts."""
    _need(buf, pos + 1)
    b = buf[pos]
    if b == LF:
        return Command("LF"), pos + 1
    if b >= 0x20:
        end = pos
        while end < len(buf) and buf[end] >= 0x20:
            end += 1
        return Command("TEXT", data=buf[pos:end]), end
    if b == ESC:
        _need(buf, pos + 2)
        op = chr(buf[pos + 1])
        if op == "@":
            return Command("ESC @"), pos + 2
        if op in "tEa!d3":
            _need(buf, pos + 3)
            return Command(f"ESC {op}", bytes((buf[pos + 2],))), pos + 3
        if op == "2":
            return Command("ESC 2"), pos + 2
        raise DecodeError(f"unknown ESC {op!r} at byte {pos}")
    if b == GS:
        _need(buf, pos + 2)
        op = chr(buf[pos + 1])
        if op == "!":
            _need(buf, pos + 3)
            return Command("GS !", bytes((buf[pos + 2],))), pos + 3
        if op == "V":
            _need(buf, pos + 3)
            m = buf[pos + 2]
            if m in (0, 1, 48, 49):
                return Command("GS V", bytes((m,))), pos + 3
            if m in (65, 66):
                _need(buf, pos + 4)
                return Command("GS V", buf[pos + 2 : pos + 4]), pos + 4
            raise DecodeError(f"bad GS V mode {m} at byte {pos}")
        if op == "v":
            _need(buf, pos + 8)
            if buf[pos + 2] != ord("0"):
                raise DecodeError(f"bad GS v at byte {pos}")
            xb = buf[pos + 4] | buf[pos + 5] << 8
            yd = buf[pos + 6] | buf[pos + 7] << 8
            end = pos + 8 + xb * yd
            _need(buf, end)
            return Command("GS v 0", buf[pos + 3 : pos + 8], buf[pos + 8 : end]), end
        if op == "(":
            _need(buf, pos + 5)
            if buf[pos + 2] != ord("k"):
                raise DecodeError(f"unknown GS ( {chr(buf[pos + 2])!r} at byte {pos}")
            size = buf[pos + 3] | buf[pos + 4] << 8
            end = pos + 5 + size
            _need(buf, end)
            body = buf[pos + 5 : end]
            return Command("GS ( k", body[:2], body[2:]), end
        raise DecodeError(f"unknown GS {op!r} at byte {pos}")
    if b == DLE:
        _need(buf, pos + 3)
        if buf[pos + 1] != EOT:
            raise DecodeError(f"unknown DLE command at byte {pos}")
        return Command("DLE EOT", bytes((buf[pos + 2],))), pos + 3
    raise DecodeError(f"control byte 0x{b:02x} at byte {pos}")


def commands(data: bytes) -> Iterator[Command]:
    pos = 0
    while pos < len(data):
        try:
            command, pos = next_command(data, pos)
        except Incomplete:
            raise DecodeError("the data ends in the middle of a command") from None
        yield command


@dataclass
class _State:
    pages: dict[int, str]
    page: int = 0
    bold: bool = False
    tall: bool = False
    text: list[str] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    qr_data: bytes = b""
    qr_module: int = 3


def decode(data: bytes, pages: dict[int, str] | None = None) -> list[Event]:
    """What the printer does with `data`, as events."""
    st = _State(pages=pages or EPSON_PAGES)
    events: list[Event] = []
    for cmd in commands(data):
        k = cmd.kind
        if k == "TEXT":
            if st.page not in st.pages:
                raise DecodeError(f"text in code page {st.page}, which this printer lacks")
            st.text.append(cmd.data.decode(st.pages[st.page]))
            st.used.add(st.page)
        elif k == "LF":
            events.append(TextLine("".join(st.text), set(st.used), st.bold, st.tall))
            st.text, st.used = [], set()
        elif k == "ESC @":
            st.page, st.bold, st.tall = 0, False, False
        elif k == "ESC t":
            st.page = cmd.args[0]
            if st.page not in st.pages:
                raise DecodeError(f"ESC t {st.page}: no such code page on this printer")
        elif k == "ESC E":
            st.bold = bool(cmd.args[0] & 1)
        elif k == "ESC !":
            st.tall = bool(cmd.args[0] & 0x10)
        elif k == "GS !":
            st.tall = bool(cmd.args[0] & 0x0F)
        elif k == "GS v 0":
            if st.text:
                raise DecodeError("an image in the middle of a text line")
            xb = cmd.args[1] | cmd.args[2] << 8
            yd = cmd.args[3] | cmd.args[4] << 8
            events.append(Raster(xb * 8, yd, cmd.data))
        elif k == "GS ( k":
            cn, fn = cmd.args[0], chr(cmd.args[1])
            if cn != ord("1"):
                raise DecodeError("a 2D code other than QR")
            if fn == "C":
                st.qr_module = cmd.data[0]
            elif fn == "P":
                st.qr_data = cmd.data[1:]  # after m = '0'
            elif fn == "Q":
                events.append(QrCode(st.qr_data.decode("utf-8"), st.qr_module))
        elif k == "GS V":
            events.append(Cut(partial=cmd.args[0] in (1, 49, 66)))
        elif k == "DLE EOT":
            events.append(StatusQuery(cmd.args[0]))
        # ESC a, ESC d, ESC 2, ESC 3 only move the paper or the alignment.
    if st.text:
        events.append(TextLine("".join(st.text), set(st.used), st.bold, st.tall))
    return events


# --- reading rasters back as text ------------------------------------------------------

ALPHABET = (
    "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    "ӘәҒғҚқҢңӨөҰұҮүҺһІі₸«»№–—…" + "".join(chr(c) for c in range(0x21, 0x7F))
)


class GlyphReader:
    """Reads raster lines drawn on a 12-dot grid back into text, glyph by glyph."""

    def __init__(
        self,
        fonts: dict[bool, Path],
        *,
        size: int,
        cell: tuple[int, int],
        top: int,
        alphabet: str = ALPHABET,
    ) -> None:
        self.cell_w, self.cell_h = cell
        self.templates: dict[bytes, str] = {}
        self.canonical: dict[str, str] = {}
        for path in fonts.values():
            font = ImageFont.truetype(str(path), size)
            for ch in alphabet:
                img = Image.new("1", cell, 0)
                ImageDraw.Draw(img).text((0, top), ch, font=font, fill=1)
                key = img.tobytes()
                # Latin and Cyrillic look-alikes (A/А, I/І...) draw the same glyph.
                self.canonical.setdefault(ch, self.templates.setdefault(key, ch))
        self.blank = Image.new("1", cell, 0).tobytes()

    def fold(self, text: str) -> str:
        """`text` with each letter replaced by the look-alike the reader returns for it."""
        return "".join(self.canonical.get(ch, ch) for ch in text)

    def read(self, raster: Raster) -> str | None:
        """The text of a line image (normal or double height), or None if it is not one."""
        img = raster.image()
        if img.height == self.cell_h * 2:
            img = img.resize((img.width, self.cell_h), Image.Resampling.NEAREST)
        if img.height != self.cell_h:
            return None
        out = []
        for i in range(img.width // self.cell_w):
            cell = img.crop((i * self.cell_w, 0, (i + 1) * self.cell_w, self.cell_h)).tobytes()
            out.append(" " if cell == self.blank else self.templates.get(cell, "\ufffd"))
        return "".join(out).rstrip()


@dataclass
class Printout:
    """The paper as the buyer sees it: one entry per printed line, image or code."""

    events: list[Event]
    lines: list[str]
    kinds: list[str]  # "text", "image-text", "qr", "qr-image", "image", "cut" per entry
    sources: list[Event]  # the event each entry of `lines` comes from

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def squeezed(self) -> str:
        """All lines with every space removed, so wrapped words still match."""
        return "".join("".join(line.split()) for line in self.lines)


def read(events: Iterable[Event], reader: GlyphReader | None = None) -> Printout:
    evs = list(events)
    lines: list[str] = []
    kinds: list[str] = []
    sources: list[Event] = []
    for ev in evs:
        if not isinstance(ev, StatusQuery):
            sources.append(ev)
        if isinstance(ev, TextLine):
            lines.append(ev.text)
            kinds.append("text")
        elif isinstance(ev, Raster):
            text = reader.read(ev) if reader else None
            payload = qr_in_image(ev) if text is None else None
            if payload is not None:  # a QR code printed as an image, read from its dots
                lines.append(f"[QR-IMAGE {payload}]")
                kinds.append("qr-image")
            elif text is None:
                lines.append(f"[IMAGE {ev.width}x{ev.height}]")
                kinds.append("image")
            else:
                lines.append(text)
                kinds.append("image-text")
        elif isinstance(ev, QrCode):
            lines.append(f"[QR {ev.payload}]")
            kinds.append("qr")
        elif isinstance(ev, Cut):
            lines.append("[CUT]")
            kinds.append("cut")
    return Printout(evs, lines, kinds, sources)


def qr_in_image(raster: Raster) -> str | None:
    """The payload of a QR code printed as an image (printers without native QR), read from
    its dots with zxing-cpp; None when the image holds no QR code."""
    if raster.height < 21 or raster.width < 21:  # smaller than the smallest QR code
        return None
    try:
        import zxingcpp
    except ImportError:  # an environment without the dev extra reads it as a plain image
        return None
    from PIL import ImageOps

    # A printed dot is a set bit; in a PIL "1" image a set bit is white: invert, add a
    # quiet zone, and read.
    dots = ImageOps.invert(raster.image().convert("L"))
    framed = ImageOps.expand(dots, border=16, fill=255)
    found = zxingcpp.read_barcodes(framed, formats=zxingcpp.BarcodeFormat.QRCode)
    return found[0].text if found else None
