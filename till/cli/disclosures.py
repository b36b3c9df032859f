"""`pos disclosures list|add` and `pos delivery pending|handover`: the register of transfers
of buyers' data to recipients (policy 4.3.2, 4.4.2)."""

from __future__ import annotations

import argparse
from typing import Any
from zoneinfo import ZoneInfo

from pos.domain.enums import DataCategory, RecipientCategory
from pos.domain.money import format_tiyn
from pos.domain.views import DisclosureRegisterRow, DisclosureView, to_json
from till.cli.common import open_till, parse_date, parse_id

RECIPIENTS = ", ".join(c.value for c in RecipientCategory)
CATEGORIES = ", ".join(c.value for c in DataCategory)


def _categories(text: str) -> list[DataCategory]:
    """`--data phone,delivery_address` (or repeated): data categories, else a usage error."""
    out = []
    for part in text.split(","):
        try:
            out.append(DataCategory(part.strip()))
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"unknown data category {part.strip()!r}; categories are: {CATEGORIES}"
            ) from None
    return out


def register(sub: Any) -> None:
    d = sub.add_parser("disclosures", help="the register of transfers to recipients (4.3.2)")
    dsub = d.add_subparsers(dest="disclosures_command", metavar="ACTION", required=True)
    dl = dsub.add_parser("list", help="show the register (sales manager; the reading is audited)")
    dl.add_argument("--buyer", help="only this buyer's transfers")
    dl.add_argument("--from", dest="date_from", type=parse_date, help="first day, YYYY-MM-DD")
    dl.add_argument("--to", dest="date_to", type=parse_date, help="last day, YYYY-MM-DD")
    dl.add_argument("--recipient", help=f"only this recipient category: {RECIPIENTS}")
    dl.add_argument("--json", action="store_true", help="machine-readable output")
    dl.set_defaults(handler=cmd_list)

    da = dsub.add_parser("add", help="record a transfer of a buyer's data (sales manager)")
    da.add_argument("--buyer", required=True, help="the buyer's id")
    da.add_argument("--recipient", required=True, help=f"recipient category: {RECIPIENTS}")
    da.add_argument("--name", required=True, help="the recipient company or body")
    da.add_argument(
        "--data",
        action="append",
        type=_categories,
        help=f"data transferred, comma-separated or repeated: {CATEGORIES} "
        "(a courier or postal hand-over with --sale takes what the delivery needs)",
    )
    da.add_argument(
        "--basis",
        help="legal basis reference (law, article, request number): required for a "
        "government body; a document reference, not personal data",
    )
    da.add_argument("--sale", metavar="RECEIPT", help="the receipt the transfer serves")
    da.set_defaults(handler=cmd_add)

    dv = sub.add_parser("delivery", help="delivery sales and their hand-over to carriers")
    vsub = dv.add_subparsers(dest="delivery_command", metavar="ACTION", required=True)
    vp = vsub.add_parser("pending", help="delivery sales not yet handed to a carrier")
    vp.add_argument("--buyer", help="only this buyer's")
    vp.set_defaults(handler=cmd_pending)
    vh = vsub.add_parser(
        "handover", help="record that a delivery went to a courier (a disclosure register row)"
    )
    vh.add_argument("receipt", help="the receipt number (42, or ALM-01/1/42)")
    vh.add_argument("--courier", required=True, help="the courier or postal company")
    vh.add_argument("--postal", action="store_true", help="a postal service rather than a courier")
    vh.set_defaults(handler=cmd_handover)


def _basis(purpose: object, legal_basis: str | None) -> str:
    if purpose is not None:
        return f"consent: {getattr(purpose, 'value', purpose)}"
    return f"legal basis: {legal_basis or '-'}"


def _print_recorded(v: DisclosureView, tz: str) -> None:
    when = v.at.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M")
    print(
        f"recorded {v.id}: {when} to {v.recipient_category.value} {v.recipient_name} "
        f"({_basis(v.purpose, v.legal_basis)}): {', '.join(c.value for c in v.data_categories)}"
        + (f", receipt {v.receipt}" if v.receipt else "")
    )


def _timezone(till: Any) -> str:
    from pos.services.lookups import store_info

    with till.db.read_session() as session:
        return store_info(session, till.context().actor).timezone


def cmd_add(args: argparse.Namespace) -> int:
    from pos.services.disclosures import (
        DELIVERY_RECIPIENTS,
        hand_over_delivery,
        parse_recipient,
        record_disclosure,
        sale_by_receipt,
    )

    buyer_id = parse_id(args.buyer)
    data = [c for group in args.data or [] for c in group]
    with open_till() as till:
        ctx = till.context()
        category = parse_recipient(args.recipient)
        sale_id = sale_by_receipt(ctx, args.sale) if args.sale else None
        if sale_id is not None and category in DELIVERY_RECIPIENTS and not data:
            view = hand_over_delivery(ctx, sale_id, args.name, category, buyer_id=buyer_id)
        else:
            view = record_disclosure(
                ctx, buyer_id, category, args.name, data, legal_basis=args.basis, sale_id=sale_id
            )
        _print_recorded(view, _timezone(till))
    return 0


def _row_text(r: DisclosureRegisterRow, tz: ZoneInfo) -> str:
    return "\t".join(
        (
            r.at.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
            r.recipient_category.value,
            r.recipient_name,
            r.buyer_masked or ("(destroyed)" if r.buyer_id is None else "-"),
            ", ".join(c.value for c in r.data_categories),
            _basis(r.purpose, r.legal_basis),
            f"receipt {r.receipt}" if r.receipt else "-",
            r.staff_name or "-",
        )
    )


def cmd_list(args: argparse.Namespace) -> int:
    from pos.services.disclosures import list_disclosures

    buyer_id = parse_id(args.buyer) if args.buyer else None
    with open_till() as till:
        register = list_disclosures(
            till.context(),
            buyer_id=buyer_id,
            date_from=args.date_from,
            date_to=args.date_to,
            category=args.recipient,
        )
    if args.json:
        print(to_json(register))
        return 0
    zone = ZoneInfo(register.timezone)
    print("date\trecipient\tname\tbuyer\tdata\tbasis\tsale\tstaff")
    for r in register.rows:
        print(_row_text(r, zone))
    print(f"{len(register.rows)} transfers ({register.timezone})")
    return 0


def cmd_pending(args: argparse.Namespace) -> int:
    from pos.services.disclosures import pending_deliveries

    buyer_id = parse_id(args.buyer) if args.buyer else None
    with open_till() as till:
        rows = pending_deliveries(till.context(), buyer_id=buyer_id)
        zone = ZoneInfo(_timezone(till))
    for p in rows:
        print(
            f"{p.receipt}\t{p.created_at.astimezone(zone).strftime('%Y-%m-%d %H:%M')}\t"
            f"{p.buyer_masked}\t{format_tiyn(p.total_tiyn)}"
        )
    if not rows:
        print("no delivery waits for a carrier")
    return 0


def cmd_handover(args: argparse.Namespace) -> int:
    from pos.services.disclosures import hand_over_delivery, sale_by_receipt

    category = RecipientCategory.POSTAL if args.postal else RecipientCategory.COURIER
    with open_till() as till:
        ctx = till.context()
        sale_id = sale_by_receipt(ctx, args.receipt)
        view = hand_over_delivery(ctx, sale_id, args.courier, category)
        _print_recorded(view, _timezone(till))
    return 0
