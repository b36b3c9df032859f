"""Code pages: KZ-1048 where the printer has it, plain Cyrillic pages, drawn lines otherwise."""

from __future__ import annotations

import pytest

from pos.domain.errors import ValidationError
from printing.config import config_from
from printing.encoder import encode
from printing.layout import Page
from printing.model import printer_model
from tests.support.escpos_decoder import EPSON_PAGES, GlyphReader, Raster, TextLine, decode, read


def _doc(*lines: str) -> Page:
    page = Page("t", 48)
    for line in lines:
        page.text(line)
    return page


def test_the_escpos_profile_kazakh_page_maps_to_pythons_kz1048_codec() -> None:
    model = printer_model("default", 80)
    names = [(p.name, p.number, p.codec) for p in model.code_pages]
    assert names[0] == ("RK1048", 53, "kz1048")
    assert model.kazakh_as_text and model.columns == 48 and model.dots == 576
    assert "ӘҒҚҢӨҰҮҺІ әғқңөұүһі".encode("kz1048").decode("kz1048") == "ӘҒҚҢӨҰҮҺІ әғқңөұүһі"
    assert not printer_model("TM-T88IV", 58).kazakh_as_text


def test_kazakh_and_russian_as_text_in_kz1048(reader: GlyphReader) -> None:
    model = printer_model("default", 80)
    data = encode(_doc("Сатып алушының қолы", "Подпись покупателя", "Signature").done(), model)
    events = [e for e in decode(data) if isinstance(e, TextLine)]
    assert [(e.text, e.pages) for e in events] == [
        ("Сатып алушының қолы", {53}),
        ("Подпись покупателя", {53}),
        ("Signature", {53}),  # ASCII is the same in every page: no switch back
    ]
    assert data.count(b"\x1bt") == 1  # one page for the whole document


def test_tenge_is_drawn_even_with_kz1048(reader: GlyphReader) -> None:
    model = printer_model("default", 58)
    paper = read(decode(encode(_doc("ИТОГО 12 345,00 ₸").done(), model)), reader)
    assert paper.kinds[0] == "image-text"
    assert paper.lines[0] == reader.fold("ИТОГО 12 345,00 ₸")
    assert isinstance(paper.sources[0], Raster) and paper.sources[0].width == 384


def test_dos_cyrillic_page_gets_plain_quotes_instead_of_a_drawing(reader: GlyphReader) -> None:
    model = printer_model("TM-T88IV", 80)  # CP866 only
    paper = read(decode(encode(_doc("ТОО «Тест Ритейл» — продавец").done(), model)), reader)
    assert paper.kinds[0] == "text"
    assert paper.lines[0] == 'ТОО "Тест Ритейл" - продавец'
    # A Kazakh letter is never spelled otherwise: that line is drawn.
    paper = read(decode(encode(_doc("ТОО «Қазақ»").done(), model)), reader)
    assert paper.kinds[0] == "image-text" and paper.lines[0] == reader.fold("ТОО «Қазақ»")


def test_settings_can_name_the_kazakh_page_of_a_printer_the_database_lacks() -> None:
    config = config_from(
        {
            "url": "tcp://printer:9100",
            "profile": "POS-5890",
            "paper_width": 58,
            "codepages": {"KZ-1048": 59},
        }
    )
    model = config.model()
    assert model.kazakh_as_text and model.code_pages[0].number == 59
    events = decode(encode(_doc("Қолы").done(), model), {**EPSON_PAGES, 59: "kz1048"})
    assert [(e.text, e.pages) for e in events if isinstance(e, TextLine)] == [("Қолы", {59})]


def test_profile_and_paper_errors_are_one_line() -> None:
    with pytest.raises(ValidationError, match="unknown printer profile 'nope'"):
        printer_model("nope", 80)
    with pytest.raises(ValidationError, match="58 or 80 mm"):
        config_from({"url": "tcp://x", "paper_width": 70})
    with pytest.raises(ValidationError, match="not one the till can encode"):
        printer_model("default", 80, {"CP1252": 16})
