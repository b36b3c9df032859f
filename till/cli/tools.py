"""`pos seed`: realistic synthetic buyers and sales through the services (demo, benchmarks)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from pos.domain.errors import Code, ValidationError
from till.cli.common import open_till


def register(sub: Any) -> None:
    s = sub.add_parser("seed", help="add realistic synthetic buyers and sales (demo, benchmarks)")
    s.add_argument("--buyers", type=int, required=True)
    s.add_argument("--sales", type=int, required=True)
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--quiet", action="store_true")
    s.set_defaults(handler=cmd_seed)


def cmd_seed(args: argparse.Namespace) -> int:
    from pos.seed import seed
    from till.demo import prepare_for_seeding

    if args.buyers < 0 or args.sales < 0:
        raise ValidationError(Code.CLI_SEED_NEGATIVE)

    def report(text: str) -> None:
        if not args.quiet:
            print(text, file=sys.stderr, flush=True)

    with open_till() as till:
        for line in prepare_for_seeding(till.context()):
            print(f"pos seed: {line}", file=sys.stderr)
        result = seed(
            till.context(), buyers=args.buyers, sales=args.sales, seed=args.seed, report=report
        )
    print(
        f"seeded {result.buyers} buyers and {result.sales} sales in {result.seconds:.1f} s "
        f"({result.buyers / max(result.seconds, 1e-9):.0f} buyers/s, "
        f"{result.sales / max(result.seconds, 1e-9):.0f} sales/s overall)"
    )
    return 0
