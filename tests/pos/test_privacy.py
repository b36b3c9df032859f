"""The buyer's rights end to end in the services: withdrawal, written refusal, destruction,
rectification, disclosures, retention and the request log."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pos.domain.buyer import BuyerData
from pos.domain.enums import (
    DataCategory,
    PaymentMethod,
    Purpose,
    RecipientCategory,
    RequestKind,
    RequestOutcome,
)
from pos.domain.errors import Conflict, NotFound, Refused, ValidationError
from pos.domain.minimization import SaleNeeds
from pos.services import privacy
from pos.services.buyers import find_buyers, get_buyer
from pos.services.context import ServiceContext
from pos.services.credits import list_credits
from pos.services.disclosures import record_disclosure
from pos.services.reports import access_report
from pos.services.retention import run_retention
from pos.services.sales import LineInput, NewSale, record_credit_payment, record_sale
from pos.storage.models import (
    AuditEntry,
    Buyer,
    BuyerNameKey,
    Consent,
    ConsentEvent,
    Erasure,
    OutboxEvent,
    Sale,
    SubjectRequest,
)
from tests.support.tills import (
    DELIVERY,
    TillFixture,
    credit_buyer,
    delivery_buyer,
    installment_sale,
    make_till,
    register,
)

PHONE = (LineInput("Смартфон", 1, 15_000_000, category="phones"),)


def snapshot(till: TillFixture) -> dict[str, int]:
    with till.db.read_session() as s:
        return {
            m.__name__: int(s.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Buyer, Consent, ConsentEvent, Sale, OutboxEvent, AuditEntry, SubjectRequest)
        }


def state(till: TillFixture, buyer_id: uuid.UUID) -> dict[Purpose, str]:
    return {p.purpose: p.state.value for p in get_buyer(till.ctx(till.manager), buyer_id).purposes}


def credit_customer(
    till: TillFixture, *, marketing: bool = False, delivery: bool = False
) -> uuid.UUID:
    needs = SaleNeeds(PaymentMethod.INSTALLMENT, marketing=marketing, delivery=delivery)
    extra: dict[str, object] = {}
    if marketing:
        extra["email"] = "nurlan.akhmetov@mail.kz"
    if delivery:
        extra["delivery_address"] = "Астана, ул. Кенесары, 40"
    return register(till, credit_buyer(**extra), needs).buyer.id


def test_withdrawing_credit_during_an_installment_is_refused_then_allowed_once_repaid(
    till: TillFixture,
) -> None:
    buyer = credit_customer(till)
    sale = installment_sale(till, buyer)
    before_states = state(till, buyer)
    with pytest.raises(Refused) as err:
        privacy.withdraw(till.ctx(till.manager), buyer, [Purpose.CREDIT])
    message = str(err.value)
    assert "an installment with Halyk Bank is outstanding" in message
    assert "until 20" in message and "cannot be withdrawn until it is repaid" in message
    assert state(till, buyer) == before_states
    with till.db.read_session() as s:
        refused = s.scalars(select(SubjectRequest).where(SubjectRequest.outcome == "refused")).one()
        assert refused.kind == "withdrawal" and refused.answered_at is not None
        assert f"credit_outstanding:{sale.credit.id}" in (refused.detail or "")  # type: ignore[attr-defined]
    with pytest.raises(Refused):
        privacy.withdraw(till.ctx(till.manager), buyer, None)

    credit = list_credits(till.ctx(till.manager), buyer_id=buyer)[0]
    record_credit_payment(till.ctx(till.manager), credit.id, credit.outstanding_tiyn)
    done = privacy.withdraw(till.ctx(till.manager), buyer, [Purpose.CREDIT], reference="APP-7")
    assert done.outcome is RequestOutcome.FULFILLED and done.purposes == (Purpose.CREDIT,)
    assert state(till, buyer)[Purpose.CREDIT] == "withdrawn"
    held = get_buyer(till.ctx(till.manager), buyer).data
    # Only the credit purpose justified these; the name and phone stay for `sale`.
    assert held.iin is None and held.registration_address is None and held.id_doc_number is None
    assert held.surname == "Ахметов" and held.phone == "+77771234567"


def test_marketing_can_always_be_withdrawn_and_its_e_mail_goes(till: TillFixture) -> None:
    buyer = credit_customer(till, marketing=True)
    installment_sale(till, buyer)
    privacy.withdraw(till.ctx(till.manager), buyer, [Purpose.MARKETING])
    view = get_buyer(till.ctx(till.manager), buyer)
    assert view.data.email is None and view.data.iin is not None
    with till.db.read_session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "consent.withdrawn")).one()
    assert entry.fields == ["email", "purpose:marketing"]


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda t, b: privacy.withdraw(t.ctx(t.manager), uuid.uuid4(), [Purpose.SALE]),
            NotFound,
            "no buyer with id",
        ),
        (
            lambda t, b: privacy.withdraw(t.ctx(t.manager), b, [Purpose.INSURANCE]),
            ValidationError,
            "no consent in force for: insurance",
        ),
        (lambda t, b: privacy.withdraw(t.ctx(t.manager), b, ["loyalty"]), ValueError, "loyalty"),
        (
            lambda t, b: privacy.withdraw(t.ctx(t.manager), b, []),
            ValidationError,
            "at least one purpose",
        ),
        (
            lambda t, b: privacy.refuse_in_writing(t.ctx(t.manager), b, "  "),
            ValidationError,
            "reference",
        ),
        (
            lambda t, b: privacy.withdraw(t.ctx(t.cashier), b, [Purpose.SALE]),
            Exception,
            "sales manager",
        ),
    ],
)
def test_bad_requests_are_one_clear_error_and_change_nothing(
    till: TillFixture, call: object, error: type, message: str
) -> None:
    buyer = register(till, delivery_buyer(), DELIVERY).buyer.id
    before = snapshot(till)
    with pytest.raises(error, match=message):
        call(till, buyer)  # type: ignore[operator]
    assert snapshot(till) == before


def test_written_refusal_without_obligations_destroys_and_keeps_the_sales(
    till: TillFixture,
) -> None:
    buyer = register(till, delivery_buyer(), DELIVERY).buyer.id
    for _ in range(2):
        record_sale(till.ctx(till.cashier), NewSale(lines=PHONE, delivery=True, buyer_id=buyer))
    with till.db.read_session() as s:
        total_before = s.scalar(select(func.sum(Sale.total_tiyn)))
    confirmation = privacy.refuse_in_writing(till.ctx(till.manager), buyer, "WR-2026/17")
    assert (
        confirmation.outcome is RequestOutcome.FULFILLED
        and confirmation.buyer_name == "Нурланова Асель"
    )
    with till.db.read_session() as s:
        assert s.get(Buyer, buyer) is None
        assert s.scalar(select(func.count()).select_from(BuyerNameKey)) == 0
        assert s.scalar(select(func.sum(Sale.total_tiyn))) == total_before
        assert s.scalar(select(func.count()).where(Sale.buyer_id.is_not(None))) == 0
        assert s.scalar(select(func.count()).where(Sale.consent_id.is_not(None))) == 0
        assert s.get(Erasure, buyer) is not None
        request = s.scalars(
            select(SubjectRequest).where(SubjectRequest.kind == "written_refusal")
        ).one()
        assert (
            request.buyer_id is None
            and request.reference == "WR-2026/17"
            and request.outcome == "fulfilled"
        )
        events = [(e.type, e.payload, e.buyer_id) for e in s.scalars(select(OutboxEvent))]
    destroyed = [p for t, p, _ in events if t == "buyer.destroyed"]
    assert destroyed == [
        {"buyer_id": str(buyer), "at": destroyed[0]["at"], "cause": "written_refusal"}
    ]
    others = [p for t, p, _ in events if t != "buyer.destroyed"]
    blob = repr(others)
    for value in ("Асель", "Нурланова", "5551234", "Жарокова", str(buyer)):
        assert value not in blob
    assert all(owner is None for _, _, owner in events)
    assert any(p.get("redacted") for p in others)
    with pytest.raises(NotFound):
        access_report(till.ctx(till.manager), buyer)
    with pytest.raises(Conflict, match="already destroyed on"):
        privacy.refuse_in_writing(till.ctx(till.manager), buyer, "WR-2026/18")
    with pytest.raises(Conflict, match="already destroyed on"):
        privacy.destroy_buyer(till.ctx(), buyer, reason="again")


def test_written_refusal_with_an_installment_restricts_until_repaid(till: TillFixture) -> None:
    buyer = credit_customer(till, marketing=True, delivery=True)
    installment_sale(till, buyer)
    confirmation = privacy.refuse_in_writing(till.ctx(till.manager), buyer, "WR-5")
    assert confirmation.outcome is RequestOutcome.PENDING
    assert (
        confirmation.kept_purposes == (Purpose.CREDIT,) and confirmation.blocked_until is not None
    )
    view = get_buyer(till.ctx(till.manager), buyer)
    assert view.status == "restricted"
    assert (
        view.data.email is None and view.data.delivery_address is None and view.data.iin is not None
    )
    with pytest.raises(Refused, match="refused processing in writing"):
        record_sale(till.ctx(till.cashier), NewSale(lines=PHONE, buyer_id=buyer))
    with pytest.raises(Refused, match="only their outstanding credit"):
        record_disclosure(
            till.ctx(till.manager),
            buyer,
            RecipientCategory.COUNTERPARTY,
            "Сервис-центр",
            [DataCategory.FULL_NAME],
        )
    with pytest.raises(Conflict, match="already recorded"):
        privacy.refuse_in_writing(till.ctx(till.manager), buyer, "WR-5")
    assert run_retention(till.ctx()).buyers_destroyed == 0

    credit = list_credits(till.ctx(till.manager), buyer_id=buyer)[0]
    record_credit_payment(till.ctx(till.manager), credit.id, credit.outstanding_tiyn)
    report = run_retention(till.ctx())
    assert report.buyers_destroyed == 1
    with till.db.read_session() as s:
        assert s.get(Buyer, buyer) is None
        req = s.scalars(
            select(SubjectRequest).where(SubjectRequest.kind == "written_refusal")
        ).one()
        assert req.outcome == "fulfilled" and req.answered_at is not None


def test_destruction_is_refused_while_credit_is_outstanding(till: TillFixture) -> None:
    buyer = credit_customer(till)
    installment_sale(till, buyer)
    with pytest.raises(Refused, match="needed until it is repaid"):
        privacy.destroy_buyer(till.ctx(), buyer, reason="REQ-1")
    assert get_buyer(till.ctx(till.manager), buyer).data.iin is not None


def test_full_withdrawal_without_obligations_destroys(till: TillFixture) -> None:
    buyer = register(till, delivery_buyer(), DELIVERY).buyer.id
    done = privacy.withdraw(till.ctx(till.manager), buyer, None)
    assert set(done.purposes) == {Purpose.SALE, Purpose.DELIVERY}
    assert find_buyers(till.ctx(till.cashier), "асель") == []
    with till.db.read_session() as s:
        withdrawn = s.scalars(
            select(OutboxEvent).where(OutboxEvent.type == "consent.withdrawn")
        ).one()
    # Head office still learns of the withdrawal, with no personal data in it.
    assert withdrawn.payload["full"] is True and withdrawn.payload["buyer_id"] == str(buyer)
    assert "Асель" not in repr(withdrawn.payload)
    with pytest.raises(Conflict, match="already destroyed"):
        privacy.withdraw(till.ctx(till.manager), buyer, None)


def test_a_crash_in_the_middle_of_destruction_leaves_everything(
    till: TillFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pos.services import destruction

    buyer = register(till, delivery_buyer(), DELIVERY).buyer.id
    record_sale(till.ctx(till.cashier), NewSale(lines=PHONE, delivery=True, buyer_id=buyer))
    before = snapshot(till)
    real_delete = destruction.delete
    calls = {"n": 0}

    def failing_delete(*args: object) -> object:
        calls["n"] += 1
        if calls["n"] == 4:  # after the sales were unlinked and some rows deleted
            raise OSError("power cut")
        return real_delete(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(destruction, "delete", failing_delete)
    with pytest.raises(OSError):
        privacy.refuse_in_writing(till.ctx(till.manager), buyer, "WR-9")
    assert snapshot(till) == before
    view = get_buyer(till.ctx(till.manager), buyer)
    assert view.data.phone == "+77015551234"
    with till.db.read_session() as s:
        assert s.scalar(select(func.count()).where(Sale.buyer_id == buyer)) == 1


def test_no_byte_of_a_destroyed_buyer_remains_in_the_files(tmp_path: Path) -> None:
    """The same code on a plain (unencrypted) file, so the bytes can be read: secure_delete
    zeroes the freed cells and the truncating checkpoint empties the WAL."""
    till = make_till(tmp_path / "plain", key=None)  # type: ignore[arg-type]
    try:
        unique = {
            "surname": "Жолдасбекова",
            "given_name": "Аружан",
            "phone": "+77019876543",
            "delivery_address": "Шымкент, ул. Уникальная, 777",
            "email": "aruzhan.unique@mail.kz",
        }
        needs = SaleNeeds(PaymentMethod.CASH, delivery=True, marketing=True)
        buyer = register(till, BuyerData(**unique), needs).buyer.id
        keep = register(till, delivery_buyer(), DELIVERY).buyer.id
        for _ in range(3):
            record_sale(till.ctx(till.cashier), NewSale(lines=PHONE, delivery=True, buyer_id=buyer))
        access_report(till.ctx(till.manager), buyer)
        till.db.checkpoint()
        needles = [v.encode() for v in unique.values()] + [b"79876543"]
        assert any(n in till.paths.db.read_bytes() for n in needles)  # the test can see plaintext

        privacy.refuse_in_writing(till.ctx(till.manager), buyer, "WR-77")
        files = [p for p in till.paths.home.rglob("*") if p.is_file()]
        for path in files:
            blob = path.read_bytes()
            assert not [n for n in needles if n in blob], path.name
        assert get_buyer(till.ctx(till.manager), keep).data.given_name == "Асель"
    finally:
        till.db.close()


def test_rectification_validates_and_audits_field_names_only(till: TillFixture) -> None:
    buyer = credit_customer(till)
    with pytest.raises(Exception, match="does not match the date of birth"):
        privacy.rectify(till.ctx(till.manager), buyer, BuyerData(birth_date=dt.date(1990, 5, 18)))
    with pytest.raises(Refused, match="not collected"):
        privacy.rectify(till.ctx(till.manager), buyer, BuyerData(delivery_address="Алматы, Абая 5"))
    view = privacy.rectify(
        till.ctx(till.manager), buyer, BuyerData(phone="8 701 000 11 22", surname="Ахметов-Ли")
    )
    assert view.data.phone == "+77010001122"
    assert {b.id for b in find_buyers(till.ctx(till.cashier), "ахметов-ли")} == {buyer}
    with till.db.read_session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "buyer.rectified")).one()
        req = s.scalars(select(SubjectRequest).where(SubjectRequest.kind == "rectification")).one()
    assert entry.fields == ["phone", "surname"] and entry.actor == f"staff:{till.manager.staff_id}"
    assert "0001122" not in repr(entry.entities) and req.outcome == "fulfilled"


def test_disclosures_need_a_consented_purpose_or_a_legal_basis(till: TillFixture) -> None:
    buyer = register(till, delivery_buyer(), DELIVERY).buyer.id
    ctx = till.ctx(till.manager)
    with pytest.raises(Refused, match="not consented to 'credit'"):
        record_disclosure(
            ctx, buyer, RecipientCategory.PARTNER_BANK, "Kaspi Bank", [DataCategory.FULL_NAME]
        )
    with pytest.raises(Refused, match="legal basis"):
        record_disclosure(
            ctx, buyer, RecipientCategory.GOVERNMENT, "Полиция", [DataCategory.FULL_NAME]
        )
    with pytest.raises(Refused, match="not covered"):
        record_disclosure(
            ctx, buyer, RecipientCategory.COURIER, "Яндекс Доставка", [DataCategory.IIN]
        )
    record_disclosure(
        ctx,
        buyer,
        RecipientCategory.COURIER,
        "Яндекс Доставка",
        [DataCategory.FULL_NAME, DataCategory.PHONE, DataCategory.DELIVERY_ADDRESS],
    )
    record_disclosure(
        ctx,
        buyer,
        RecipientCategory.GOVERNMENT,
        "ДП г. Алматы",
        [DataCategory.PHONE],
        legal_basis="запрос № 12-34 от 01.11.2026, ст. 9 Закона 94-V",
    )
    report = access_report(ctx, buyer)
    assert [(d.recipient_category.value, d.purpose) for d in report.disclosures] == [
        ("courier", Purpose.DELIVERY),
        ("government", None),
    ]
    assert report.disclosures[1].legal_basis and report.disclosures[1].legal_basis.startswith(
        "запрос"
    )


def test_retention_expires_outlived_purposes_and_destroys_what_is_left(till: TillFixture) -> None:
    needs = SaleNeeds(PaymentMethod.CASH, marketing=True)
    marketing_only = register(
        till, BuyerData(given_name="Дана", email="dana@mail.kz"), needs, actor=till.cashier
    ).buyer.id
    delivery_only = register(till, delivery_buyer(), DELIVERY).buyer.id
    record_sale(till.ctx(till.cashier), NewSale(lines=PHONE, delivery=True, buyer_id=delivery_only))
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=60)
    report = run_retention(ServiceContext(till.db, till.admin, clock=lambda: later))
    assert (report.purposes_expired, report.buyers_destroyed) == (1, 0)  # delivery: 30 days
    view = get_buyer(till.ctx(till.manager), delivery_only)
    assert view.data.delivery_address is None and view.data.phone is not None
    much_later = dt.datetime.now(dt.UTC) + dt.timedelta(days=1200)
    report = run_retention(ServiceContext(till.db, till.admin, clock=lambda: much_later))
    assert report.buyers_destroyed == 2
    with till.db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Buyer)) == 0
        assert s.get(Erasure, marketing_only) is not None


def test_request_log_has_dates_and_outcomes(till: TillFixture) -> None:
    from pos.services.requests import list_requests

    buyer = credit_customer(till)
    installment_sale(till, buyer)
    access_report(till.ctx(till.manager), buyer)
    with pytest.raises(Refused):
        privacy.withdraw(till.ctx(till.manager), buyer, [Purpose.CREDIT])
    privacy.rectify(till.ctx(till.manager), buyer, BuyerData(phone="+77010001122"))
    rows, tz = list_requests(till.ctx(till.manager))
    assert tz == "Asia/Almaty"
    assert [(r.kind, r.outcome) for r in rows] == [
        (RequestKind.ACCESS, RequestOutcome.FULFILLED),
        (RequestKind.WITHDRAWAL, RequestOutcome.REFUSED),
        (RequestKind.RECTIFICATION, RequestOutcome.FULFILLED),
    ]
    assert all(r.answered_at is not None and r.answered_at >= r.received_at for r in rows)


def test_retention_removes_events_head_office_acknowledged_a_week_ago(till: TillFixture) -> None:
    """The till's copy of an acknowledged event carries personal data head office already
    holds: it goes after SENT_EVENTS_KEPT_DAYS; unsent and recent ones stay."""
    from pos.services import sync_state
    from pos.services.retention import PRUNE_SLICE, SENT_EVENTS_KEPT_DAYS

    for _ in range(3):
        register(till, delivery_buyer(), DELIVERY)
    events = sync_state.pending_events(till.ctx(), 0, 1000)
    assert len(events) >= 6
    now = dt.datetime.now(dt.UTC)
    old, recent, unsent = events[:3], events[3:5], events[5:]
    sync_state.mark_sent(till.ctx(), [e.ref for e in old], now - dt.timedelta(days=30))
    sync_state.mark_sent(till.ctx(), [e.ref for e in recent], now - dt.timedelta(days=1))
    assert SENT_EVENTS_KEPT_DAYS == 7 and PRUNE_SLICE > 1

    report = run_retention(till.ctx())
    assert report.sent_events_pruned == 3
    with till.db.read_session() as s:
        left = set(s.scalars(select(OutboxEvent.id)))
    assert left == {e.id for e in [*recent, *unsent]}
    assert run_retention(till.ctx()).sent_events_pruned == 0


def test_pruning_sent_events_goes_slice_by_slice(
    till: TillFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pos.services import retention, sync_state

    for _ in range(4):
        register(till, delivery_buyer(), DELIVERY)
    events = sync_state.pending_events(till.ctx(), 0, 1000)
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=60)
    sync_state.mark_sent(till.ctx(), [e.ref for e in events], long_ago)
    monkeypatch.setattr(retention, "PRUNE_SLICE", 2)
    assert run_retention(till.ctx()).sent_events_pruned == len(events)
    with till.db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEvent)) == 0
