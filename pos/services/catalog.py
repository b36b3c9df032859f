"""Products the till sells: lookup by barcode (scanner, weighed-goods labels), by code or
name prefix; price lists applied in one transaction (from head office or a store admin's
CSV), with prices that take effect later kept until their time.

A product with rows in `product_prices` sells at the latest one in effect; one with
only future rows is not on sale yet; one without rows (added by hand, or before price
lists) at `products.price_tiyn`. Name, unit, VAT and category changes apply at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, aliased

from pos.domain.enums import Role
from pos.domain.errors import Code, Conflict, ValidationError
from pos.domain.ids import new_id
from pos.domain.names import prefix_upper_bound, product_tokens, query_words, search_key
from pos.domain.pricelist import CatalogItem, parse_csv, summary
from pos.domain.views import ProductView
from pos.domain.weighed import parse_weighed
from pos.services import settings
from pos.services.context import Action, ServiceContext
from pos.services.uow import UnitOfWork
from pos.storage.models import (
    Base,
    CatalogVersion,
    Product,
    ProductBarcode,
    ProductNameKey,
    ProductPrice,
)

# A price that was the product's before its first price list ("since ever").
SINCE_EVER = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
_NOT_ON_SALE = -1


@dataclass(frozen=True, slots=True)
class ImportResult:
    version: str
    products: int
    added: int
    updated: int
    effective_at: dt.datetime
    # False: the price list had been applied before (nothing changed this time).
    new: bool = True


@dataclass(frozen=True, slots=True)
class VersionInfo:
    version: str
    source: str
    effective_at: dt.datetime
    parts: int
    parts_applied: int
    products: int
    applied_at: dt.datetime

    @property
    def complete(self) -> bool:
        return self.parts_applied >= self.parts


# --- reading --------------------------------------------------------------------------


def _prices(session: Session, ids: Sequence[uuid.UUID], now: dt.datetime) -> dict[uuid.UUID, int]:
    """The price in effect now of each product that has price-list prices; -1 for one whose
    prices all lie in the future. Products missing from the result use their own price.

    One row a product however long its price history: SQLite takes a bare column
    (price_tiyn) from the row holding the MAX() of its group."""
    if not ids:
        return {}
    result: dict[uuid.UUID, int] = {
        row[0]: row[1]
        for row in session.execute(
            select(
                ProductPrice.product_id,
                ProductPrice.price_tiyn,
                func.max(ProductPrice.effective_at),
            )
            .where(ProductPrice.product_id.in_(ids), ProductPrice.effective_at <= now)
            .group_by(ProductPrice.product_id)
        )
    }
    rest = [pid for pid in ids if pid not in result]
    if rest:
        for pid in session.scalars(
            select(ProductPrice.product_id).where(ProductPrice.product_id.in_(rest)).distinct()
        ):
            result[pid] = _NOT_ON_SALE  # only future prices: not on sale yet
    return result


def _view(p: Product, price: int, label_milli: int | None = None) -> ProductView:
    return ProductView(
        p.id,
        p.barcode,
        p.name,
        p.category,
        price,
        name_kk=p.name_kk,
        unit=p.unit,
        vat_percent=p.vat_percent,
        code=p.code,
        label_milli=label_milli,
    )


def _views(
    session: Session, products: Sequence[Product], now: dt.datetime, label: int | None = None
) -> list[ProductView]:
    prices = _prices(session, [p.id for p in products], now)
    views = []
    for p in products:
        price = prices.get(p.id, p.price_tiyn)
        if price != _NOT_ON_SALE:
            views.append(_view(p, price, label))
    return views


def _by_code(session: Session, code: str) -> Product | None:
    return session.scalar(select(Product).where(Product.code == code, Product.active.is_(True)))


def by_barcode(ctx: ServiceContext, barcode: str) -> ProductView | None:
    """The product a scan names: one of its barcodes, a weighed-goods label (the product by
    its item code, with the weight on the label), or its code typed. None if none is on
    sale now."""
    code = barcode.strip()
    if not code:
        return None
    now = ctx.clock()
    with ctx.db.read_session() as session:
        p = session.scalar(
            select(Product)
            .join(ProductBarcode, ProductBarcode.product_id == Product.id)
            .where(ProductBarcode.barcode == code, Product.active.is_(True))
        )
        label: int | None = None
        if p is None:
            scan = parse_weighed(code, settings.weighed_layout(session))
            if scan is not None:
                p = _by_code(session, scan.item_code) or _by_code(
                    session, scan.item_code.lstrip("0") or "0"
                )
                label = scan.grams if p is not None else None
        if p is None:
            p = _by_code(session, code)
        if p is None:
            return None
        found = _views(session, [p], now, label)
        return found[0] if found else None


def search(ctx: ServiceContext, text: str, limit: int = 20) -> list[ProductView]:
    """Products by barcode or code (exact), or whose Russian or Kazakh name has words
    starting with every word typed (case and ё/е folded)."""
    words = sorted(query_words(text), key=len, reverse=True)
    if not words:
        return []
    now = ctx.clock()
    with ctx.db.read_session() as session:
        exact: list[Product] = []
        raw = text.strip()
        # Barcodes and codes have digits; a name typed has none to look up exactly.
        if len(words) == 1 and " " not in raw and any(ch.isdigit() for ch in raw):
            by_bc = session.scalar(
                select(Product)
                .join(ProductBarcode, ProductBarcode.product_id == Product.id)
                .where(ProductBarcode.barcode == raw, Product.active.is_(True))
            )
            by_code = _by_code(session, raw)
            exact = [p for p in (by_bc, by_code) if p is not None]
        # The longest word's keys in index order; each other word is joined on the same
        # product through the product_id index (a few keys a product), never a scan.
        first = words[0]
        stmt = select(ProductNameKey.product_id).where(
            ProductNameKey.key >= first, ProductNameKey.key < prefix_upper_bound(first)
        )
        for word in words[1:]:
            other = aliased(ProductNameKey)
            stmt = stmt.join(
                other,
                (other.product_id == ProductNameKey.product_id)
                & (other.key >= word)
                & (other.key < prefix_upper_bound(word)),
            )
        candidates = session.scalars(stmt.distinct().limit(limit + 10)).all()
        matched = (
            list(
                session.scalars(
                    select(Product).where(Product.id.in_(candidates), Product.active.is_(True))
                ).all()
            )
            if candidates
            else []
        )
        matched.sort(key=lambda p: search_key(p.name))
        seen: set[uuid.UUID] = set()
        ordered = []
        for p in exact + matched:
            if p.id not in seen:
                seen.add(p.id)
                ordered.append(p)
        return _views(session, ordered[: limit * 2], now)[:limit]


def versions(ctx: ServiceContext) -> list[VersionInfo]:
    """The price lists applied here, newest first."""
    with ctx.db.read_session() as session:
        rows = session.scalars(
            select(CatalogVersion).order_by(CatalogVersion.applied_at.desc())
        ).all()
        return [
            VersionInfo(
                r.version,
                r.source,
                r.effective_at,
                r.parts,
                len(r.parts_applied),
                r.products,
                r.applied_at,
            )
            for r in rows
        ]


def product_count(ctx: ServiceContext) -> int:
    with ctx.db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(Product)) or 0)


# --- writing --------------------------------------------------------------------------


def add_products(ctx: ServiceContext, items: Iterable[tuple[str, str, str, int]]) -> int:
    """Add (barcode, name, category, price in tiyn) rows; store admin."""
    ctx.actor.require(Role.STORE_ADMIN, Action.EDIT_PRODUCTS)
    count = 0
    with UnitOfWork(ctx) as uow:
        for barcode, name, category, price in items:
            if not barcode.strip() or not name.strip() or price < 0:
                raise ValidationError(Code.PRODUCT_INCOMPLETE)
            if uow.session.scalar(
                select(ProductBarcode.product_id).where(ProductBarcode.barcode == barcode)
            ):
                raise Conflict(Code.PRODUCT_EXISTS, barcode=barcode)
            product = Product(barcode=barcode, name=name, category=category, price_tiyn=price)
            uow.session.add(product)
            uow.session.add(ProductBarcode(barcode=barcode, product_id=product.id))
            for key in product_tokens(name):
                uow.insert(ProductNameKey, key=key[:100], product_id=product.id)
            count += 1
        uow.audit("catalog.changed", {}, [f"added:{count}"])
        uow.commit()
    return count


def import_file(
    ctx: ServiceContext, path: Path, *, effective_at: dt.datetime | None = None
) -> ImportResult:
    """A store admin's CSV price list (BRIEF 9.4): checked whole, then applied in one
    transaction; any bad row refuses the file, naming every bad row by line."""
    ctx.actor.require(Role.STORE_ADMIN, Action.EDIT_PRODUCTS)
    try:
        data = path.read_bytes()
        text = data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise ValidationError(Code.CATALOG_NO_FILE, field="file", path=path.name) from None
    parsed = parse_csv(text)
    if parsed.errors:
        raise ValidationError(
            Code.CATALOG_BAD_ROWS,
            field="file",
            count=len(parsed.errors),
            rows=summary(parsed.errors),
        )
    version = "till-" + hashlib.sha256(data).hexdigest()[:16]
    return apply_items(ctx, parsed.items, version, effective_at, source="till")


def apply_items(
    ctx: ServiceContext,
    items: Sequence[CatalogItem],
    version: str,
    effective_at: dt.datetime | None,
    *,
    source: str,
    part: int = 1,
    parts: int = 1,
) -> ImportResult:
    """Apply checked items as one part of a price list version, in one unit of work.
    A part applied before changes nothing (head office may send it again)."""
    ctx.actor.require(Role.STORE_ADMIN, Action.EDIT_PRODUCTS)
    with UnitOfWork(ctx) as uow:
        at = effective_at or uow.now
        row = uow.session.get(CatalogVersion, version)
        if row is not None and str(part) in row.parts_applied:
            return ImportResult(version, 0, 0, 0, at, new=False)
        added, updated = apply_items_in(uow, items, version, at)
        if row is None:
            uow.session.add(
                CatalogVersion(
                    version=version,
                    source=source,
                    effective_at=at,
                    parts=parts,
                    parts_applied=[str(part)],
                    products=added + updated,
                    applied_at=uow.now,
                )
            )
        else:
            row.parts_applied = [*row.parts_applied, str(part)]
            row.products += added + updated
            row.applied_at = uow.now
        uow.audit(
            "catalog.imported",
            {},
            [
                f"version:{version[:40]}",
                f"part:{part}/{parts}",
                f"added:{added}",
                f"updated:{updated}",
            ],
        )
        uow.commit()
        return ImportResult(version, added + updated, added, updated, at)


def apply_items_in(
    uow: UnitOfWork, items: Sequence[CatalogItem], version: str, effective_at: dt.datetime
) -> tuple[int, int]:
    """Products added and updated from price-list items, in bulk statements."""
    session = uow.session
    future = effective_at > uow.now
    # Only the rows this part's barcodes and codes name: a price list in 50 parts then
    # costs what one list does, not 50 reads of the whole catalog.
    barcodes = [b for item in items for b in item.barcodes]
    codes = [item.code for item in items if item.code]
    by_barcode: dict[Any, Any] = {}
    main_barcodes: dict[Any, Any] = {}
    by_code: dict[Any, Any] = {}
    for chunk in _chunks(barcodes, 5000):
        by_barcode.update(
            _pairs(
                session,
                select(ProductBarcode.barcode, ProductBarcode.product_id).where(
                    ProductBarcode.barcode.in_(chunk)
                ),
            )
        )
        main_barcodes.update(
            _pairs(session, select(Product.barcode, Product.id).where(Product.barcode.in_(chunk)))
        )
    for chunk in _chunks(codes, 5000):
        by_code.update(
            _pairs(session, select(Product.code, Product.id).where(Product.code.in_(chunk)))
        )
    known = list(set(by_barcode.values()) | set(by_code.values()))
    priced: set[Any] = set()
    names: dict[Any, tuple[str, str | None]] = {}
    for chunk in _chunks(known, 5000):
        names.update(
            (row[0], (row[1], row[2]))
            for row in session.execute(
                select(Product.id, Product.name, Product.name_kk).where(Product.id.in_(chunk))
            )
        )
        priced.update(
            session.scalars(
                select(ProductPrice.product_id).where(ProductPrice.product_id.in_(chunk)).distinct()
            )
        )
    inserts: list[dict[str, object]] = []
    updates: list[dict[str, object]] = []
    barcode_rows: list[dict[str, object]] = []
    moved: list[str] = []
    price_rows: list[dict[str, object]] = []
    keys: list[dict[str, object]] = []
    touched: list[uuid.UUID] = []
    for item in items:
        renamed = True
        pid = by_code.get(item.code) if item.code else None
        if pid is None:
            pid = next((by_barcode[b] for b in item.barcodes if b in by_barcode), None)
        values: dict[str, object] = {
            "name": item.name,
            "name_kk": item.name_kk,
            "category": item.category,
            "unit": item.unit,
            "vat_percent": item.vat_percent,
            "code": item.code,
            "active": item.active,
            "catalog_version": version,
        }
        if pid is None:
            pid = new_id()
            main = next((b for b in item.barcodes if b not in main_barcodes), item.barcodes[0])
            main_barcodes[main] = pid
            inserts.append({**values, "id": pid, "barcode": main, "price_tiyn": item.price_tiyn})
        else:
            if names.get(pid) == (item.name, item.name_kk):
                renamed = False  # its search keys stand
            else:
                touched.append(pid)
            if not future:
                values["price_tiyn"] = item.price_tiyn
            updates.append({**values, "id": pid})
            if future and pid not in priced:
                # Its price until the new one takes effect stays the one it has now.
                price_rows.append(
                    {
                        "id": new_id(),
                        "product_id": pid,
                        "effective_at": SINCE_EVER,
                        "price_tiyn": None,
                        "version": f"before:{version}"[:64],
                    }
                )
        priced.add(pid)
        if item.code:
            by_code[item.code] = pid
        for b in item.barcodes:
            owner = by_barcode.get(b)
            if owner != pid:
                if owner is not None:
                    moved.append(b)
                by_barcode[b] = pid
                barcode_rows.append({"barcode": b, "product_id": pid})
        price_rows.append(
            {
                "id": new_id(),
                "product_id": pid,
                "effective_at": effective_at,
                "price_tiyn": item.price_tiyn,
                "version": version[:64],
            }
        )
        if renamed:
            keys.extend(
                {"key": k[:100], "product_id": pid} for k in product_tokens(item.name, item.name_kk)
            )
    if updates:
        # The "since ever" rows take the price the product has before this update.
        before = [r["product_id"] for r in price_rows if r["price_tiyn"] is None]
        current: dict[object, int] = {}
        for chunk in _chunks(before, 5000):
            current.update(
                _pairs(session, select(Product.id, Product.price_tiyn).where(Product.id.in_(chunk)))
            )
        for r in price_rows:
            if r["price_tiyn"] is None:
                r["price_tiyn"] = current.get(r["product_id"], 0)
        for group in _same_keys(updates):
            table = _table(Product)
            columns: dict[str, Any] = {k: bindparam(f"v_{k}") for k in group[0] if k != "id"}
            session.execute(
                update(table).where(table.c.id == bindparam("v_id")).values(columns),
                [{f"v_{k}": v for k, v in row.items()} for row in group],
            )
        _delete_keys(session, touched)
    if inserts:
        session.execute(insert(_table(Product)), inserts)
    if moved:
        for chunk in _chunks(moved, 5000):
            session.execute(delete(ProductBarcode).where(ProductBarcode.barcode.in_(chunk)))
    if barcode_rows:
        session.execute(insert(_table(ProductBarcode)), barcode_rows)
    if price_rows:
        stmt = sqlite_insert(_table(ProductPrice))
        session.execute(
            stmt.on_conflict_do_update(
                index_elements=["product_id", "effective_at"],
                set_={"price_tiyn": stmt.excluded.price_tiyn, "version": stmt.excluded.version},
            ),
            price_rows,
        )
    if keys:
        session.execute(sqlite_insert(_table(ProductNameKey)).on_conflict_do_nothing(), keys)
    return len(inserts), len(updates)


def _same_keys(rows: list[dict[str, object]]) -> list[list[dict[str, object]]]:
    groups: dict[tuple[str, ...], list[dict[str, object]]] = {}
    for r in rows:
        groups.setdefault(tuple(sorted(r)), []).append(r)
    return list(groups.values())


def _chunks(values: Sequence[object], size: int) -> Iterable[Sequence[object]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _delete_keys(session: Session, ids: Sequence[uuid.UUID]) -> None:
    for chunk in _chunks(ids, 5000):
        session.execute(delete(ProductNameKey).where(ProductNameKey.product_id.in_(chunk)))


def _pairs(session: Session, stmt: Select[Any, Any]) -> dict[Any, Any]:
    return {row[0]: row[1] for row in session.execute(stmt)}


def _table(model: type[Base]) -> Table:
    """The model's table, for Core bulk statements (one executemany, no ORM bookkeeping)."""
    table = model.__table__
    assert isinstance(table, Table)  # noqa: S101 - declarative models always map a Table
    return table
