"""Build real tills (SQLCipher files on disk) for tests."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

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
from pos.services.staff import add_staff
from pos.storage.database import Database

TEST_KEY = "test-key-not-secret"
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
) -> TillFixture:
    paths = TillPaths(home)
    home.mkdir(parents=True, exist_ok=True)
    db, identity = create_till(
        paths.db,
        key,
        store_code=store_code,
        store_name="Тест Алматы",
        register_code=register_code,
        operator=dict(OPERATOR),
    )
    admin_ctx = ServiceContext(db, identity.admin_actor())
    cashier = add_staff(admin_ctx, "Айгерим Кассир", Role.CASHIER, "1111")
    manager = add_staff(admin_ctx, "Ерлан Менеджер", Role.SALES_MANAGER, "2222")
    if policy:
        policies.import_policy(
            admin_ctx,
            POLICY_TEXT,
            label="2025-01-22",
            effective=dt.date(2025, 1, 22),
            language="ru",
        )
    return TillFixture(
        paths=paths,
        db=db,
        identity=identity,
        key=key,
        cashier=Actor.staff(cashier.id, Role.CASHIER, identity.store_id, identity.register_id),
        manager=Actor.staff(
            manager.id, Role.SALES_MANAGER, identity.store_id, identity.register_id
        ),
    )


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
