"""Till setup and upkeep: init, policy, settings, staff, check, rekey, gui."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pos.config import till_paths
from pos.domain.enums import Role
from pos.domain.errors import Code, DatabaseError, ValidationError
from till.cli import catalog_cmds, credit_settings, fiscal_cmds, registers
from till.cli.common import open_till, parse_date

if TYPE_CHECKING:
    from pos.services.retention_schedule import RetentionStatus


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="create the encrypted till database")
    p.add_argument("--store-id", required=True, help="store code, e.g. ALM-01")
    p.add_argument("--store-name", required=True)
    p.add_argument("--register-id", default="1", help="this till's register code")
    p.add_argument("--timezone", default="Asia/Almaty")
    p.add_argument(
        "--admin",
        default="admin",
        metavar="NAME",
        help="the first store admin (PIN from POS_STAFF_PIN or a prompt)",
    )
    p.add_argument("--headoffice", metavar="URL", help="head-office address")
    p.add_argument("--token", help="this store's head-office credential")
    p.add_argument("--operator-name", help="the seller's legal name (printed on slips)")
    p.add_argument("--operator-bin", help="the seller's BIN")
    p.add_argument("--operator-email", help="the seller's privacy contact e-mail")
    p.add_argument("--operator-address", help="the seller's postal address")
    p.set_defaults(handler=cmd_init)

    policy = sub.add_parser("policy", help="privacy policy versions")
    psub = policy.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    pi = psub.add_parser("import", help="add a policy version from a text file")
    pi.add_argument("file", type=Path)
    pi.add_argument("--version", required=True, dest="label", help="version label")
    pi.add_argument("--effective", required=True, type=parse_date, help="YYYY-MM-DD")
    pi.add_argument("--lang", default="ru", choices=("ru", "kk", "en"))
    pi.set_defaults(handler=cmd_policy_import)
    pl = psub.add_parser("list", help="list imported versions")
    pl.set_defaults(handler=cmd_policy_list)

    st = sub.add_parser("settings", help="till settings")
    ssub = st.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    so = ssub.add_parser("operator", help="set the seller's details printed on consent slips")
    so.add_argument("--name")
    so.add_argument("--bin")
    so.add_argument("--email")
    so.add_argument("--address")
    so.set_defaults(handler=cmd_settings_operator)
    sp = ssub.add_parser("printer", help="set the printer and paper width")
    sp.add_argument(
        "--url", help="tcp://host:9100, usb://VID:PID, serial://..., cups://Q, file:///path"
    )
    sp.add_argument(
        "--print-folder", help="the only folder a file:// printer may write into (default: prints/)"
    )
    sp.add_argument("--width", type=int, choices=(58, 80), help="paper width in mm")
    sp.add_argument("--lang", choices=("ru", "kk", "en"), help="default document language")
    sp.set_defaults(handler=cmd_settings_printer)
    sh = ssub.add_parser("headoffice", help="set the head-office address, credential and TLS files")
    sh.add_argument("--url", help="https://headoffice.example.kz")
    sh.add_argument("--token", help="this store's credential (printed once by add-store)")
    sh.add_argument("--ca-bundle", help="CA certificates to trust for head office only")
    sh.add_argument("--client-cert", help="client certificate (PEM) when head office asks for one")
    sh.add_argument("--client-key", help="its private key (PEM)")
    sh.set_defaults(handler=cmd_settings_headoffice)
    registers.register_settings(ssub)  # `pos settings responsible`
    credit_settings.register_settings(ssub)  # `pos settings credit`
    catalog_cmds.register_settings(ssub)  # `pos settings discounts|weighed-labels`
    fiscal_cmds.register_settings(ssub)  # `pos settings fiscal`
    ss = ssub.add_parser("show", help="show the settings")
    ss.set_defaults(handler=cmd_settings_show)

    staff = sub.add_parser("staff", help="staff accounts")
    tsub = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    ta = tsub.add_parser(
        "add", help="add a staff member (their PIN from POS_NEW_STAFF_PIN or a prompt)"
    )
    ta.add_argument("name")
    ta.add_argument("--role", required=True, choices=[r.value for r in Role])
    ta.set_defaults(handler=cmd_staff_add)
    tl = tsub.add_parser("list", help="list staff")
    tl.set_defaults(handler=cmd_staff_list)
    td = tsub.add_parser("deactivate", help="close a staff account for good")
    td.add_argument("who", help="name or id")
    td.set_defaults(handler=cmd_staff_deactivate)
    tr = tsub.add_parser("role", help="give a staff member another role")
    tr.add_argument("who", help="name or id")
    tr.add_argument("role", choices=[r.value for r in Role])
    tr.set_defaults(handler=cmd_staff_role)
    tp = tsub.add_parser("reset-pin", help="set a new PIN (from POS_NEW_STAFF_PIN or a prompt)")
    tp.add_argument("who", help="name or id")
    tp.set_defaults(handler=cmd_staff_reset_pin)
    tu = tsub.add_parser("unlock", help="lift a sign-in lockout after wrong PINs")
    tu.add_argument("who", help="name or id")
    tu.set_defaults(handler=cmd_staff_unlock)
    ta = tsub.add_parser(
        "unlock-approvals", help="lift the lockout on approver PINs after wrong ones"
    )
    ta.set_defaults(handler=cmd_staff_unlock_approvals)
    tx = tsub.add_parser("access-list", help="who had which role when (prints, or --out CSV)")
    tx.add_argument("--out", type=Path, help="write a CSV file instead of printing")
    tx.set_defaults(handler=cmd_staff_access_list)

    c = sub.add_parser("check", help="verify database, cipher and audit chain integrity")
    c.set_defaults(handler=cmd_check)
    r = sub.add_parser("rekey", help="rotate the database key (new key from POS_NEW_DB_KEY)")
    r.set_defaults(handler=cmd_rekey)
    g = sub.add_parser("gui", help="open the cashier window")
    g.set_defaults(handler=cmd_gui)


def cmd_init(args: argparse.Namespace) -> int:
    from pos import logs
    from pos.keys import keyring_store, resolve_new_key
    from pos.services import settings
    from pos.services.setup import create_till

    paths = till_paths()
    if paths.db.exists():
        raise DatabaseError(Code.DB_EXISTS, path=str(paths.db))
    paths.home.mkdir(parents=True, exist_ok=True)
    logs.configure(paths.logs)
    if bool(args.headoffice) != bool(args.token):
        raise ValidationError(Code.CLI_HEADOFFICE_AND_TOKEN)
    key_from_env = bool(os.environ.get("POS_DB_KEY"))
    key = resolve_new_key(paths.db)
    # The first store admin signs in with a PIN like everyone else: asked before any file.
    admin_pin = _new_pin()
    operator = {
        k: v
        for k, v in {
            "name": args.operator_name,
            "bin": args.operator_bin,
            "email": args.operator_email,
            "address": args.operator_address,
        }.items()
        if v
    }
    db, identity = create_till(
        paths.db,
        key,
        store_code=args.store_id,
        store_name=args.store_name,
        register_code=args.register_id,
        timezone=args.timezone,
        admin_name=args.admin,
        operator=operator or None,
    )
    try:
        from pos.services.context import ServiceContext
        from pos.services.staff import set_pin

        set_pin(ServiceContext(db, identity.admin_actor()), identity.admin_staff_id, admin_pin)
        if args.headoffice:
            from pos.services.context import ServiceContext

            ctx = ServiceContext(db, identity.admin_actor())
            settings.update(ctx, settings.HEADOFFICE, {"url": args.headoffice, "token": args.token})
    finally:
        db.close()
    stored = (
        ""
        if key_from_env
        else ("; key kept in the OS keyring" if keyring_store(paths.db, key) else "")
    )
    print(f"created till {args.store_id} register {args.register_id} at {paths.db}{stored}")
    print(
        f"store admin {args.admin!r} signs in with the PIN given; next: `pos staff add NAME "
        "--role ROLE` (as POS_STAFF) gives each staff member a PIN to sign in with"
    )
    return 0


def _new_pin() -> str:
    """A new PIN from POS_STAFF_PIN, else typed twice; a trivial one is refused."""
    import getpass

    from pos.domain.pin import check_pin

    pin = os.environ.get("POS_STAFF_PIN")
    if pin is None:
        if not sys.stdin.isatty():
            raise ValidationError(Code.PIN_NEEDED)
        try:
            pin = getpass.getpass("PIN for the store admin (4-8 digits): ")
            if getpass.getpass("Repeat the PIN: ") != pin:
                raise ValidationError(Code.PIN_MISMATCH)
        except EOFError:
            sys.stderr.write("\n")
            raise ValidationError(Code.PIN_NEEDED) from None
    return check_pin(pin)


def cmd_policy_import(args: argparse.Namespace) -> int:
    from pos.services.policies import import_policy

    try:
        text = args.file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError(Code.CLI_NO_FILE, path=str(args.file)) from None
    except UnicodeDecodeError:
        raise ValidationError(Code.CLI_NOT_UTF8, path=str(args.file)) from None
    with open_till() as till:
        info = import_policy(
            till.context(), text, label=args.label, effective=args.effective, language=args.lang
        )
    print(
        f"imported policy {info.label} ({info.language}), effective {info.effective_date}, "
        f"sha256 {info.text_sha256[:16]}"
    )
    return 0


def cmd_policy_list(args: argparse.Namespace) -> int:
    from pos.services.policies import list_policies

    with open_till(person=False) as till:
        rows = list_policies(till.context())
    for p in rows:
        print(f"{p.label}\t{p.language}\t{p.effective_date}\t{p.text_sha256[:16]}\t{p.source}")
    return 0


def cmd_settings_operator(args: argparse.Namespace) -> int:
    from pos.services import settings

    value = {
        k: v
        for k, v in {
            "name": args.name,
            "bin": args.bin,
            "email": args.email,
            "address": args.address,
        }.items()
        if v
    }
    if not value:
        raise ValidationError(
            Code.CLI_OPTIONS_MISSING, options=("--name", "--bin", "--email", "--address")
        )
    if "bin" in value:
        value["bin"] = settings.validate_bin(value["bin"])
    with open_till() as till:
        settings.update(till.context(), settings.OPERATOR, value)
    print("seller details saved")
    return 0


def cmd_settings_printer(args: argparse.Namespace) -> int:
    from pos.services import settings

    value: dict[str, Any] = {}
    if args.url is not None:
        value["url"] = args.url
    if args.width is not None:
        value["paper_width"] = args.width
    if args.lang is not None:
        value["language"] = args.lang
    if args.print_folder is not None:
        value["print_folder"] = str(Path(args.print_folder).expanduser().resolve())
    if not value:
        raise ValidationError(
            Code.CLI_OPTIONS_MISSING, options=("--url", "--width", "--lang", "--print-folder")
        )
    with open_till() as till:
        from printing.setting import check_printer_setting

        # A file URL that could overwrite the till's files is refused before it is saved.
        check_printer_setting(till.context(), value)
        settings.update(till.context(), settings.PRINTER, value)
    print("printer settings saved")
    return 0


def cmd_settings_headoffice(args: argparse.Namespace) -> int:
    from pos.services import settings

    value = {
        k: v
        for k, v in {
            "url": args.url,
            "token": args.token,
            "ca_bundle": args.ca_bundle,
            "client_cert": args.client_cert,
            "client_key": args.client_key,
        }.items()
        if v
    }
    if not value:
        raise ValidationError(
            Code.CLI_OPTIONS_MISSING,
            options=("--url", "--token", "--ca-bundle", "--client-cert", "--client-key"),
        )
    for name in ("ca_bundle", "client_cert", "client_key"):
        if name in value and not Path(value[name]).is_file():
            raise ValidationError(Code.CLI_NO_FILE, path=value[name])
    with open_till() as till:
        settings.update(till.context(), settings.HEADOFFICE, value)
    print("head-office settings saved")
    return 0


def cmd_settings_show(args: argparse.Namespace) -> int:
    from pos.services import settings

    with open_till() as till:
        ctx = till.context()
        for key in (
            settings.OPERATOR,
            settings.PRINTER,
            settings.LANGUAGE,
            settings.HEADOFFICE,
            settings.CONSENT_VALIDITY,
            settings.RETENTION,
            settings.RESPONSIBLE,
            settings.CREDIT,
        ):
            value, withheld = settings.shown(ctx, key)
            if "token" in value:
                value["token"] = "***"  # noqa: S105 - masking, not a password
            print(f"{key}: {value}")
            if withheld:
                # A cashier or sales manager: the credential and key files are an admin's.
                print(f"{key}: {', '.join(withheld)} not shown (store admin only)")
    return 0


def cmd_staff_add(args: argparse.Namespace) -> int:
    import getpass

    from pos.services.staff import add_staff

    # POS_STAFF_PIN is the PIN of whoever runs the command; the new member's is its own.
    pin = os.environ.get("POS_NEW_STAFF_PIN")
    if pin is None and sys.stdin.isatty():
        pin = getpass.getpass("PIN for the new staff member (4-8 digits): ")
    with open_till() as till:
        info = add_staff(till.context(), args.name, Role(args.role), pin or None)
    print(f"{info.id}\t{info.name}\t{info.role.value}")
    return 0


def _staff_id(till: Any, who: str) -> Any:
    from pos.services.staff import find_staff_any

    return find_staff_any(till.context(), who)


def cmd_staff_deactivate(args: argparse.Namespace) -> int:
    from pos.services.staff import deactivate_staff

    with open_till() as till:
        info = deactivate_staff(till.context(), _staff_id(till, args.who))
    print(f"{info.id}\t{info.name}\t{info.role.value}\tinactive")
    return 0


def cmd_staff_role(args: argparse.Namespace) -> int:
    from pos.services.staff import change_role

    with open_till() as till:
        info = change_role(till.context(), _staff_id(till, args.who), Role(args.role))
    print(f"{info.id}\t{info.name}\t{info.role.value}")
    return 0


def cmd_staff_reset_pin(args: argparse.Namespace) -> int:
    import getpass

    from pos.services.staff import set_pin

    pin = os.environ.get("POS_NEW_STAFF_PIN")
    if pin is None:
        if not sys.stdin.isatty():
            raise ValidationError(Code.PIN_NEEDED)
        pin = getpass.getpass("New PIN (4-8 digits): ")
    with open_till() as till:
        set_pin(till.context(), _staff_id(till, args.who), pin)
    print("PIN set; any lockout is lifted")
    return 0


def cmd_staff_unlock(args: argparse.Namespace) -> int:
    from pos.services.staff import unlock_staff

    with open_till() as till:
        unlock_staff(till.context(), _staff_id(till, args.who))
    print("sign-in unlocked")
    return 0


def cmd_staff_unlock_approvals(args: argparse.Namespace) -> int:
    from pos.services.approvals import unlock_approvals

    with open_till() as till:
        unlock_approvals(till.context())
    print("approvals by PIN unlocked")
    return 0


def cmd_staff_access_list(args: argparse.Namespace) -> int:
    import csv
    import io

    from pos.services.staff import access_list

    with open_till() as till:
        rows = access_list(till.context())
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t" if args.out is None else ",", lineterminator="\n")
    writer.writerow(["from (UTC)", "staff id", "name", "role", "changed by"])
    for r in rows:
        role = r.role.value if r.role is not None else "no access"
        by = r.by_name or "till"
        writer.writerow([r.at.isoformat(timespec="seconds"), r.staff_id, r.name, role, by])
    if args.out is None:
        print(out.getvalue(), end="")
    else:
        args.out.write_text(out.getvalue(), encoding="utf-8")
        print(f"wrote {len(rows)} access changes to {args.out}")
    return 0


def cmd_staff_list(args: argparse.Namespace) -> int:
    from pos.services.staff import list_staff

    with open_till() as till:
        for s in list_staff(till.context()):
            state = "active" if s.active else "inactive"
            pin = "" if s.has_pin else "\tno PIN: cannot sign in"
            print(f"{s.id}\t{s.name}\t{s.role.value}\t{state}{pin}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    import sqlcipher3
    from sqlalchemy.exc import SQLAlchemyError

    from pos.services import retention_schedule
    from pos.services.setup import describe_till
    from pos.storage.integrity import run_checks

    with open_till(person=False) as till:
        results = run_checks(till.db)
        failed = [r for r in results if not r.ok]
        for r in results:
            print(f"{r.name}: {r.detail}")
        try:
            retention: RetentionStatus | None = retention_schedule.status(till.context())
            zone = describe_till(till.context()).timezone
        except (SQLAlchemyError, sqlcipher3.Error):
            # A damaged page under the store's row: the checks above already say so.
            retention = None
        if failed:
            # Damage is a possible breach (K14): it opens an incident draft, once per finding.
            registers.record_check_failures(till, [(r.name, r.detail) for r in failed])
    # Retention is reported, not judged: the exit code covers integrity, cipher and audit
    # chain only (BRIEF section 8); an overdue run is a warning line.
    if retention is not None:
        lines, warning = _retention_lines(retention, zone)
        for line in lines:
            print(line)
        if warning:
            print(warning, file=sys.stderr)
    if failed:
        # One line naming every failure, the audit chain's broken entry first.
        order = ["audit chain", "cipher integrity", "database integrity", "references"]
        failed.sort(key=lambda r: order.index(r.name) if r.name in order else len(order))
        summary = "; ".join(f"{r.name}: {r.detail}" for r in failed)
        print(f"pos: check failed: {summary}", file=sys.stderr)
        return 1
    return 0


def _retention_lines(status: RetentionStatus, zone: str) -> tuple[list[str], str | None]:
    """`retention: last run ...` lines, and a warning when retention is overdue."""
    from zoneinfo import ZoneInfo

    from pos.services.retention_schedule import OVERDUE_AFTER

    def local(at: dt.datetime) -> str:
        return f"{at.astimezone(ZoneInfo(zone)):%Y-%m-%d %H:%M} ({zone})"

    last = status.last_run
    if last is None:
        lines = ["retention: never run"]
    else:
        state = "finished" if last.ok else "failed"
        lines = [f"retention: last run {local(last.started_at)}, {state}: {last.counts()}"]
        if not last.ok and status.last_success is not None:
            lines.append(f"retention: last finished run {local(status.last_success)}")
    if status.running_since is not None:
        lines.append(f"retention: a run is under way since {local(status.running_since)}")
    warning = None
    if status.overdue:
        warning = (
            f"pos: warning: retention is overdue (no finished run in {OVERDUE_AFTER.days} days); "
            "it runs by itself while the window or `pos sync` runs; `pos retention run` runs it now"
        )
    return lines, warning


def cmd_rekey(args: argparse.Namespace) -> int:
    from pos.keys import KEYRING_SERVICE, keyring_store, resolve_new_key
    from pos.storage.rekey import rekey

    # The new key is checked before anyone signs in: a refused one changes nothing.
    new_key = resolve_new_key(till_paths().db, env="POS_NEW_DB_KEY")
    with open_till() as till:
        if new_key == till.key:
            raise ValidationError(Code.KEY_SAME)
        rekey(till.db, new_key).close()
    kept = ""
    if not os.environ.get("POS_DB_KEY") and keyring_store(till.paths.db, new_key):
        kept = f"; the OS keyring entry ({KEYRING_SERVICE}) was updated"
    print(f"database key changed{kept}; use the new key from now on")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from till.gui import run

    return run(None, [])
