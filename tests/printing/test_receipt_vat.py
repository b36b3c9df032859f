"""The receipt of issue 14, read off the printer: names in the receipt's language, weights
to the gram, discounts with their reason and approver, and VAT by rate recomputed here."""

from __future__ import annotations

from decimal import Decimal, localcontext

import pytest

from pos.domain.discounts import Discount
from pos.domain.money import format_tiyn
from pos.services.sales import LineInput, NewSale, record_sale
from printing.i18n import t
from printing.service import PrintService
from tests.printing.test_documents import has
from tests.support.escpos_decoder import GlyphReader
from tests.support.printer import FakePrinter, printout
from tests.support.tills import MANAGER_PIN, TillFixture


def _vat(total_tiyn: int, rate: int) -> int:
    """VAT inside a total, by decimal arithmetic rather than the till's integer formula."""
    with localcontext() as c:
        c.prec = 30
        exact = Decimal(total_tiyn) * rate / (100 + rate)
        return int(exact.quantize(Decimal(1), rounding="ROUND_HALF_UP"))


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_receipt_shows_weights_discounts_and_vat_by_rate(
    till: TillFixture, service: PrintService, printer: FakePrinter, reader: GlyphReader, lang: str
) -> None:
    sale = record_sale(
        till.ctx(till.cashier),
        NewSale(
            lines=(
                LineInput(
                    "Яблоки апорт",
                    Decimal("1.234"),
                    89_999,
                    unit="kg",
                    name_kk="Апорт алмасы",
                    vat_percent=0,
                ),
                LineInput("Чай «Пиала»", 3, 199_050, name_kk="Шай «Пиала»", vat_percent=16),
                LineInput(
                    "Ёлочная игрушка",
                    1,
                    350_000,
                    vat_percent=12,
                    discount=Discount.percent(5),
                ),
            ),
            discount=Discount.percent(15),  # above the 10 % limit
            discount_reason="promotion",
            approver_pin=MANAGER_PIN,
        ),
    )
    assert service.print_receipt(sale.id, lang).ok
    paper = printout(printer.wait_jobs(1)[0], reader)
    apples = "Апорт алмасы" if lang == "kk" else "Яблоки апорт"
    tea = "Шай «Пиала»" if lang == "kk" else "Чай «Пиала»"
    vat_lines = []
    for rate in (16, 12):
        total = sum(ln.total_tiyn for ln in sale.lines if ln.vat_percent == rate)
        vat_lines.append(t("receipt.vat", lang, rate=rate) + format_tiyn(_vat(total, rate)))
    missing = has(
        paper,
        reader,
        apples,
        tea,
        "Ёлочная игрушка",  # no Kazakh name: the Russian one
        # the language's decimal mark, as in the window
        f"{'1.234' if lang == 'en' else '1,234'} {t('receipt.kg', lang)} x {format_tiyn(89_999)}"
        + format_tiyn(111_059),
        f"3 x {format_tiyn(199_050)}" + format_tiyn(597_150),
        t("receipt.line_discount", lang, what="5%") + format_tiyn(-17_500),
        t("receipt.discount", lang, what="15%") + format_tiyn(-sale.discount_tiyn),
        t("receipt.discount_reason", lang, reason="promotion"),
        t("receipt.discount_approved", lang, name="Ерлан Менеджер"),
        t("receipt.total", lang) + format_tiyn(sale.total_tiyn),
        *vat_lines,
        t("receipt.no_vat", lang),
    )
    assert not missing, missing
    subtotal = 111_059 + 597_150 + 350_000 - 17_500
    assert sale.discount_tiyn == (subtotal * 15 + 50) // 100
    assert sale.total_tiyn == subtotal - sale.discount_tiyn
