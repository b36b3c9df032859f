"""The test page: which printer, which paper, how Kazakh letters print, a ruler, a QR code."""

from __future__ import annotations

from printing.i18n import t
from printing.layout import Document, Page
from printing.model import PrinterModel
from printing.transport import describe

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі"
TENGE = "12 345,00 ₸"  # no code page has the sign: always drawn


def build(url: str, model: PrinterModel, lang: str) -> Document:
    """A short page proving the code pages, the width and the cutter."""
    page = Page("test-page", model.columns)
    page.title(t("test.title", lang))
    page.text(t("test.printer", lang, url=describe(url)))
    page.text(t("test.paper", lang, mm=model.paper_mm, columns=model.columns))
    page.text(t("test.kazakh_text" if model.kazakh_as_text else "test.kazakh_image", lang))
    page.text(KAZAKH_LETTERS)
    page.text(TENGE)
    page.text("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
    page.blank()
    page.text(("1234567890" * 5)[: model.columns])
    page.qr("kz-pos test print")
    return page.done()
