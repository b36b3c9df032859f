"""Consent at the counter and sales: minimization, consent records, roles, re-consent."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from pos.domain.buyer import BuyerData
from pos.domain.enums import ConsentMethod, PaymentMethod, Purpose, Role
from pos.domain.errors import Conflict, PermissionDenied, Refused, ValidationError, ValidationErrors
from pos.domain.minimization import SaleNeeds
from pos.services import policies
from pos.services.consents import ConsentDraft, preview_consent
from pos.services.sales import CreditTerms, LineInput, NewSale, record_sale
from pos.storage.models import (
    AuditEntry,
    Buyer,
    BuyerNameKey,
    Consent,
    ConsentEvent,
    CreditArrangement,
    Disclosure,
    OutboxEvent,
    Sale,
)
from tests.support.tills import (
    CREDIT,
    DELIVERY,
    INSTALLMENT,
    OPERATOR,
    TillFixture,
    credit_buyer,
    delivery_buyer,
    register,
)

TV = (LineInput("Телевизор LG 55", 1, 27_990_000, category="tv"),)


def rows(till: TillFixture, model: type) -> int:
    with till.db.read_session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_anonymous_cash_sale_stores_no_personal_data(till: TillFixture) -> None:
    sale = record_sale(
        till.ctx(till.cashier),
        NewSale(lines=(LineInput("Хлеб", 2, 25_000),), tendered_tiyn=100_000),
    )
    assert (sale.total_tiyn, sale.change_tiyn, sale.receipt_no) == (50_000, 50_000, 1)
    assert sale.buyer_id is None and sale.buyer_masked_name == ""
    assert rows(till, Buyer) == 0 and rows(till, Consent) == 0


def test_cash_short_of_the_total_is_refused(till: TillFixture) -> None:
    with pytest.raises(ValidationError, match="less than the total"):
        record_sale(till.ctx(till.cashier), NewSale(lines=TV, tendered_tiyn=100))
    assert rows(till, Sale) == 0


def test_preview_writes_nothing_and_shows_the_slip(till: TillFixture) -> None:
    draft = ConsentDraft(needs=DELIVERY, buyer=delivery_buyer(), language="kk")
    before = {m: rows(till, m) for m in (Buyer, Consent, AuditEntry, OutboxEvent)}
    slip = preview_consent(till.ctx(till.cashier), draft)
    assert {m: rows(till, m) for m in before} == before
    assert slip.consent_id == draft.consent_id
    assert slip.operator.name == OPERATOR["name"] and slip.operator.bin == OPERATOR["bin"]
    assert slip.operator.email and slip.operator.address
    assert slip.policy_label == "2025-01-22" and len(slip.policy_sha256) == 64
    ticked = {p.purpose for p in slip.purposes if p.ticked}
    assert ticked == {Purpose.SALE, Purpose.DELIVERY}
    assert {p.purpose for p in slip.purposes} == set(Purpose)
    assert slip.buyer_name == "Нурланова Асель" and slip.masked_iin == ""
    assert not slip.cross_border and not slip.published
    assert slip.store_code == "ALM-01" and slip.staff_name == "Айгерим Кассир"


def test_signed_consent_is_recorded_with_everything_the_law_asks(till: TillFixture) -> None:
    recorded = register(till, delivery_buyer(), DELIVERY, actor=till.cashier)
    with till.db.read_session() as s:
        consent = s.get(Consent, recorded.consent_id)
        assert consent is not None
        events = s.scalars(select(ConsentEvent).where(ConsentEvent.consent_id == consent.id)).all()
        purposes = {p.purpose: p.ticked for p in consent.purposes}
        outbox = [e.type for e in s.scalars(select(OutboxEvent).order_by(OutboxEvent.seq))]
    assert (consent.operator_name, consent.operator_bin) == (OPERATOR["name"], OPERATOR["bin"])
    assert consent.policy_label == "2025-01-22" and len(consent.policy_sha256) == 64
    assert consent.sale_type == "cash" and consent.method == "paper-slip-signed"
    assert consent.cross_border is False and consent.published is False
    assert set(consent.data_categories) == {
        "full_name",
        "phone",
        "delivery_address",
        "purchase_history",
    }
    assert set(consent.recipient_categories) == {"courier", "postal", "counterparty"}
    assert consent.store_id == till.identity.store_id and consent.staff_id == till.cashier.staff_id
    assert consent.given_at.tzinfo is not None and consent.jurisdiction == "KZ"
    assert purposes == {
        "sale": True,
        "delivery": True,
        "credit": False,
        "insurance": False,
        "marketing": False,
    }
    assert sorted((e.purpose, e.state) for e in events) == [
        ("delivery", "given"),
        ("sale", "given"),
    ]
    assert all(e.slip_printed for e in events)
    assert outbox[-2:] == ["buyer.registered", "consent.given"]
    assert recorded.buyer.purposes_in_force() == {Purpose.SALE, Purpose.DELIVERY}


def test_data_beyond_the_sale_is_refused_and_nothing_is_kept(till: TillFixture) -> None:
    buyer = delivery_buyer(iin=credit_buyer().iin)
    with pytest.raises(ValidationErrors) as err:
        register(till, buyer, DELIVERY)
    assert "not needed for this sale" in str(err.value.errors["iin"])
    assert rows(till, Buyer) == 0 and rows(till, BuyerNameKey) == 0


def test_a_credit_consent_names_every_missing_field(till: TillFixture) -> None:
    with pytest.raises(ValidationErrors) as err:
        register(
            till, BuyerData(surname="Ахметов", given_name="Нурлан", phone="+77771234567"), CREDIT
        )
    assert {"iin", "birth_date", "registration_address", "id_doc_number"} <= set(err.value.errors)


def test_preprinted_form_needs_its_number(till: TillFixture) -> None:
    with pytest.raises(ValidationError, match="pre-printed"):
        register(till, delivery_buyer(), DELIVERY, method=ConsentMethod.PREPRINTED_FORM)
    recorded = register(
        till,
        delivery_buyer(),
        DELIVERY,
        method=ConsentMethod.PREPRINTED_FORM,
        form_number="F-000123",
    )
    with till.db.read_session() as s:
        consent = s.get(Consent, recorded.consent_id)
        assert consent is not None and (consent.method, consent.form_number) == (
            "preprinted-form",
            "F-000123",
        )


def test_the_same_iin_cannot_be_registered_twice(till: TillFixture) -> None:
    register(till, credit_buyer(), INSTALLMENT)
    with pytest.raises(Conflict, match="already registered"):
        register(till, credit_buyer(phone="+77011112233"), INSTALLMENT)
    assert rows(till, Buyer) == 1


def test_credit_needs_a_sales_manager_in_the_service_not_only_the_ui(till: TillFixture) -> None:
    with pytest.raises(PermissionDenied, match="sales manager"):
        register(till, credit_buyer(), INSTALLMENT, actor=till.cashier)
    buyer = register(till, credit_buyer(), INSTALLMENT).buyer
    with pytest.raises(PermissionDenied, match="sales manager"):
        record_sale(
            till.ctx(till.cashier),
            NewSale(
                lines=TV,
                payment=PaymentMethod.INSTALLMENT,
                buyer_id=buyer.id,
                credit=CreditTerms("Halyk Bank", "0-0-12", 12),
            ),
        )
    assert rows(till, Sale) == 0


def test_delivery_without_a_buyer_is_refused(till: TillFixture) -> None:
    with pytest.raises(Refused, match="needs a registered buyer"):
        record_sale(till.ctx(till.cashier), NewSale(lines=TV, delivery=True))


def test_a_sale_needing_an_unconsented_purpose_is_refused_naming_it(till: TillFixture) -> None:
    buyer = register(till, delivery_buyer(), DELIVERY).buyer
    with pytest.raises(Refused, match="not consented to: credit"):
        record_sale(
            till.ctx(till.manager),
            NewSale(
                lines=TV,
                payment=PaymentMethod.CREDIT,
                buyer_id=buyer.id,
                credit=CreditTerms("Kaspi Bank", "Kaspi Red", 12),
            ),
        )
    assert rows(till, Sale) == 0


def test_installment_sale_opens_the_arrangement_and_records_the_disclosure(
    till: TillFixture,
) -> None:
    buyer = register(till, credit_buyer(), INSTALLMENT).buyer
    sale = record_sale(
        till.ctx(till.manager),
        NewSale(
            lines=TV,
            payment=PaymentMethod.INSTALLMENT,
            buyer_id=buyer.id,
            credit=CreditTerms(
                "Halyk Bank", "0-0-12", 12, down_payment_tiyn=2_790_000, bank_form_reference="HB-1"
            ),
        ),
    )
    assert sale.credit is not None
    c = sale.credit
    assert (
        c.principal_tiyn == 25_200_000
        and sum(i.amount_tiyn for i in c.schedule) == c.principal_tiyn
    )
    assert len(c.schedule) == 12 and c.schedule[0].due > sale.created_at.date()
    assert sale.buyer_masked_name == "Н*** А."
    with till.db.read_session() as s:
        d = s.scalars(select(Disclosure)).one()
        assert (d.recipient_category, d.recipient_name, d.purpose) == (
            "partner_bank",
            "Halyk Bank",
            "credit",
        )
        assert "iin" in d.data_categories and "purchase_history" not in d.data_categories
        assert s.scalars(select(CreditArrangement)).one().status == "active"


def test_a_new_policy_version_asks_for_re_consent_at_the_next_sale(till: TillFixture) -> None:
    buyer = register(till, delivery_buyer(), DELIVERY).buyer
    record_sale(till.ctx(till.cashier), NewSale(lines=TV, delivery=True, buyer_id=buyer.id))
    today = dt.datetime.now(dt.UTC).date()
    policies.import_policy(
        till.ctx(),
        "Test policy, version B.\n",
        label="B",
        effective=today - dt.timedelta(days=1),
        language="ru",
    )
    from pos.services.buyers import get_buyer

    assert get_buyer(till.ctx(till.cashier), buyer.id).reconsent_needed
    with pytest.raises(Refused, match="re-consent to version B"):
        record_sale(till.ctx(till.cashier), NewSale(lines=TV, delivery=True, buyer_id=buyer.id))
    again = register(till, BuyerData(), DELIVERY, actor=till.cashier, buyer_id=buyer.id)
    assert not again.buyer.reconsent_needed
    with till.db.read_session() as s:
        states = sorted(
            s.scalars(select(ConsentEvent.state).where(ConsentEvent.buyer_id == buyer.id))
        )
    assert states == ["given", "given", "renewed", "renewed"]
    record_sale(till.ctx(till.cashier), NewSale(lines=TV, delivery=True, buyer_id=buyer.id))


def test_a_policy_version_is_immutable(till: TillFixture) -> None:
    with pytest.raises(Conflict, match="different text"):
        policies.import_policy(
            till.ctx(), "changed", label="2025-01-22", effective=dt.date(2025, 1, 22), language="ru"
        )
    with pytest.raises(PermissionDenied):
        policies.import_policy(
            till.ctx(till.manager), "x", label="C", effective=dt.date(2025, 1, 22), language="ru"
        )


def test_no_consent_without_seller_details(tmp_path: object) -> None:
    from pathlib import Path

    from pos.services import settings
    from tests.support.tills import make_till

    t = make_till(Path(str(tmp_path)) / "h")
    try:
        with t.db.write_session() as s, s.begin():
            settings.put(s, settings.OPERATOR, {"name": "X"})
        with pytest.raises(Refused, match="name and BIN"):
            preview_consent(t.ctx(t.cashier), ConsentDraft(needs=DELIVERY, buyer=delivery_buyer()))
    finally:
        t.db.close()


def test_marketing_only_needs_phone_or_email(till: TillFixture) -> None:
    needs = SaleNeeds(PaymentMethod.CASH, marketing=True)
    with pytest.raises(ValidationErrors, match="at least one of"):
        register(till, BuyerData(given_name="Дана"), needs, actor=till.cashier)
    rec = register(
        till, BuyerData(given_name="Дана", email="dana@mail.kz"), needs, actor=till.cashier
    )
    assert rec.buyer.purposes_in_force() == {Purpose.SALE, Purpose.MARKETING}
    assert rec.slip.purposes[-1].valid_until is not None  # marketing lapses after its term


def test_role_order() -> None:
    assert Role.STORE_ADMIN.allows(Role.CASHIER) and not Role.CASHIER.allows(Role.SALES_MANAGER)
