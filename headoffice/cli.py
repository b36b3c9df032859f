"""`pos-headoffice`: run the service, register stores, and the privacy officer's commands.

Exit codes as `pos`: 0 success, 1 refused or failed (one line on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import logging
import os
import re
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from headoffice.accounts import AccountError
from headoffice.auth import DEFAULT_EXPIRY_DAYS
from headoffice.config import ConfigError, Keys, load_keys
from headoffice.crypto import new_key_text
from headoffice.db import HeadOfficeDB, open_db, upgrade
from headoffice.officer import Officer, OfficerError, Subject
from headoffice.review import ReviewError
from pos.domain.enums import Purpose
from pos.domain.masking import mask_iin, mask_phone, scrub
from pos.domain.policy import LABEL as POLICY_LABEL
from pos.domain.policy import LANGUAGES as POLICY_LANGUAGES
from pos.domain.policy import MAX_TEXT as POLICY_MAX_TEXT

log = logging.getLogger("headoffice.cli")
_CODE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"
ENV_OFFICER = "HEADOFFICE_OFFICER"
ENV_PASSWORD = "HEADOFFICE_OFFICER_PASSWORD"  # noqa: S105 - the variable's name
ENV_NEW_PASSWORD = "HEADOFFICE_NEW_OFFICER_PASSWORD"  # noqa: S105 - the variable's name


class _ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: usage error: {message}\n")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _store_code(text: str) -> str:
    if not re.match(_CODE_PATTERN, text):
        raise argparse.ArgumentTypeError(
            "a store id is 1-64 Latin letters, digits, '.', '_' or '-', starting with a letter or digit"
        )
    return text


def _subject_args(p: argparse.ArgumentParser) -> None:
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--iin", help="the buyer's IIN")
    who.add_argument("--phone", help="the buyer's phone (for buyers without an IIN)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pos-headoffice", description="The head-office service and its tools.")
    parser.add_argument(
        "--officer",
        default=os.environ.get(ENV_OFFICER) or None,
        help=f"the officer acting (an account: `officer add`); password from {ENV_PASSWORD} "
        "or a prompt",
    )
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_Parser, required=True
    )

    s = sub.add_parser("serve", help="run the HTTP service")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8443)
    s.add_argument("--ssl-certfile", type=Path, help="serve HTTPS with this certificate")
    s.add_argument("--ssl-keyfile", type=Path)
    s.add_argument(
        "--ssl-ca-certs", type=Path, help="require client certificates issued by this CA"
    )
    s.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    s.add_argument(
        "--request-timeout",
        type=float,
        default=10.0,
        help="seconds a request may take to arrive, headers and body (default 10)",
    )
    s.add_argument(
        "--max-connections", type=int, default=1000, help="open connections in all (default 1000)"
    )
    s.add_argument(
        "--max-connections-per-client",
        type=int,
        default=200,
        help="open connections from one address (default 200)",
    )
    s.set_defaults(handler=cmd_serve)

    sub.add_parser("migrate", help="create or upgrade the database schema").set_defaults(
        handler=cmd_migrate
    )
    sub.add_parser("gen-key", help="print a new random 32-byte key (base64)").set_defaults(
        handler=cmd_gen_key
    )

    a = sub.add_parser("add-store", help="register a store and print its credential once")
    a.add_argument("store_id", type=_store_code)
    _expiry_arg(a)
    a.set_defaults(handler=cmd_add_store)
    for name in ("rotate-credential", "new-credential"):
        n = sub.add_parser(name, help="replace a store's credential and print it once")
        n.add_argument("store_id", type=_store_code)
        _expiry_arg(n)
        n.set_defaults(handler=cmd_new_credential)
    ds = sub.add_parser("disable-store", help="refuse the store's credential from now on")
    ds.add_argument("store_id", type=_store_code)
    ds.set_defaults(handler=cmd_disable_store, enable=False)
    es = sub.add_parser("enable-store", help="accept a disabled store's credential again")
    es.add_argument("store_id", type=_store_code)
    es.set_defaults(handler=cmd_disable_store, enable=True)

    off = sub.add_parser("officer", help="officer accounts")
    osub = off.add_subparsers(
        dest="officer_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    oa = osub.add_parser(
        "add",
        help=f"add an officer (password from {ENV_PASSWORD} for the first one, else "
        f"{ENV_NEW_PASSWORD}, or a prompt); after the first, an officer must sign in",
    )
    oa.add_argument("name")
    oa.set_defaults(handler=cmd_officer_add)

    rv = sub.add_parser("review", help="propagations held past a store's daily threshold")
    rsub = rv.add_subparsers(
        dest="review_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    rl = rsub.add_parser("list", help="held propagations waiting for a decision")
    rl.add_argument("--all", action="store_true", help="decided ones too")
    rl.set_defaults(handler=cmd_review_list)
    ra = rsub.add_parser("approve", help="send a held propagation now")
    ra.add_argument("held_id", type=int)
    ra.set_defaults(handler=cmd_review_decide, approve=True)
    rr = rsub.add_parser("reject", help="drop a held propagation (nothing is sent)")
    rr.add_argument("held_id", type=int)
    rr.set_defaults(handler=cmd_review_decide, approve=False)

    sub.add_parser(
        "check", help="verify the officer audit's hash chain (exit 1 naming the first break)"
    ).set_defaults(handler=cmd_check)

    st = sub.add_parser("status", help="per store: events held, gaps, unanswered directives")
    st.set_defaults(handler=cmd_status)
    rt = sub.add_parser(
        "retention",
        help="per store and register: the last retention run, OVERDUE where none finished in 2 days",
    )
    rt.set_defaults(handler=cmd_retention)
    inc = sub.add_parser("incidents", help="the incident register of every store (K14)")
    isub = inc.add_subparsers(
        dest="incidents_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    il = isub.add_parser("list", help="incidents with their authority deadline")
    il.add_argument("--store", type=_store_code, help="only this store's")
    il.add_argument(
        "--overdue", action="store_true", help="only those past their deadline, not notified"
    )
    il.set_defaults(handler=cmd_incidents_list)

    sh = sub.add_parser("shifts", help="every store's cash shifts with their Z totals")
    shsub = sh.add_subparsers(
        dest="shifts_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    shl = shsub.add_parser("list", help="shifts, newest first: open ones and Z totals")
    shl.add_argument("--store", type=_store_code, help="only this store's")
    shl.set_defaults(handler=cmd_shifts_list)

    cf = sub.add_parser(
        "conflicts", help="event ids a store resent with other content (kept for an officer)"
    )
    cfsub = cf.add_subparsers(
        dest="conflicts_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    cfl = cfsub.add_parser("list", help="every conflicting resend: ids, what differs, when")
    cfl.add_argument("--store", type=_store_code, help="only this store's")
    cfl.set_defaults(handler=cmd_conflicts_list)
    cs = sub.add_parser(
        "check-store",
        help="compare a store's audit anchors with its latest audit heads (exit 1 if cut)",
    )
    cs.add_argument("store_id", type=_store_code)
    cs.add_argument(
        "--accept",
        metavar="REGISTER",
        type=uuid.UUID,
        help="take this register's last head, reported behind its anchor, as its new anchor",
    )
    cs.set_defaults(handler=cmd_check_store)

    pol = sub.add_parser("policy", help="publish a policy version to every store")
    psub = pol.add_subparsers(
        dest="policy_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    pp = psub.add_parser("publish", help="publish a policy text file")
    pp.add_argument("file", type=Path)
    pp.add_argument("--version", required=True, dest="label")
    pp.add_argument("--effective", required=True, type=_date, help="YYYY-MM-DD")
    pp.add_argument("--lang", default="ru", choices=POLICY_LANGUAGES)
    pp.set_defaults(handler=cmd_policy_publish)

    cat = sub.add_parser("catalog", help="price lists published to the stores (BRIEF 9.4)")
    csub = cat.add_subparsers(
        dest="catalog_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    ci = csub.add_parser("import", help="check a CSV price list and publish it to the stores")
    ci.add_argument("file", type=Path)
    ci.add_argument(
        "--store",
        action="append",
        type=_store_code,
        dest="stores",
        metavar="ID",
        help="publish to this store only (repeatable; default: every store)",
    )
    ci.add_argument(
        "--effective",
        type=_iso_time,
        metavar="ISO-TIME",
        help="when the prices take effect, e.g. 2026-12-01T00:00+05:00 (default: now)",
    )
    ci.add_argument("--version", dest="list_version", help="the version label (default: made up)")
    ci.set_defaults(handler=cmd_catalog_import)
    cst = csub.add_parser("status", help="which stores' registers applied which price list")
    cst.add_argument("--version", dest="list_version")
    cst.set_defaults(handler=cmd_catalog_status)

    b = sub.add_parser("buyer", help="the privacy officer's buyer commands")
    bsub = b.add_subparsers(
        dest="buyer_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    f = bsub.add_parser("find", help="find a buyer's records across stores")
    _subject_args(f)
    f.set_defaults(handler=cmd_find)
    r = bsub.add_parser("report", help="print the buyer's access report")
    _subject_args(r)
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=cmd_report)
    w = bsub.add_parser("withdraw", help="send a withdrawal to every store holding the buyer")
    _subject_args(w)
    what = w.add_mutually_exclusive_group(required=True)
    what.add_argument("--purpose", action="append", choices=[p.value for p in Purpose])
    what.add_argument("--all", action="store_true", help="withdraw every purpose")
    w.add_argument("--reference", help="the buyer's request reference")
    w.set_defaults(handler=cmd_withdraw)
    rf = bsub.add_parser("refuse", help="send a written refusal to every store holding the buyer")
    _subject_args(rf)
    rf.add_argument("--reference", required=True)
    rf.set_defaults(handler=cmd_refuse)
    d = bsub.add_parser("destroy", help="send a destruction to every store holding the buyer")
    _subject_args(d)
    d.add_argument("--reason", required=True)
    d.set_defaults(handler=cmd_destroy)

    k = sub.add_parser("rotate-key", help="re-encrypt stored data under the current data key")
    k.set_defaults(handler=cmd_rotate_key)
    rs = sub.add_parser(
        "reshred",
        help="delete from the key store every key of a destroyed buyer (after restoring it)",
    )
    rs.set_defaults(handler=cmd_reshred)
    return parser


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _db(keys: Keys | None = None) -> HeadOfficeDB:
    db = open_db()
    upgrade(db, keys or _keys_if_set())
    return db


def _expiry_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--expires-in",
        type=int,
        default=DEFAULT_EXPIRY_DAYS,
        metavar="DAYS",
        help=f"the credential stops working after DAYS days (default {DEFAULT_EXPIRY_DAYS}; 0: never)",
    )


def _password(env: str, prompt: str) -> str:
    value = os.environ.get(env)
    if value:
        return value
    try:
        return getpass.getpass(prompt)
    except (EOFError, OSError):  # Ctrl-D, or no terminal to ask on
        raise AccountError(f"no password given (set {env} or run it in a terminal)") from None


def _signed_in(args: argparse.Namespace, db: HeadOfficeDB) -> str:
    """The officer running this command, after their password is checked."""
    from headoffice.accounts import sign_in

    if not args.officer:
        raise AccountError(f"give --officer NAME (or {ENV_OFFICER}) and the officer's password")
    password = _password(ENV_PASSWORD, f"password for officer {args.officer}: ")
    return sign_in(db, args.officer, password, _now())


def _officer(args: argparse.Namespace, db: HeadOfficeDB, keys: Keys) -> Officer:
    return Officer(db, keys, _signed_in(args, db))


def _subject(args: argparse.Namespace) -> Subject:
    return Subject.parse(iin=args.iin, phone=args.phone)


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from headoffice.app import create_app
    from headoffice.people import reshred
    from headoffice.serving import PROTOCOL, Limits

    if args.request_timeout <= 0 or args.max_connections < 1 or args.max_connections_per_client < 1:
        raise ConfigError("timeouts and connection limits must be positive")
    # Every worker reads the same limits (headoffice.serving).
    Limits(args.request_timeout, args.max_connections, args.max_connections_per_client).export()
    # Slow headers and bodies are cut, idle keep-alives closed after 5 s (headoffice.serving).
    guards: dict[str, Any] = {"http": PROTOCOL, "timeout_keep_alive": 5}

    keys = load_keys()
    db = _db(keys)  # migrates before any worker starts
    # A key store restored from a backup, or a stop mid-destruction, may hold keys of
    # buyers destroyed since: they go before anything is served.
    reshred(db, keys.store)
    ssl: dict[str, Any] = {}
    if args.ssl_certfile:
        ssl = {"ssl_certfile": str(args.ssl_certfile), "ssl_keyfile": str(args.ssl_keyfile or "")}
        if args.ssl_ca_certs:
            import ssl as _ssl

            ssl.update(ssl_ca_certs=str(args.ssl_ca_certs), ssl_cert_reqs=_ssl.CERT_REQUIRED)
    try:
        if args.workers > 1:
            db.close()
            uvicorn.run(
                "headoffice.app:app_from_env",
                factory=True,
                workers=args.workers,
                host=args.host,
                port=args.port,
                log_level="info",
                **guards,
                **ssl,
            )
        else:
            uvicorn.run(
                create_app(db, keys),
                host=args.host,
                port=args.port,
                log_level="info",
                **guards,
                **ssl,
            )
    finally:
        db.close()
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from headoffice.directives import replay_known_destructions

    db = open_db()
    try:
        # Revision 0002 moves existing values to per-buyer keys: it needs the keys (only
        # when there is data to move).
        ran = upgrade(db, _keys_if_set())
        # Backups cannot resurrect: destructions known from before they were sent back.
        with db.session() as session, session.begin():
            replayed = replay_known_destructions(db, session, dt.datetime.now(dt.UTC))
    finally:
        db.close()
    print("schema upgraded" if ran else "schema already up to date")
    if replayed:
        print(f"{replayed} destructions sent back to the stores that made them")
    return 0


def _keys_if_set() -> Keys | None:
    from headoffice.config import ENV_DATA_KEY

    return load_keys() if os.environ.get(ENV_DATA_KEY, "").strip() else None


def cmd_gen_key(args: argparse.Namespace) -> int:
    print(new_key_text())
    return 0


def cmd_add_store(args: argparse.Namespace) -> int:
    from headoffice.officer import add_store

    db = _db()
    try:
        officer = _signed_in(args, db)
        token = add_store(
            db, args.store_id, _now(), expires_in_days=args.expires_in, officer=officer
        )
    finally:
        db.close()
    print(f"store {args.store_id} registered; its credential (shown only now){_expiry(args)}:")
    print(token)
    return 0


def _expiry(args: argparse.Namespace) -> str:
    if args.expires_in <= 0:
        return ", never expires"
    until = _now() + dt.timedelta(days=args.expires_in)
    return f", valid until {until:%Y-%m-%d}"


def cmd_disable_store(args: argparse.Namespace) -> int:
    from headoffice.officer import set_store_enabled

    db = _db()
    try:
        officer = _signed_in(args, db)
        set_store_enabled(db, args.store_id, args.enable, _now(), officer=officer)
    finally:
        db.close()
    if args.enable:
        print(f"store {args.store_id} enabled: its credential works again")
    else:
        print(f"store {args.store_id} disabled: its credential is refused from now on")
    return 0


def cmd_officer_add(args: argparse.Namespace) -> int:
    from headoffice.accounts import add_officer, officer_count

    db = _db()
    try:
        if officer_count(db) == 0:
            by = None  # the first account: whoever runs head office sets it up
            password = _password(ENV_PASSWORD, f"password for new officer {args.name}: ")
        else:
            by = _signed_in(args, db)
            password = _password(ENV_NEW_PASSWORD, f"password for new officer {args.name}: ")
        add_officer(db, args.name, password, _now(), by=by)
    finally:
        db.close()
    print(f"officer {args.name} added")
    return 0


def cmd_review_list(args: argparse.Namespace) -> int:
    from headoffice.review import held_list

    db = _db()
    try:
        _signed_in(args, db)
        items = held_list(db, all_=args.all)
    finally:
        db.close()
    for h in items:
        print(
            f"{h.id}\t{h.status}\t{_utc(h.held_at)}\tfrom {h.store_code}\tto {h.target_store_code}"
            f"\t{h.kind}\tstaff {h.staff or '-'}"
        )
    print(f"{len(items)} held propagation(s)")
    return 0


def cmd_review_decide(args: argparse.Namespace) -> int:
    from headoffice.review import decide

    keys = load_keys()
    db = _db(keys)
    try:
        officer = _signed_in(args, db)
        outcome = decide(db, keys, officer, args.held_id, args.approve, _now())
    finally:
        db.close()
    print(f"held propagation {args.held_id}: {outcome}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from headoffice.chain import verify

    db = _db()
    try:
        with db.session() as session:
            report = verify(session)
    finally:
        db.close()
    if report.broken:
        print(f"pos-headoffice: officer audit chain broken: {report.broken}", file=sys.stderr)
        return 1
    print(f"officer audit chain: ok ({report.entries} entries)")
    return 0


def cmd_new_credential(args: argparse.Namespace) -> int:
    from headoffice.officer import new_credential

    db = _db()
    try:
        officer = _signed_in(args, db)
        token = new_credential(
            db, args.store_id, _now(), expires_in_days=args.expires_in, officer=officer
        )
    finally:
        db.close()
    print(f"new credential for store {args.store_id} (the old one no longer works){_expiry(args)}:")
    print(token)
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from headoffice.officer import store_status

    db = _db()
    try:
        rows = store_status(db)
    finally:
        db.close()
    if not rows:
        print("no stores registered")
    for s in rows:
        print(f"{s.code}: {s.events} events, {s.pending_directives} directives not yet answered")
        for r in s.registers:
            gap = ""
            if r.missing:
                runs = ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in r.missing_ranges[:5])
                gap = f", {r.missing} missing ({runs})"
            print(f"  register {r.register_id}: through seq {r.max_seq}, {r.stored} held{gap}")
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    from headoffice.retention import OVERDUE_AFTER, overview

    db = _db()
    try:
        rows = overview(db, _now())
    finally:
        db.close()
    if not rows:
        print("no stores registered")
    for r in rows:
        where = f"{r.store_code}  register {r.register_id}" if r.register_id else r.store_code
        if r.last_finished is None:
            line = f"{where}  no finished retention run reported"
        else:
            last = r.last_finished
            line = f"{where}  last run {_utc(last.started_at)} ({last.trigger}): {last.counts()}"
        if r.last_failed is not None:
            line += f"; then failed {_utc(r.last_failed.started_at)}: {r.last_failed.error}"
        if r.overdue:
            line += f"  OVERDUE (none finished in {OVERDUE_AFTER.days} days)"
        print(line)
    return 0


def cmd_incidents_list(args: argparse.Namespace) -> int:
    from headoffice.incidents import overview

    db = _db()
    try:
        rows = overview(db, _now(), store_code=args.store, overdue_only=args.overdue)
    finally:
        db.close()
    for r in rows:
        if r.authority_notified:
            deadline = f"authority by {r.authority_due.isoformat()} (notified)"
        else:
            deadline = f"authority by {r.authority_due.isoformat()}"
            if r.overdue:
                deadline += " OVERDUE"
        where = f"{r.store_code} register {r.register_id}" if r.register_id else r.store_code
        print(
            "\t".join(
                (
                    str(r.incident_id),
                    where,
                    _utc(r.detected_at),
                    r.source,
                    r.status,
                    r.severity,
                    deadline,
                    r.what,
                    r.scope or "-",
                )
            )
        )
    print(f"{len(rows)} incidents")
    return 0


def cmd_shifts_list(args: argparse.Namespace) -> int:
    """One line per shift: store, register, number, opened, closed (or open), float, sales
    by method, returns, sales and VAT by rate, cash in/out, expected, counted, difference."""
    from headoffice.shifts import overview
    from pos.domain.money import format_tiyn

    def t(amount: int) -> str:
        return format_tiyn(amount, sign=False, group="")

    db = _db()
    try:
        rows = overview(db, store_code=args.store)
    finally:
        db.close()
    for r in rows:
        head = [r.store_code, str(r.register_id), f"shift {r.number}", _utc(r.opened_at)]
        z = r.totals
        if z is None or r.closed_at is None:
            print(
                "\t".join([*head, "open", f"float {t(r.float_tiyn)}", f"cash moves {r.cash_moves}"])
            )
            continue
        methods = " ".join(f"{m} {t(v)}" for m, v in sorted(z.sales_by_method.items()))
        by_rate = " ".join(f"{k} {t(v)}" for k, v in sorted(z.turnover_by_rate.items()))
        vat = " ".join(f"{k} {t(v)}" for k, v in sorted(z.vat_by_rate.items()))
        print(
            "\t".join(
                [
                    *head,
                    f"closed {_utc(r.closed_at)}",
                    f"float {t(z.float_tiyn)}",
                    f"sales {z.sales_count} {t(z.sales_tiyn)}"
                    + (f" ({methods})" if methods else ""),
                    f"returns {z.refunds_count} {t(z.refunds_tiyn)}",
                    f"by VAT rate {by_rate or '-'}",
                    f"VAT {vat or '-'}",
                    f"cash in {t(z.cash_in_tiyn)}",
                    f"cash out {t(z.cash_out_tiyn)}",
                    f"expected {t(z.expected_cash_tiyn)}",
                    f"counted {t(r.counted_tiyn or 0)}",
                    f"difference {t(r.difference_tiyn or 0)}",
                ]
            )
        )
    print(f"{len(rows)} shifts")
    return 0


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    from headoffice.anchors import conflicts

    db = _db()
    try:
        rows = conflicts(db, args.store)
    finally:
        db.close()
    for r in rows:
        print(
            "\t".join(
                (
                    r.store_code,
                    f"event {r.event_id}",
                    f"register {r.register_id}",
                    f"seq {r.seq}",
                    r.type,
                    "differs: " + ", ".join(r.differs),
                    f"first {_utc(r.first_seen_at)}",
                    f"last {_utc(r.last_seen_at)}",
                    f"{r.times} time(s)",
                )
            )
        )
    print(f"{len(rows)} conflicting resends")
    return 0


def cmd_check_store(args: argparse.Namespace) -> int:
    from headoffice.anchors import accept, check_store

    db = _db()
    try:
        if args.accept is not None:
            # Re-anchoring forgives a chain that went back: only a signed-in officer may.
            officer = _signed_in(args, db)
            taken = accept(db, args.store_id, args.accept, officer, _now())
            if taken is None:
                raise OfficerError(
                    f"register {args.accept} of {args.store_id} has no head behind its anchor"
                )
            print(f"register {args.accept}: entry {taken.seq} is its anchor from now on")
        registers = check_store(db, args.store_id)
    finally:
        db.close()
    if registers is None:
        raise OfficerError(f"no store {args.store_id}")
    if not registers:
        print(f"{args.store_id}: no audit head received yet")
        return 0
    bad = 0
    for r in registers:
        where = f"{args.store_id} register {r.register_id}"
        last = r.last_report
        if r.anchor is None or last is None:
            print(f"{where}: no anchor yet")
        elif r.backwards:
            bad += 1
            print(
                f"{where}: WENT BACKWARDS: {last.problem} "
                f"(latest head entry {last.seq}, {_utc(last.confirmed_at)}; "
                f"anchored entry {r.anchor.seq}, {_utc(r.anchor.received_at)})"
            )
        else:
            print(
                f"{where}: ok: anchored through entry {r.anchor.seq} "
                f"({_utc(r.anchor.received_at)}, confirmed {_utc(r.anchor.confirmed_at)}), "
                f"{r.anchors} anchor(s)"
            )
    if bad:
        print(
            f"pos-headoffice: {bad} register(s) of {args.store_id} went back behind "
            "their audit anchor",
            file=sys.stderr,
        )
        return 1
    return 0


def _utc(at: dt.datetime) -> str:
    return f"{at.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC"


def cmd_policy_publish(args: argparse.Namespace) -> int:
    from headoffice.directives import PolicyConflict, publish_policy

    try:
        text = args.file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise OfficerError(f"no such file: {args.file}") from None
    except UnicodeDecodeError:
        raise OfficerError(f"{args.file} is not UTF-8 text") from None
    if not text.strip():
        raise OfficerError("the policy text is empty")
    if len(text) > POLICY_MAX_TEXT:
        raise OfficerError("the policy text is too long")
    if not POLICY_LABEL.match(args.label) or args.lang not in POLICY_LANGUAGES:
        raise OfficerError("version must be 1-64 Latin letters, digits, '.', '_' or '-'")
    db = _db()
    try:
        officer = _signed_in(args, db)
        with db.session() as session, session.begin():
            try:
                row = publish_policy(
                    db,
                    session,
                    text,
                    label=args.label,
                    effective=args.effective,
                    language=args.lang,
                    issued_by=f"officer:{officer}",
                    now=_now(),
                )
            except PolicyConflict as exc:
                raise OfficerError(str(exc)) from None
            seq = row.seq
    finally:
        db.close()
    print(f"policy {args.label} ({args.lang}) published to every store (directive {seq})")
    return 0


def _iso_time(text: str) -> dt.datetime:
    try:
        at = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO time: {text!r}") from None
    if at.tzinfo is None:
        raise argparse.ArgumentTypeError("give the time with its offset, e.g. +05:00")
    return at.astimezone(dt.UTC)


def cmd_catalog_import(args: argparse.Namespace) -> int:
    import hashlib
    import time

    from headoffice.catalog import PriceListError, publish_price_list
    from pos.domain.pricelist import parse_csv, summary

    started = time.monotonic()
    try:
        data = args.file.read_bytes()
        text = data.decode("utf-8-sig")
    except FileNotFoundError:
        raise OfficerError(f"no such file: {args.file}") from None
    except UnicodeDecodeError:
        raise OfficerError(f"{args.file} is not UTF-8 text") from None
    parsed = parse_csv(text)
    if parsed.errors:
        raise OfficerError(
            f"nothing published: {len(parsed.errors)} bad rows: {summary(parsed.errors)}"
        )
    digest = hashlib.sha256(data).hexdigest()
    now = _now()
    version = args.list_version or f"{now:%Y%m%dT%H%M%SZ}-{digest[:8]}"
    if not POLICY_LABEL.match(version):
        raise OfficerError("version must be 1-64 Latin letters, digits, '.', '_' or '-'")
    db = _db()
    try:
        officer = _signed_in(args, db)
        with db.session() as session, session.begin():
            try:
                row = publish_price_list(
                    db,
                    session,
                    parsed.items,
                    version=version,
                    effective_at=args.effective or now,
                    store_codes=args.stores,
                    sha256=digest,
                    issued_by=f"officer:{officer}",
                    now=now,
                )
            except PriceListError as exc:
                raise OfficerError(str(exc)) from None
            parts, effective = row.parts, row.effective_at
    finally:
        db.close()
    to = ", ".join(args.stores) if args.stores else "every store"
    print(
        f"price list {version}: {len(parsed.items)} products in {parts} part(s), "
        f"effective {_utc(effective)}, published to {to} "
        f"({time.monotonic() - started:.1f} s)"
    )
    return 0


def cmd_catalog_status(args: argparse.Namespace) -> int:
    from headoffice.catalog import applied

    db = _db()
    try:
        with db.session() as session:
            lines = applied(session, args.list_version)
    finally:
        db.close()
    if not lines:
        print("no price lists published")
        return 0
    for ln in lines:
        where = f"register {ln.register_id}" if ln.register_id else "no register answered"
        state = "applied" if ln.complete else f"{ln.parts_applied}/{ln.parts} parts applied"
        extra = f" ({'; '.join(ln.problems)})" if ln.problems else ""
        print(
            f"{ln.version}  effective {_utc(ln.effective_at)}  store {ln.store_code}  "
            f"{where}: {state}{extra}"
        )
    return 0


def _print_issued(what: str, issued: Sequence[tuple[str, Any]]) -> None:
    stores = sorted({code for code, _ in issued})
    print(f"{what} sent to {len(issued)} record(s) in {len(stores)} store(s): {', '.join(stores)}")


def cmd_find(args: argparse.Namespace) -> int:
    keys = load_keys()
    db = _db()
    try:
        records = _officer(args, db, keys).find(_subject(args))
    finally:
        db.close()
    if not records:
        print("no store holds a buyer with these details")
        return 1
    for r in records:
        name = " ".join(
            str(r.fields[k]) for k in ("surname", "given_name", "patronymic") if k in r.fields
        )
        print(
            f"{r.store_code}\t{r.buyer_id}\t{name}\t{mask_iin(r.fields.get('iin'))}\t"
            f"{mask_phone(r.fields.get('phone'))}\t{r.status}"
        )
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    keys = load_keys()
    db = _db()
    try:
        report = _officer(args, db, keys).access_report(_subject(args))
    finally:
        db.close()
    if not report["records"]:
        print("no store holds a buyer with these details")
        return 1
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"Access report, generated {report['generated_at']}")
    for rec in report["records"]:
        print(f"\nStore {rec['store']} (buyer {rec['buyer_id']}), status {rec['status']}")
        for name, value in rec["data"].items():
            print(f"  {name}: {value}")
        if rec["purposes"]:
            print(
                "  purposes: " + ", ".join(f"{p} {s}" for p, s in sorted(rec["purposes"].items()))
            )
        for section in (
            "consents",
            "purchases",
            "credits",
            "disclosures",
            "requests",
            "directives",
        ):
            items = rec[section]
            print(f"  {section}: {len(items)}")
            for item in items:
                print("    " + json.dumps(item, ensure_ascii=False, sort_keys=True))
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    keys = load_keys()
    db = _db()
    try:
        purposes = None if args.all else [Purpose(p) for p in args.purpose]
        issued = _officer(args, db, keys).withdraw(_subject(args), purposes, args.reference)
    finally:
        db.close()
    _print_issued("withdrawal", issued)
    return 0


def cmd_refuse(args: argparse.Namespace) -> int:
    keys = load_keys()
    db = _db()
    try:
        issued = _officer(args, db, keys).refuse(_subject(args), args.reference)
    finally:
        db.close()
    _print_issued("written refusal", issued)
    return 0


def cmd_destroy(args: argparse.Namespace) -> int:
    keys = load_keys()
    db = _db()
    try:
        issued = _officer(args, db, keys).destroy(_subject(args), args.reason)
    finally:
        db.close()
    _print_issued("destruction", issued)
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    from headoffice.rotation import rotate_data_key

    keys = load_keys()
    db = _db(keys)
    try:
        result = rotate_data_key(db, keys)
    finally:
        db.close()
    print(
        f"re-wrapped {result.keys} buyer key(s), re-encrypted {result.records} buyer record(s) "
        f"and {result.event_values} event value(s) under key {keys.cipher.current_id}"
    )
    return 0


def cmd_reshred(args: argparse.Namespace) -> int:
    from headoffice.people import reshred

    keys = load_keys()
    db = _db(keys)
    try:
        deleted = reshred(db, keys.store)
    finally:
        db.close()
    print(f"deleted {deleted} key(s) of destroyed or re-keyed buyers from the key store")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler()
        # Masks anything shaped like an IIN, a phone or an e-mail, whatever a message holds.
        handler.setFormatter(_ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.WARNING)
    try:
        return int(args.handler(args) or 0)
    except (ConfigError, OfficerError, AccountError, ReviewError) as exc:
        print(f"pos-headoffice: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        from sqlalchemy import exc as sa_exc

        if isinstance(exc, sa_exc.OperationalError):
            print("pos-headoffice: the database cannot be reached", file=sys.stderr)
            return 1
        log.exception("unexpected failure in `pos-headoffice %s`", args.command)
        print("pos-headoffice: unexpected failure; see the log above", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
