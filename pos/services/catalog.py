"""Products the till sells: lookup by barcode (scanner) or by name."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from pos.domain.enums import Role
from pos.domain.errors import Code, Conflict, ValidationError
from pos.domain.views import ProductView
from pos.services.context import Action, ServiceContext
from pos.services.uow import UnitOfWork
from pos.storage.models import Product


def _view(p: Product) -> ProductView:
    return ProductView(p.id, p.barcode, p.name, p.category, p.price_tiyn)


def by_barcode(ctx: ServiceContext, barcode: str) -> ProductView | None:
    with ctx.db.read_session() as session:
        p = session.scalar(
            select(Product).where(Product.barcode == barcode.strip(), Product.active.is_(True))
        )
        return _view(p) if p else None


def search(ctx: ServiceContext, text: str, limit: int = 20) -> list[ProductView]:
    words = text.strip()
    if not words:
        return []
    with ctx.db.read_session() as session:
        rows = session.scalars(
            select(Product)
            .where(Product.active.is_(True), Product.name.icontains(words, autoescape=True))
            .order_by(Product.name)
            .limit(limit)
        ).all()
        return [_view(p) for p in rows]


def add_products(ctx: ServiceContext, items: Iterable[tuple[str, str, str, int]]) -> int:
    """Add (barcode, name, category, price in tiyn) rows; store admin."""
    ctx.actor.require(Role.STORE_ADMIN, Action.EDIT_PRODUCTS)
    count = 0
    with UnitOfWork(ctx) as uow:
        for barcode, name, category, price in items:
            if not barcode.strip() or not name.strip() or price < 0:
                raise ValidationError(Code.PRODUCT_INCOMPLETE)
            if uow.session.scalar(select(Product.id).where(Product.barcode == barcode)):
                raise Conflict(Code.PRODUCT_EXISTS, barcode=barcode)
            uow.session.add(
                Product(barcode=barcode, name=name, category=category, price_tiyn=price)
            )
            count += 1
        uow.audit("catalog.changed", {}, [f"added:{count}"])
        uow.commit()
    return count
