"""Price lists (BRIEF 9.4): a CSV with a header row, checked whole before anything changes.

Columns: `barcode`, `name`, `price` (tenge) are required; `name_kk`, `unit` (pcs/kg),
`vat` (percent: 0, 12 or 16; empty: the standard rate of the day), `category`, `code`
(the store's product code; for weighed goods the item code on the scale label) and
`active` (1/0, yes/no) are optional. A row may carry several barcodes separated by `;`.
Every bad row is reported by its line number (the header is line 1); a file with any bad
row imports nothing.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from pos.domain.names import tidy_name
from pos.domain.quantity import Unit
from pos.domain.vat import ALLOWED_PERCENTS

REQUIRED = ("barcode", "name", "price")
OPTIONAL = ("name_kk", "unit", "vat", "category", "code", "active")
MAX_PRICE_TIYN = 10**12
_BARCODE = re.compile(r"^[0-9A-Za-z\-]{1,64}$")
_CODE = re.compile(r"^[0-9A-Za-z\-]{1,32}$")
_YES = {"1", "yes", "true", "да", "иә"}
_NO = {"0", "no", "false", "нет", "жоқ"}


@dataclass(frozen=True, slots=True)
class CatalogItem:
    barcodes: tuple[str, ...]
    name: str
    price_tiyn: int
    name_kk: str | None = None
    unit: str = Unit.PCS.value
    vat_percent: int | None = None
    category: str = "general"
    code: str | None = None
    active: bool = True

    def as_json(self) -> dict[str, object]:
        return {
            "barcodes": list(self.barcodes),
            "name": self.name,
            "price_tiyn": self.price_tiyn,
            "name_kk": self.name_kk,
            "unit": self.unit,
            "vat_percent": self.vat_percent,
            "category": self.category,
            "code": self.code,
            "active": self.active,
        }

    def as_row(self) -> dict[str, str]:
        """As a CSV row, so head office's items pass the same checks as a file's."""
        return {
            "barcode": ";".join(self.barcodes),
            "name": self.name,
            "price": f"{self.price_tiyn // 100}.{self.price_tiyn % 100:02d}",
            "name_kk": self.name_kk or "",
            "unit": self.unit,
            "vat": "" if self.vat_percent is None else str(self.vat_percent),
            "category": self.category,
            "code": self.code or "",
            "active": "1" if self.active else "0",
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> CatalogItem:
        vat = data.get("vat_percent")
        return cls(
            barcodes=tuple(str(b) for b in data["barcodes"]),  # type: ignore[attr-defined]
            name=str(data["name"]),
            price_tiyn=int(data["price_tiyn"]),  # type: ignore[call-overload]
            name_kk=str(data["name_kk"]) if data.get("name_kk") else None,
            unit=Unit(str(data.get("unit") or "pcs")).value,
            vat_percent=None if vat is None else int(vat),  # type: ignore[call-overload]
            category=str(data.get("category") or "general"),
            code=str(data["code"]) if data.get("code") else None,
            active=bool(data.get("active", True)),
        )


@dataclass(frozen=True, slots=True)
class RowError:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ParsedList:
    items: tuple[CatalogItem, ...]
    errors: tuple[RowError, ...]


def _price(text: str) -> int | None:
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not value.is_finite() or value < 0:
        return None
    tiyn = value * 100
    if tiyn != tiyn.to_integral_value() or tiyn > MAX_PRICE_TIYN:
        return None
    return int(tiyn)


def check_row(row: Mapping[str, str]) -> tuple[CatalogItem | None, list[str]]:
    """One row as an item, or the reasons it is bad."""
    problems: list[str] = []
    barcodes = tuple(b.strip() for b in (row.get("barcode") or "").split(";") if b.strip())
    if not barcodes:
        problems.append("no barcode")
    elif not all(_BARCODE.match(b) for b in barcodes):
        problems.append("a barcode has characters other than digits, Latin letters and -")
    name = tidy_name(row.get("name") or "")
    if not name:
        problems.append("no name")
    elif len(name) > 200:
        problems.append("the name is longer than 200 characters")
    name_kk = tidy_name(row.get("name_kk") or "") or None
    if name_kk and len(name_kk) > 200:
        problems.append("name_kk is longer than 200 characters")
    price = _price(row.get("price") or "")
    if price is None:
        problems.append(f"price {row.get('price', '')!r} is not an amount in tenge (e.g. 1990.50)")
    unit_text = (row.get("unit") or "pcs").strip().lower()
    if unit_text not in (Unit.PCS.value, Unit.KG.value):
        problems.append(f"unit {unit_text!r} is neither pcs nor kg")
    vat_text = (row.get("vat") or "").strip().rstrip("%").strip()
    vat: int | None = None
    if vat_text:
        if not vat_text.isdigit() or int(vat_text) not in ALLOWED_PERCENTS:
            problems.append(f"vat {vat_text!r} is not one of {sorted(ALLOWED_PERCENTS)}")
        else:
            vat = int(vat_text)
    category = tidy_name(row.get("category") or "") or "general"
    if len(category) > 100:
        problems.append("the category is longer than 100 characters")
    code = (row.get("code") or "").strip() or None
    if code is not None and not _CODE.match(code):
        problems.append("the code has characters other than digits, Latin letters and -")
    active_text = (row.get("active") or "1").strip().lower()
    if active_text not in _YES | _NO:
        problems.append(f"active {active_text!r} is neither 1 nor 0")
    if problems or price is None:
        return None, problems
    return (
        CatalogItem(
            barcodes=barcodes,
            name=name,
            price_tiyn=price,
            name_kk=name_kk,
            unit=unit_text,
            vat_percent=vat,
            category=category,
            code=code,
            active=active_text in _YES,
        ),
        [],
    )


def parse_rows(header: list[str], rows: Iterable[tuple[int, list[str]]]) -> ParsedList:
    names = [h.strip().lower().lstrip("\ufeff") for h in header]
    missing = [c for c in REQUIRED if c not in names]
    unknown = [h for h in names if h and h not in REQUIRED + OPTIONAL]
    if missing or unknown or len(set(names)) != len(names):
        why = []
        if missing:
            why.append("the header lacks " + ", ".join(missing))
        if unknown:
            why.append("unknown columns " + ", ".join(unknown))
        if len(set(names)) != len(names):
            why.append("a column is named twice")
        return ParsedList((), (RowError(1, "; ".join(why)),))
    items: list[CatalogItem] = []
    errors: list[RowError] = []
    seen_barcodes: dict[str, int] = {}
    seen_codes: dict[str, int] = {}
    for line, values in rows:
        if not any(v.strip() for v in values):
            continue  # a blank line
        if len(values) != len(names):
            errors.append(RowError(line, f"{len(values)} fields where the header has {len(names)}"))
            continue
        item, problems = check_row(dict(zip(names, values, strict=True)))
        if item is not None:
            for b in item.barcodes:
                if b in seen_barcodes:
                    problems.append(f"barcode {b} is also on line {seen_barcodes[b]}")
                seen_barcodes.setdefault(b, line)
            if item.code is not None:
                if item.code in seen_codes:
                    problems.append(f"code {item.code} is also on line {seen_codes[item.code]}")
                seen_codes.setdefault(item.code, line)
        if problems:
            errors.append(RowError(line, "; ".join(problems)))
        elif item is not None:
            items.append(item)
    if not items and not errors:
        errors.append(RowError(1, "no products in the file"))
    return ParsedList(tuple(items), tuple(errors))


def parse_csv(text: str) -> ParsedList:
    """The whole file checked; `errors` empty means every row is good."""
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except StopIteration:
        return ParsedList((), (RowError(1, "the file is empty"),))
    return parse_rows(header, ((reader.line_num, row) for row in reader))


def summary(errors: Iterable[RowError], limit: int = 20) -> str:
    """The bad rows in one line, the first `limit` of them."""
    shown = list(errors)
    text = "; ".join(str(e) for e in shown[:limit])
    return text + (f"; and {len(shown) - limit} more" if len(shown) > limit else "")
