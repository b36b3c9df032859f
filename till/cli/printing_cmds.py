"""`pos print-sample DOC [--lang L]` and `pos print-queue list|retry|cancel`."""

from __future__ import annotations

import argparse
import sys
from typing import Any
from zoneinfo import ZoneInfo

from pos.domain.errors import Code, Refused
from till.cli.common import open_till, parse_id

SAMPLE_DOCUMENTS = (
    "consent-slip",
    "receipt",
    "installment",
    "access-report",
    "withdrawal",
    "refusal",
    "test-page",
    "delivery-slip",
)
LANGUAGES = ("ru", "kk", "en")


def register(sub: Any) -> None:
    """Add the printing commands to the `pos` parser."""
    p = sub.add_parser("print-sample", help="print a document with demo data (store setup)")
    p.add_argument(
        "document", choices=SAMPLE_DOCUMENTS, metavar="DOC", help=", ".join(SAMPLE_DOCUMENTS)
    )
    p.add_argument("--lang", choices=LANGUAGES, help="document language (default: the printer's)")
    p.set_defaults(handler=cmd_print_sample)

    q = sub.add_parser("print-queue", help="documents waiting for the printer")
    qsub = q.add_subparsers(dest="queue_command", metavar="ACTION", required=True)
    ql = qsub.add_parser("list", help="waiting jobs (or all recent ones with --all)")
    ql.add_argument("--all", action="store_true", help="also jobs printed or dropped")
    ql.add_argument("--limit", type=int, default=50)
    ql.set_defaults(handler=cmd_queue_list)
    qr = qsub.add_parser("retry", help="print waiting jobs again (all, or one by id)")
    qr.add_argument("job", nargs="?", help="a job id; default: every waiting job")
    qr.set_defaults(handler=cmd_queue_retry)
    qc = qsub.add_parser("cancel", help="drop a waiting job (the record itself stays)")
    qc.add_argument("job")
    qc.set_defaults(handler=cmd_queue_cancel)


def cmd_print_sample(args: argparse.Namespace) -> int:
    """`pos print-sample DOC [--lang L]`."""
    from pos.services import settings
    from till.app import print_sample

    with open_till(person=False) as till:
        messages: list[str] = []
        language = args.lang or settings.read(till.context(), settings.PRINTER).get("language")
        code = print_sample(till, args.document, language or "ru", messages.append)
    for message in messages:
        if code == 0:
            print(message)
        else:
            print(f"pos: {message}", file=sys.stderr)
    return code


def cmd_queue_list(args: argparse.Namespace) -> int:
    """`pos print-queue list [--all]`: id, created, document, language, status, attempts, reason."""
    from pos.services import print_jobs

    with open_till(person=False) as till:
        ctx = till.context()
        jobs = (
            print_jobs.recent_jobs(ctx, limit=args.limit)
            if args.all
            else print_jobs.waiting_jobs(ctx, limit=args.limit)
        )
        zone = ZoneInfo(_timezone(till))
    for job in jobs:
        created = job.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        reason = f"\t{job.last_error}" if job.last_error else ""
        print(
            f"{job.id}\t{created}\t{job.document.value}\t{job.language}\t"
            f"{job.status.value}\t{job.attempts}{reason}"
        )
    if not jobs:
        print("no print jobs waiting" if not args.all else "no print jobs")
    return 0


def _timezone(till: Any) -> str:
    from pos.services.lookups import store_info

    with till.db.read_session() as session:
        return str(store_info(session, till.context().actor).timezone)


def cmd_queue_retry(args: argparse.Namespace) -> int:
    """`pos print-queue retry [JOB]`: exit 1 if any job is still not printed."""
    from till.app import printer_service

    with open_till() as till:
        service = printer_service(till)
        outcomes = (
            [service.retry_job(parse_id(args.job, "print job id"))]
            if args.job
            else service.retry_pending()
        )
    if not outcomes:
        print("no print jobs waiting")
        return 0
    for outcome in outcomes:
        if outcome.ok:
            print(f"{outcome.job_id}\t{outcome.message}")
        else:
            print(f"pos: {outcome.job_id}: {outcome.message}", file=sys.stderr)
    return 0 if all(o.ok for o in outcomes) else 1


def cmd_queue_cancel(args: argparse.Namespace) -> int:
    """`pos print-queue cancel JOB`: drop a waiting job; the record stays."""
    from pos.services import print_jobs

    job_id = parse_id(args.job, "print job id")
    with open_till() as till:
        ctx = till.context()
        job = print_jobs.get_job(ctx, job_id)
        if job.status.value not in print_jobs.WAITING:
            raise Refused(Code.PRINT_JOB_NOT_WAITING, job_id=job_id, status=job.status)
        print_jobs.cancel_job(ctx, job_id, "cancelled by staff")
    print(f"{job_id}\tcancelled")
    return 0
