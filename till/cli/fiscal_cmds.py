"""`pos settings fiscal ...`, `pos fiscal status|drain|retry`: the cash register connection.

The password and API key come from POS_FISCAL_PASSWORD / POS_FISCAL_API_KEY or the OS
keyring; `--keyring` copies the environment's values into the keyring. Neither is ever
written to the database or printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import signal
import sys
import threading
import uuid
from typing import Any

from pos.domain.errors import Code, PosError, ValidationError
from till.cli.common import open_till


def register_settings(ssub: Any) -> None:
    sf = ssub.add_parser("fiscal", help="the cash register (KKM) connection (store admin)")
    sf.add_argument("--provider", required=True, choices=("webkassa", "training"))
    sf.add_argument("--url", help="https://kkm.webkassa.kz (or the local module's address)")
    sf.add_argument("--cashbox", metavar="ZNK", help="the cashbox's unique (factory) number")
    sf.add_argument("--login", help="the service login of this till")
    sf.add_argument(
        "--keyring",
        action="store_true",
        help="store POS_FISCAL_PASSWORD and POS_FISCAL_API_KEY in the OS keyring",
    )
    sf.set_defaults(handler=cmd_settings_fiscal)


def register(sub: Any) -> None:
    f = sub.add_parser("fiscal", help="fiscal receipts: status, sending the queue")
    fsub = f.add_subparsers(dest="fiscal_command", metavar="ACTION", required=True)
    fs = fsub.add_parser("status", help="cashbox, shift age, offline state, pending documents")
    fs.set_defaults(handler=cmd_fiscal_status)
    fd = fsub.add_parser("drain", help="send the waiting documents to the cash register")
    fd.add_argument("--loop", action="store_true", help="keep sending until stopped")
    fd.add_argument("--interval", type=float, default=5.0, metavar="SECONDS")
    fd.set_defaults(handler=cmd_fiscal_drain)
    fr = fsub.add_parser("retry", help="send a refused document again after its fix")
    fr.add_argument("document", help="the document id `pos fiscal status` lists")
    fr.set_defaults(handler=cmd_fiscal_retry)


def fiscalize_now(till: Any, subject_id: uuid.UUID) -> None:
    """After `pos sale new` / `pos sale return`: send the waiting documents, then say what
    the cash register holds for this one (fiscal sign, or pending and why)."""
    from fiscal.connect import open_port
    from pos.domain.fiscal import FiscalState
    from pos.services import fiscal

    ctx = till.context()
    try:
        if fiscal.waiting_count(ctx):
            port = open_port(ctx)
            try:
                fiscal.drain(ctx, port)
            finally:
                port.close()
    except PosError as exc:
        print(f"fiscal: pending ({exc})")
        return
    doc = fiscal.for_subject(ctx, subject_id)
    if fiscal.is_refused(doc):
        return  # the caller says it (a refused cash out)
    if doc is None or doc.state is FiscalState.TRAINING:
        print("fiscal: training mode, not a fiscal receipt")
    elif doc.state is FiscalState.DONE and doc.result is not None:
        offline = " (autonomous mode)" if doc.result.offline else ""
        print(f"fiscal: sign {doc.result.fiscal_sign}{offline}")
    else:
        code = f" (error {doc.last_code})" if doc.last_code is not None else ""
        print(f"fiscal: pending{code}; not yet a fiscal receipt")


def fiscal_report(till: Any) -> None:
    """After `pos shift x|close`: send the queue and say whether the cash register's X/Z
    matches the till's figures (a mismatch is printed figure by figure, never hidden)."""
    from fiscal.connect import open_port
    from pos.domain.fiscal import FiscalState
    from pos.services import fiscal

    ctx = till.context()
    try:
        if fiscal.waiting_count(ctx):
            port = open_port(ctx)
            try:
                fiscal.drain(ctx, port)
            finally:
                port.close()
    except PosError as exc:
        print(f"fiscal: pending ({exc})")
        return
    last = fiscal.status(ctx).last_report
    if fiscal.status(ctx).provider.value == "training" or last is None:
        print("fiscal: training mode, no cash register report")
        return
    if last.state is not FiscalState.DONE:
        print("fiscal: the cash register's report is pending")
        return
    _say_report(last)


def _say_report(last: Any) -> None:
    till_f, kkm_f = last.report.get("till") or {}, last.report.get("kkm") or {}
    what = "Z" if last.kind.value == "z_report" else "X"
    if not last.mismatch:
        print(f"cash register {what}: matches the till")
    for name in last.mismatch:
        print(
            f"cash register {what}: {name} differs: till {till_f.get(name, '-')}, "
            f"cash register {kkm_f.get(name, '-') if kkm_f else 'answer lost'}"
        )


def cmd_settings_fiscal(args: argparse.Namespace) -> int:
    from fiscal.connect import SECRETS, secret, store_secret
    from pos.services import fiscal

    with open_till() as till:
        value = fiscal.configure(
            till.context(), args.provider, url=args.url, cashbox=args.cashbox, login=args.login
        )
    cashbox = str(value.get("cashbox", ""))
    unstored: list[str] = []
    if args.keyring:
        import os

        for name, variable in SECRETS.items():
            given = os.environ.get(variable)
            if not given:
                raise ValidationError(
                    Code.FISCAL_SECRET_MISSING, field=name, name=name, variable=variable
                )
            if not store_secret(cashbox, name, given):
                unstored.append(variable)
    print(f"fiscal settings saved: {value['provider']}")
    if unstored:
        # Said, not hidden: without it the next start finds no secret once the shell closes.
        print(f"note: no keyring on this machine; keep {' and '.join(unstored)} set")
    if args.provider == "webkassa":
        for name, variable in SECRETS.items():
            if not secret(cashbox, name):
                print(f"note: the {name} is not in the keyring or {variable} yet")
    return 0


def _age(delta: dt.timedelta | None) -> str:
    if delta is None:
        return "-"
    minutes = int(delta.total_seconds() // 60)
    return f"{minutes // 60}h {minutes % 60:02d}m"


def cmd_fiscal_status(args: argparse.Namespace) -> int:
    from pos.services import fiscal

    with open_till() as till:
        ctx = till.context()
        st = fiscal.status(ctx)
        waiting = fiscal.waiting(ctx)
    now = dt.datetime.now(dt.UTC)
    print(f"provider: {st.provider.value}")
    print(f"cashbox: {st.cashbox or '-'}")
    shift = f"{st.shift_number} (open {_age(st.shift_age(now))})" if st.shift_number else "-"
    print(f"shift: {shift}")
    offline = f"since {_age(now - st.offline_since)}" if st.offline_since else "no"
    print(f"offline: {offline}")
    oldest = _age(now - st.oldest_pending_at) if st.oldest_pending_at else "-"
    print(f"pending: {st.pending} (oldest {oldest}), refused: {st.failed}")
    last = st.last_report
    if last is not None and last.report is not None:
        till_f, kkm_f = last.report.get("till") or {}, last.report.get("kkm") or {}
        what = "Z" if last.kind.value == "z_report" else "X"
        if not last.mismatch:
            print(f"last {what}: matches the cash register")
        for name in last.mismatch:
            print(
                f"last {what}: {name} differs: till {till_f.get(name, '-')}, "
                f"cash register {kkm_f.get(name, '-') if kkm_f else 'answer lost'}"
            )
    for w in st.warnings(now):
        print(f"warning: the {w} limit is near")
    for doc in waiting[:20]:
        code = f" error {doc.last_code}" if doc.last_code is not None else ""
        print(f"  {doc.id} {doc.kind.value} {doc.state.value} {_age(now - doc.created_at)}{code}")
    return 0


def cmd_fiscal_drain(args: argparse.Namespace) -> int:
    from fiscal.connect import open_port
    from pos.services import fiscal

    with open_till(person=False) as till:
        ctx = till.context()
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        while True:
            port = open_port(ctx)
            try:
                report = fiscal.drain(ctx, port)
            finally:
                port.close()
            line = f"sent {report.sent}, recovered {report.recovered}"
            if report.fault is not None:
                line += f"; stopped: {report.fault}"
            if report.blocked is not None:
                line += f"; held by refused document {report.blocked.id}"
            print(line, flush=True)
            if not args.loop:
                return 0 if report.ok else 1
            stop.wait(max(args.interval, 0.05))
            if stop.is_set():
                return 0


def cmd_fiscal_retry(args: argparse.Namespace) -> int:
    from pos.services import fiscal

    try:
        doc_id = uuid.UUID(args.document)
    except ValueError:
        print("pos: usage error: give the document id `pos fiscal status` lists", file=sys.stderr)
        return 2
    with open_till() as till:
        fiscal.retry(till.context(), doc_id)
    print("the document waits in the queue again")
    return 0
