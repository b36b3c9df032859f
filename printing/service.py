"""The printing service the window and the CLI use.

Methods block (network, USB) and are meant for a worker thread, never the UI thread.
They never raise for a printer fault: they return a `PrintOutcome` with one coded line.
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
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from pos.config import TillPaths
from pos.domain.acts import DestructionAct
from pos.domain.errors import Code, Coded, NotFound, Param, PosError, message
from pos.domain.shifts import CashMoveView, ShiftView
from pos.domain.views import AccessReport, ConsentSlipView, RequestConfirmationView
from pos.services import (
    delivery_slips,
    documents,
    fiscal,
    print_jobs,
    receipts,
    reports,
    returns,
)
from pos.services.context import ServiceContext
from pos.services.credit_payments import CreditPaymentSlip
from pos.services.print_jobs import Document as JobDocument
from pos.services.print_jobs import PrintJobView
from printing import transport
from printing.config import PrinterConfig, load
from printing.docs import (
    access_report,
    consent_slip,
    credit_payment,
    delivery_slip,
    destruction_act,
    installment,
    receipt,
    return_receipt,
    shift_reports,
    staff_access,
    test_page,
)
from printing.docs import confirmation as confirmation_doc
from printing.encoder import encode
from printing.i18n import check_language
from printing.layout import Document
from printing.model import PrinterModel
from printing.outcomes import (
    Paper,
    PrinterState,
    PrinterStatus,
    PrintOutcome,
    recorded_reason,
)
from printing.transport import PrinterFault

__all__ = ["Paper", "PrintOutcome", "PrintService", "PrinterState", "PrinterStatus"]

log = logging.getLogger(__name__)
T = TypeVar("T")

# (language, columns) -> the laid-out document
Render = Callable[[str, int], Document]

WHAT = {
    JobDocument.CONSENT_SLIP: Paper.CONSENT_SLIP,
    JobDocument.RECEIPT: Paper.RECEIPT,
    JobDocument.INSTALLMENT: Paper.INSTALLMENT,
    JobDocument.ACCESS_REPORT: Paper.ACCESS_REPORT,
    JobDocument.CONFIRMATION: Paper.CONFIRMATION,
    JobDocument.DELIVERY_SLIP: Paper.DELIVERY_SLIP,
}
_LAYOUT_FAILED = message(Code.PRINT_LAYOUT_FAILED)


def _outcome(ok: bool, code: Code, job: uuid.UUID | None = None, **params: Param) -> PrintOutcome:
    return PrintOutcome(ok, code, params, job)


def _failed(what: Paper | str, reason: Coded, job_id: uuid.UUID | None = None) -> PrintOutcome:
    return _outcome(False, Code.PRINT_NOT_PRINTED, job_id, what=what, reason=reason)


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
        self._problem: PrinterFault | None = None
        self._paper_low = False
        # Per printer URL: True once it answered a status query, False once it let one
        # time out and printed without (asked no more, so each job does not wait).
        self._answers: dict[str, bool] = {}

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
            Paper.CONSENT_SLIP,
            lambda lang, cols: consent_slip.build(slip, lang, cols),
            language or slip.language,
            on_fault=Code.PRINT_SLIP_NOT_PRINTED,
        )

    def reprint_consent_slip(
        self, consent_id: uuid.UUID, language: str | None = None
    ) -> PrintOutcome:
        """Print a recorded consent's slip again, rebuilt from the stored consent."""
        return self._print_record(JobDocument.CONSENT_SLIP, consent_id, language)

    def print_credit_payment(
        self, slip: CreditPaymentSlip, language: str | None = None
    ) -> PrintOutcome:
        """Print a repayment's receipt (the repayment is recorded; the receipt keeps no job:
        the arrangement's history is in the audit and at head office)."""
        if language is None:
            try:
                language = self._load_config(self._ctx).language
            except PosError as exc:
                return _failed(Paper.CREDIT_PAYMENT, exc)
        return self.print_transient(
            Paper.CREDIT_PAYMENT,
            lambda lang, cols: credit_payment.build(slip, lang, cols),
            language,
        )

    def print_destruction_act(self, act: DestructionAct, language: str) -> PrintOutcome:
        """Print the act of a destruction (no personal data, so no job is kept)."""
        return self.print_transient(
            Paper.DESTRUCTION_ACT,
            lambda lang, cols: destruction_act.build(act, lang, cols),
            language,
        )

    def print_staff_access(
        self, sheet: staff_access.StaffAccessSheet, language: str | None = None
    ) -> PrintOutcome:
        """Print the staff access list already read (and audited), in `language` or the
        printer's. No job is kept: another copy reads (and audits) the list again."""
        if language is None:
            try:
                language = self._load_config(self._ctx).language
            except PosError as exc:
                return _failed(Paper.STAFF_ACCESS, exc)
        return self.print_transient(
            Paper.STAFF_ACCESS,
            lambda lang, cols: staff_access.build(sheet, lang, cols),
            language,
        )

    def print_receipt(self, sale_id: uuid.UUID, language: str | None = None) -> PrintOutcome:
        """Print the receipt of a recorded sale (a job first, then the attempt)."""
        return self._print_record(JobDocument.RECEIPT, sale_id, language)

    def print_receipt_copy(self, sale_id: uuid.UUID, language: str | None = None) -> PrintOutcome:
        """Print a receipt again, marked COPY (no job: the copy is not owed to anyone)."""
        try:
            view = receipts.receipt_copy(self._ctx, sale_id)
            part = fiscal.receipt_part(self._ctx, sale_id)
            lang = language or self._load_config(self._ctx).language
        except PosError as exc:
            return _failed(Paper.RECEIPT, exc)
        return self.print_transient(
            Paper.RECEIPT, lambda lang, cols: receipt.build(view, lang, cols, fiscal=part), lang
        )

    def print_return(
        self, return_id: uuid.UUID, language: str | None = None, *, copy: bool = False
    ) -> list[PrintOutcome]:
        """Print a return receipt; for a credit or installment sale also the bank's act."""
        try:
            view = returns.return_view(self._ctx, return_id, copy=copy)
            part = fiscal.receipt_part(self._ctx, return_id)
            lang = language or self._load_config(self._ctx).language
        except PosError as exc:
            return [_failed(Paper.RETURN_RECEIPT, exc)]
        outcomes = [
            self.print_transient(
                Paper.RETURN_RECEIPT,
                lambda lg, cols: return_receipt.build(view, lg, cols, fiscal=part),
                lang,
            )
        ]
        if view.credit is not None:
            outcomes.append(
                self.print_transient(
                    Paper.RETURN_ACT,
                    lambda lg, cols: return_receipt.build_act(view, lg, cols),
                    lang,
                )
            )
        return outcomes

    def print_delivery_slip(self, sale_id: uuid.UUID, language: str | None = None) -> PrintOutcome:
        """Print the courier's slip of a delivery sale (a job first: it waits like a receipt)."""
        return self._print_record(JobDocument.DELIVERY_SLIP, sale_id, language)

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

    def print_shift_report(
        self, view: ShiftView, *, z: bool, language: str | None = None
    ) -> PrintOutcome:
        """Print the X report (z=False) or the Z report of a shift already read; another
        copy is printed from the figures again (no job is kept)."""
        what = Paper.Z_REPORT if z else Paper.X_REPORT
        build = shift_reports.build_z if z else shift_reports.build_x
        return self._print_in_printer_language(
            what, lambda lang, cols: build(view, lang, cols), language
        )

    def print_cash_slip(self, move: CashMoveView, language: str | None = None) -> PrintOutcome:
        """Print the slip of a cash move (the drawer's paper trail)."""
        return self._print_in_printer_language(
            Paper.CASH_SLIP,
            lambda lang, cols: shift_reports.build_cash_slip(move, lang, cols),
            language,
        )

    def _print_in_printer_language(
        self, what: Paper, render: Render, language: str | None
    ) -> PrintOutcome:
        if language is None:
            try:
                language = self._load_config(self._ctx).language
            except PosError as exc:
                return _failed(what, exc)
        return self.print_transient(what, render, language)

    # --- the queue ------------------------------------------------------------------------

    def retry_pending(self) -> list[PrintOutcome]:
        """Print the waiting jobs, oldest first; stop at the first printer fault."""
        outcomes: list[PrintOutcome] = []
        try:
            jobs = print_jobs.waiting_jobs(self._ctx)
        except PosError as exc:
            return [_outcome(False, Code.PRINT_QUEUE_UNREAD, reason=exc)]
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
            return PrintOutcome(False, exc.code, exc.params)
        if job.status.value not in print_jobs.WAITING:
            return _outcome(
                False, Code.PRINT_JOB_NOT_WAITING, job_id, job_id=job_id, status=job.status
            )
        return self._retry(job)[0]

    def pending_count(self) -> int:
        """How many jobs wait in the queue (pending or failed)."""
        try:
            return print_jobs.waiting_count(self._ctx)
        except PosError:
            return 0

    def status(self) -> PrinterStatus:
        """The printer's state for the status bar (reads the queue, never the printer)."""
        try:
            config = self._load_config(self._ctx)
        except PosError as exc:
            return PrinterStatus(PrinterState.SETTING_INVALID, reason=exc)
        if not config.configured:
            return PrinterStatus(PrinterState.NOT_SET)
        waiting = self.pending_count()
        if waiting:
            reason: Coded | None = self._problem
            if reason is None:
                # After a restart only the queue knows why: its reason as it was recorded.
                recorded = _safe(print_jobs.last_failure, self._ctx)
                if recorded:
                    reason = recorded_reason(recorded) or message(
                        Code.RECORDED_REASON, reason=recorded
                    )
            return PrinterStatus(PrinterState.WAITING, waiting, reason)
        if self._problem:
            return PrinterStatus(PrinterState.FAULT, reason=self._problem)
        return PrinterStatus(PrinterState.PAPER_LOW if self._paper_low else PrinterState.OK)

    def test_print(self, setting: Mapping[str, Any] | None = None) -> PrintOutcome:
        """Print the test page (code pages, width, QR, cut) on the configured printer, or
        on `setting` (the printer setting as typed in the settings dialog, not saved yet:
        POS_PRINTER does not override it, since the admin is trying that address)."""
        try:
            if setting is None:
                config = self._load_config(self._ctx)
            else:
                config = load(self._ctx, setting=setting, environment=False)
        except PosError as exc:
            return _failed(Paper.TEST_PAGE, exc)
        return self.print_transient(
            Paper.TEST_PAGE,
            lambda lang, cols: test_page.build(config.url, config.model(), lang),
            config.language,
            config=config,
        )

    # --- internals ------------------------------------------------------------------------

    def print_transient(
        self,
        what: Paper | str,
        render: Render,
        language: str,
        *,
        on_fault: Code = Code.PRINT_NOT_PRINTED,
        config: PrinterConfig | None = None,
    ) -> PrintOutcome:
        """Print a document that has no record behind it (no job is kept).

        `what` is a Paper, or a plain name for the CLI's samples; `on_fault` is the outcome
        when the printer fails (the consent slip's says what to do instead); `config` a
        printer other than the configured one (the test print of a typed address)."""
        with self._lock:
            try:
                config, model = self._printer(config)
                data = encode(render(check_language(language), model.columns), model)
            except PosError as exc:
                return _failed(what, exc)
            except Exception:
                log.exception("laying out the %s failed", what)
                return _failed(what, _LAYOUT_FAILED)
            try:
                delivery = self._send(config, data)
            except PrinterFault as fault:
                self._problem = fault
                return _outcome(False, on_fault, what=what, reason=fault)
            self._delivered(delivery)
            return self._printed(what, delivery)

    def _printer(self, config: PrinterConfig | None = None) -> tuple[PrinterConfig, PrinterModel]:
        config = config or self._load_config(self._ctx)
        if not config.configured:
            raise NotFound(Code.PRINTER_NOT_SET)
        return config, config.model()

    def _render_named(
        self, document: JobDocument, subject_id: uuid.UUID
    ) -> tuple[Render, str | None, Paper]:
        """How to lay out a stored record, the language it asks for (if any), and the
        paper's name (a credit's summary is not an installment's)."""
        if document is JobDocument.INSTALLMENT:
            sale = documents.sale(self._ctx, subject_id)
            if sale.credit is None:
                raise NotFound(Code.PRINT_NO_CREDIT)
            return (
                (lambda lang, cols: installment.build(sale, lang, cols)),
                None,
                installment.paper_for(sale.credit.kind),
            )
        render, language = self._render_any(document, subject_id)
        return render, language, WHAT[document]

    def _render_any(
        self, document: JobDocument, subject_id: uuid.UUID
    ) -> tuple[Render, str | None]:
        ctx = self._ctx
        if document is JobDocument.CONSENT_SLIP:
            slip = documents.consent_slip(ctx, subject_id)
            return (lambda lang, cols: consent_slip.build(slip, lang, cols)), slip.language
        if document is JobDocument.RECEIPT:
            sale = documents.sale(ctx, subject_id)
            part = fiscal.receipt_part(ctx, subject_id)
            return (lambda lang, cols: receipt.build(sale, lang, cols, fiscal=part)), None
        if document is JobDocument.DELIVERY_SLIP:
            courier = delivery_slips.delivery_slip(ctx, subject_id)
            return (lambda lang, cols: delivery_slip.build(courier, lang, cols)), None
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
                    render, own_language, what = self._render_named(document, subject_id)
                lang = check_language(language or own_language or config.language)
                data = encode(render(lang, model.columns), model)
                job = print_jobs.queue_job(self._ctx, document, subject_id, lang)
            except PosError as exc:
                return _failed(what, exc)
            except Exception:
                log.exception("laying out the %s failed", what)
                return _failed(what, _LAYOUT_FAILED)
            return self._attempt(job.id, what, config, data)

    def _retry(self, job: PrintJobView) -> tuple[PrintOutcome, bool]:
        """Print a waiting job again; the flag is True when the printer was at fault."""
        what = WHAT[job.document]
        with self._lock:
            try:
                config, model = self._printer()
            except PosError as exc:
                return _failed(what, exc, job.id), True
            try:
                if job.subject_id is None:
                    raise NotFound(Code.PRINT_JOB_NO_RECORD)
                render, _, what = self._render_named(job.document, job.subject_id)
                data = encode(render(check_language(job.language), model.columns), model)
            except NotFound as exc:
                _safe(print_jobs.cancel_job, self._ctx, job.id, f"record gone: {exc}")
                return _outcome(False, Code.PRINT_DROPPED, job.id, what=what, reason=exc), False
            except PosError as exc:
                _safe(print_jobs.mark_failed, self._ctx, job.id, str(exc))
                return _failed(what, exc, job.id), False
            except Exception:
                log.exception("laying out the %s failed", what)
                _safe(print_jobs.mark_failed, self._ctx, job.id, str(_LAYOUT_FAILED))
                return _failed(what, _LAYOUT_FAILED, job.id), False
            outcome = self._attempt(job.id, what, config, data)
            return outcome, not outcome.ok

    def _attempt(
        self, job_id: uuid.UUID, what: Paper, config: PrinterConfig, data: bytes
    ) -> PrintOutcome:
        try:
            delivery = self._send(config, data)
        except PrinterFault as fault:
            self._problem = fault
            _safe(print_jobs.mark_failed, self._ctx, job_id, str(fault))
            return _outcome(False, Code.PRINT_NOT_PRINTED_QUEUED, job_id, what=what, reason=fault)
        self._delivered(delivery)
        _safe(print_jobs.mark_done, self._ctx, job_id)
        return self._printed(what, delivery, job_id)

    def _send(self, config: PrinterConfig, data: bytes) -> transport.Delivery:
        """Send with the status check, unless this printer was found not to answer it;
        the first time it does not, print without it (said once, in the outcome)."""
        url = transport.describe(config.url)
        known = self._answers.get(url)
        delivery = transport.send(
            config, data, ask_status=known is not False, fallback=known is None
        )
        if delivery.status_unanswered:
            self._answers[url] = False
        elif known is None:
            self._answers[url] = True
        return delivery

    def _delivered(self, delivery: transport.Delivery) -> None:
        self._problem = None
        self._paper_low = delivery.paper_low

    @staticmethod
    def _printed(
        what: Paper | str, delivery: transport.Delivery, job_id: uuid.UUID | None = None
    ) -> PrintOutcome:
        if delivery.status_unanswered:
            code = Code.PRINT_PRINTED_NO_STATUS
        elif delivery.paper_low:
            code = Code.PRINT_PRINTED_PAPER_LOW
        else:
            code = Code.PRINT_PRINTED
        return _outcome(True, code, job_id, what=what)


def _safe(action: Callable[..., T], *args: object) -> T | None:
    """Run a queue update; a database hiccup there is logged, not raised to the cashier."""
    try:
        return action(*args)
    except PosError as exc:
        log.warning("print queue not updated: %s", exc)
        return None
