"""The partner banks and bank products a store offers for credit and installment sales.

A store setting (`credit`), edited by the store admin (settings dialog, `pos settings
credit`); later head office's data. Each product carries its annual interest rate, so the
sale screen and the credit summary state it (0 % for an installment plan).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pos.domain.errors import Code, ValidationError

MAX_NAME = 200
MAX_RATE = 100.0


@dataclass(frozen=True, slots=True)
class CreditProduct:
    name: str
    annual_rate: float  # percent a year; 0 for an installment plan


@dataclass(frozen=True, slots=True)
class CreditCatalogue:
    banks: tuple[str, ...]
    products: tuple[CreditProduct, ...]

    def rate_of(self, product: str) -> float | None:
        """The product's annual rate; None for a product not in the list (typed by hand)."""
        for p in self.products:
            if p.name == product:
                return p.annual_rate
        return None

    def value(self) -> dict[str, Any]:
        """As the setting stores it."""
        return {
            "banks": list(self.banks),
            "products": [{"name": p.name, "rate": p.annual_rate} for p in self.products],
        }


DEFAULT: dict[str, Any] = {
    "banks": ["Halyk Bank", "Kaspi Bank", "Home Credit Bank", "Freedom Bank", "ForteBank"],
    "products": [
        {"name": "0-0-12", "rate": 0.0},
        {"name": "0-0-24", "rate": 0.0},
        {"name": "0-10-12", "rate": 0.0},
        {"name": "standard", "rate": 24.0},
    ],
}


def _name(raw: object, what: str) -> str:
    name = " ".join(str(raw or "").split())
    if not name:
        raise ValidationError(Code.CREDIT_LIST_NAME_EMPTY, field=what)
    if len(name) > MAX_NAME:
        raise ValidationError(Code.CREDIT_LIST_NAME_TOO_LONG, field=what, n=MAX_NAME)
    return name


def parse_rate(raw: object, product: str) -> float:
    """A rate in percent: `24`, `24.9` or `24,9`; 0 to 100."""
    text = str(raw).strip().replace(",", ".").removesuffix("%").strip()
    try:
        rate = float(text)
    except ValueError:
        raise ValidationError(Code.CREDIT_RATE_RANGE, field="products", product=product) from None
    if not 0 <= rate <= MAX_RATE:
        raise ValidationError(Code.CREDIT_RATE_RANGE, field="products", product=product)
    return round(rate, 2)


def catalogue_from(value: Mapping[str, Any]) -> CreditCatalogue:
    """Read (and check) the setting; the defaults fill in a list that is missing."""
    banks_raw = value.get("banks", DEFAULT["banks"])
    products_raw = value.get("products", DEFAULT["products"])
    banks = tuple(dict.fromkeys(_name(b, "banks") for b in banks_raw))
    products: dict[str, CreditProduct] = {}
    for item in products_raw:
        name = _name(item.get("name") if isinstance(item, Mapping) else item, "products")
        rate = parse_rate(item.get("rate", 0) if isinstance(item, Mapping) else 0, name)
        products.setdefault(name, CreditProduct(name, rate))
    if not banks:
        raise ValidationError(Code.CREDIT_LIST_EMPTY, field="banks")
    if not products:
        raise ValidationError(Code.CREDIT_LIST_EMPTY, field="products")
    return CreditCatalogue(banks, tuple(products.values()))


def parse_product(text: str) -> dict[str, Any]:
    """`NAME:RATE` (or `NAME` for 0 %), as the command line and the settings dialog take it."""
    name, sep, rate = text.rpartition(":") if ":" in text else (text, "", "0")
    name = _name(name, "products")
    return {"name": name, "rate": parse_rate(rate if sep or rate else "0", name)}
