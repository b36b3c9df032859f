"""Printed receipts and the fiscal result: every FISCAL.md field in Kazakh and Russian, the
QR code that decodes to the ticket URL, copies marked, offline marked, and nothing that
looks fiscal without a result."""

from __future__ import annotations

import pytest

from fiscal.connect import open_port
from pos.services import fiscal
from printing.service import PrintService
from tests.fiscal.test_queue import connect, ring
from tests.support.escpos_decoder import POS5890_PAGES, GlyphReader, Printout
from tests.support.kkm_standin import CASHBOX, REGISTRATION, KkmStandin
from tests.support.printer import FakePrinter, printout, set_printer
from tests.support.tills import OPERATOR, TillFixture


def _print(
    till: TillFixture, printer: FakePrinter, reader: GlyphReader, sale_id: object, **extra: object
) -> Printout:
    set_printer(till, printer.url, **extra)
    service = PrintService.for_till(till.ctx(till.cashier), till.paths)
    before = len(printer.jobs)
    assert service.print_receipt(sale_id).ok  # type: ignore[arg-type]
    data = printer.wait_jobs(before + 1)[-1]
    pages = POS5890_PAGES if extra.get("profile") == "POS-5890" else None
    return printout(data, reader, pages)


def test_a_fiscal_receipt_carries_every_field_and_a_qr_of_the_ticket_url(
    till: TillFixture,
    kkm: KkmStandin,
    printer: FakePrinter,
    reader: GlyphReader,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    connect(till, kkm, monkeypatch)
    sale = ring(till)
    fiscal.drain(till.ctx(), open_port(till.ctx()))
    doc = fiscal.for_subject(till.ctx(), sale.id)
    assert doc is not None and doc.result is not None
    paper = _print(till, printer, reader, sale.id)
    text = reader.fold(paper.squeezed())
    for expected in (
        "ФИСКАЛДЫҚЧЕК/ФИСКАЛЬНЫЙЧЕК",
        OPERATOR["name"].replace(" ", ""),
        OPERATOR["bin"],
        CASHBOX,
        REGISTRATION,
        doc.result.fiscal_sign,
        "Ауысымдағычек№/Чек№всмене1",
        "ФДО/ОФД:",
        "consumer.oofd.kz",
        "БАРЛЫҒЫ/ИТОГО",
        "ҚҚС/НДС16%",
        "Чайзелёный",
    ):
        assert reader.fold(expected) in text, expected
    assert f"[QR {doc.result.ticket_url}]" in paper.lines
    assert reader.fold("АВТОНОМНЫЙ") not in text and reader.fold("КОПИЯ") not in text
    again = _print(till, printer, reader, sale.id)
    copy = reader.fold(again.squeezed())
    assert reader.fold("КОПИЯ") in copy and reader.fold("КӨШІРМЕ") in copy


def test_a_printer_without_native_qr_prints_a_qr_image_that_decodes_to_the_ticket_url(
    till: TillFixture,
    kkm: KkmStandin,
    printer: FakePrinter,
    reader: GlyphReader,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    connect(till, kkm, monkeypatch)
    kkm.go_offline()
    sale = ring(till)
    fiscal.drain(till.ctx(), open_port(till.ctx()))
    doc = fiscal.for_subject(till.ctx(), sale.id)
    assert doc is not None and doc.result is not None and doc.result.offline
    paper = _print(till, printer, reader, sale.id, profile="POS-5890", paper_width=58)
    qr = [line for line, kind in zip(paper.lines, paper.kinds, strict=True) if kind == "qr-image"]
    assert f"[QR-IMAGE {doc.result.ticket_url}]" in qr  # beside the receipt's own code
    text = reader.fold(paper.squeezed())
    assert reader.fold("АВТОНОМДЫРЕЖИМ") in text and reader.fold("АВТОНОМНЫЙРЕЖИМ") in text


def test_a_pending_sale_prints_a_paper_that_is_not_yet_a_fiscal_receipt(
    till: TillFixture,
    kkm: KkmStandin,
    printer: FakePrinter,
    reader: GlyphReader,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    connect(till, kkm, monkeypatch)
    kkm.fault("5xx")
    sale = ring(till)
    fiscal.drain(till.ctx(), open_port(till.ctx()))
    paper = _print(till, printer, reader, sale.id)
    text = reader.fold(paper.squeezed())
    not_yet = reader.fold("ЕЩЁНЕФИСКАЛЬНЫЙЧЕК")
    assert not_yet in text and reader.fold("ӘЛІФИСКАЛДЫҚЧЕКЕМЕС") in text
    assert reader.fold("ФИСКАЛЬНЫЙЧЕК") not in text.replace(not_yet, "")
    assert not [ln for ln in paper.lines if ln.startswith(("[QR http", "[QR-IMAGE http"))]


def test_a_training_receipt_says_it_is_not_fiscal(
    till: TillFixture, printer: FakePrinter, reader: GlyphReader
) -> None:
    sale = ring(till)
    paper = _print(till, printer, reader, sale.id)
    text = reader.fold(paper.squeezed())
    assert reader.fold("НЕЯВЛЯЕТСЯФИСКАЛЬНЫМЧЕКОМ") in text
    assert reader.fold("Учебныйрежим") in text
    assert reader.fold("ФИСКАЛЬНЫЙЧЕК") not in text
    assert not [ln for ln in paper.lines if ln.startswith(("[QR http", "[QR-IMAGE http"))]


def test_a_fiscal_return_prints_its_fiscal_part_and_a_reprint_keeps_it(
    till: TillFixture,
    kkm: KkmStandin,
    printer: FakePrinter,
    reader: GlyphReader,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pos.services import returns

    connect(till, kkm, monkeypatch)
    sale = ring(till, qty=2)
    fiscal.drain(till.ctx(), open_port(till.ctx()))
    back = returns.record_return(
        till.ctx(till.cashier),
        returns.ReturnRequest(sale_id=sale.id, lines=((1, 1000),), reason="брак"),
    )
    fiscal.drain(till.ctx(), open_port(till.ctx()))
    doc = fiscal.for_subject(till.ctx(), back.id)
    assert doc is not None and doc.result is not None
    set_printer(till, printer.url)
    service = PrintService.for_till(till.ctx(till.cashier), till.paths)
    assert all(o.ok for o in service.print_return(back.id))
    paper = printout(printer.wait_jobs(1)[-1], reader)
    text = reader.fold(paper.squeezed())
    assert reader.fold("ФИСКАЛДЫҚЧЕК/ФИСКАЛЬНЫЙЧЕК") in text
    assert reader.fold(doc.result.fiscal_sign) in text
    assert f"[QR {doc.result.ticket_url}]" in paper.lines

    sold = fiscal.for_subject(till.ctx(), sale.id)
    assert sold is not None and sold.result is not None
    assert service.print_receipt_copy(sale.id).ok
    copy = printout(printer.wait_jobs(2)[-1], reader)
    assert reader.fold(sold.result.fiscal_sign) in reader.fold(copy.squeezed())
    assert f"[QR {sold.result.ticket_url}]" in copy.lines
