"""`pos stats export|list`: anonymized statistics of one whole period, and their register."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pos.domain.errors import Code, ValidationError
from pos.domain.stats import Period, parse_period, period_of_range
from till.cli.common import open_till, parse_date


def _period(text: str) -> Period:
    """An argparse type: YYYY-MM or YYYY-Www, else a usage error."""
    try:
        return parse_period(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(sub: Any) -> None:
    """Statistics commands register here."""
    st = sub.add_parser("stats", help="anonymized statistics for third parties (policy 4.4.1)")
    ssub = st.add_subparsers(dest="stats_command", metavar="ACTION", required=True)
    se = ssub.add_parser(
        "export",
        help="write one whole month or ISO week as CSV (no cell under 10 buyers); recorded",
    )
    se.add_argument("--out", required=True, type=Path)
    se.add_argument(
        "--period",
        type=_period,
        metavar="YYYY-MM|YYYY-Www",
        help="a month (2026-10) or an ISO week (2026-W42) that is over",
    )
    se.add_argument("--recipient", help="the organisation the file goes to")
    # Deprecated: accepted only when the two dates are exactly one whole period.
    se.add_argument("--from", dest="date_from", type=parse_date, help=argparse.SUPPRESS)
    se.add_argument("--to", dest="date_to", type=parse_date, help=argparse.SUPPRESS)
    se.set_defaults(handler=cmd_stats_export, usage_error=se.error)

    sl = ssub.add_parser("list", help="the register of statistics exports")
    sl.set_defaults(handler=cmd_stats_list)


def _chosen_period(args: argparse.Namespace) -> Period:
    dates = (args.date_from, args.date_to)
    if args.period is not None:
        if any(dates):
            args.usage_error("give --period, or --from and --to, not both")
        period: Period = args.period
        return period
    if not all(dates):
        args.usage_error("give --period YYYY-MM|YYYY-Www")
    period = period_of_range(args.date_from, args.date_to)
    print(
        f"pos: --from/--to is deprecated and will be removed; use --period {period.label}",
        file=sys.stderr,
    )
    return period


def cmd_stats_export(args: argparse.Namespace) -> int:
    from pos.services.stats import export_stats

    if args.out.exists() and args.out.is_dir():
        raise ValidationError(Code.CLI_IS_FOLDER, path=str(args.out))
    if not args.out.parent.is_dir():
        raise ValidationError(Code.CLI_NO_FILE, path=str(args.out.parent))
    period = _chosen_period(args)
    with open_till() as till:
        result = export_stats(till.context(), args.out, period, recipient=args.recipient)
    frozen = (
        "figures frozen now"
        if result.first
        else f"figures as frozen at its first export, {result.frozen_at:%Y-%m-%d %H:%M} UTC"
    )
    print(
        f"wrote {len(result.rows)} rows for {result.period.label} to {args.out} ({frozen}); "
        f"{result.cells_suppressed} of {result.cells_total} cells suppressed "
        f"(fewer than 10 buyers, or derivable from the total); sha256 {result.file_sha256}"
    )
    return 0


def cmd_stats_list(args: argparse.Namespace) -> int:
    from pos.services.stats import list_exports

    with open_till() as till:
        rows, tz = list_exports(till.context())
    zone = ZoneInfo(tz)
    for e in rows:
        when = e.at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        print(
            f"{when}\t{e.period}\t{e.recipient or '-'}\t{e.rows} rows\t"
            f"sha256 {e.file_sha256}\t{e.by}"
        )
    return 0
