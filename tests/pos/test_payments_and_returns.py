"""Split payment, held sales and returns through the services the window and the CLI use."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from headoffice.models import EventRow
from headoffice.officer import Officer, Subject
from pos.domain.enums import CreditStatus, PaymentMethod
from pos.domain.errors import PermissionDenied, PosError, Refused, ValidationError
from pos.domain.payment import PaymentInput, refund_split, settle
from pos.services import held, receipts, returns
from pos.services.context import ServiceContext
from pos.services.reports import access_report
from pos.services.sales import LineInput, NewSale, record_sale
from pos.storage.models import CreditArrangement, HeldSale, OutboxEvent, Sale
from printing.service import PrintService
from sync.worker import SyncWorker
from tests.support.escpos_decoder import GlyphReader
from tests.support.headoffice import HeadOffice
from tests.support.printer import FakePrinter, printout, set_printer
from tests.support.tills import (
    DELIVERY,
    INSTALLMENT,
    MANAGER_PIN,
    TillFixture,
    credit_buyer,
    delivery_buyer,
    installment_sale,
    new_shift,
    register,
)

CASH, CARD = PaymentMethod.CASH, PaymentMethod.CARD
KETTLE = LineInput("Чайник", 1, 1_250_000, barcode="4870001000011")
MUG = LineInput("Кружка", 3, 99_000, barcode="4870001000028")


def test_split_rules_change_only_from_cash_each_method_once() -> None:
    card, cash = settle(10_000, (PaymentInput(CARD, 6_000, "ab12cd"), PaymentInput(CASH, 5_000)))
    assert (cash.amount_tiyn, cash.tendered_tiyn, cash.change_tiyn) == (4_000, 5_000, 1_000)
    assert (card.amount_tiyn, card.reference, card.change_tiyn) == (6_000, "AB12CD", None)
    [only] = settle(10_000, (PaymentInput(CARD),))
    assert only.amount_tiyn == 10_000
    refusals = [
        (PaymentInput(CASH), PaymentInput(CASH)),  # twice
        (PaymentInput(CARD, 11_000), PaymentInput(CASH)),  # card over the total
        (PaymentInput(CARD, 10_000), PaymentInput(CASH)),  # nothing left for cash
        (PaymentInput(CARD, 4_000),),  # card alone must pay it all
        (PaymentInput(CARD, 4_000), PaymentInput(CASH, 5_000)),  # cash short of 6 000
        (PaymentInput(CARD, 4_000, "12-34"), PaymentInput(CASH)),  # not a reference
        (PaymentInput(PaymentMethod.CREDIT),),
        (),
    ]
    for parts in refusals:
        with pytest.raises(ValidationError):
            settle(10_000, parts)
    # A return goes back to the card first, then from the drawer.
    paid = {CARD: 6_000, CASH: 4_000}
    assert refund_split(7_000, paid, {}) == {CARD: 6_000, CASH: 1_000}
    assert refund_split(3_000, paid, {CARD: 6_000}) == {CASH: 3_000}


def test_a_split_sale_keeps_both_payments_and_head_office_gets_them(till: TillFixture) -> None:
    sale = record_sale(
        till.ctx(till.cashier),
        NewSale(
            lines=(KETTLE, MUG),
            payments=(PaymentInput(CARD, 1_000_000, "123456789012"), PaymentInput(CASH, 600_000)),
        ),
    )
    assert sale.payment_method is CASH  # a split is a cash sale whose cash gives the change
    assert (sale.tendered_tiyn, sale.change_tiyn) == (600_000, 600_000 - 547_000)
    assert [(p.method, p.amount_tiyn, p.reference) for p in sale.payments] == [
        (CARD, 1_000_000, "123456789012"),
        (CASH, 547_000, None),
    ]
    with till.db.read_session() as s:
        event = s.scalars(select(OutboxEvent).where(OutboxEvent.type == "sale.recorded")).one()
    payload = json.loads(event.payload) if isinstance(event.payload, str) else event.payload
    assert payload["payments"][0] == {
        "method": "card",
        "amount_tiyn": 1_000_000,
        "tendered_tiyn": None,
        "change_tiyn": None,
        "reference": "123456789012",
    }
    # The old way of saying "card" still works and keeps one payment row.
    card = record_sale(till.ctx(till.cashier), NewSale(lines=(KETTLE,), payment=CARD))
    assert [(p.method, p.amount_tiyn) for p in card.payments] == [(CARD, 1_250_000)]


def test_a_held_sale_is_no_sale_and_comes_back_whole(till: TillFixture) -> None:
    ctx = till.ctx(till.cashier)
    with pytest.raises(ValidationError):
        held.hold_sale(ctx, ())
    first = held.hold_sale(ctx, (KETTLE, MUG))
    held.hold_sale(ctx, (MUG,))
    assert [h.total_tiyn for h in held.held_sales(ctx)] == [1_547_000, 297_000]
    with till.db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 0
        assert not s.scalars(select(OutboxEvent).where(OutboxEvent.type.like("sale.%"))).all()
    back = held.resume_sale(ctx, first)
    assert [held.line_input(d) for d in back.lines] == [KETTLE, MUG]
    assert len(held.held_sales(ctx)) == 1
    with pytest.raises(PosError):
        held.resume_sale(ctx, first)  # resumed once only


def test_a_return_by_scanned_code_refunds_card_then_cash_and_never_more_than_sold(
    till: TillFixture,
) -> None:
    ctx = till.ctx(till.cashier)
    sale = record_sale(
        ctx,
        NewSale(lines=(KETTLE, MUG), payments=(PaymentInput(CARD, 100_000), PaymentInput(CASH))),
    )
    assert receipts.find_sale(ctx, sale.reference) == sale.id  # what the QR code holds
    assert receipts.find_sale(ctx, f" {sale.receipt_no} ") == sale.id
    with pytest.raises(PosError):
        receipts.find_sale(ctx, "ALM-01/9/1")
    first = returns.record_return(
        ctx, returns.ReturnRequest(sale.id, ((2, 1000),), "брак", card_reference="654321")
    )
    assert first.total_tiyn == 99_000
    assert [(r.method, r.amount_tiyn, r.reference) for r in first.refunds] == [
        (CARD, 99_000, "654321")
    ]
    second = returns.record_return(
        ctx, returns.ReturnRequest(sale.id, ((2, 2000), (1, 1000)), "брак")
    )
    # The card had 1 000 left; the rest from the drawer. The last mugs take the rest exactly.
    assert second.total_tiyn == 2 * 99_000 + 1_250_000
    assert {r.method: r.amount_tiyn for r in second.refunds} == {CARD: 1_000, CASH: 1_447_000}
    with pytest.raises(ValidationError, match="at most 0"):
        returns.record_return(ctx, returns.ReturnRequest(sale.id, ((1, 1000),), "брак"))
    with pytest.raises(ValidationError):
        returns.record_return(
            ctx, returns.ReturnRequest(sale.id, ((2, 1000),), "звонить 87015551234")
        )
    left = returns.returnable(ctx, sale.id)
    assert [ln.left_milli for ln in left.lines] == [0, 0]
    with till.db.read_session() as s:
        assert s.get(Sale, sale.id) is not None  # the sale stays, never deleted


def test_a_late_return_needs_a_sales_managers_pin_and_keeps_their_name(
    till: TillFixture,
) -> None:
    ctx = till.ctx(till.cashier)
    sale = record_sale(ctx, NewSale(lines=(KETTLE,)))
    later = ServiceContext(
        till.db, till.cashier, clock=lambda: sale.created_at + dt.timedelta(days=15)
    )
    new_shift(later)  # 15 days on, the day's own shift
    request = returns.ReturnRequest(sale.id, ((1, 1000),), "брак")
    with pytest.raises(Refused, match="15 days ago"):
        returns.record_return(later, request)
    with pytest.raises(PermissionDenied):  # a cashier cannot approve
        returns.record_return(
            later,
            returns.ReturnRequest(
                sale.id,
                ((1, 1000),),
                "брак",
                override=returns.Override("Айгерим Кассир", "4071", "акт 5"),
            ),
        )
    done = returns.record_return(
        later,
        returns.ReturnRequest(
            sale.id,
            ((1, 1000),),
            "брак",
            override=returns.Override("Ерлан Менеджер", MANAGER_PIN, "акт 5 от 01.11"),
        ),
    )
    assert (done.override_name, done.override_reason) == ("Ерлан Менеджер", "акт 5 от 01.11")
    # On day 14 no override is asked.
    other = record_sale(ctx, NewSale(lines=(KETTLE,)))
    day14 = ServiceContext(
        till.db, till.cashier, clock=lambda: other.created_at + dt.timedelta(days=14)
    )
    returns.record_return(day14, returns.ReturnRequest(other.id, ((1, 1000),), "брак"))


def test_an_installment_return_reduces_the_balance_prints_the_act_and_reaches_head_office(
    headoffice: HeadOffice,
    till_a: TillFixture,
    printer: FakePrinter,
    reader: GlyphReader,
) -> None:
    headoffice.connect(till_a)
    person = credit_buyer()
    buyer = register(till_a, person, INSTALLMENT).buyer.id
    sale = installment_sale(till_a, buyer, total_tiyn=300_000, term=6)
    manager = till_a.ctx(till_a.manager)
    with pytest.raises(PermissionDenied):  # a credit return is a sales manager's
        returns.record_return(
            till_a.ctx(till_a.cashier),
            returns.ReturnRequest(sale.id, ((1, 1000),), "брак"),  # type: ignore[attr-defined]
        )
    done = returns.record_return(
        manager,
        returns.ReturnRequest(sale.id, ((1, 1000),), "брак"),  # type: ignore[attr-defined]
    )
    assert done.credit is not None and done.credit.outstanding_tiyn == 0
    assert done.credit_reduction_tiyn == 300_000
    with till_a.db.read_session() as s:
        credit = s.scalars(select(CreditArrangement)).one()
        assert credit.status == CreditStatus.CANCELLED.value

    set_printer(till_a, printer.url)
    outcomes = PrintService.for_till(manager, till_a.paths).print_return(done.id)
    assert [o.ok for o in outcomes] == [True, True]
    act = printout(printer.wait_jobs(2)[1], reader).squeezed()
    assert "АКТВОЗВРАТАТОВАРАДЛЯБАНКА" in act and "HalykBank" in act

    report = access_report(manager, buyer)
    assert [r.return_no for r in report.returns] == [done.return_no]

    assert SyncWorker(till_a.ctx()).run_cycle().ok
    with headoffice.db.session() as s:
        [stored] = s.scalars(select(EventRow).where(EventRow.type == "sale.returned")).all()
        assert stored.payload["credit_outstanding_tiyn"] == 0
        assert stored.payload["refunds"] == [
            {"method": "installment", "amount_tiyn": 300_000, "reference": None}
        ]
    found = Officer(headoffice.db, headoffice.keys, "officer").access_report(
        Subject(phone=person.phone)
    )
    [record] = found["records"]
    assert "sale.returned" in [p["type"] for p in record["purchases"]]


def test_returns_of_a_delivery_buyer_show_in_their_report(till: TillFixture) -> None:
    buyer = register(till, delivery_buyer(), DELIVERY).buyer.id
    sale = record_sale(
        till.ctx(till.cashier), NewSale(lines=(KETTLE,), delivery=True, buyer_id=buyer)
    )
    returns.record_return(
        till.ctx(till.cashier), returns.ReturnRequest(sale.id, ((1, 1000),), "не подошёл")
    )
    report = access_report(till.ctx(till.manager), buyer)
    [ret] = report.returns
    assert ret.receipt == sale.reference and ret.total_tiyn == 1_250_000


def test_a_held_sale_keeps_its_buyer_by_id_only(till: TillFixture) -> None:
    buyer = register(till, delivery_buyer(), DELIVERY).buyer.id
    ctx = till.ctx(till.cashier)
    held_id = held.hold_sale(ctx, (KETTLE,), buyer)
    with till.db.read_session() as s:
        row = s.get(HeldSale, held_id)
        assert row is not None and row.buyer_id == buyer
        # Product data only: no name, phone or address of the buyer in the kept lines.
        assert set(row.lines[0]) <= {
            "name",
            "quantity",
            "unit",
            "unit_price_tiyn",
            "category",
            "barcode",
            "product_id",
            "name_kk",
            "vat_percent",
            "discount",
        }
    assert held.resume_sale(ctx, held_id).buyer_id == buyer
