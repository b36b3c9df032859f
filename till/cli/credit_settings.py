"""`pos settings credit`: the store's partner banks and bank products with their rates."""

from __future__ import annotations

import argparse
from typing import Any

from till.cli.common import open_till


def register_settings(ssub: Any) -> None:
    """`pos settings credit` (added to `pos settings` by till.cli.core)."""
    sc = ssub.add_parser(
        "credit",
        help="set the partner banks and bank products (with annual rates) credit sales offer",
    )
    sc.add_argument(
        "--bank", action="append", metavar="NAME", help="a partner bank (repeat; replaces the list)"
    )
    sc.add_argument(
        "--product",
        action="append",
        metavar="NAME:RATE",
        help="a bank product and its annual rate in percent, e.g. standard:24.9 (repeat; "
        "replaces the list)",
    )
    sc.set_defaults(handler=cmd_settings_credit)


def cmd_settings_credit(args: argparse.Namespace) -> int:
    from pos.domain.credit_catalogue import parse_product
    from pos.domain.errors import Code, ValidationError
    from pos.services.credit_settings import catalogue, set_catalogue

    with open_till() as till:
        ctx = till.context()
        if args.bank is None and args.product is None:
            shown = catalogue(ctx)  # no options: show the lists
        else:
            products = [parse_product(p) for p in args.product] if args.product else None
            if args.bank is not None and not any(b.strip() for b in args.bank):
                raise ValidationError(Code.CREDIT_LIST_EMPTY, field="banks")
            shown = set_catalogue(ctx, banks=args.bank, products=products)
            print("credit banks and products saved")
    print("banks: " + "; ".join(shown.banks))
    for p in shown.products:
        print(f"product: {p.name}\t{p.annual_rate:g} % a year")
    return 0
