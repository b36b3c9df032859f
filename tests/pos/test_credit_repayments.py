"""Credit repayments taken at the till go into the open shift: a cash one is expected in
the drawer (X and Z), both are counted by method on the printed Z and in the Z totals
head office gets; without an open shift none is taken. The credit keeps the annual rate
agreed at sale time: a reprinted summary states it after the store's list changes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pos.domain.codes import Code
from pos.domain.enums import PaymentMethod
from pos.domain.errors import Refused
from pos.services import credit_settings
from pos.services.credit_payments import pay
from pos.services.sales import CreditTerms, LineInput, NewSale, record_sale
from pos.services.shifts import close_shift, x_report
from pos.storage.models import FiscalDocument, OutboxEvent
from printing.service import PrintService
from protocol.wire import ShiftClosedBody
from tests.support.escpos_decoder import GlyphReader
from tests.support.printer import FakePrinter, printout, set_printer
from tests.support.tills import (
    CREDIT,
    INSTALLMENT,
    TillFixture,
    credit_buyer,
    installment_sale,
    register,
)

# The glyph reader cannot tell Latin letters from the Cyrillic ones drawn alike (nor 3
# from З): English text reads back in either; fold them to Latin and digits.
_ALIKE = str.maketrans("аеорсухіһАВЕКМНОРСТХЗ", "aeopcyxihABEKMHOPCTX3")


def _latin(text: str) -> str:
    return text.translate(_ALIKE)


def test_a_cash_repayment_is_expected_in_the_drawer_and_printed_on_the_z(
    till: TillFixture, printer: FakePrinter, reader: GlyphReader
) -> None:
    buyer = register(till, credit_buyer(), INSTALLMENT).buyer.id
    sale = installment_sale(till, buyer)
    credit_id = sale.credit.id  # type: ignore[attr-defined]
    ctx = till.ctx(till.manager)
    before = x_report(ctx).totals
    pay(ctx, credit_id, 1_000_000)  # cash by default
    pay(ctx, credit_id, 500_000, PaymentMethod.CARD)
    x = x_report(ctx).totals
    assert x.expected_cash_tiyn == before.expected_cash_tiyn + 1_000_000
    assert (x.repayments_count, x.repayments_tiyn) == (2, 1_500_000)
    assert dict(x.repayments_by_method) == {"cash": 1_000_000, "card": 500_000}
    assert x.sales_tiyn == before.sales_tiyn  # a repayment is no sale
    with till.db.read_session() as session:  # the cash one reaches the cash register
        docs = session.scalars(select(FiscalDocument).where(FiscalDocument.kind == "cash_in")).all()
        assert [d.amount_tiyn for d in docs] == [1_000_000]

    set_printer(till, printer.url, language="en")
    z = close_shift(ctx, x.expected_cash_tiyn)
    assert z.difference_tiyn == 0
    outcome = PrintService(ctx).print_shift_report(z, z=True)
    assert outcome.ok, outcome.message
    text = _latin(printout(printer.wait_jobs(1)[0], reader).squeezed())
    assert "Creditrepayments:215000,00₸" in text
    assert "card5000,00₸cash10000,00₸" in text
    assert "+cashrepayments10000,00₸" in text
    with till.db.read_session() as session:
        event = session.scalars(select(OutboxEvent).where(OutboxEvent.type == "shift.closed")).one()
        body = ShiftClosedBody.model_validate(event.payload)
    assert body.totals.repayments_by_method == {"card": 500_000, "cash": 1_000_000}
    assert body.totals.expected_cash_tiyn == x.expected_cash_tiyn

    with pytest.raises(Refused) as refused:  # no open shift: no repayment at the till
        pay(ctx, credit_id, 100_000)
    assert refused.value.code is Code.SHIFT_NONE_OPEN


def test_a_reprinted_credit_summary_keeps_the_rate_agreed_at_sale_time(
    till: TillFixture, printer: FakePrinter, reader: GlyphReader
) -> None:
    admin = till.ctx()
    credit_settings.set_catalogue(admin, products=[{"name": "standard", "rate": 24.5}])
    buyer = register(till, credit_buyer(), CREDIT).buyer.id
    sale = record_sale(
        till.ctx(till.manager),
        NewSale(
            lines=(LineInput("Смартфон", 1, 30_000_000),),
            payment=PaymentMethod.CREDIT,
            buyer_id=buyer,
            credit=CreditTerms("Halyk Bank", "standard", 12, down_payment_tiyn=0),
        ),
    )
    assert sale.credit is not None and sale.credit.annual_rate == 24.5
    set_printer(till, printer.url, language="en")
    service = PrintService(till.ctx(till.manager))
    assert service.print_installment_summary(sale.id).ok
    credit_settings.set_catalogue(admin, products=[{"name": "standard", "rate": 31}])
    assert service.print_installment_summary(sale.id).ok
    first, again = (_latin(printout(job, reader).squeezed()) for job in printer.wait_jobs(2))
    assert "Interestrate:24.5%ayear" in first
    assert "Interestrate:24.5%ayear" in again and "31%" not in again
