"""Selling from the catalog: a store admin's price list, weighed goods scanned from their
labels, VAT kept per line, discounts within the limit or approved by a sales manager."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from pos.domain.discounts import Discount
from pos.domain.errors import PermissionDenied, Refused, ValidationError
from pos.domain.quantity import from_milli, line_amount
from pos.domain.vat import vat_included
from pos.domain.weighed import make_label
from pos.services import catalog, discounts, settings
from pos.services.context import ServiceContext
from pos.services.sales import LineInput, NewSale, record_sale
from tests.support.tills import CASHIER_PIN, MANAGER_PIN, TillFixture, new_shift

PRICE_LIST = (
    "barcode,name,price,name_kk,unit,vat,category,code\n"
    "4870001000011;4870001000012,Чай «Пиала» 250 г,1990.50,Шай «Пиала» 250 г,pcs,,food,1001\n"
    "4870001000028,Ёлочные игрушки,3500,Шырша ойыншықтары,pcs,12,home,1002\n"
    "2000123000006,Яблоки апорт,899.99,Апорт алмасы,kg,0,fruit,00123\n"
)


def _import(till: TillFixture, tmp_path: Path, text: str = PRICE_LIST) -> catalog.ImportResult:
    path = tmp_path / "prices.csv"
    path.write_text(text, encoding="utf-8")
    return catalog.import_file(till.ctx(), path)


def _line(product: catalog.ProductView, quantity: int | Decimal, **kw: object) -> LineInput:
    return LineInput(
        product.name,
        quantity,
        product.price_tiyn,
        category=product.category,
        barcode=product.barcode,
        product_id=product.id,
        unit=product.unit,
        name_kk=product.name_kk,
        vat_percent=product.vat_percent,
        **kw,  # type: ignore[arg-type]
    )


def test_weighed_goods_scanned_from_a_label_sell_by_the_gram_with_vat_per_line(
    till: TillFixture, tmp_path: Path
) -> None:
    result = _import(till, tmp_path)
    assert (result.added, result.updated) == (3, 0)
    ctx = till.ctx(till.cashier)
    apples = catalog.by_barcode(ctx, make_label("21", "00123", 1234))
    assert apples is not None and apples.unit == "kg" and apples.label_milli == 1234
    tea = catalog.by_barcode(ctx, "4870001000012")  # the second barcode
    toys = catalog.by_barcode(ctx, "1002")  # the code typed
    assert tea is not None and toys is not None and tea.price_tiyn == 199_050
    sale = record_sale(
        ctx,
        NewSale(
            lines=(
                _line(apples, from_milli(apples.label_milli or 0)),
                _line(tea, 3),
                _line(toys, 1),
            )
        ),
    )
    apples_line, tea_line, toys_line = sale.lines
    assert apples_line.quantity_milli == 1234 and apples_line.unit == "kg"
    assert apples_line.total_tiyn == line_amount(1234, 89_999) == 111_059  # 1 110,58766 tenge
    assert (apples_line.vat_percent, apples_line.vat_tiyn) == (0, 0)
    today = dt.datetime.now(dt.UTC).date()
    standard = 16 if today >= dt.date(2026, 1, 1) else 12
    assert tea_line.vat_percent == standard
    assert tea_line.vat_tiyn == vat_included(597_150, standard)
    assert (toys_line.vat_percent, toys_line.vat_tiyn) == (12, vat_included(350_000, 12))
    assert sale.total_tiyn == 111_059 + 597_150 + 350_000
    if standard == 16:
        assert sale.vat_by_rate == [
            (16, 597_150, vat_included(597_150, 16)),
            (12, 350_000, 37_500),
            (0, 111_059, 0),
        ]
    else:
        assert sale.vat_by_rate == [(12, 947_150, tea_line.vat_tiyn + 37_500), (0, 111_059, 0)]


def test_search_by_name_prefix_in_russian_or_kazakh_folds_case_and_yo(
    till: TillFixture, tmp_path: Path
) -> None:
    _import(till, tmp_path)
    ctx = till.ctx(till.cashier)
    assert [p.code for p in catalog.search(ctx, "елоч")] == ["1002"]  # ё typed as е
    assert [p.code for p in catalog.search(ctx, "ШЫРША")] == ["1002"]
    assert [p.code for p in catalog.search(ctx, "апорт алм")] == ["00123"]
    assert [p.code for p in catalog.search(ctx, "4870001000011")] == ["1001"]
    assert [p.code for p in catalog.search(ctx, "00123")] == ["00123"]
    assert catalog.search(ctx, "кофе") == []


def test_a_bad_row_imports_nothing_and_names_its_line(till: TillFixture, tmp_path: Path) -> None:
    bad = PRICE_LIST + "4870001000035,Сахар,12.345,Қант,pcs,,food,1003\n"
    with pytest.raises(ValidationError) as err:
        _import(till, tmp_path, bad)
    assert "line 5" in str(err.value)
    assert catalog.search(till.ctx(till.cashier), "чай") == []
    with pytest.raises(PermissionDenied):
        catalog.import_file(till.ctx(till.cashier), tmp_path / "prices.csv")


def test_a_price_effective_tomorrow_does_not_change_todays_sales(
    till: TillFixture, tmp_path: Path
) -> None:
    _import(till, tmp_path)
    path = tmp_path / "tomorrow.csv"
    path.write_text(PRICE_LIST.replace("1990.50", "2490"), encoding="utf-8")
    tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    result = catalog.import_file(till.ctx(), path, effective_at=tomorrow)
    assert result.updated == 3
    tea = catalog.by_barcode(till.ctx(till.cashier), "4870001000011")
    assert tea is not None and tea.price_tiyn == 199_050
    sale = record_sale(till.ctx(till.cashier), NewSale(lines=(_line(tea, 1),)))
    assert sale.total_tiyn == 199_050
    # When its time comes the new price sells, with nothing more to do.
    later = ServiceContext(till.db, till.cashier, clock=lambda: tomorrow + dt.timedelta(hours=1))
    new_shift(later)  # tomorrow's own shift: today's is 24 hours old by then
    tea = catalog.by_barcode(later, "4870001000011")
    assert tea is not None and tea.price_tiyn == 249_000
    # A product the till had before any price list keeps its price until then too.
    assert catalog.by_barcode(till.ctx(till.cashier), "4870001000028") is not None


def test_discounts_within_the_limit_above_it_with_a_managers_pin_never_below_zero(
    till: TillFixture, tmp_path: Path
) -> None:
    _import(till, tmp_path)
    ctx = till.ctx(till.cashier)
    tea = catalog.by_barcode(ctx, "4870001000011")
    assert tea is not None
    small = NewSale(
        lines=(_line(tea, 2, discount=Discount.percent(5)),), discount_reason="promotion"
    )
    sale = record_sale(ctx, small)
    assert sale.lines[0].discount_tiyn == 19_905 and sale.total_tiyn == 398_100 - 19_905
    assert sale.discount_reason == "promotion" and sale.discount_approver_name is None
    with pytest.raises(ValidationError):  # a discount needs a reason
        record_sale(ctx, NewSale(lines=(_line(tea, 1, discount=Discount.percent(5)),)))
    big = NewSale(
        lines=(_line(tea, 1),), discount=Discount.percent(25), discount_reason="damaged box"
    )
    with pytest.raises(Refused) as refused:
        record_sale(ctx, big)
    assert "10%" in str(refused.value) and "25%" in str(refused.value)
    with pytest.raises(PermissionDenied):  # a cashier's PIN approves nothing
        record_sale(ctx, NewSale(**{**_fields(big), "approver_pin": CASHIER_PIN}))
    approved = record_sale(ctx, NewSale(**{**_fields(big), "approver_pin": MANAGER_PIN}))
    assert approved.discount_approver_name == "Ерлан Менеджер"
    assert approved.discount_tiyn == 49_763 and approved.total_tiyn == 199_050 - 49_763
    assert discounts.approver(ctx, MANAGER_PIN).name == "Ерлан Менеджер"
    with pytest.raises(ValidationError):  # more than the line costs
        record_sale(
            ctx,
            NewSale(
                lines=(_line(tea, 1, discount=Discount.amount(199_051)),),
                discount_reason="promotion",
                approver_pin=MANAGER_PIN,
            ),
        )
    settings.set_discount_limit(till.ctx(), 3000)
    assert record_sale(ctx, NewSale(**_fields(big))).total_tiyn == 199_050 - 49_763


def _fields(sale: NewSale) -> dict[str, object]:
    return {
        "lines": sale.lines,
        "discount": sale.discount,
        "discount_reason": sale.discount_reason,
        "approver_pin": sale.approver_pin,
    }


def test_vat_by_rate_and_discounts_add_up_over_sales_for_x_and_z(
    till: TillFixture, tmp_path: Path
) -> None:
    from pos.services.sale_totals import vat_and_discounts
    from pos.storage.models import Sale

    _import(till, tmp_path)
    ctx = till.ctx(till.cashier)
    tea = catalog.by_barcode(ctx, "4870001000011")
    toys = catalog.by_barcode(ctx, "1002")
    assert tea is not None and toys is not None
    first = record_sale(ctx, NewSale(lines=(_line(tea, 1), _line(toys, 2))))
    second = record_sale(
        ctx,
        NewSale(
            lines=(_line(toys, 1, discount=Discount.amount(10_000)),),
            discount=Discount.percent(5),
            discount_reason="promotion",
        ),
    )
    with till.db.read_session() as session:
        totals = vat_and_discounts(session, Sale.store_id == till.identity.store_id)
    lines = first.lines + second.lines
    expected: dict[int, list[int]] = {}
    for ln in lines:
        sums = expected.setdefault(ln.vat_percent, [0, 0])
        sums[0] += ln.total_tiyn
        sums[1] += ln.vat_tiyn
    assert totals.vat_by_rate == tuple(
        (rate, t, v) for rate, (t, v) in sorted(expected.items(), reverse=True)
    )
    assert sum(t for _, t, _ in totals.vat_by_rate) == first.total_tiyn + second.total_tiyn
    assert totals.discounts_tiyn == 10_000 + second.discount_tiyn
    assert totals.discounted_sales == 1


def test_a_product_added_by_hand_keeps_its_price_until_a_later_price_takes_effect(
    till: TillFixture, tmp_path: Path
) -> None:
    catalog.add_products(till.ctx(), [("4870009000017", "Сахар 1 кг", "food", 65_000)])
    path = tmp_path / "later.csv"
    path.write_text("barcode,name,price\n4870009000017,Сахар 1 кг,720\n", encoding="utf-8")
    soon = dt.datetime.now(dt.UTC) + dt.timedelta(hours=3)
    assert catalog.import_file(till.ctx(), path, effective_at=soon).updated == 1
    now = catalog.by_barcode(till.ctx(till.cashier), "4870009000017")
    assert now is not None and now.price_tiyn == 65_000
    later = ServiceContext(till.db, till.cashier, clock=lambda: soon + dt.timedelta(seconds=1))
    then = catalog.by_barcode(later, "4870009000017")
    assert then is not None and then.price_tiyn == 72_000
    assert record_sale(later, NewSale(lines=(_line(then, 2),))).total_tiyn == 144_000


def test_a_renamed_product_is_found_by_its_new_name_only(till: TillFixture, tmp_path: Path) -> None:
    _import(till, tmp_path)
    renamed = PRICE_LIST.replace("Ёлочные игрушки", "Гирлянда").replace(
        "Шырша ойыншықтары", "Шам тізбегі"
    )
    result = _import(till, tmp_path, renamed)
    assert (result.added, result.updated) == (0, 3)
    ctx = till.ctx(till.cashier)
    assert catalog.search(ctx, "елоч") == [] and catalog.search(ctx, "шырша") == []
    assert [p.code for p in catalog.search(ctx, "гирл")] == ["1002"]
    assert [p.code for p in catalog.search(ctx, "шам тіз")] == ["1002"]
    assert [p.code for p in catalog.search(ctx, "пиала")] == ["1001"]  # unchanged: still found
