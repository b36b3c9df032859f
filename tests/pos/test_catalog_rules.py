"""The pure rules of issue 14: quantities, VAT with its dates, weighed-goods labels,
discounts and the price-list checks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pos.domain.discounts import Discount, parse_discount, spread
from pos.domain.pricelist import parse_csv
from pos.domain.pricing import LineTerms, price_sale
from pos.domain.quantity import Unit, format_quantity, line_amount, to_milli
from pos.domain.vat import by_rate, rate_for, standard_rate, vat_included
from pos.domain.weighed import WeighedLayout, ean13_valid, make_label, parse_weighed


def test_quantities_are_whole_pieces_or_kilograms_to_the_gram() -> None:
    assert to_milli(2) == 2000
    assert to_milli(Decimal("1.234"), Unit.KG) == 1234
    assert to_milli("0,5", "kg") == 500
    assert to_milli(Decimal("1.5"), Unit.PCS) is None  # half a piece
    assert to_milli(Decimal("0.0005"), Unit.KG) is None  # half a gram
    assert to_milli(0) is None and to_milli(-1) is None and to_milli(10_001) is None
    assert format_quantity(1234, "kg") == "1.234" and format_quantity(3000, "pcs") == "3"
    # 1.234 kg at 1 999,99 tenge/kg = 2 467,9877 -> 2 467,99 (half up to the tiyn)
    assert line_amount(1234, 199_999) == 246_799
    assert line_amount(500, 1) == 1  # half a tiyn goes up
    assert line_amount(499, 1) == 0


def test_vat_is_included_and_its_rate_follows_the_date() -> None:
    assert standard_rate(dt.date(2025, 12, 31)) == 12
    assert standard_rate(dt.date(2026, 1, 1)) == 16
    assert rate_for(None, dt.date(2026, 3, 1)) == 16
    assert rate_for(0, dt.date(2026, 3, 1)) == 0
    assert rate_for(12, dt.date(2026, 3, 1)) == 12
    assert vat_included(11_600, 16) == 1_600
    assert vat_included(11_200, 12) == 1_200
    assert vat_included(100, 16) == 14  # 13.79 -> 14
    assert vat_included(29, 16) == 4  # 4.0 exactly
    assert vat_included(1_000, 0) == 0
    assert by_rate([(16, 11_600, 1_600), (0, 500, 0), (16, 100, 14)]) == [
        (16, 11_700, 1_614),
        (0, 500, 0),
    ]


def test_weighed_labels_carry_item_code_and_grams() -> None:
    label = make_label("21", "00123", 1234)
    assert len(label) == 13 and ean13_valid(label)
    scan = parse_weighed(label)
    assert scan is not None and (scan.item_code, scan.grams) == ("00123", 1234)
    assert parse_weighed("4870001000011") is None  # a shop's barcode, not a label
    assert parse_weighed(label[:-1] + str((int(label[-1]) + 1) % 10)) is None  # check digit
    layout = WeighedLayout(prefixes=("22",), code_digits=4, weight_digits=6)
    assert layout.valid()
    other = make_label("22", "0123", 12_345, layout)
    scan = parse_weighed(other, layout)
    assert scan is not None and (scan.item_code, scan.grams) == ("0123", 12_345)
    assert parse_weighed(label, layout) is None  # prefix 21 is not this store's


def test_discounts_never_go_below_zero_and_a_receipt_discount_is_spread_exactly() -> None:
    assert parse_discount("10%") == Discount.percent(10)
    assert parse_discount("12.5%") == Discount(Discount.percent(0).kind, 1250)
    assert parse_discount("500") == Discount.amount(50_000)
    assert parse_discount("150%") is None and parse_discount("abc") is None
    assert Discount.amount(10_000).amount_of(5_000) == 5_000
    assert spread(100, [100, 100, 100]) == [34, 33, 33]
    assert spread(100, [1, 1, 1]) == [1, 1, 1]  # never more than a line costs
    assert sum(spread(997, [30_000, 7, 1_999])) == 997
    sale = price_sale(
        [
            LineTerms(1000, 100_000, 16, Discount.percent(10)),
            LineTerms(2500, 40_000, 0),
        ],
        Discount.amount(10_001),
    )
    assert [ln.gross_tiyn for ln in sale.lines] == [100_000, 100_000]
    assert sale.lines[0].discount_tiyn == 10_000
    assert sale.subtotal_tiyn == 190_000
    assert sum(ln.receipt_discount_tiyn for ln in sale.lines) == 10_001
    assert sale.total_tiyn == sum(ln.total_tiyn for ln in sale.lines) == 179_999
    first = sale.lines[0]
    assert first.vat_tiyn == vat_included(first.total_tiyn, 16)
    assert sale.lines[1].vat_tiyn == 0


def test_a_price_list_with_a_bad_row_names_each_line_and_yields_nothing() -> None:
    good = parse_csv(
        "barcode,name,price,name_kk,unit,vat,category,code\n"
        "4870001000011;4870001000012,Чай Пиала 250 г,1990.50,Шай Пиала 250 г,pcs,16,food,\n"
        "2100123000007,Яблоки апорт,899,Апорт алмасы,kg,0,fruit,00123\n"
    )
    assert not good.errors
    assert good.items[0].barcodes == ("4870001000011", "4870001000012")
    assert good.items[0].price_tiyn == 199_050 and good.items[0].vat_percent == 16
    assert good.items[1].unit == "kg" and good.items[1].code == "00123"
    bad = parse_csv(
        "barcode,name,price,unit\n"
        "4870001000011,Чай,1990,pcs\n"
        "4870001000028,Сахар,12.345,pcs\n"
        "4870001000035,,100,box\n"
        "4870001000011,Кофе,100,pcs\n"
    )
    assert [e.line for e in bad.errors] == [3, 4, 5]
    assert "price" in bad.errors[0].reason
    assert "no name" in bad.errors[1].reason and "box" in bad.errors[1].reason
    assert "also on line 2" in bad.errors[2].reason
    header = parse_csv("barcode,title,price\n1,a,1\n")
    assert header.errors[0].line == 1 and "name" in header.errors[0].reason
