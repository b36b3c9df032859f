"""A laid-out document to ESC/POS bytes for one printer model.

Each line goes out as text in the first code page of the printer that holds every one of
its characters (ESC t n only when the page changes); a line no page can hold (Kazakh
letters without KZ-1048, the tenge sign everywhere) is drawn as a raster image
(GS v 0) of the full paper width instead. No character is ever replaced by '?'.
"""

from __future__ import annotations

from printing._escpos import constants as c
from printing.layout import Cut, Document, Line, QrCode
from printing.model import CodePage, PrinterModel
from printing.raster import line_image, qr_image, raster_bytes

ESC: bytes = c.ESC
GS: bytes = c.GS
INIT: bytes = c.HW_INIT  # ESC @
SELECT_PAGE: bytes = c.CODEPAGE_CHANGE  # ESC t n
BOLD = (ESC + b"E\x00", ESC + b"E\x01")  # ESC E n
SIZE = (GS + b"!\x00", GS + b"!\x01")  # GS ! n: normal / double height
ALIGN = (ESC + b"a\x00", ESC + b"a\x01")  # ESC a n: left / centre
FEED_BEFORE_CUT = ESC + b"d\x04"  # ESC d n: the cutter sits a few lines above the head
CUT: bytes = c.PAPER_PART_CUT  # GS V 1
LF = b"\n"

# Punctuation the Cyrillic DOS page lacks, spelled with what every page has. Letters are
# never substituted: a line that still does not encode is drawn instead.
_PUNCTUATION = str.maketrans(
    {
        "«": '"',
        "»": '"',
        "„": '"',
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "–": "-",
        "—": "-",
        "…": "...",
    }
)


def _encode_in(text: str, page: CodePage) -> bytes | None:
    try:
        return text.encode(page.codec)
    except UnicodeEncodeError:
        return None


class _Writer:
    def __init__(self, model: PrinterModel) -> None:
        self.model = model
        self.out: list[bytes] = [INIT]
        self.page: CodePage | None = None
        self.bold = False
        self.tall = False
        if model.code_pages:
            self._select(model.code_pages[0])

    def _select(self, page: CodePage) -> None:
        if page != self.page:
            self.out.append(SELECT_PAGE + bytes((page.number,)))
            self.page = page

    def _style(self, bold: bool, tall: bool) -> None:
        if bold != self.bold:
            self.out.append(BOLD[bold])
            self.bold = bold
        if tall != self.tall:
            self.out.append(SIZE[tall])
            self.tall = tall

    def _as_text(self, text: str) -> bytes | None:
        if text.isascii() and text.isprintable():
            return text.encode("ascii")  # the same bytes in every page: no switch needed
        for candidate in (text, text.translate(_PUNCTUATION)):
            pages = self.model.code_pages
            ordered = (self.page, *pages) if self.page is not None else pages
            for page in ordered:
                if page is None:
                    continue
                data = _encode_in(candidate, page)
                if data is not None:
                    self._select(page)
                    return data
        return None

    def line(self, line: Line) -> None:
        """A line as text in a code page that holds it, else as an image."""
        text = line.text[: self.model.columns].rstrip()
        data = self._as_text(text)
        if data is not None:
            self._style(line.bold, line.tall)
            self.out.append(data + LF)
            return
        self._style(False, False)
        self._image(
            *raster_bytes(line_image(text, self.model.dots, bold=line.bold, tall=line.tall))
        )

    def _image(self, width_bytes: int, height: int, rows: bytes) -> None:
        header = GS + b"v0\x00" + width_bytes.to_bytes(2, "little") + height.to_bytes(2, "little")
        self.out.append(header + rows)

    def qr(self, block: QrCode) -> None:
        """A native QR code (GS ( k) where the printer has one, else an image."""
        self._style(False, False)
        if self.model.native_qr:
            data = block.payload.encode("utf-8")
            self.out.append(ALIGN[1])
            self.out.append(_qr_command(b"A", b"2\x00"))  # model 2
            self.out.append(_qr_command(b"C", bytes((6,))))  # module size in dots
            self.out.append(_qr_command(b"E", b"1"))  # error correction M
            self.out.append(_qr_command(b"P", b"0" + data))  # store the data
            self.out.append(_qr_command(b"Q", b"0"))  # print it
            self.out.append(LF + ALIGN[0])
        else:
            self._image(*raster_bytes(qr_image(block.payload, self.model.dots)))

    def cut(self) -> None:
        """Feed past the cutter, then a partial cut."""
        self._style(False, False)
        # Sent even where the profile lists no cutter: printers with a tear bar ignore it.
        self.out.append(FEED_BEFORE_CUT + CUT)


def _qr_command(fn: bytes, data: bytes) -> bytes:
    """GS ( k pL pH cn fn [data] with cn = 49 (QR code)."""
    size = len(data) + 2
    return GS + b"(k" + size.to_bytes(2, "little") + b"1" + fn + data


def encode(document: Document, model: PrinterModel) -> bytes:
    """The bytes to send to the printer for this document."""
    writer = _Writer(model)
    for block in document.blocks:
        if isinstance(block, Line):
            writer.line(block)
        elif isinstance(block, QrCode):
            writer.qr(block)
        elif isinstance(block, Cut):
            writer.cut()
    return b"".join(writer.out)
