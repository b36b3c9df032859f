"""Build real tills (SQLCipher files on disk) for tests.

Building a till (a new encrypted file, every migration, two staff with argon2 PIN hashes,
a policy) costs seconds, and most tests want one. So each distinct configuration is built
once per test session into a template folder, closed with its WAL checkpointed into the
file, and each test gets a byte-for-byte copy of that file in its own folder, opened with
the key: still a real SQLCipher file per test, never shared.

Copies of one template carry the same ids (store, register, staff, policy). Tills of
different configurations (`till_a` is ALM-01, `till_b` AST-01) are different stores; a
second till of the same configuration within one test is built afresh, so two tills in one
test never share ids. A till made outside a session with templates (a script) is built.
"""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from pos.config import TillPaths
from pos.domain.buyer import BuyerData
from pos.domain.enums import PaymentMethod, Role, Sex
from pos.domain.iin import make_iin
from pos.domain.minimization import SaleNeeds
from pos.services import policies
from pos.services.consents import ConsentDraft, RecordedConsent, record_consent
from pos.services.context import Actor, ServiceContext
from pos.services.sales import LineInput, NewSale, record_sale
from pos.services.setup import TillIdentity, create_till
from pos.services.shifts import open_shift
from pos.services.staff import add_staff, set_pin
from pos.storage.database import Database, open_database

TEST_KEY = "test-key-not-secret"
# PINs nobody would guess first (the trivial ones are refused); the window's tests type them,
# the command line's pass them as POS_STAFF_PIN.
CASHIER_PIN, MANAGER_PIN, ADMIN_PIN = "4071", "5923", "8052"
ADMIN_NAME = "Store admin"
OPERATOR = {
    "name": "ТОО «Тест Ритейл»",
    "bin": "000000000000",
    "email": "privacy@test-retail.kz",
    "address": "050000, Алматы, пр. Абая, 1",
}
POLICY_TEXT = (
    "Test privacy policy, version A. The seller processes buyer data for sales, delivery, "
    "credit, insurance and marketing, as the buyer consents. Written by the test suite.\n"
)


@dataclass
class TillFixture:
    paths: TillPaths
    db: Database
    identity: TillIdentity
    key: str
    cashier: Actor
    manager: Actor

    @property
    def admin(self) -> Actor:
        return self.identity.admin_actor()

    def ctx(self, actor: Actor | None = None) -> ServiceContext:
        return ServiceContext(self.db, actor or self.admin)


def make_till(
    home: Path,
    *,
    store_code: str = "ALM-01",
    register_code: str = "1",
    key: str = TEST_KEY,
    policy: bool = True,
    buyers: int = 0,
    sales: int = 0,
    seed: int = 1,
    shift: bool = True,
) -> TillFixture:
    """A till in `home` (ALM-01, register 1, a cashier and a sales manager with PINs, the
    test policy, a shift the cashier opened with no float, so sales go through); with
    `buyers`/`sales`, filled by `pos.seed.seed` with `seed` as well."""
    config = TillConfig(store_code, register_code, key, policy, buyers, sales, seed, shift)
    templates = TillTemplates.active
    if templates is None or not templates.may_copy(config):
        return build_till(home, config)
    return templates.copy(config, home)


@dataclass(frozen=True)
class TillConfig:
    store_code: str = "ALM-01"
    register_code: str = "1"
    key: str = TEST_KEY
    policy: bool = True
    buyers: int = 0
    sales: int = 0
    seed: int = 1
    shift: bool = True


def build_till(home: Path, config: TillConfig) -> TillFixture:
    """A new till, built step by step through the services (what a template holds)."""
    paths = TillPaths(home)
    home.mkdir(parents=True, exist_ok=True)
    db, identity = create_till(
        paths.db,
        config.key,
        store_code=config.store_code,
        store_name="Тест Алматы",
        register_code=config.register_code,
        operator=dict(OPERATOR),
    )
    admin_ctx = ServiceContext(db, identity.admin_actor())
    set_pin(admin_ctx, identity.admin_staff_id, ADMIN_PIN)
    cashier = add_staff(admin_ctx, "Айгерим Кассир", Role.CASHIER, CASHIER_PIN)
    manager = add_staff(admin_ctx, "Ерлан Менеджер", Role.SALES_MANAGER, MANAGER_PIN)
    if config.policy:
        policies.import_policy(
            admin_ctx,
            POLICY_TEXT,
            label="2025-01-22",
            effective=dt.date(2025, 1, 22),
            language="ru",
        )
    if config.buyers or config.sales:
        from pos.seed import seed

        seed(admin_ctx, buyers=config.buyers, sales=config.sales, seed=config.seed)
    cashier_actor = Actor.staff(cashier.id, Role.CASHIER, identity.store_id, identity.register_id)
    if config.shift:
        # A register sells only inside an open shift: the cashier opened today's (no float).
        open_shift(ServiceContext(db, cashier_actor), 0)
    return TillFixture(
        paths=paths,
        db=db,
        identity=identity,
        key=config.key,
        cashier=cashier_actor,
        manager=Actor.staff(
            manager.id, Role.SALES_MANAGER, identity.store_id, identity.register_id
        ),
    )


@dataclass
class TillTemplates:
    """One closed, checkpointed till per configuration under `folder`, copied on demand."""

    # The test session's templates (set by tests/support/fixtures.py); None: build each till.
    active: ClassVar[TillTemplates | None] = None

    folder: Path
    _built: dict[TillConfig, TillFixture] = field(default_factory=dict)
    _given: set[TillConfig] = field(default_factory=set)

    def new_test(self) -> None:
        """A test starts: each configuration may be copied once again."""
        self._given.clear()

    def may_copy(self, config: TillConfig) -> bool:
        if config in self._given:
            return False  # a second till of this configuration in one test: its own ids
        self._given.add(config)
        return True

    def copy(self, config: TillConfig, home: Path) -> TillFixture:
        template = self._built.get(config)
        if template is None:
            template = build_till(self.folder / f"till-{len(self._built)}", config)
            template.db.checkpoint()
            template.db.close()
            self._built[config] = template
        source = template.paths.db
        leftovers = [p.name for p in source.parent.iterdir() if p.name != source.name]
        assert not leftovers, f"template not closed cleanly: {leftovers}"
        paths = TillPaths(home)
        if paths.db.exists():  # as create_till: never over an existing till
            return build_till(home, config)
        home.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, paths.db)
        return TillFixture(
            paths=paths,
            db=open_database(paths.db, config.key),
            identity=template.identity,
            key=config.key,
            cashier=template.cashier,
            manager=template.manager,
        )


def new_shift(ctx: ServiceContext, float_tiyn: int = 0) -> None:
    """Close the register's shift (counted as expected) and open another at `ctx`'s time:
    for a test whose clock is days on, where the template's shift is past 24 hours."""
    from pos.services.shifts import close_shift, current_shift

    shown = current_shift(ctx)
    if shown is not None:
        close_shift(ctx, shown.totals.expected_cash_tiyn)
    open_shift(ctx, float_tiyn)


def valid_iin(birth: dt.date, sex: Sex = Sex.FEMALE, serial: int = 1234) -> str:
    for s in range(serial, serial + 50):
        iin = make_iin(birth, sex, s)
        if iin:
            return iin
    raise AssertionError("no valid IIN found")


def delivery_buyer(**over: object) -> BuyerData:
    data = {
        "surname": "Нурланова",
        "given_name": "Асель",
        "phone": "+7 701 555 12 34",
        "delivery_address": "Алматы, ул. Жарокова, 12, кв. 5",
    }
    data.update(over)
    return BuyerData(**data)  # type: ignore[arg-type]


def credit_buyer(**over: object) -> BuyerData:
    birth = dt.date(1990, 5, 17)
    data = {
        "surname": "Ахметов",
        "given_name": "Нурлан",
        "patronymic": "Серикович",
        "iin": valid_iin(birth, Sex.MALE),
        "birth_date": birth,
        "phone": "+7 777 123 45 67",
        "registration_address": "Астана, пр. Республики, 5, кв. 10",
        "id_doc_type": "id_card",
        "id_doc_number": "045123789",
        "id_doc_issue_date": dt.date(2018, 6, 1),
        "id_doc_issuer": "МВД РК",
    }
    data.update(over)
    return BuyerData(**data)  # type: ignore[arg-type]


def register(
    till: TillFixture,
    buyer: BuyerData,
    needs: SaleNeeds,
    actor: Actor | None = None,
    **draft: object,
) -> RecordedConsent:
    return record_consent(
        till.ctx(actor or till.manager),
        ConsentDraft(needs=needs, buyer=buyer, **draft),  # type: ignore[arg-type]
        slip_printed=True,
    )


def installment_sale(
    till: TillFixture, buyer_id: uuid.UUID, total_tiyn: int = 30_000_000, term: int = 6
) -> object:
    from pos.services.sales import CreditTerms

    return record_sale(
        till.ctx(till.manager),
        NewSale(
            lines=(LineInput("Смартфон", 1, total_tiyn, category="phones"),),
            payment=PaymentMethod.INSTALLMENT,
            buyer_id=buyer_id,
            credit=CreditTerms("Halyk Bank", "0-0-12", term, down_payment_tiyn=0),
        ),
    )


DELIVERY = SaleNeeds(PaymentMethod.CASH, delivery=True)
INSTALLMENT = SaleNeeds(PaymentMethod.INSTALLMENT)
CREDIT = SaleNeeds(PaymentMethod.CREDIT)
