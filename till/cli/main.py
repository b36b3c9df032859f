"""`pos`: the till's command line (BRIEF section 8).

Exit codes: 0 success; 1 refused or failed, with one line on stderr; 2 usage error.
An expected failure never prints a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from pos import __version__
from pos.domain.errors import PosError
from till.cli import (
    buyers,
    catalog_cmds,
    common,
    core,
    disclosures,
    fiscal_cmds,
    printing_cmds,
    privacy,
    registers,
    sales_cmds,
    shift_cmds,
    stats_cmds,
    sync_cmds,
    tools,
)

log = logging.getLogger("till.cli")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line, like every other failure; `--help` shows the full usage.
        self.exit(2, f"{self.prog}: usage error: {message} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pos", description="Point-of-sale till for trading points.")
    parser.add_argument("--version", action="version", version=f"pos {__version__}")
    parser.add_argument(
        "--staff",
        metavar="NAME",
        help="who runs the command (else POS_STAFF); the PIN from POS_STAFF_PIN or a prompt",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    core.register(sub)
    buyer_actions = buyers.register(sub)
    privacy.register_buyer_actions(buyer_actions)  # withdraw, refuse, destroy, correct
    privacy.register(sub)
    disclosures.register(sub)
    stats_cmds.register(sub)
    registers.register(sub)
    shift_cmds.register(sub)
    tools.register(sub)
    printing_cmds.register(sub)
    sales_cmds.register(sub)
    sync_cmds.register(sub)
    catalog_cmds.register(sub)
    fiscal_cmds.register(sub)
    return parser


def _take_staff(argv: list[str]) -> tuple[list[str], str | None]:
    """`--staff NAME` (or `--staff=NAME`) anywhere on the line: who runs the command."""
    rest: list[str] = []
    staff: str | None = None
    items = iter(argv)
    for item in items:
        if item == "--staff":
            staff = next(items, "")
        elif item.startswith("--staff="):
            staff = item.split("=", 1)[1]
        else:
            rest.append(item)
    return rest, staff


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    rest, common.named_staff = _take_staff(list(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(rest)
    handler = getattr(args, "handler", None)
    if handler is None:
        handler = core.cmd_gui
    try:
        return int(handler(args) or 0)
    except PosError as exc:
        print(f"pos: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; that is not a failure of the command.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("pos: interrupted; nothing half-done was saved", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected failure in `pos %s`", args.command or "gui")
        print(
            "pos: unexpected failure; details (without personal data) are in the till log",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
