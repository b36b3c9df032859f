"""The printing service the window and the CLI use.

Methods block (network, USB) and are meant for a worker thread, never the UI thread.
They never raise for a printer fault: they return a `PrintOutcome` with one line to show.
Documents with a stored record (receipt, installment summary, reprinted consent slip,
access report, confirmation) get a print job first, so a failure leaves the job in the
queue with its reason, to be retried or reprinted later; the record itself was committed
before printing and is never touched here. The consent slip printed before signing has
no record yet, so it gets no job.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from pos.config import TillPaths
from pos.domain.errors import NotFound, PosError
from pos.domain.views import AccessReport, ConsentSlipView, RequestConfirmationView
from pos.services import documents, print_jobs, reports
from pos.services.context import ServiceContext
from pos.services.print_jobs import Document as JobDocument
from pos.services.print_jobs import PrintJobView
from printing import transport
from printing.config import PrinterConfig, load
from printing.docs import access_report, consent_slip, installment, receipt, test_page
from printing.docs import confirmation as confirmation_doc
from printing.encoder import encode
from printing.i18n import check_language
from printing.layout import Document
from printing.model import PrinterModel
from printing.transport import PrinterFault

log = logging.getLogger(__name__)
T = TypeVar("T")

# (language, columns) -> the laid-out document
Render = Callable[[str, int], Document]

WHAT = {
    JobDocument.CONSENT_SLIP: "consent slip",
    JobDocument.RECEIPT: "receipt",
    JobDocument.INSTALLMENT: "installment summary",
    JobDocument.ACCESS_REPORT: "access report",
    JobDocument.CONFIRMATION: "confirmation",
}


@dataclass(frozen=True)
class PrintOutcome:
    """What happened to one print: ok or not, one line to show, the job if one was kept."""

    ok: bool
    message: str
    job_id: uuid.UUID | None = None


class PrintService:
    """Prints the till's documents on the configured printer; see the module docstring."""

    def __init__(
        self,
        ctx: ServiceContext,
        paths: TillPaths | None = None,
        *,
        config: Callable[[ServiceContext], PrinterConfig] = load,
    ) -> None:
        self._ctx = ctx
        self._paths = paths
        self._load_config = config
        # One job at a time on the printer, whichever worker thread asks.
        self._lock = threading.Lock()
        self._problem: str | None = None
        self._paper_low = False

    @classmethod
    def for_till(cls, ctx: ServiceContext, paths: TillPaths) -> PrintService:
        """The service for a till; the printer setting is read again for every job."""
        return cls(ctx, paths)

    # --- documents ------------------------------------------------------------------------

    def print_consent_slip(
        self, slip: ConsentSlipView, language: str | None = None
    ) -> PrintOutcome:
        """Print the slip before signing. Nothing is stored yet, so no job is kept."""
        return self.print_transient(
            "consent slip",
            lambda lang, cols: consent_slip.build(slip, lang, cols),
            language or slip.language,
            failure_hint="reprint it, or use a pre-printed consent form",
        )

    def reprint_consent_slip(
        self, consent_id: uuid.UUID, language: str | None = None
    ) -> PrintOutcome:
        """Print a recorded consent's slip again, rebuilt from the stored consent."""
        return self._print_record(JobDocument.CONSENT_SLIP, consent_id, language)

    def print_receipt(self, sale_id: uuid.UUID, language: str | None = None) -> PrintOutcome:
        """Print the receipt of a recorded sale (a job first, then the attempt)."""
        return self._print_record(JobDocument.RECEIPT, sale_id, language)

    def print_installment_summary(
        self, sale_id: uuid.UUID, language: str | None = None
    ) -> PrintOutcome:
        """Print the installment (or credit) summary of a recorded sale."""
        return self._print_record(JobDocument.INSTALLMENT, sale_id, language)

    def print_access_report(
        self, report: AccessReport, language: str | None = None
    ) -> PrintOutcome:
        """Print a report already built (and audited); a retry builds it again."""
        return self._print_record(
            JobDocument.ACCESS_REPORT,
            report.buyer.id,
            language,
            render=lambda lang, cols: access_report.build(report, lang, cols),
        )

    def print_confirmation(
        self, confirmation: RequestConfirmationView, language: str | None = None
    ) -> PrintOutcome:
        """Print a withdrawal or refusal confirmation; a retry rebuilds it from the request."""
        return self._print_record(
            JobDocument.CONFIRMATION,
            confirmation.request_id,
            language,
            render=lambda lang, cols: confirmation_doc.build(confirmation, lang, cols),
        )

    # --- the queue ------------------------------------------------------------------------

    def retry_pending(self) -> list[PrintOutcome]:
        """Print the waiting jobs, oldest first; stop at the first printer fault."""
        outcomes: list[PrintOutcome] = []
        try:
            jobs = print_jobs.waiting_jobs(self._ctx)
        except PosError as exc:
            return [PrintOutcome(False, f"print queue not read: {exc}")]
        for job in jobs:
            outcome, printer_fault = self._retry(job)
            outcomes.append(outcome)
            if printer_fault:
                break
        return outcomes

    def retry_job(self, job_id: uuid.UUID) -> PrintOutcome:
        """Print one waiting job again."""
        try:
            job = print_jobs.get_job(self._ctx, job_id)
        except PosError as exc:
            return PrintOutcome(False, str(exc))
        if job.status.value not in print_jobs.WAITING:
            return PrintOutcome(
                False, f"print job {job_id} is {job.status.value}, not waiting", job_id
            )
        return self._retry(job)[0]

    def pending_count(self) -> int:
        """How many jobs wait in the queue (pending or failed)."""
        try:
            return print_jobs.waiting_count(self._ctx)
        except PosError:
            return 0

    def status(self) -> str:
        """One short line for the status bar (reads the queue, never the printer)."""
        try:
            config = self._load_config(self._ctx)
        except PosError as exc:
            return f"printer: setting not valid ({exc})"
        if not config.configured:
            return "printer: not set"
        waiting = self.pending_count()
        if waiting:
            reason = self._problem or _safe(print_jobs.last_failure, self._ctx)
            jobs = "job" if waiting == 1 else "jobs"
            return f"printer: {waiting} {jobs} waiting" + (f" ({reason})" if reason else "")
        if self._problem:
            return f"printer: {self._problem}"
        return "printer: ok, paper running low" if self._paper_low else "printer: ok"

    def test_print(self) -> PrintOutcome:
        """Print the test page (code pages, width, QR, cut)."""
        try:
            config = self._load_config(self._ctx)
        except PosError as exc:
            return PrintOutcome(False, f"test page not printed: {exc}")
        return self.print_transient(
            "test page",
            lambda lang, cols: test_page.build(config.url, config.model(), lang),
            config.language,
        )

    # --- internals ------------------------------------------------------------------------

    def print_transient(
        self, what: str, render: Render, language: str, *, failure_hint: str = ""
    ) -> PrintOutcome:
        """Print a document that has no record behind it (no job is kept)."""
        with self._lock:
            try:
                config, model = self._printer()
                data = encode(render(check_language(language), model.columns), model)
            except PosError as exc:
                return PrintOutcome(False, f"{what} not printed: {exc}")
            except Exception:
                log.exception("laying out the %s failed", what)
                return PrintOutcome(
                    False, f"{what} not printed: unexpected layout failure (see the till log)"
                )
            try:
                delivery = transport.send(config, data)
            except PrinterFault as fault:
                self._problem = str(fault)
                hint = f"; {failure_hint}" if failure_hint else ""
                return PrintOutcome(False, f"{what} not printed: {fault}{hint}")
            self._delivered(delivery)
            return PrintOutcome(True, self._printed(what, delivery))

    def _printer(self) -> tuple[PrinterConfig, PrinterModel]:
        config = self._load_config(self._ctx)
        if not config.configured:
            raise NotFound("no printer is set (settings, or POS_PRINTER)")
        return config, config.model()

    def _render_record(
        self, document: JobDocument, subject_id: uuid.UUID
    ) -> tuple[Render, str | None]:
        """How to lay out a stored record, and the language it asks for (if any)."""
        ctx = self._ctx
        if document is JobDocument.CONSENT_SLIP:
            slip = documents.consent_slip(ctx, subject_id)
            return (lambda lang, cols: consent_slip.build(slip, lang, cols)), slip.language
        if document in (JobDocument.RECEIPT, JobDocument.INSTALLMENT):
            sale = documents.sale(ctx, subject_id)
            if document is JobDocument.INSTALLMENT:
                if sale.credit is None:
                    raise NotFound("this sale has no credit or installment to summarise")
                return (lambda lang, cols: installment.build(sale, lang, cols)), None
            return (lambda lang, cols: receipt.build(sale, lang, cols)), None
        if document is JobDocument.ACCESS_REPORT:
            # Printing it again shows the data again: audited as an access, not a new request.
            report = reports.access_report(ctx, subject_id, as_subject_request=False)
            return (lambda lang, cols: access_report.build(report, lang, cols)), None
        view = documents.request_confirmation(ctx, subject_id)
        return (lambda lang, cols: confirmation_doc.build(view, lang, cols)), None

    def _print_record(
        self,
        document: JobDocument,
        subject_id: uuid.UUID,
        language: str | None,
        *,
        render: Render | None = None,
    ) -> PrintOutcome:
        what = WHAT[document]
        with self._lock:
            try:
                config, model = self._printer()
                own_language: str | None = None
                if render is None:
                    render, own_language = self._render_record(document, subject_id)
                lang = check_language(language or own_language or config.language)
                data = encode(render(lang, model.columns), model)
                job = print_jobs.queue_job(self._ctx, document, subject_id, lang)
            except PosError as exc:
                return PrintOutcome(False, f"{what} not printed: {exc}")
            except Exception:
                log.exception("laying out the %s failed", what)
                return PrintOutcome(
                    False, f"{what} not printed: unexpected layout failure (see the till log)"
                )
            return self._attempt(job.id, what, config, data)

    def _retry(self, job: PrintJobView) -> tuple[PrintOutcome, bool]:
        """Print a waiting job again; the flag is True when the printer was at fault."""
        what = WHAT[job.document]
        with self._lock:
            try:
                config, model = self._printer()
            except PosError as exc:
                return PrintOutcome(False, f"{what} not printed: {exc}", job.id), True
            try:
                if job.subject_id is None:
                    raise NotFound("the job names no record")
                render, _ = self._render_record(job.document, job.subject_id)
                data = encode(render(check_language(job.language), model.columns), model)
            except NotFound as exc:
                _safe(print_jobs.cancel_job, self._ctx, job.id, f"record gone: {exc}")
                return PrintOutcome(False, f"{what} dropped from the queue: {exc}", job.id), False
            except PosError as exc:
                _safe(print_jobs.mark_failed, self._ctx, job.id, str(exc))
                return PrintOutcome(False, f"{what} not printed: {exc}", job.id), False
            except Exception:
                log.exception("laying out the %s failed", what)
                reason = "unexpected layout failure (see the till log)"
                _safe(print_jobs.mark_failed, self._ctx, job.id, reason)
                return PrintOutcome(False, f"{what} not printed: {reason}", job.id), False
            outcome = self._attempt(job.id, what, config, data)
            return outcome, not outcome.ok

    def _attempt(
        self, job_id: uuid.UUID, what: str, config: PrinterConfig, data: bytes
    ) -> PrintOutcome:
        try:
            delivery = transport.send(config, data)
        except PrinterFault as fault:
            self._problem = str(fault)
            _safe(print_jobs.mark_failed, self._ctx, job_id, str(fault))
            return PrintOutcome(
                False, f"{what} not printed: {fault}; it stays in the print queue", job_id
            )
        self._delivered(delivery)
        _safe(print_jobs.mark_done, self._ctx, job_id)
        return PrintOutcome(True, self._printed(what, delivery), job_id)

    def _delivered(self, delivery: transport.Delivery) -> None:
        self._problem = None
        self._paper_low = delivery.paper_low

    @staticmethod
    def _printed(what: str, delivery: transport.Delivery) -> str:
        return f"{what} printed" + ("; paper is running low" if delivery.paper_low else "")


def _safe(action: Callable[..., T], *args: object) -> T | None:
    """Run a queue update; a database hiccup there is logged, not raised to the cashier."""
    try:
        return action(*args)
    except PosError as exc:
        log.warning("print queue not updated: %s", exc)
        return None
