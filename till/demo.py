"""`python -m till.demo`: a demo till under POS_HOME for `make run` (idempotent).

Creates the store, a short demo policy in three languages (our own text, not a real
seller's), staff with known PINs, products and a few hundred seeded buyers and sales.
"""

from __future__ import annotations

import datetime as dt
import os
import sys

from pos import logs
from pos.config import till_paths
from pos.domain.enums import Role
from pos.domain.errors import Code, PosError
from pos.services import policies, settings
from pos.services.context import ServiceContext
from pos.services.setup import create_till
from pos.services.staff import add_staff

DEMO_STAFF = (
    ("Айгерим Сапарова", Role.CASHIER, "4071"),
    ("Ерлан Жумабаев", Role.SALES_MANAGER, "5923"),
    ("Демо Администратор", Role.STORE_ADMIN, "8052"),
)
DEMO_OPERATOR = {
    "name": "ТОО «Демо Ритейл»",
    "bin": "000000000000",
    "email": "privacy@demo-retail.kz",
    "address": "050000, г. Алматы, пр. Абая, 1",
}
DEMO_POLICY = {
    "ru": (
        "Демонстрационная политика конфиденциальности (версия DEMO-1).\n"
        "Продавец обрабатывает персональные данные покупателя только для целей, на которые "
        "покупатель дал согласие: продажа, доставка, кредит, страхование, маркетинг.\n"
        "Покупатель может получить сведения о своих данных, исправить их и отозвать согласие.\n"
    ),
    "kk": (
        "Құпиялылық саясатының демонстрациялық нұсқасы (DEMO-1).\n"
        "Сатушы сатып алушының дербес деректерін тек ол келісім берген мақсаттар үшін өңдейді: "
        "сату, жеткізу, несие, сақтандыру, маркетинг.\n"
        "Сатып алушы өз деректері туралы мәлімет алып, оларды түзетіп, келісімін қайтарып ала алады.\n"
    ),
    "en": (
        "Demonstration privacy policy (version DEMO-1).\n"
        "The seller processes the buyer's personal data only for purposes the buyer consented "
        "to: sale, delivery, credit, insurance, marketing.\n"
        "The buyer may see their data, have it corrected and withdraw consent.\n"
    ),
}


def prepare_for_seeding(ctx: ServiceContext) -> list[str]:
    """Fill in what a consent needs and a bare `pos init` lacks, with the demo values.

    Synthetic buyers still get complete consent records: the seller's details the slip and
    the record name, and a policy version to consent to. Whatever the till already has is
    kept; the lines returned say what was added, so nobody mistakes it for the real thing.
    """
    done: list[str] = []
    operator = settings.read(ctx, settings.OPERATOR)
    missing = {k: v for k, v in DEMO_OPERATOR.items() if not operator.get(k)}
    if missing:
        settings.update(ctx, settings.OPERATOR, missing)
        done.append(
            f"seller details not set: demo values used for {', '.join(sorted(missing))} "
            "(change them with `pos settings operator`)"
        )
    if not policies.list_policies(ctx):
        for lang, text in DEMO_POLICY.items():
            policies.import_policy(
                ctx, text, label="DEMO-1", effective=dt.date(2025, 1, 1), language=lang
            )
        done.append("no policy version: the demo policy DEMO-1 was imported (ru, kk, en)")
    return done


def ensure_demo(buyers: int = 300, sales: int = 900) -> None:
    paths = till_paths()
    if paths.db.exists():
        return
    key = os.environ.get("POS_DB_KEY")
    if not key:
        raise PosError(Code.DEMO_NO_KEY)
    logs.configure(paths.logs)
    print(f"creating the demo till in {paths.home} ...", file=sys.stderr)
    db, identity = create_till(
        paths.db,
        key,
        store_code="DEMO-01",
        store_name="Демо-магазин, Алматы",
        register_code="1",
        operator=DEMO_OPERATOR,
    )
    try:
        ctx = ServiceContext(db, identity.admin_actor())
        prepare_for_seeding(ctx)
        for name, role, pin in DEMO_STAFF:
            add_staff(ctx, name, role, pin)
        from pos.seed import seed

        seed(ctx, buyers=buyers, sales=sales, seed=7)
    except BaseException:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            paths.db.with_name(paths.db.name + suffix).unlink(missing_ok=True)
        raise
    db.close()
    print("demo till ready: PINs cashier 4071, manager 5923, admin 8052", file=sys.stderr)


def main() -> int:
    try:
        ensure_demo()
    except PosError as exc:
        print(f"till.demo: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
