"""Weighed goods: in-store EAN-13 labels with prefix 20-29 carrying the weight.

The usual layout: 2 digits prefix (20-29), 5 digits item code, 5 digits weight in grams,
1 check digit. The lengths are a store setting (`WeighedLayout`), since scales differ.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class WeighedLayout:
    prefixes: tuple[str, ...] = tuple(str(p) for p in range(20, 30))
    code_digits: int = 5
    weight_digits: int = 5

    def valid(self) -> bool:
        return (
            bool(self.prefixes)
            and all(p.isdigit() and len(p) == len(self.prefixes[0]) for p in self.prefixes)
            and self.code_digits > 0
            and self.weight_digits > 0
            and len(self.prefixes[0]) + self.code_digits + self.weight_digits == 12
        )


DEFAULT_LAYOUT = WeighedLayout()


@dataclass(frozen=True, slots=True)
class WeighedScan:
    prefix: str
    item_code: str
    grams: int


def ean13_check_digit(first12: str) -> int:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return (10 - total % 10) % 10


def ean13_valid(code: str) -> bool:
    return len(code) == 13 and code.isdigit() and ean13_check_digit(code[:12]) == int(code[12])


def parse_weighed(code: str, layout: WeighedLayout = DEFAULT_LAYOUT) -> WeighedScan | None:
    """The item code and weight of a weighed-goods label, or None if `code` is not one
    (other prefix, wrong length or check digit, zero weight)."""
    code = code.strip()
    if not ean13_valid(code):
        return None
    plen = len(layout.prefixes[0])
    prefix = code[:plen]
    if prefix not in layout.prefixes:
        return None
    item = code[plen : plen + layout.code_digits]
    grams = int(code[plen + layout.code_digits : 12])
    if grams <= 0:
        return None
    return WeighedScan(prefix, item, grams)


def make_label(
    prefix: str, item_code: str, grams: int, layout: WeighedLayout = DEFAULT_LAYOUT
) -> str:
    """The EAN-13 a shop scale prints for `grams` of item `item_code`."""
    body = f"{prefix}{item_code.zfill(layout.code_digits)}{grams:0{layout.weight_digits}d}"
    if len(body) != 12:
        raise ValueError("label does not fit the layout")
    return body + str(ean13_check_digit(body))
