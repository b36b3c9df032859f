"""Privacy commands: the buyer's requests, retention, requests log, credits (statistics:
stats_cmds)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pos.domain.buyer import BuyerData
from pos.domain.enums import PaymentMethod, Purpose, RequestKind
from pos.domain.errors import Code, ValidationError
from pos.domain.minimization import BUYER_FIELDS
from pos.domain.money import format_tiyn
from pos.domain.payment import parse_tenge
from till.cli.common import open_till, parse_date, parse_id

PURPOSES = ", ".join(p.value for p in Purpose)


def _purpose(text: str) -> Purpose:
    try:
        return Purpose(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"unknown purpose {text!r}; purposes are: {PURPOSES}"
        ) from None


def register_buyer_actions(bsub: Any) -> None:
    w = bsub.add_parser("withdraw", help="withdraw consent per purpose or fully")
    w.add_argument("id")
    group = w.add_mutually_exclusive_group(required=True)
    group.add_argument("--purpose", action="append", type=_purpose, help=f"one of: {PURPOSES}")
    group.add_argument("--all", action="store_true", help="withdraw every purpose")
    w.add_argument(
        "--reference", help="the buyer's application number and date, if written (no personal data)"
    )
    w.set_defaults(handler=cmd_withdraw)

    r = bsub.add_parser("refuse", help="record a written refusal (policy 5.2)")
    r.add_argument("id")
    r.add_argument(
        "--reference",
        required=True,
        help="the written refusal's document reference (number, date), not personal data",
    )
    r.set_defaults(handler=cmd_refuse)

    d = bsub.add_parser("destroy", help="destroy a buyer's personal data now (store admin)")
    d.add_argument("id")
    d.add_argument(
        "--reason",
        required=True,
        help="why: a document reference (request number, directive), not a name or phone",
    )
    d.add_argument(
        "--act",
        type=Path,
        metavar="FILE",
        help="also write the destruction act (no personal data) to FILE, to print and sign",
    )
    d.add_argument("--lang", choices=("ru", "kk", "en"), default="ru", help="the act's language")
    d.set_defaults(handler=cmd_destroy)

    c = bsub.add_parser("correct", help="correct a buyer's data (rectification)")
    c.add_argument("id")
    for name in BUYER_FIELDS:
        kind = parse_date if name in ("birth_date", "id_doc_issue_date") else str
        c.add_argument(f"--{name.replace('_', '-')}", dest=name, type=kind)
    c.set_defaults(handler=cmd_correct)


def register(sub: Any) -> None:
    rt = sub.add_parser("retention", help="retention of personal data")
    rsub = rt.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    rr = rsub.add_parser(
        "run", help="expire outlived consents and destroy what is no longer justified"
    )
    rr.set_defaults(handler=cmd_retention_run)

    rq = sub.add_parser("requests", help="the log of buyers' requests and when each was answered")
    qsub = rq.add_subparsers(dest="requests_command", metavar="ACTION", required=True)
    ql = qsub.add_parser("list", help="list requests (no personal data)")
    ql.add_argument("--kind", choices=[k.value for k in RequestKind])
    ql.add_argument("--from", dest="date_from", type=parse_date)
    ql.set_defaults(handler=cmd_requests_list)

    cr = sub.add_parser("credit", help="credit and installment arrangements")
    csub = cr.add_subparsers(dest="credit_command", metavar="ACTION", required=True)
    cl = csub.add_parser("list", help="list arrangements")
    cl.add_argument("--buyer", help="only this buyer's")
    cl.add_argument("--active", action="store_true", help="only outstanding ones")
    cl.set_defaults(handler=cmd_credit_list)
    cp = csub.add_parser("pay", help="record a repayment reported by the bank")
    cp.add_argument("id")
    amount = cp.add_mutually_exclusive_group(required=True)
    amount.add_argument("--amount", help="in tenge, e.g. 12345.50")
    amount.add_argument("--full", action="store_true", help="the whole outstanding amount")
    cp.add_argument(
        "--method",
        choices=["cash", "card"],
        default="cash",
        help="how the buyer pays (cash goes into the open shift's drawer; default cash)",
    )
    cp.set_defaults(handler=cmd_credit_pay)


def _print_confirmation(c: Any, tz: str) -> None:
    when = c.at.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M")
    done = ", ".join(p.value for p in c.purposes) or "-"
    print(f"{c.kind.value} {c.outcome.value} at {when}: {done}")
    if c.kept_purposes:
        print(f"kept for the outstanding obligation: {', '.join(p.value for p in c.kept_purposes)}")
    elif c.erased_now:
        print("the data only these purposes needed is erased now")
    if c.detail:
        print(c.detail)
    print(f"request {c.request_id}")
    _print_slips(c.slips_to_destroy)


def _print_slips(slips: tuple[str, ...]) -> None:
    """Which signed paper slips staff must destroy along with the data."""
    if not slips:
        return
    print(f"destroy these paper consent slips ({len(slips)}):")
    for number in slips:
        print(f"  {number}")


def cmd_withdraw(args: argparse.Namespace) -> int:
    from pos.domain.errors import Refused
    from pos.services.privacy import withdraw

    buyer_id = parse_id(args.id)
    purposes = None if args.all else list(dict.fromkeys(args.purpose))
    with open_till() as till:
        try:
            result = withdraw(till.context(), buyer_id, purposes, reference=args.reference)
        except Refused as refusal:
            # Blocked by an outstanding obligation: the buyer gets the reason and the date
            # it lasts until on paper (when a printer is set); the exit stays 1.
            request_id = getattr(refusal, "request_id", None)
            if request_id is not None:
                _print_refusal(till, request_id)
            raise
    _print_confirmation(result, result.timezone)
    return 0


def _print_refusal(till: Any, request_id: Any) -> None:
    from pos.services.documents import request_confirmation

    view = request_confirmation(till.context(), request_id)
    _print_paper(till, lambda service: service.print_confirmation(view))


def cmd_refuse(args: argparse.Namespace) -> int:
    from pos.services.privacy import refuse_in_writing

    buyer_id = parse_id(args.id)
    with open_till() as till:
        result = refuse_in_writing(till.context(), buyer_id, args.reference)
    _print_confirmation(result, result.timezone)
    return 0


def cmd_destroy(args: argparse.Namespace) -> int:
    from pos.services.privacy import destroy_buyer

    buyer_id = parse_id(args.id)
    if args.act is not None and args.act.is_dir():
        raise ValidationError(Code.CLI_IS_FOLDER, path=str(args.act))
    with open_till() as till:
        act = destroy_buyer(till.context(), buyer_id, reason=args.reason, expressed_by="request")
    print(f"buyer {buyer_id}: personal data destroyed")
    if act.slips:
        _print_slips(act.slips)
    else:
        print("no paper consent slips to destroy")
    if args.act is not None:
        from printing.docs import destruction_act

        text = "\n".join(destruction_act.build(act, args.lang, 48).lines()) + "\n"
        args.act.write_text(text, encoding="utf-8")
        print(f"destruction act {act.number} written to {args.act}")
    return 0


def cmd_correct(args: argparse.Namespace) -> int:
    from pos.services.privacy import rectify

    buyer_id = parse_id(args.id)
    changes = BuyerData(**{f: getattr(args, f) for f in BUYER_FIELDS})
    if not changes.given_fields():
        raise ValidationError(Code.CLI_CORRECT_NOTHING)
    with open_till() as till:
        rectify(till.context(), buyer_id, changes)
    print(f"corrected: {', '.join(sorted(changes.given_fields()))}")
    return 0


def cmd_retention_run(args: argparse.Namespace) -> int:
    from pos.services.retention import SENT_EVENTS_KEPT_DAYS
    from pos.services.retention_schedule import run_now

    # Through the schedule: one run at a time on the till, remembered and sent to head office.
    with open_till() as till:
        r = run_now(till.context())
    print(
        f"expired {r.purposes_expired} consents; destroyed {r.buyers_destroyed} buyers; "
        f"{r.buyers_kept} kept for outstanding credit; "
        f"{r.sent_events_pruned} events head office acknowledged over "
        f"{SENT_EVENTS_KEPT_DAYS} days ago removed"
    )
    return 0


def cmd_requests_list(args: argparse.Namespace) -> int:
    from pos.services.requests import list_requests

    with open_till() as till:
        rows, tz = list_requests(till.context(), kind=args.kind, date_from=args.date_from)
    zone = ZoneInfo(tz)
    for r in rows:
        received = r.received_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        answered = (
            r.answered_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
            if r.answered_at
            else "pending"
        )
        print(
            f"{r.id}\t{r.kind.value}\t{received}\t{answered}\t{r.outcome.value}\t{r.detail or ''}".rstrip()
        )
    return 0


def cmd_credit_list(args: argparse.Namespace) -> int:
    from pos.services.credits import list_credits

    buyer_id = parse_id(args.buyer) if args.buyer else None
    with open_till() as till:
        rows = list_credits(till.context(), buyer_id=buyer_id, active_only=args.active)
    for c in rows:
        print(
            f"{c.id}\t{c.kind.value}\t{c.partner_bank}\t{c.term_months} mo\t"
            f"outstanding {format_tiyn(c.outstanding_tiyn)}\t{c.status.value}"
        )
    return 0


def cmd_credit_pay(args: argparse.Namespace) -> int:
    from pos.services.credit_payments import pay
    from pos.services.credits import outstanding

    credit_id = parse_id(args.id, "credit arrangement id")
    with open_till() as till:
        ctx = till.context()
        amount = outstanding(ctx, credit_id) if args.full else parse_tenge(args.amount)
        slip = pay(ctx, credit_id, amount, PaymentMethod(args.method))
        print(
            f"{slip.kind.value} of receipt {slip.receipt_no}: paid {format_tiyn(slip.amount_tiyn)}, "
            f"outstanding {format_tiyn(slip.outstanding_tiyn)} ({slip.status.value})"
        )
        _print_paper(till, lambda service: service.print_credit_payment(slip))
    return 0


def _print_paper(till: Any, job: Any) -> None:
    """Print a paper for the buyer when a printer is set (else say nothing: the record
    stands, and the command line may run where no printer is)."""
    from printing.config import load
    from till.app import printer_service

    try:
        configured = load(till.context()).configured
    except Exception:  # a printer setting that does not read: the outcome would say so
        configured = True
    if configured:
        print(job(printer_service(till)).message)
