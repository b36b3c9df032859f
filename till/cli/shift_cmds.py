"""`pos shift open|x|close` and `pos cash in|out` (BRIEF 8 and 9.1).

Each prints its figures on stdout and, when a printer is set (settings or POS_PRINTER),
the document: the X or Z report, or the cash slip. The Z's blind count is the `--counted`
amount: the expected figure is printed only after it is recorded. A document that fails to
print leaves the recorded change in place (exit 1 says the paper failed).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from pos.domain.money import format_tiyn
from till.cli.common import open_till
from till.cli.fiscal_cmds import fiscal_report, fiscalize_now

if TYPE_CHECKING:
    from pos.domain.shifts import CashMoveView, ShiftView
    from till.app import Till


def _amount(text: str) -> int:
    """An argparse type: tenge with up to two decimals, else a usage error."""
    from pos.domain.errors import PosError
    from pos.domain.payment import parse_tenge

    try:
        value = parse_tenge(text)
    except PosError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount in tenge") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is below zero")
    return value


def register(sub: Any) -> None:
    sh = sub.add_parser("shift", help="the cash shift: open, X report, close (Z report)")
    ssub = sh.add_subparsers(dest="shift_command", metavar="ACTION", required=True)
    so = ssub.add_parser("open", help="open the register's shift with the counted float")
    so.add_argument("--float", dest="float_tiyn", type=_amount, required=True, metavar="T")
    so.set_defaults(handler=cmd_shift_open)
    sx = ssub.add_parser("x", help="the X report: the open shift's figures now")
    sx.set_defaults(handler=cmd_shift_x)
    sc = ssub.add_parser("close", help="close the shift with the counted cash (Z report)")
    sc.add_argument("--counted", type=_amount, required=True, metavar="T")
    sc.set_defaults(handler=cmd_shift_close)

    ca = sub.add_parser("cash", help="cash put into or taken from the drawer")
    csub = ca.add_subparsers(dest="cash_command", metavar="ACTION", required=True)
    for kind, text in (("in", "put cash into the drawer"), ("out", "take cash out")):
        c = csub.add_parser(kind, help=text)
        c.add_argument("--amount", type=_amount, required=True, metavar="T")
        c.add_argument("--reason", required=True, metavar="R")
        c.set_defaults(handler=cmd_cash, kind=kind)


def _t(amount: int) -> str:
    return format_tiyn(amount, sign=False)


def _local(view_time: Any, zone: str) -> str:
    from zoneinfo import ZoneInfo

    return str(view_time.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M"))


def print_figures(view: ShiftView, *, z: bool) -> None:
    t = view.totals
    print(f"shift\t{view.number}")
    print(f"opened\t{_local(view.opened_at, view.timezone)}\t{view.opened_by}")
    if z and view.closed_at is not None:
        print(f"closed\t{_local(view.closed_at, view.timezone)}\t{view.closed_by}")
    else:
        print(f"at\t{_local(view.at, view.timezone)}")
    print(f"sales\t{t.sales_count}\t{_t(t.sales_tiyn)}")
    for method, amount in sorted(t.sales_by_method.items()):
        print(f"sales.{method}\t{_t(amount)}")
    print(f"returns\t{t.refunds_count}\t{_t(t.refunds_tiyn)}")
    for method, amount in sorted(t.refunds_by_method.items()):
        print(f"returns.{method}\t{_t(amount)}")
    print(f"discounts\t{_t(t.discounts_tiyn)}")
    for rate, amount in sorted(t.turnover_by_rate.items()):
        print(f"turnover.{rate}\t{_t(amount)}")
    for rate, amount in sorted(t.vat_by_rate.items()):
        print(f"vat.{rate}\t{_t(amount)}")
    print(f"repayments\t{t.repayments_count}\t{_t(t.repayments_tiyn)}")
    for method, amount in sorted(t.repayments_by_method.items()):
        print(f"repayments.{method}\t{_t(amount)}")
    print(f"float\t{_t(t.float_tiyn)}")
    print(f"cash_in\t{t.cash_in_count}\t{_t(t.cash_in_tiyn)}")
    print(f"cash_out\t{t.cash_out_count}\t{_t(t.cash_out_tiyn)}")
    print(f"cash_expected\t{_t(t.expected_cash_tiyn)}")
    if z and view.counted_tiyn is not None and view.difference_tiyn is not None:
        print(f"cash_counted\t{_t(view.counted_tiyn)}")
        print(f"difference\t{_t(view.difference_tiyn)}")


def _paper(till: Till, document: str, payload: Any) -> int:
    """Print the document if a printer is set: 0 printed (or no printer), 1 it failed; the
    recorded change stands either way."""
    from printing.config import load
    from till.app import printer_service

    if not load(till.context()).configured:
        return 0
    service = printer_service(till)
    if document == "cash-slip":
        outcome = service.print_cash_slip(payload)
    else:
        outcome = service.print_shift_report(payload, z=document == "z-report")
    if outcome.ok:
        print(outcome.message)
        return 0
    print(f"pos: {outcome.message}", file=sys.stderr)
    return 1


def cmd_shift_open(args: argparse.Namespace) -> int:
    from pos.services.shifts import open_shift

    with open_till() as till:
        view = open_shift(till.context(), args.float_tiyn)
    print(f"shift {view.number} opened, float {_t(view.totals.float_tiyn)}")
    return 0


def cmd_shift_x(args: argparse.Namespace) -> int:
    from pos.services.shifts import x_report

    with open_till() as till:
        view = x_report(till.context())
        print_figures(view, z=False)
        fiscal_report(till)
        return _paper(till, "x-report", view)


def cmd_shift_close(args: argparse.Namespace) -> int:
    from pos.services.shifts import close_shift

    with open_till() as till:
        view = close_shift(till.context(), args.counted)
        print_figures(view, z=True)
        fiscal_report(till)
        return _paper(till, "z-report", view)


def cmd_cash(args: argparse.Namespace) -> int:
    from pos.domain.shifts import CashMoveKind
    from pos.services.fiscal import check_cash_out
    from pos.services.shifts import move_cash

    with open_till() as till:
        move: CashMoveView = move_cash(
            till.context(), CashMoveKind(args.kind), args.amount, args.reason
        )
        fiscalize_now(till, move.id)
        # A cash out the cash register refused (not enough cash in its box) never happened:
        # refused here with what the box holds (exit 1), and no slip.
        check_cash_out(till.context(), move.id)
        print(f"cash {move.kind.value} {_t(move.amount_tiyn)}, shift {move.shift_number}")
        return _paper(till, "cash-slip", move)
