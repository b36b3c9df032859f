"""Lines the printer cannot print as text, drawn as 1-bit images with the bundled font.

Characters sit on the same grid as the printer's own Font A (12 dots wide), so a line
drawn here lines up with the text lines around it: 32 cells on 58 mm paper (384 dots),
48 on 80 mm (576 dots). Each glyph is drawn once into its cell and clipped to it.
The font is DejaVu Sans Mono (Bitstream Vera licence, see fonts/LICENSE-DejaVu.txt),
which has every Kazakh letter and the tenge sign.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

import qrcode
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path(__file__).with_name("fonts")
FONT_FILES = {False: FONT_DIR / "DejaVuSansMono.ttf", True: FONT_DIR / "DejaVuSansMono-Bold.ttf"}
FONT_SIZE = 20  # pixels: an advance of 12 dots, ascent 19 and descent 5
CELL_WIDTH = 12
CELL_HEIGHT = 30  # the height of a text line at the printer's default line spacing
GLYPH_TOP = 3
QR_BOX = 6  # dots per QR module
QR_BORDER = 2  # modules of quiet zone

PAPER_DOTS = {58: 384, 80: 576}

_lock = threading.Lock()


@cache
def font(bold: bool) -> ImageFont.FreeTypeFont:
    """The bundled monospace font, regular or bold, at the grid size."""
    return ImageFont.truetype(str(FONT_FILES[bold]), FONT_SIZE)


_cells: dict[tuple[str, bool], Image.Image] = {}


def glyph_cell(char: str, bold: bool = False) -> Image.Image:
    """The 12x30 cell of one character; ink is 1 (a printed dot)."""
    key = (char, bold)
    cell = _cells.get(key)
    if cell is None:
        cell = Image.new("1", (CELL_WIDTH, CELL_HEIGHT), 0)
        if not char.isspace():
            ImageDraw.Draw(cell).text((0, GLYPH_TOP), char, font=font(bold), fill=1)
        with _lock:
            _cells[key] = cell
    return cell


def line_image(text: str, dots: int, *, bold: bool = False, tall: bool = False) -> Image.Image:
    """One line of text as an image `dots` wide (ink = 1); double height when `tall`."""
    image = Image.new("1", (dots, CELL_HEIGHT), 0)
    for i, char in enumerate(text[: dots // CELL_WIDTH]):
        if char != " ":
            image.paste(glyph_cell(char, bold), (i * CELL_WIDTH, 0))
    if tall:
        image = image.resize((dots, CELL_HEIGHT * 2), Image.Resampling.NEAREST)
    return image


def qr_image(payload: str, dots: int) -> Image.Image:
    """A QR code of `payload`, centred in an image `dots` wide (ink = 1)."""
    code = qrcode.QRCode(
        box_size=1, border=QR_BORDER, error_correction=qrcode.constants.ERROR_CORRECT_M
    )
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()  # True = dark module, quiet zone included
    size = len(matrix) * QR_BOX
    image = Image.new("1", (dots, size), 0)
    left = max((dots - size) // 2, 0)
    draw = ImageDraw.Draw(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                x0, y0 = left + x * QR_BOX, y * QR_BOX
                draw.rectangle((x0, y0, x0 + QR_BOX - 1, y0 + QR_BOX - 1), fill=1)
    return image


def raster_bytes(image: Image.Image) -> tuple[int, int, bytes]:
    """(width in bytes, height, rows packed 8 dots a byte, leftmost dot in the high bit)."""
    if image.mode != "1":
        raise ValueError("raster images must be 1-bit")
    width_bytes = (image.width + 7) // 8
    return width_bytes, image.height, image.tobytes()
