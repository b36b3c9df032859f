"""The disclosure register (policy 4.3.2, 4.4.2): every transfer of a buyer's data is
recorded, only to the recipients the policy names, and only on a consent or a legal basis.

A delivery handed to a courier is a transfer: its register row, the buyer's access report
(printed and JSON) and the audit show it."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from pos.domain.buyer import BuyerData
from pos.domain.enums import DataCategory, PaymentMethod, Purpose, RecipientCategory, Sex
from pos.domain.errors import Code, Conflict, PermissionDenied, PosError, Refused, ValidationError
from pos.domain.minimization import SaleNeeds
from pos.domain.views import to_json
from pos.services.context import ServiceContext
from pos.services.disclosures import (
    hand_over_delivery,
    list_disclosures,
    pending_deliveries,
    record_disclosure,
    sale_by_receipt,
)
from pos.services.reports import access_report
from pos.services.sales import LineInput, NewSale, record_sale
from pos.storage.models import AuditEntry, Disclosure, OutboxEvent, Sale
from printing.i18n import label, t
from printing.service import PrintService
from tests.support.escpos_decoder import GlyphReader
from tests.support.printer import FakePrinter, printout, set_printer
from tests.support.tills import (
    DELIVERY,
    TillFixture,
    credit_buyer,
    delivery_buyer,
    register,
    valid_iin,
)

INSURANCE = SaleNeeds(PaymentMethod.CASH, insurance=True)
DELIVERY_DATA = (DataCategory.FULL_NAME, DataCategory.PHONE, DataCategory.DELIVERY_ADDRESS)


def _delivery_sale(till: TillFixture, buyer_id: uuid.UUID | None = None) -> Sale:
    if buyer_id is None:
        buyer_id = register(till, delivery_buyer(), DELIVERY).buyer.id
    view = record_sale(
        till.ctx(till.cashier),
        NewSale(
            lines=(LineInput("Чайник", 1, 1_599_000, category="appliances"),),
            delivery=True,
            buyer_id=buyer_id,
        ),
    )
    with till.db.read_session() as s:
        return s.get_one(Sale, view.id)


def _insured_buyer(till: TillFixture) -> uuid.UUID:
    birth = dt.date(1985, 2, 3)
    data = BuyerData(
        surname="Садыкова",
        given_name="Жанар",
        iin=valid_iin(birth, Sex.FEMALE, serial=4321),
        birth_date=birth,
        phone="+7 705 222 33 44",
    )
    return register(till, data, INSURANCE).buyer.id


def _rows(till: TillFixture) -> list[Disclosure]:
    with till.db.read_session() as s:
        return list(s.scalars(select(Disclosure).order_by(Disclosure.at)))


# --- the hand-over of a delivery --------------------------------------------------------


def test_a_delivery_handed_to_a_courier_is_in_the_register_and_the_access_report(
    till: TillFixture,
) -> None:
    sale = _delivery_sale(till)
    assert sale.buyer_id is not None
    assert _rows(till) == []  # the sale alone sends nothing anywhere
    assert [p.sale_id for p in pending_deliveries(till.ctx(till.manager))] == [sale.id]

    view = hand_over_delivery(till.ctx(till.manager), sale.id, "  CDEK ")
    assert view.receipt == f"ALM-01/1/{sale.receipt_no}"

    [row] = _rows(till)
    assert (row.recipient_category, row.recipient_name, row.sale_id) == ("courier", "CDEK", sale.id)
    assert row.purpose == "delivery" and row.legal_basis is None
    assert sorted(row.data_categories) == sorted(c.value for c in DELIVERY_DATA)
    assert row.staff_id == till.manager.staff_id
    assert pending_deliveries(till.ctx(till.manager)) == []

    # The buyer's access report, as `pos buyer report --json` prints it.
    report = json.loads(to_json(access_report(till.ctx(till.manager), sale.buyer_id)))
    [shown] = report["disclosures"]
    assert shown["recipient_category"] == "courier"
    assert shown["recipient_name"] == "CDEK"
    assert shown["purpose"] == "delivery"
    assert sorted(shown["data_categories"]) == sorted(c.value for c in DELIVERY_DATA)
    assert shown["receipt"] == f"ALM-01/1/{sale.receipt_no}"

    # Head office is told in the same transaction, with the staff member who handed it over.
    with till.db.read_session() as s:
        [event] = s.scalars(select(OutboxEvent).where(OutboxEvent.type == "disclosure.recorded"))
    assert event.payload["recipient_category"] == "courier"
    assert event.payload["recipient_name"] == "CDEK"
    assert event.payload["sale_id"] == str(sale.id)
    assert event.payload["staff_id"] == str(till.manager.staff_id)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_the_printed_access_report_shows_the_courier(
    till: TillFixture, printer: FakePrinter, reader: GlyphReader, lang: str
) -> None:
    sale = _delivery_sale(till)
    assert sale.buyer_id is not None
    hand_over_delivery(till.ctx(till.manager), sale.id, "Казпочта", RecipientCategory.POSTAL)
    set_printer(till, printer.url)
    service = PrintService.for_till(till.ctx(till.manager), till.paths)
    outcome = service.print_access_report(
        access_report(till.ctx(till.manager), sale.buyer_id), lang
    )
    assert outcome.ok, outcome.message
    body = reader.fold(printout(printer.wait_jobs(1)[0], reader).squeezed())
    after = body[body.index(reader.fold(t("report.disclosures", lang).replace(" ", ""))) :]
    for expected in (
        label("recipient", RecipientCategory.POSTAL, lang),
        "Казпочта",
        t("report.purpose", lang, purpose=label("purpose_short", Purpose.DELIVERY, lang)),
        label("category", DataCategory.DELIVERY_ADDRESS, lang),
        t("report.for_receipt", lang, ref=f"ALM-01/1/{sale.receipt_no}"),
    ):
        assert reader.fold("".join(expected.split())) in after, expected


def test_a_credit_buyers_courier_gets_only_what_a_delivery_needs(till: TillFixture) -> None:
    """The courier of a credit buyer's parcel gets the name, phone and address, never the
    IIN or ID document the bank got."""
    from pos.services.sales import CreditTerms

    buyer = register(
        till,
        credit_buyer(delivery_address="Алматы, ул. Абая, 10"),
        SaleNeeds(PaymentMethod.CREDIT, delivery=True),
    ).buyer.id
    sale = record_sale(
        till.ctx(till.manager),
        NewSale(
            lines=(LineInput("Холодильник", 1, 30_000_000),),
            payment=PaymentMethod.CREDIT,
            delivery=True,
            buyer_id=buyer,
            credit=CreditTerms("Halyk Bank", "Кредит", 12),
        ),
    )
    view = hand_over_delivery(till.ctx(till.manager), sale.id, "Exline")
    assert set(view.data_categories) == set(DELIVERY_DATA)
    bank, courier = _rows(till)
    assert bank.recipient_category == "partner_bank" and "iin" in bank.data_categories
    assert courier.recipient_category == "courier" and "iin" not in courier.data_categories


def test_a_delivery_is_handed_over_once_and_only_a_delivery(till: TillFixture) -> None:
    sale = _delivery_sale(till)
    ctx = till.ctx(till.manager)
    hand_over_delivery(ctx, sale.id, "CDEK")
    with pytest.raises(Conflict) as again:
        hand_over_delivery(ctx, sale.id, "Exline")
    assert again.value.code is Code.DELIVERY_HANDED_OVER

    plain = record_sale(till.ctx(till.cashier), NewSale(lines=(LineInput("Хлеб", 1, 25_000),)))
    with pytest.raises(Refused) as not_delivery:
        hand_over_delivery(ctx, plain.id, "CDEK")
    assert not_delivery.value.code is Code.DELIVERY_NOT_DELIVERY

    other = _delivery_sale(till)
    with pytest.raises(ValidationError) as wrong:
        hand_over_delivery(ctx, other.id, "Halyk Bank", RecipientCategory.PARTNER_BANK)
    assert wrong.value.code is Code.DELIVERY_RECIPIENT
    assert len(_rows(till)) == 1


def test_a_receipt_number_finds_its_sale(till: TillFixture) -> None:
    sale = _delivery_sale(till)
    ctx = till.ctx(till.manager)
    assert sale_by_receipt(ctx, str(sale.receipt_no)) == sale.id
    assert sale_by_receipt(ctx, f"ALM-01/1/{sale.receipt_no}") == sale.id
    with pytest.raises(PosError) as missing:
        sale_by_receipt(ctx, "9999")
    assert missing.value.code is Code.RECEIPT_NOT_FOUND
    with pytest.raises(ValidationError) as form:
        sale_by_receipt(ctx, "ALM-01/42")
    assert form.value.code is Code.RECEIPT_FORM


def test_a_withdrawn_delivery_consent_stops_the_hand_over(till: TillFixture) -> None:
    from pos.services.privacy import withdraw

    sale = _delivery_sale(till)
    assert sale.buyer_id is not None
    withdraw(till.ctx(till.manager), sale.buyer_id, [Purpose.DELIVERY])
    with pytest.raises(Refused) as refused:
        hand_over_delivery(till.ctx(till.manager), sale.id, "CDEK")
    assert refused.value.code is Code.DISCLOSURE_NO_CONSENT
    assert _rows(till) == []


# --- other recipients -------------------------------------------------------------------


def test_an_insurer_needs_the_insurance_consent(till: TillFixture) -> None:
    ctx = till.ctx(till.manager)
    delivery_only = register(till, delivery_buyer(), DELIVERY).buyer.id
    with pytest.raises(Refused) as refused:
        record_disclosure(ctx, delivery_only, "insurer", "Nomad Insurance", [DataCategory.PHONE])
    assert refused.value.code is Code.DISCLOSURE_NO_CONSENT

    insured = _insured_buyer(till)
    view = record_disclosure(
        ctx, insured, "insurer", "Nomad Insurance", [DataCategory.FULL_NAME, DataCategory.IIN]
    )
    assert (view.recipient_category, view.purpose) == (RecipientCategory.INSURER, Purpose.INSURANCE)
    # Data outside what the insurance consent covers does not go.
    with pytest.raises(Refused) as outside:
        record_disclosure(ctx, insured, "insurer", "Nomad", [DataCategory.DELIVERY_ADDRESS])
    assert outside.value.code is Code.DISCLOSURE_NOT_COVERED
    assert [r.recipient_category for r in _rows(till)] == ["insurer"]


def test_a_government_body_needs_a_legal_basis_and_no_consent(till: TillFixture) -> None:
    ctx = till.ctx(till.manager)
    buyer = register(till, delivery_buyer(), DELIVERY).buyer.id
    for basis in (None, "   "):
        with pytest.raises(Refused) as refused:
            record_disclosure(
                ctx,
                buyer,
                "government",
                "Департамент полиции г. Алматы",
                [DataCategory.PHONE],
                legal_basis=basis,
            )
        assert refused.value.code is Code.DISCLOSURE_BASIS_MISSING
    assert _rows(till) == []

    # No consent purpose covers it; the named legal basis does (BRIEF 4.1).
    view = record_disclosure(
        ctx,
        buyer,
        RecipientCategory.GOVERNMENT,
        "Департамент полиции г. Алматы",
        [DataCategory.FULL_NAME, DataCategory.PHONE],
        legal_basis="УПК РК ст. 122, запрос № 14-3/2211 от 02.03.2026",
    )
    assert view.purpose is None
    [row] = _rows(till)
    assert row.legal_basis == "УПК РК ст. 122, запрос № 14-3/2211 от 02.03.2026"


@pytest.mark.parametrize("recipient", ["advertiser", "data broker", "", "marketing"])
def test_an_unknown_recipient_is_refused_with_the_allowed_list(
    till: TillFixture, recipient: str
) -> None:
    buyer = register(till, delivery_buyer(), DELIVERY).buyer.id
    with pytest.raises(ValidationError) as refused:
        record_disclosure(till.ctx(till.manager), buyer, recipient, "Someone", [DataCategory.PHONE])
    assert refused.value.code is Code.DISCLOSURE_RECIPIENT_UNKNOWN
    assert "courier" in str(refused.value) and "government" in str(refused.value)
    assert _rows(till) == []


def test_references_take_no_personal_data(till: TillFixture) -> None:
    """The register outlives the buyer: an IIN or phone typed into it would too."""
    buyer = register(till, delivery_buyer(), DELIVERY).buyer.id
    ctx = till.ctx(till.manager)
    for name, basis, field in (
        ("Police", "request about 900517300123", "legal_basis"),
        ("Police", "call +7 701 555 12 34", "legal_basis"),
        ("Courier Иван +77015551234", "law", "recipient_name"),
    ):
        with pytest.raises(ValidationError) as refused:
            record_disclosure(
                ctx, buyer, "government", name, [DataCategory.PHONE], legal_basis=basis
            )
        assert refused.value.field == field
        assert "900517300123" not in str(refused.value) and "555" not in str(refused.value)
    assert _rows(till) == []


def test_only_a_sales_manager_or_admin_adds_or_reads_the_register(till: TillFixture) -> None:
    sale = _delivery_sale(till)
    assert sale.buyer_id is not None
    cashier = till.ctx(till.cashier)
    for attempt in (
        lambda: hand_over_delivery(cashier, sale.id, "CDEK"),
        lambda: record_disclosure(
            cashier, sale.buyer_id, "government", "Police", [DataCategory.PHONE], legal_basis="x"
        ),
        lambda: list_disclosures(cashier),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    assert _rows(till) == []
    hand_over_delivery(till.ctx(), sale.id, "CDEK")  # the store admin
    assert len(list_disclosures(till.ctx(till.manager)).rows) == 1


# --- the register -----------------------------------------------------------------------


def _at(till: TillFixture, when: dt.datetime) -> ServiceContext:
    return ServiceContext(till.db, till.manager, clock=lambda: when)


def test_the_register_filters_masks_and_audits_its_reading(till: TillFixture) -> None:
    first = _delivery_sale(till)
    second_buyer = _insured_buyer(till)
    assert first.buyer_id is not None
    # Almaty is UTC+5: 20:00 UTC on 1 March is already 2 March at the store.
    hand_over_delivery(_at(till, dt.datetime(2026, 3, 1, 20, 0, tzinfo=dt.UTC)), first.id, "CDEK")
    record_disclosure(
        _at(till, dt.datetime(2026, 3, 5, 6, 0, tzinfo=dt.UTC)),
        second_buyer,
        "insurer",
        "Nomad Insurance",
        [DataCategory.FULL_NAME],
    )
    ctx = till.ctx(till.manager)
    everything = list_disclosures(ctx)
    assert [r.recipient_name for r in everything.rows] == ["CDEK", "Nomad Insurance"]
    courier = everything.rows[0]
    assert courier.buyer_masked == "А*** Н." and courier.buyer_id == first.buyer_id
    assert courier.receipt == f"ALM-01/1/{first.receipt_no}"
    assert courier.staff_name == "Ерлан Менеджер"

    march_2 = list_disclosures(ctx, date_from=dt.date(2026, 3, 2), date_to=dt.date(2026, 3, 2))
    assert [r.recipient_name for r in march_2.rows] == ["CDEK"]
    assert list_disclosures(ctx, date_to=dt.date(2026, 3, 1)).rows == ()
    assert [r.recipient_name for r in list_disclosures(ctx, category="insurer").rows] == [
        "Nomad Insurance"
    ]
    assert [r.recipient_name for r in list_disclosures(ctx, buyer_id=second_buyer).rows] == [
        "Nomad Insurance"
    ]
    with pytest.raises(ValidationError) as unknown:
        list_disclosures(ctx, category="advertiser")
    assert unknown.value.code is Code.DISCLOSURE_RECIPIENT_UNKNOWN

    with till.db.read_session() as s:
        reads = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "disclosure.register_read")
        ).all()
    assert len(reads) == 5
    assert all(r.actor == f"staff:{till.manager.staff_id}" for r in reads)


# --- the seed -----------------------------------------------------------------------------


def test_a_seeded_till_has_its_deliveries_handed_to_carriers(
    new_till: Callable[..., TillFixture],
) -> None:
    till = new_till(buyers=400, sales=1200, seed=3)
    with till.db.read_session() as s:
        deliveries = s.scalars(select(Sale).where(Sale.delivery.is_(True))).all()
        carried = {
            d.sale_id: d
            for d in s.scalars(
                select(Disclosure).where(Disclosure.recipient_category.in_(["courier", "postal"]))
            )
        }
        events = s.scalar(
            select(func.count())
            .select_from(OutboxEvent)
            .where(OutboxEvent.type == "disclosure.recorded")
        )
    assert len(deliveries) > 20
    now = dt.datetime.now(dt.UTC)
    # Every delivery older than the two days a pick-up takes went to a carrier.
    old = [d for d in deliveries if d.created_at < now - dt.timedelta(days=2)]
    assert old and all(d.id in carried for d in old)
    for sale in deliveries:
        d = carried.get(sale.id)
        if d is not None:
            assert sale.created_at < d.at <= now
            assert d.buyer_id == sale.buyer_id
            assert set(d.data_categories) <= {c.value for c in DELIVERY_DATA}
    assert {d.recipient_category for d in carried.values()} == {"courier", "postal"}
    assert "Казпочта" in {d.recipient_name for d in carried.values()}
    assert events is not None and events >= len(carried)


def test_the_consent_must_still_run_and_name_the_kind_of_recipient(till: TillFixture) -> None:
    """A consent covers the recipients its slip listed, until the date it printed."""
    from sqlalchemy import update

    from pos.storage.models import BuyerPurpose, ConsentPurpose

    first, second = _delivery_sale(till), _delivery_sale(till)
    ctx = till.ctx(till.manager)
    with till.db.write_session() as s, s.begin():
        # As if the first buyer's slip had named courier services only.
        consent_id = s.scalar(
            select(BuyerPurpose.consent_id).where(
                BuyerPurpose.buyer_id == first.buyer_id, BuyerPurpose.purpose == "delivery"
            )
        )
        s.execute(
            update(ConsentPurpose)
            .where(ConsentPurpose.consent_id == consent_id, ConsentPurpose.purpose == "delivery")
            .values(recipient_categories=["courier"])
        )
        # And the second buyer's delivery consent ran out yesterday.
        s.execute(
            update(BuyerPurpose)
            .where(BuyerPurpose.buyer_id == second.buyer_id, BuyerPurpose.purpose == "delivery")
            .values(valid_until=dt.date.today() - dt.timedelta(days=2))
        )
    with pytest.raises(Refused) as postal:
        hand_over_delivery(ctx, first.id, "Казпочта", RecipientCategory.POSTAL)
    assert postal.value.code is Code.DISCLOSURE_NO_CONSENT
    with pytest.raises(Refused) as expired:
        hand_over_delivery(ctx, second.id, "CDEK")
    assert expired.value.code is Code.DISCLOSURE_NO_CONSENT
    assert _rows(till) == []
    hand_over_delivery(ctx, first.id, "CDEK")  # the courier it did name
    assert [r.recipient_category for r in _rows(till)] == ["courier"]
