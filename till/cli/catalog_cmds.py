"""`pos catalog import|find|versions` and `pos settings discounts|weighed-labels` (BRIEF 9.4,
9.3): price lists at the till, product search, the discount limit, the scale label layout."""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path
from typing import Any

from pos.domain.errors import Code, ValidationError
from till.cli.common import open_till


def register(sub: Any) -> None:
    cat = sub.add_parser("catalog", help="products and prices (BRIEF 9.4)")
    csub = cat.add_subparsers(dest="catalog_command", metavar="ACTION", required=True)
    ci = csub.add_parser(
        "import", help="apply a CSV price list (store admin); any bad row imports nothing"
    )
    ci.add_argument("file", type=Path)
    ci.add_argument(
        "--effective",
        type=_iso_time,
        metavar="ISO-TIME",
        help="when its prices take effect, e.g. 2026-12-01T00:00+05:00 (default: now)",
    )
    ci.set_defaults(handler=cmd_catalog_import)
    cf = csub.add_parser("find", help="products by barcode, code, or name prefix (ru or kk)")
    cf.add_argument("text")
    cf.add_argument("--limit", type=int, default=20)
    cf.set_defaults(handler=cmd_catalog_find)
    cv = csub.add_parser("versions", help="the price lists applied at this till")
    cv.set_defaults(handler=cmd_catalog_versions)


def register_settings(ssub: Any) -> None:
    sd = ssub.add_parser(
        "discounts", help="the discount limit above which a sales manager's PIN approves"
    )
    sd.add_argument("--limit", required=True, metavar="PERCENT", help="e.g. 10 or 12.5")
    sd.set_defaults(handler=cmd_settings_discounts)
    sw = ssub.add_parser("weighed-labels", help="the layout of weighed-goods EAN-13 labels")
    sw.add_argument("--prefixes", default="20-29", help="2-digit prefixes: 20-29 or 21,22")
    sw.add_argument("--code-digits", type=int, default=5)
    sw.add_argument("--weight-digits", type=int, default=5)
    sw.set_defaults(handler=cmd_settings_weighed)


def _iso_time(text: str) -> dt.datetime:
    try:
        at = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO time: {text!r}") from None
    if at.tzinfo is None:
        raise argparse.ArgumentTypeError("give the time with its offset, e.g. +05:00")
    return at.astimezone(dt.UTC)


def cmd_catalog_import(args: argparse.Namespace) -> int:
    from pos.services.catalog import import_file

    started = time.monotonic()
    with open_till() as till:
        result = import_file(till.context(), args.file, effective_at=args.effective)
    print(
        f"price list {result.version}: {result.products} products "
        f"({result.added} new, {result.updated} updated), effective "
        f"{result.effective_at:%Y-%m-%d %H:%M} UTC ({time.monotonic() - started:.1f} s)"
    )
    return 0


def cmd_catalog_find(args: argparse.Namespace) -> int:
    from pos.domain.money import format_tiyn
    from pos.services.catalog import search

    with open_till() as till:
        found = search(till.context(), args.text, limit=max(1, min(args.limit, 200)))
    for p in found:
        vat = "standard" if p.vat_percent is None else f"{p.vat_percent}%"
        kk = f" / {p.name_kk}" if p.name_kk else ""
        print(
            f"{p.barcode}\t{p.code or '-'}\t{p.name}{kk}\t{p.unit}\t"
            f"{format_tiyn(p.price_tiyn)}\tVAT {vat}"
        )
    if not found:
        print("no products found")
    return 0


def cmd_catalog_versions(args: argparse.Namespace) -> int:
    from pos.services.catalog import versions

    with open_till() as till:
        rows = versions(till.context())
    for v in rows:
        state = "complete" if v.complete else f"{v.parts_applied}/{v.parts} parts"
        print(
            f"{v.version}\t{v.source}\teffective {v.effective_at:%Y-%m-%d %H:%M} UTC\t"
            f"{v.products} products\t{state}\tapplied {v.applied_at:%Y-%m-%d %H:%M} UTC"
        )
    if not rows:
        print("no price lists applied")
    return 0


def cmd_settings_discounts(args: argparse.Namespace) -> int:
    from decimal import Decimal, InvalidOperation

    from pos.domain.discounts import format_percent
    from pos.services.settings import set_discount_limit

    try:
        hundredths = Decimal(args.limit.rstrip("%").replace(",", ".")) * 100
    except InvalidOperation:
        raise ValidationError(Code.DISCOUNT_LIMIT_RANGE, field="limit") from None
    if hundredths != hundredths.to_integral_value():
        raise ValidationError(Code.DISCOUNT_LIMIT_RANGE, field="limit")
    with open_till() as till:
        set_discount_limit(till.context(), int(hundredths))
    print(f"discounts above {format_percent(int(hundredths))} need a sales manager's PIN")
    return 0


def cmd_settings_weighed(args: argparse.Namespace) -> int:
    from pos.domain.weighed import WeighedLayout
    from pos.services.settings import set_weighed_layout

    prefixes: list[str] = []
    for part in args.prefixes.split(","):
        first, _, last = part.strip().partition("-")
        if not first.isdigit() or (last and not last.isdigit()):
            raise ValidationError(Code.WEIGHED_LAYOUT_INVALID, field="prefixes")
        prefixes += [f"{n:0{len(first)}d}" for n in range(int(first), int(last or first) + 1)]
    layout = WeighedLayout(tuple(prefixes), args.code_digits, args.weight_digits)
    with open_till() as till:
        set_weighed_layout(till.context(), layout)
    print(
        f"weighed-goods labels: prefixes {', '.join(prefixes)}, {args.code_digits}-digit item "
        f"code, {args.weight_digits}-digit weight in grams"
    )
    return 0
