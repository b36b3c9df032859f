"""The print queue: which documents are waiting, failed or printed. No printer code here.

A job holds references (document kind, record id, language), never the document, so no
personal data is copied into it: a retry rebuilds the document from the records. The
consent or sale was committed before its job, so a failed job never loses a record.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select

from pos.domain.enums import Role
from pos.domain.errors import Code, NotFound, ValidationError
from pos.domain.masking import scrub
from pos.services.context import Action, ServiceContext
from pos.services.uow import UnitOfWork
from pos.storage.models import PrintJob

MAX_REASON = 300


class Document(StrEnum):
    """The documents a job can print (stored in `print_jobs.document`)."""

    CONSENT_SLIP = "consent-slip"
    RECEIPT = "receipt"
    INSTALLMENT = "installment"
    ACCESS_REPORT = "access-report"
    CONFIRMATION = "confirmation"
    DELIVERY_SLIP = "delivery-slip"


# The entity a job's subject id names, for the audit entry.
SUBJECT_ENTITY = {
    Document.CONSENT_SLIP: "consent",
    Document.RECEIPT: "sale",
    Document.INSTALLMENT: "sale",
    Document.ACCESS_REPORT: "buyer",
    Document.CONFIRMATION: "subject_request",
    Document.DELIVERY_SLIP: "sale",
}


class JobStatus(StrEnum):
    """Where a job is in the queue."""

    PENDING = "pending"  # queued, not yet tried (or the till stopped while printing)
    FAILED = "failed"  # tried; `last_error` says why; retried on request
    DONE = "done"
    CANCELLED = "cancelled"  # given up: the record is gone, or staff dropped it


WAITING = (JobStatus.PENDING.value, JobStatus.FAILED.value)


@dataclass(frozen=True, slots=True)
class PrintJobView:
    """A print job as the UI and the CLI show it."""

    id: uuid.UUID
    document: Document
    subject_id: uuid.UUID | None
    language: str
    status: JobStatus
    attempts: int
    last_error: str | None
    created_at: dt.datetime
    printed_at: dt.datetime | None


def _view(job: PrintJob) -> PrintJobView:
    return PrintJobView(
        id=job.id,
        document=Document(job.document),
        subject_id=job.subject_id,
        language=job.language,
        status=JobStatus(job.status),
        attempts=job.attempts,
        last_error=job.last_error,
        created_at=job.created_at,
        printed_at=job.printed_at,
    )


def one_line(reason: str) -> str:
    """A failure reason as stored: one line, masked, at most 300 characters."""
    return scrub(" ".join(reason.split()))[:MAX_REASON] or "unknown reason"


def queue_job(
    ctx: ServiceContext, document: Document, subject_id: uuid.UUID | None, language: str
) -> PrintJobView:
    """Queue a document for printing; returns the pending job."""
    ctx.actor.require(Role.CASHIER, Action.PRINT)
    if len(language) > 8 or not language:
        raise ValidationError(Code.PRINT_LANGUAGE_INVALID, field="language")
    with UnitOfWork(ctx) as uow:
        job = PrintJob(
            document=Document(document).value,
            subject_id=subject_id,
            language=language,
            status=JobStatus.PENDING.value,
            attempts=0,
            created_at=uow.now,
        )
        uow.session.add(job)
        uow.flush()
        view = _view(job)
        uow.commit()
    return view


def _finish(
    ctx: ServiceContext, job_id: uuid.UUID, status: JobStatus, reason: str | None, action: str
) -> PrintJobView:
    ctx.actor.require(Role.CASHIER, Action.PRINT)
    with UnitOfWork(ctx) as uow:
        job = uow.session.get(PrintJob, job_id)
        if job is None:
            raise NotFound(Code.PRINT_JOB_NOT_FOUND, job_id=job_id)
        if status is not JobStatus.CANCELLED:
            job.attempts += 1
        job.status = status.value
        job.last_error = one_line(reason) if reason is not None else None
        if status is JobStatus.DONE:
            job.printed_at = uow.now
        document = Document(job.document)
        entities: dict[str, object] = {"print_job": job.id}
        if job.subject_id is not None:
            entities[SUBJECT_ENTITY[document]] = job.subject_id
        uow.audit(action, entities, [f"document:{document.value}"])
        uow.flush()
        view = _view(job)
        uow.commit()
    return view


def mark_done(ctx: ServiceContext, job_id: uuid.UUID) -> PrintJobView:
    """The printer took the job."""
    return _finish(ctx, job_id, JobStatus.DONE, None, "print.done")


def mark_failed(ctx: ServiceContext, job_id: uuid.UUID, reason: str) -> PrintJobView:
    """The printer did not take the job; it stays in the queue with its one-line reason."""
    return _finish(ctx, job_id, JobStatus.FAILED, reason, "print.failed")


def cancel_job(ctx: ServiceContext, job_id: uuid.UUID, reason: str) -> PrintJobView:
    """Give up a waiting job (its record is gone, or staff no longer want it)."""
    return _finish(ctx, job_id, JobStatus.CANCELLED, reason, "print.cancelled")


def get_job(ctx: ServiceContext, job_id: uuid.UUID) -> PrintJobView:
    """One job by id (NotFound if there is none)."""
    with ctx.db.read_session() as session:
        job = session.get(PrintJob, job_id)
        if job is None:
            raise NotFound(Code.PRINT_JOB_NOT_FOUND, job_id=job_id)
        return _view(job)


def waiting_jobs(ctx: ServiceContext, limit: int = 100) -> list[PrintJobView]:
    """Jobs still to print (pending or failed), oldest first."""
    with ctx.db.read_session() as session:
        rows = session.scalars(
            select(PrintJob)
            .where(PrintJob.status.in_(WAITING))
            .order_by(PrintJob.created_at, PrintJob.id)
            .limit(limit)
        ).all()
        return [_view(r) for r in rows]


def recent_jobs(
    ctx: ServiceContext, *, status: JobStatus | None = None, limit: int = 50
) -> list[PrintJobView]:
    """The newest jobs (optionally of one status), newest first."""
    with ctx.db.read_session() as session:
        query = select(PrintJob).order_by(PrintJob.created_at.desc(), PrintJob.id).limit(limit)
        if status is not None:
            query = query.where(PrintJob.status == status.value)
        return [_view(r) for r in session.scalars(query).all()]


def waiting_count(ctx: ServiceContext) -> int:
    """How many jobs are still to print."""
    with ctx.db.read_session() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(PrintJob).where(PrintJob.status.in_(WAITING))
            )
            or 0
        )


def last_failure(ctx: ServiceContext) -> str | None:
    """The reason of the newest failed job still waiting, if any."""
    with ctx.db.read_session() as session:
        return session.scalar(
            select(PrintJob.last_error)
            .where(PrintJob.status == JobStatus.FAILED.value)
            .order_by(PrintJob.created_at.desc())
            .limit(1)
        )
