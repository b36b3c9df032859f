"""Synthetic price lists: Russian and Kazakh names, weighed goods with item codes, the
three VAT rates (0, 12, 16) and products at the standard rate; for tests and bench/."""

from __future__ import annotations

import csv
import io
import random

from pos.domain.weighed import ean13_check_digit

_GOODS = [
    ("Чай", "Шай", "food"),
    ("Сахар", "Қант", "food"),
    ("Молоко", "Сүт", "dairy"),
    ("Ёлочная игрушка", "Шырша ойыншығы", "home"),
    ("Хлеб", "Нан", "bakery"),
    ("Кефир", "Айран", "dairy"),
    ("Мёд", "Бал", "food"),
    ("Кабель USB-C", "USB-C кабелі", "accessories"),
    ("Наушники", "Құлаққап", "audio"),
    ("Шоколад «Қазақстан»", "«Қазақстан» шоколады", "food"),
]
_WEIGHED = [
    ("Яблоки апорт", "Апорт алмасы", "fruit"),
    ("Картофель", "Картоп", "vegetables"),
    ("Говядина", "Сиыр еті", "meat"),
    ("Сыр", "Ірімшік", "dairy"),
]
_BRANDS = ["Пиала", "Rakhat", "Асем", "Food Master", "Береке", "Nur", "Алтын", "Samsung"]


def ean13(body12: str) -> str:
    return body12 + str(ean13_check_digit(body12))


def price_list_rows(n: int, seed: int = 1, weighed: int = 200) -> list[dict[str, str]]:
    """`n` products: `weighed` of them sold by the kilogram with codes 00001.., the rest
    pieces with 1-2 barcodes each; VAT cycles through 16, 12, 0 and the standard rate."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        is_kg = i < weighed
        ru, kk, category = rng.choice(_WEIGHED if is_kg else _GOODS)
        brand = rng.choice(_BRANDS)
        size = rng.choice(["250 г", "500 г", "1 кг", "1 л", "0,5 л", "12 шт"])
        code = f"{i + 1:05d}" if is_kg else f"P{i + 1:06d}"
        barcodes = [ean13(f"487{i:09d}")]
        if not is_kg and i % 7 == 0:
            barcodes.append(ean13(f"460{i:09d}"))
        vat = ["16", "12", "0", ""][i % 4]
        rows.append(
            {
                "barcode": ";".join(barcodes),
                "name": f"{ru} {brand} {'' if is_kg else size}".strip() + f" №{i + 1}",
                "name_kk": f"{kk} {brand} {'' if is_kg else size}".strip() + f" №{i + 1}",
                "price": f"{rng.randint(100, 500_000)}.{rng.randint(0, 99):02d}",
                "unit": "kg" if is_kg else "pcs",
                "vat": vat,
                "category": category,
                "code": code,
            }
        )
    return rows


def price_list_csv(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(
        out,
        fieldnames=["barcode", "name", "price", "name_kk", "unit", "vat", "category", "code"],
        lineterminator="\n",
    )
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
