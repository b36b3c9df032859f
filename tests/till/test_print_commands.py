"""`pos print-sample` and `pos print-queue`, run as the store owner would run them.

A sample printed and a sample refused, and a usage error, are real `pos` processes; the
other checks run the same `main()` in this process (see tests/support/cli.py).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pos.services.sales import LineInput, NewSale, record_sale
from printing.service import PrintService
from tests.support import cli
from tests.support.escpos_decoder import POS5890_PAGES, GlyphReader, TextLine
from tests.support.printer import FakePrinter, free_port, listening, printout
from tests.support.tills import TEST_KEY, make_till


@pytest.fixture
def home(tmp_path: Path) -> Path:
    till = make_till(tmp_path / "home")
    till.db.close()
    return till.paths.home


def _printer(url: str | None) -> dict[str, str]:
    return {} if url is None else {"POS_PRINTER": url}


def pos(home: Path, *args: str, printer_url: str | None = None) -> subprocess.CompletedProcess[str]:
    """`pos ARGS` as its own process."""
    run = cli.pos(home, *args, key=TEST_KEY, **_printer(printer_url))
    return subprocess.CompletedProcess(args, run.code, run.out, run.err)


def pos_here(
    home: Path, *args: str, printer_url: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`pos ARGS` in this process."""
    run = cli.pos_here(home, *args, key=TEST_KEY, **_printer(printer_url))
    return subprocess.CompletedProcess(args, run.code, run.out, run.err)


def test_print_sample_consent_slip_in_kazakh(
    home: Path, printer: FakePrinter, reader: GlyphReader
) -> None:
    run = pos(home, "print-sample", "consent-slip", "--lang", "kk", printer_url=printer.url)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "sample consent-slip printed"
    assert run.stderr == ""
    paper = printout(printer.wait_jobs(1)[0], reader)
    assert "ҮЛГІ - ЖАРАМСЫЗ" in paper.lines[0]  # marked as a sample
    assert "ДЕРБЕС ДЕРЕКТЕРДІ ЖИНАУҒА ЖӘНЕ ӨҢДЕУГЕ КЕЛІСІМ" in paper.text
    assert "Сәрсенбаева Әлия Қайратқызы" in paper.text
    assert "privacy@test-retail.kz" in paper.text  # the till's own seller details
    kazakh = [e for e in paper.events if isinstance(e, TextLine) and "қ" in e.text]
    assert kazakh and all(e.pages == {53} for e in kazakh)
    assert paper.lines[-1] == "[CUT]"


def test_print_sample_on_a_58mm_printer_without_kz1048(
    home: Path, printer: FakePrinter, reader: GlyphReader
) -> None:
    url = f"{printer.url}?profile=POS-5890&paper=58"
    run = pos_here(home, "print-sample", "receipt", "--lang", "kk", printer_url=url)
    assert run.returncode == 0, run.stderr
    paper = printout(printer.wait_jobs(1)[0], reader, POS5890_PAGES)
    assert "image-text" in paper.kinds
    assert reader.fold("ТАУАР ЧЕГІ № 1") in paper.text
    assert reader.fold("Қорғаныш шынысы") in paper.text
    assert all(
        len(line) <= 32 for line, k in zip(paper.lines, paper.kinds, strict=True) if "text" in k
    )


@pytest.mark.parametrize(
    "document", ["installment", "access-report", "withdrawal", "refusal", "test-page"]
)
def test_print_sample_to_a_file(
    home: Path, tmp_path: Path, reader: GlyphReader, document: str
) -> None:
    # The default print folder, made on first use.
    out = home / "prints" / "out.bin"
    run = pos_here(home, "print-sample", document, "--lang", "en", printer_url=f"file://{out}")
    assert run.returncode == 0, run.stderr
    paper = printout(out.read_bytes(), reader)
    assert paper.lines[-1] == "[CUT]"
    assert len(paper.lines) > 8


def test_print_sample_refused_is_one_line(home: Path) -> None:
    run = pos(home, "print-sample", "receipt", printer_url=f"tcp://127.0.0.1:{free_port()}")
    assert run.returncode == 1
    assert run.stderr == "pos: sample receipt not printed: connection refused\n"
    assert run.stdout == ""


def test_print_sample_usage_errors(home: Path) -> None:
    assert pos(home, "print-sample", "menu").returncode == 2
    assert pos_here(home, "print-sample", "receipt", "--lang", "de").returncode == 2
    run = pos_here(home, "print-sample", "receipt", printer_url="lpt://printer")
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1 and "must start with one of" in run.stderr


def test_print_queue_list_and_retry(home: Path, reader: GlyphReader) -> None:
    from pos.services import settings
    from till.app import open_till

    port = free_port()
    opened = open_till(home, TEST_KEY)
    try:
        admin = opened.context()
        settings.update(admin, settings.PRINTER, {"url": f"tcp://127.0.0.1:{port}", "timeout": 1})
        sale = record_sale(admin, NewSale(lines=(LineInput("Хлеб", 1, 25_000),)))
        failed = PrintService.for_till(admin, opened.paths).print_receipt(sale.id, "kk")
        assert not failed.ok
    finally:
        opened.close()

    listed = pos_here(home, "print-queue", "list")
    assert listed.returncode == 0, listed.stderr
    fields = listed.stdout.strip().split("\t")
    assert fields[0] == str(failed.job_id)
    assert fields[2:] == ["receipt", "kk", "failed", "1", "connection refused"]

    refused = pos_here(home, "print-queue", "retry")
    assert refused.returncode == 1
    assert refused.stderr == (
        f"pos: {failed.job_id}: receipt not printed: connection refused; "
        "it stays in the print queue\n"
    )

    with listening(port) as printer:
        done = pos_here(home, "print-queue", "retry", str(failed.job_id))
        assert done.returncode == 0, done.stderr
        assert done.stdout == f"{failed.job_id}\treceipt printed\n"
        paper = printout(printer.wait_jobs(1)[0], reader)
    assert "ТАУАР ЧЕГІ № 1" in paper.text
    assert pos_here(home, "print-queue", "list").stdout == "no print jobs waiting\n"
    everything = pos_here(home, "print-queue", "list", "--all").stdout
    assert f"{failed.job_id}\t" in everything and "\tdone\t3" in everything
    again = pos_here(home, "print-queue", "cancel", str(failed.job_id))
    assert again.returncode == 1 and "is done, not waiting" in again.stderr


def test_settings_printer_is_used_without_env(home: Path, printer: FakePrinter) -> None:
    from pos.services import settings
    from till.app import open_till

    opened = open_till(home, TEST_KEY)
    try:
        settings.update(opened.context(), settings.PRINTER, {"url": printer.url, "language": "en"})
    finally:
        opened.close()
    run = pos_here(home, "print-sample", "test-page")
    assert run.returncode == 0, run.stderr
    assert run.stdout == "sample test-page printed\n"
    assert printer.wait_jobs(1)


def test_cli_offers_every_sample_printing_has() -> None:
    from printing import samples
    from till.cli import printing_cmds

    assert printing_cmds.SAMPLE_DOCUMENTS == samples.SAMPLE_DOCUMENTS
