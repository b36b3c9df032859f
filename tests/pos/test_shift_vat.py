"""X/Z and VAT (issue 14): the VAT by rate of a shift is the VAT its receipts printed, and
the VAT inside money returned is shown rate by rate; discounts are counted once."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from pos.domain.discounts import Discount
from pos.domain.enums import PaymentMethod
from pos.services.returns import ReturnRequest, record_return
from pos.services.sales import LineInput, NewSale, record_sale
from pos.services.shifts import x_report
from printing.docs.shift_reports import build_x
from printing.i18n import t
from tests.support.tills import TillFixture


def _vat(total_tiyn: int, rate: int) -> int:
    exact = Decimal(total_tiyn) * rate / (100 + rate)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def test_x_report_vat_by_rate_matches_the_receipts_and_returns(till: TillFixture) -> None:
    ctx = till.ctx(till.cashier)
    sale = record_sale(
        ctx,
        NewSale(
            lines=(
                LineInput("Чайник", 1, 1_999_999, vat_percent=16),
                LineInput("Ёлочная игрушка", 3, 33_333, vat_percent=12),
                LineInput("Яблоки", Decimal("1.234"), 89_999, unit="kg", vat_percent=0),
            ),
            payment=PaymentMethod.CARD,
            discount=Discount.percent(5),
            discount_reason="promotion",
        ),
    )
    record_return(ctx, ReturnRequest(sale_id=sale.id, lines=((2, 1000),), reason="брак"))
    totals = x_report(ctx).totals
    receipt_vat = {
        f"{ln.vat_percent}%": _vat(ln.total_tiyn, ln.vat_percent)
        for ln in sale.lines
        if ln.vat_percent
    }
    assert dict(totals.vat_by_rate) == receipt_vat
    assert totals.discounts_tiyn == sale.all_discounts_tiyn > 0
    returned = totals.refunds_tiyn
    assert dict(totals.refund_vat_by_rate) == {"12%": _vat(returned, 12)}
    x = "\n".join(build_x(x_report(ctx), "ru", 48).lines())
    assert t("shift.vat_refunded", "ru", rate="12%") in x
    assert t("shift.vat", "ru", rate="16%") in x
