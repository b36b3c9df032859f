"""Printer faults: the record stays, the job is kept with its reason, a retry prints it."""

from __future__ import annotations

import time
import uuid

import pytest
from sqlalchemy import select

from pos.domain.views import SaleView
from pos.services import print_jobs
from pos.services.consents import ConsentDraft, preview_consent, record_consent
from pos.services.print_jobs import Document, JobStatus
from pos.services.sales import LineInput, NewSale, record_sale
from pos.storage.audit import buyer_entries, verify_chain
from pos.storage.models import AuditEntry, Consent, PrintJob, Sale
from printing.service import PrintService
from tests.support.escpos_decoder import GlyphReader, StatusQuery, decode
from tests.support.printer import (
    OFFLINE,
    PAPER_LOW,
    PAPER_OUT,
    FakePrinter,
    free_port,
    listening,
    printout,
    set_printer,
)
from tests.support.tills import DELIVERY, TillFixture, delivery_buyer


def _sale(till: TillFixture) -> SaleView:
    return record_sale(
        till.ctx(till.cashier), NewSale(lines=(LineInput("Хлеб", 1, 25_000),), tendered_tiyn=30_000)
    )


def _job(till: TillFixture, job_id: uuid.UUID | None) -> PrintJob:
    assert job_id is not None
    with till.db.read_session() as session:
        job = session.get(PrintJob, job_id)
        assert job is not None
        return job


def _sale_exists(till: TillFixture, sale_id: uuid.UUID) -> bool:
    with till.db.read_session() as session:
        return session.get(Sale, sale_id) is not None


def _service(till: TillFixture) -> PrintService:
    return PrintService.for_till(till.ctx(till.cashier), till.paths)


def test_connection_refused_keeps_the_job_and_a_retry_prints_it(
    till: TillFixture, reader: GlyphReader
) -> None:
    port = free_port()
    set_printer(till, f"tcp://127.0.0.1:{port}")
    service = _service(till)
    sale = _sale(till)

    outcome = service.print_receipt(sale.id)
    assert not outcome.ok
    assert outcome.message == "receipt not printed: connection refused; it stays in the print queue"
    assert _sale_exists(till, sale.id)
    job = _job(till, outcome.job_id)
    assert (job.status, job.attempts, job.last_error) == ("failed", 1, "connection refused")
    assert job.subject_id == sale.id and job.document == "receipt"
    assert service.pending_count() == 1
    assert str(service.status()) == "printer: 1 job waiting (connection refused)"

    with listening(port) as printer:
        outcomes = service.retry_pending()
        assert [(o.ok, o.message, o.job_id) for o in outcomes] == [
            (True, "receipt printed", outcome.job_id)
        ]
        paper = printout(printer.wait_jobs(1)[0], reader)
    assert "ТОВАРНЫЙ ЧЕК № 1" in paper.text and paper.lines[-1] == "[CUT]"
    job = _job(till, outcome.job_id)
    assert (job.status, job.attempts) == ("done", 2) and job.printed_at is not None
    assert service.pending_count() == 0
    assert str(service.status()) == "printer: ok"


def test_connection_closed_mid_job(
    till: TillFixture, printer: FakePrinter, reader: GlyphReader
) -> None:
    set_printer(till, printer.url)
    service = _service(till)
    sale = _sale(till)
    printer.mode, printer.close_after = "close_after", 300

    outcome = service.print_receipt(sale.id, "kk")
    assert not outcome.ok
    assert "closed" in outcome.message, outcome.message
    job = _job(till, outcome.job_id)
    assert job.status == "failed" and job.last_error and "closed" in job.last_error
    assert _sale_exists(till, sale.id)

    printer.mode = "ok"
    assert [o.ok for o in service.retry_pending()] == [True]
    paper = printout(printer.wait_jobs(2)[1], reader)
    assert "ТАУАР ЧЕГІ № 1" in paper.text  # printed again in the language asked first
    assert _job(till, outcome.job_id).status == "done"


def test_a_printer_that_stops_answering_times_out_and_says_how_to_skip_the_check(
    till: TillFixture, printer: FakePrinter
) -> None:
    set_printer(till, printer.url, timeout=0.5)
    service = _service(till)
    assert service.print_receipt(_sale(till).id).ok  # it answered status before
    sale = _sale(till)
    printer.mode = "silent"

    started = time.monotonic()
    outcome = service.print_receipt(sale.id)
    elapsed = time.monotonic() - started
    assert not outcome.ok
    assert "no answer to the status query within 0.5 s" in outcome.message
    assert "add ?status=0 to its URL" in outcome.message  # how to turn the check off
    assert elapsed < 3
    assert "no answer to the status query within 0.5 s" in str(
        _job(till, outcome.job_id).last_error
    )
    assert _sale_exists(till, sale.id)

    printer.mode = "ok"
    assert [o.ok for o in service.retry_pending()] == [True]
    assert _job(till, outcome.job_id).status == "done"


def test_a_printer_that_never_answers_status_is_printed_to_without_the_check(
    till: TillFixture, printer: FakePrinter, reader: GlyphReader
) -> None:
    # A print server that takes the job but relays no DLE EOT answer (mode "silent").
    printer.mode = "silent"
    set_printer(till, printer.url, timeout=0.5)
    service = _service(till)
    first = service.print_receipt(_sale(till).id)
    assert first.ok, first.message
    assert first.message == (
        "receipt printed; this printer does not answer status queries, so running out of "
        "paper cannot be detected (?status=0 on its URL prints without asking)"
    )
    paper = printout(printer.wait_jobs(1)[0], reader)
    assert "ТАУАР ЧЕГІ № 1" in paper.text or "ТОВАРНЫЙ ЧЕК № 1" in paper.text
    assert paper.lines[-1] == "[CUT]"

    # Said once: the next job neither asks nor waits, and says only that it printed.
    started = time.monotonic()
    second = service.print_receipt(_sale(till).id)
    assert time.monotonic() - started < 0.5
    assert (second.ok, second.message) == (True, "receipt printed")
    again = printout(printer.wait_jobs(2)[1], reader)
    assert not any(isinstance(e, StatusQuery) for e in again.events)
    assert str(service.status()) == "printer: ok"


@pytest.mark.parametrize(
    ("paper", "online", "reason"),
    [
        (PAPER_OUT, 0x12, "the printer is out of paper"),
        (0x12, OFFLINE, "the printer is offline (cover open or an error)"),
    ],
)
def test_paper_out_or_offline_prints_nothing(
    till: TillFixture, printer: FakePrinter, paper: int, online: int, reason: str
) -> None:
    set_printer(till, printer.url)
    service = _service(till)
    sale = _sale(till)
    printer.paper, printer.online = paper, online

    outcome = service.print_receipt(sale.id)
    assert not outcome.ok and reason in outcome.message
    sent = decode(printer.wait_jobs(1)[0])
    assert sent and all(isinstance(e, StatusQuery) for e in sent)  # not a line was sent
    assert _job(till, outcome.job_id).last_error == reason

    printer.paper = printer.online = 0x12
    assert [o.ok for o in service.retry_pending()] == [True]


def test_paper_low_prints_and_says_so(till: TillFixture, printer: FakePrinter) -> None:
    set_printer(till, printer.url)
    service = _service(till)
    printer.paper = PAPER_LOW
    outcome = service.print_receipt(_sale(till).id)
    assert outcome.ok and outcome.message == "receipt printed; paper is running low"
    assert str(service.status()) == "printer: ok, paper running low"


def test_consent_slip_failure_blocks_nothing(till: TillFixture) -> None:
    set_printer(till, f"tcp://127.0.0.1:{free_port()}")
    service = PrintService.for_till(till.ctx(till.cashier), till.paths)
    draft = ConsentDraft(needs=DELIVERY, buyer=delivery_buyer())
    slip = preview_consent(till.ctx(till.cashier), draft)

    outcome = service.print_consent_slip(slip)
    assert not outcome.ok
    assert outcome.message == (
        "consent slip not printed: connection refused; "
        "reprint it, or use a pre-printed consent form"
    )
    assert outcome.job_id is None and service.pending_count() == 0  # nothing stored yet
    recorded = record_consent(till.ctx(till.cashier), draft)  # the counter goes on
    with till.db.read_session() as session:
        assert session.get(Consent, recorded.consent_id) is not None
    # After signing, the reprint (a sales manager's) is a job like any other.
    manager = PrintService.for_till(till.ctx(till.manager), till.paths)
    again = manager.reprint_consent_slip(recorded.consent_id)
    assert not again.ok and _job(till, again.job_id).document == "consent-slip"


def test_retry_stops_at_the_first_printer_fault(till: TillFixture) -> None:
    set_printer(till, f"tcp://127.0.0.1:{free_port()}")
    service = _service(till)
    first = service.print_receipt(_sale(till).id)
    second = service.print_receipt(_sale(till).id)
    assert not first.ok and not second.ok
    assert str(service.status()) == "printer: 2 jobs waiting (connection refused)"

    outcomes = service.retry_pending()
    assert [o.job_id for o in outcomes] == [first.job_id]
    assert _job(till, first.job_id).attempts == 2
    assert _job(till, second.job_id).attempts == 1


def test_a_job_whose_record_is_gone_is_dropped(till: TillFixture, printer: FakePrinter) -> None:
    set_printer(till, printer.url)
    service = _service(till)
    ghost = print_jobs.queue_job(till.ctx(till.cashier), Document.RECEIPT, uuid.uuid4(), "ru")
    sale = _sale(till)
    good = print_jobs.queue_job(till.ctx(till.cashier), Document.RECEIPT, sale.id, "ru")

    outcomes = service.retry_pending()
    assert [o.ok for o in outcomes] == [False, True]
    assert "dropped from the queue" in outcomes[0].message
    assert print_jobs.get_job(till.ctx(), ghost.id).status is JobStatus.CANCELLED
    assert print_jobs.get_job(till.ctx(), good.id).status is JobStatus.DONE
    assert service.pending_count() == 0


def test_queue_is_audited_without_personal_data(till: TillFixture, printer: FakePrinter) -> None:
    from tests.support.tills import CREDIT, credit_buyer, register

    set_printer(till, printer.url)
    service = PrintService.for_till(till.ctx(till.manager), till.paths)
    recorded = register(till, credit_buyer(), CREDIT)
    printer.paper = PAPER_OUT
    assert not service.reprint_consent_slip(recorded.consent_id).ok
    printer.paper = 0x12
    assert service.retry_pending()[0].ok

    with till.db.read_session() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action.like("print.%")).order_by(AuditEntry.seq)
        ).all()
        assert [e.action for e in entries] == ["print.failed", "print.done"]
        # A consent names its buyer: the ids are sealed under the buyer's link key.
        assert all(set(e.entities) == {"sealed"} for e in entries)
        opened = [
            e for e in buyer_entries(session, recorded.buyer.id) if e.action.startswith("print.")
        ]
        assert [e.action for e in opened] == ["print.failed", "print.done"]
        for o in opened:
            assert o.entities["consent"] == str(recorded.consent_id)
            assert o.fields == ["document:consent-slip"]
        blob = repr([(e.entities, e.fields) for e in entries])
        buyer = credit_buyer()
        for personal in (buyer.surname, buyer.given_name, buyer.iin):
            assert personal and personal not in blob
        assert verify_chain(session).ok


def test_no_printer_set(till: TillFixture) -> None:
    service = _service(till)
    outcome = service.print_receipt(_sale(till).id)
    assert not outcome.ok
    assert outcome.message == "receipt not printed: no printer is set (settings, or POS_PRINTER)"
    assert str(service.status()) == "printer: not set"
    assert service.pending_count() == 0


def test_a_printer_that_never_answers_status_can_still_print(
    till: TillFixture, printer: FakePrinter, reader: GlyphReader
) -> None:
    # Some print servers pass data through but answer no DLE EOT: `status=0` skips the check.
    printer.mode = "silent"
    set_printer(till, f"{printer.url}?status=0", timeout=0.5)
    outcome = _service(till).print_receipt(_sale(till).id)
    assert outcome.ok, outcome.message
    paper = printout(printer.wait_jobs(1)[0], reader)
    assert not any(isinstance(e, StatusQuery) for e in paper.events)
    assert paper.lines[-1] == "[CUT]"


def test_test_page(till: TillFixture, printer: FakePrinter, reader: GlyphReader) -> None:
    set_printer(till, printer.url, paper_width=58, language="kk")
    service = _service(till)
    outcome = service.test_print()
    assert (outcome.ok, outcome.message, outcome.job_id) == (True, "test page printed", None)
    paper = printout(printer.wait_jobs(1)[0], reader)
    assert "СЫНАҚ БАСЫП ШЫҒАРУ" in paper.text
    assert f"Принтер: tcp://127.0.0.1:{printer.port}" in paper.lines
    assert "Қағаз: 58 мм, жолында 32 таңба" in paper.lines
    assert "Қазақ әріптері: мәтін түрінде (KZ-1048)" in " ".join(paper.lines)
    letters = paper.lines.index("ӘҒҚҢӨҰҮҺІ әғқңөұүһі")
    assert paper.kinds[letters] == "text"  # as text, in KZ-1048
    assert paper.lines[letters + 1] == reader.fold("12 345,00 ₸")
    assert paper.kinds[letters + 1] == "image-text"
    assert "12345678901234567890123456789012" in paper.lines  # the ruler fills the width
    assert "[QR kz-pos test print]" in paper.lines and paper.lines[-1] == "[CUT]"
    assert service.pending_count() == 0


def test_retry_one_job(till: TillFixture, printer: FakePrinter) -> None:
    set_printer(till, printer.url)
    service = _service(till)
    printer.paper = PAPER_OUT
    failed = service.print_receipt(_sale(till).id)
    assert not failed.ok and failed.job_id is not None
    printer.paper = 0x12
    assert service.retry_job(failed.job_id).ok
    again = service.retry_job(failed.job_id)
    assert not again.ok and again.message.endswith("is done, not waiting")
