"""`pos sale new`, `pos sale return`, `pos receipt reprint` (BRIEF section 8).

The same services as the window: a sale from barcodes with cash, card or both; a return
against the original receipt; a copy of any receipt marked COPY. Each prints what a
script needs on stdout (the receipt or return number) and prints the paper when a printer
is set.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Any

from pos.domain.enums import PaymentMethod
from pos.domain.errors import Code, Refused, ValidationError
from pos.domain.money import format_tiyn
from till.cli.common import open_till, parse_id
from till.cli.fiscal_cmds import fiscalize_now

if TYPE_CHECKING:
    from pos.domain.payment import PaymentInput
    from printing.outcomes import PrintOutcome
    from till.app import Till


def register(sub: Any) -> None:
    """Add `sale` and `receipt` to the `pos` parser."""
    sale = sub.add_parser("sale", help="sales and returns from the command line")
    ssub = sale.add_subparsers(dest="sale_command", metavar="ACTION", required=True)
    new = ssub.add_parser("new", help="record a sale; prints the receipt number")
    new.add_argument(
        "--line",
        action="append",
        required=True,
        metavar="BARCODE[:QTY]",
        help="a product by barcode and quantity (default 1); repeat for more lines",
    )
    new.add_argument(
        "--pay",
        action="append",
        metavar="cash[:T]|card[:T[:RRN]]",
        help="cash tendered (default: exact) and/or the card's amount and terminal reference",
    )
    new.add_argument("--buyer", metavar="ID", help="the buyer's id (a consent must cover it)")
    new.add_argument("--discount", metavar="P%|T", help="a receipt discount (10%% or 500)")
    new.add_argument(
        "--discount-reason",
        metavar="R",
        help="why (needed with a discount; above the store's limit a sales manager's PIN "
        "in POS_APPROVER_PIN)",
    )
    new.set_defaults(handler=cmd_sale_new)

    ret = ssub.add_parser("return", help="a return against the original receipt")
    ret.add_argument("receipt", metavar="RECEIPT", help="42 or ALM-01/1/42 (as scanned)")
    ret.add_argument(
        "--line", action="append", required=True, metavar="BARCODE:QTY", help="what comes back"
    )
    ret.add_argument("--reason", required=True, help="why (no names or numbers of people)")
    ret.add_argument("--card-ref", metavar="RRN", help="the terminal's reference of the refund")
    ret.add_argument(
        "--override-by",
        metavar="NAME",
        help="the sales manager approving a late return (else found by the PIN alone)",
    )
    ret.add_argument("--override-reason", metavar="TEXT", help="why a late return is accepted")
    ret.set_defaults(handler=cmd_sale_return)

    receipt = sub.add_parser("receipt", help="receipts")
    rsub = receipt.add_subparsers(dest="receipt_command", metavar="ACTION", required=True)
    rp = rsub.add_parser("reprint", help="print a copy of a receipt, marked COPY")
    rp.add_argument("receipt", metavar="RECEIPT", help="42 or ALM-01/1/42")
    rp.set_defaults(handler=cmd_receipt_reprint)


def parse_line(text: str, *, quantity_required: bool = False) -> tuple[str, str | None]:
    """'4870001' -> ('4870001', None); '4870001:3' -> ('4870001', '3'); '2000123:1.250'
    (kilograms to the gram) -> ('2000123', '1.250'). The unit decides what QTY may be."""
    barcode, sep, qty = text.strip().partition(":")
    if not barcode or (sep and not qty.strip()) or (quantity_required and not sep):
        raise ValidationError(Code.SALE_LINE_FORM, field="line", text=text)
    return barcode, qty.strip() if sep else None


def _milli(text: str, qty: str | None, unit: str, default_milli: int = 1000) -> int:
    """The quantity in thousandths of `unit` (the sale screen's rule, parse_quantity), or
    the usage error naming the --line."""
    from pos.domain.quantity import parse_quantity

    if qty is None:
        return default_milli
    try:
        return parse_quantity(qty, unit)
    except ValidationError:
        raise ValidationError(Code.SALE_LINE_FORM, field="line", text=text) from None


def _tenge(text: str, what: str) -> int:
    from pos.domain.payment import parse_tenge

    return parse_tenge(text, field=what)


def parse_pay(text: str) -> PaymentInput:
    """'cash', 'cash:5000', 'card', 'card:2000', 'card:2000:123456789012'."""
    from pos.domain.payment import PaymentInput

    method, *rest = text.strip().split(":")
    try:
        kind = PaymentMethod(method.strip().lower())
    except ValueError:
        raise ValidationError(Code.SALE_PAY_FORM, field="pay", text=text) from None
    if kind not in (PaymentMethod.CASH, PaymentMethod.CARD) or len(rest) > (
        2 if kind is PaymentMethod.CARD else 1
    ):
        raise ValidationError(Code.SALE_PAY_FORM, field="pay", text=text)
    amount = _tenge(rest[0], "pay") if rest and rest[0] else None
    reference = rest[1] if len(rest) == 2 else None
    return PaymentInput(kind, amount, reference)


def _print_outcomes(outcomes: list[PrintOutcome]) -> None:
    for outcome in outcomes:
        if outcome.ok:
            print(outcome.message)
        else:
            print(f"pos: {outcome.message}", file=sys.stderr)


def _printer_set(till: Till) -> bool:
    from printing.outcomes import PrinterState
    from till.app import printer_service

    return printer_service(till).status().state is not PrinterState.NOT_SET


def cmd_sale_new(args: argparse.Namespace) -> int:
    """`pos sale new --line BARCODE[:QTY] ... --pay cash[:T] [--pay card:T[:RRN]]`."""
    from pos.domain.discounts import parse_discount
    from pos.domain.quantity import from_milli
    from pos.services import catalog
    from pos.services.sales import LineInput, NewSale, record_sale
    from till.app import printer_service

    items = [(text, *parse_line(text)) for text in args.line]
    payments = tuple(parse_pay(text) for text in args.pay or ["cash"])
    buyer_id = parse_id(args.buyer) if args.buyer else None
    discount = None
    if args.discount is not None:
        discount = parse_discount(args.discount)
        if discount is None:
            raise ValidationError(Code.DISCOUNT_INVALID, field="discount")
    with open_till() as till:
        ctx = till.context()
        lines = []
        for text, barcode, qty in items:
            product = catalog.by_barcode(ctx, barcode)
            if product is None:
                raise Refused(Code.SALE_UNKNOWN_BARCODE, barcode=barcode)
            # A weighed-goods label carries its weight; a typed QTY wins over it.
            milli = _milli(text, qty, product.unit, product.label_milli or 1000)
            amount = from_milli(milli)
            lines.append(
                LineInput(
                    name=product.name,
                    quantity=int(amount) if product.unit == "pcs" else amount,
                    unit_price_tiyn=product.price_tiyn,
                    category=product.category,
                    barcode=barcode,
                    product_id=product.id,
                    unit=product.unit,
                    name_kk=product.name_kk,
                    vat_percent=product.vat_percent,
                )
            )
        sale = record_sale(
            ctx,
            NewSale(
                lines=tuple(lines),
                buyer_id=buyer_id,
                payments=payments,
                discount=discount,
                discount_reason=args.discount_reason,
                approver_pin=os.environ.get("POS_APPROVER_PIN"),
            ),
        )
        print(f"receipt {sale.receipt_no} ({sale.reference})")
        print(f"total {format_tiyn(sale.total_tiyn)}")
        for part in sale.payments:
            extra = f" ref {part.reference}" if part.reference else ""
            print(f"{part.method.value} {format_tiyn(part.amount_tiyn)}{extra}")
        if sale.tendered_tiyn is not None:
            print(f"tendered {format_tiyn(sale.tendered_tiyn)}")
            print(f"change {format_tiyn(sale.change_tiyn or 0)}")
        fiscalize_now(till, sale.id)
        if _printer_set(till):
            _print_outcomes([printer_service(till).print_receipt(sale.id)])
    return 0


def cmd_sale_return(args: argparse.Namespace) -> int:
    """`pos sale return RECEIPT --line BARCODE:QTY ... --reason R`."""
    from pos.services import receipts, returns
    from till.app import printer_service

    items = [(text, *parse_line(text, quantity_required=True)) for text in args.line]
    with open_till() as till:
        ctx = till.context()
        sale_id = receipts.find_sale(ctx, args.receipt)
        sale = returns.returnable(ctx, sale_id)
        picked: list[tuple[int, int]] = []
        taken: dict[int, int] = {}  # what earlier --line options already take of a line
        for text, barcode, qty in items:
            # A barcode names the first of its lines with something left to return (after
            # the earlier --line options: the same barcode twice takes its next line).
            matches = [ln for ln in sale.lines if ln.barcode == barcode]
            if not matches:
                raise ValidationError(
                    Code.RETURN_LINE_UNKNOWN,
                    field="line",
                    receipt=sale.sale.reference,
                    line=barcode,
                )
            line = next(
                (ln for ln in matches if ln.left_milli > taken.get(ln.line_no, 0)), matches[0]
            )
            milli = _milli(text, qty, line.unit)
            taken[line.line_no] = taken.get(line.line_no, 0) + milli
            picked.append((line.line_no, milli))
        override = None
        if args.override_by or args.override_reason:
            override = returns.Override(
                manager=args.override_by or "",
                pin=_override_pin(),
                reason=args.override_reason or "",
            )
        view = returns.record_return(
            ctx,
            returns.ReturnRequest(
                sale_id=sale_id,
                lines=tuple(picked),
                reason=args.reason,
                override=override,
                card_reference=args.card_ref,
            ),
        )
        print(f"return {view.return_no} against receipt {view.receipt}")
        print(f"total {format_tiyn(view.total_tiyn)}")
        for refund in view.refunds:
            extra = f" ref {refund.reference}" if refund.reference else ""
            print(f"refund {refund.method.value} {format_tiyn(refund.amount_tiyn)}{extra}")
        if view.credit is not None:
            print(f"credit balance {format_tiyn(view.credit.outstanding_tiyn)}")
        fiscalize_now(till, view.id)
        if _printer_set(till):
            _print_outcomes(printer_service(till).print_return(view.id))
    return 0


def _override_pin() -> str:
    """The approving manager's PIN: POS_OVERRIDE_PIN, else a prompt on a terminal."""
    import getpass
    import os

    pin = os.environ.get("POS_OVERRIDE_PIN")
    if pin is None and sys.stdin.isatty():
        pin = getpass.getpass("Sales manager's PIN: ")
    return pin or ""


def cmd_receipt_reprint(args: argparse.Namespace) -> int:
    """`pos receipt reprint RECEIPT`: a copy marked COPY."""
    from pos.services import receipts
    from till.app import printer_service

    with open_till() as till:
        sale_id = receipts.find_sale(till.context(), args.receipt)
        outcome = printer_service(till).print_receipt_copy(sale_id)
    _print_outcomes([outcome])
    return 0 if outcome.ok else 1
