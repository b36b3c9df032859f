"""The store's partner banks and bank products (with rates) for credit and installment sales.

Kept in the settings table (`credit`); a store admin changes them (settings dialog,
`pos settings credit`), anyone signed in reads them (the sale screen offers them).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pos.domain.credit_catalogue import CreditCatalogue, catalogue_from
from pos.domain.enums import Role
from pos.services import settings
from pos.services.context import Action, ServiceContext
from pos.services.lookups import credit_catalogue_in


def catalogue(ctx: ServiceContext) -> CreditCatalogue:
    """The banks and products a credit sale may name (defaults until the admin sets them)."""
    ctx.actor.require(Role.CASHIER, Action.RECORD_SALE)
    with ctx.db.read_session() as session:
        return credit_catalogue_in(session)


def set_catalogue(
    ctx: ServiceContext,
    *,
    banks: Sequence[str] | None = None,
    products: Sequence[dict[str, Any]] | None = None,
) -> CreditCatalogue:
    """Replace the bank list, the product list, or both (store admin); checked first."""
    ctx.actor.require(Role.STORE_ADMIN, Action.CHANGE_SETTINGS)
    current = catalogue(ctx).value()
    wanted = {
        "banks": list(banks) if banks is not None else current["banks"],
        "products": list(products) if products is not None else current["products"],
    }
    checked = catalogue_from(wanted)
    settings.update(ctx, settings.CREDIT, checked.value())
    return checked
