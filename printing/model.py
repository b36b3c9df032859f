"""What the encoder needs to know about a printer: width, code pages, native QR, cut.

Code pages come from the python-escpos printer profile. Its database names the Kazakh
page RK1048 (KZ-1048, STRK 1048-2002) but gives no Python codec for it; Python's own
standard library has that codec, `kz1048`, so the name is mapped here. KZ-1048 is
Windows-1251 with the Kazakh letters in place of eight Serbian/Macedonian/Ukrainian
ones; it has no tenge sign (the sign is younger than the standard).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pos.domain.errors import Code, ValidationError
from printing._escpos import profile_data
from printing.layout import columns_for
from printing.raster import PAPER_DOTS

# Preference order: a page holding both Russian and Kazakh first, so a document
# rarely switches pages; the plain Cyrillic pages next; ASCII-only pages last.
CODECS: dict[str, str] = {
    "RK1048": "kz1048",
    "CP1251": "cp1251",
    "CP866": "cp866",
    "CP437": "cp437",
}
KAZAKH_PAGE = "RK1048"


@dataclass(frozen=True, slots=True)
class CodePage:
    """One character table of the printer and the Python codec that writes it."""

    name: str  # as in the escpos printer database (RK1048, CP1251...)
    number: int  # the n of ESC t n
    codec: str  # the Python codec


@dataclass(frozen=True, slots=True)
class PrinterModel:
    """Paper width in characters and dots, code pages by preference, native QR."""

    profile: str
    paper_mm: int
    columns: int
    dots: int
    code_pages: tuple[CodePage, ...]
    native_qr: bool

    @property
    def kazakh_as_text(self) -> bool:
        """True when Kazakh letters print as text (the printer has KZ-1048)."""
        return any(cp.name == KAZAKH_PAGE for cp in self.code_pages)


def printer_model(
    profile: str = "default",
    paper_mm: int = 80,
    code_pages: Mapping[str, int] | None = None,
) -> PrinterModel:
    """The model for an escpos profile name and paper width; `code_pages` overrides numbers."""
    try:
        data = profile_data(profile)
    except KeyError:
        raise ValidationError(
            Code.PRINTER_PROFILE_UNKNOWN, field="profile", profile=profile
        ) from None
    try:
        columns = columns_for(int(paper_mm))
    except (TypeError, ValueError):
        raise ValidationError(Code.PRINTER_PAPER_WIDTH, field="paper_width") from None
    numbers: dict[str, int] = {}
    for number, name in data.get("codePages", {}).items():
        if name in CODECS and name not in numbers:
            numbers[name] = int(number)
    for name, number in (code_pages or {}).items():
        key = name.upper().replace("-", "").replace("KZ1048", "RK1048")
        if key not in CODECS:
            raise ValidationError(Code.PRINTER_CODE_PAGE, field="codepages", name=name)
        numbers[key] = int(number)
    pages = tuple(CodePage(name, numbers[name], CODECS[name]) for name in CODECS if name in numbers)
    features = data.get("features", {})
    return PrinterModel(
        profile=profile,
        paper_mm=int(paper_mm),
        columns=columns,
        dots=PAPER_DOTS[int(paper_mm)],
        code_pages=pages,
        native_qr=bool(features.get("qrCode")),
    )
