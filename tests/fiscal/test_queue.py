"""The fiscal queue at a real till against the stand-in: exactly once, in order, stored with
the sale and synced as an outbox event."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from fiscal.connect import open_port
from pos.domain.enums import PaymentMethod
from pos.domain.events import EventType
from pos.domain.fiscal import FiscalKind, FiscalState, Problem, Provider
from pos.services import fiscal, sales
from pos.services.sales import LineInput, NewSale
from pos.services.uow import UnitOfWork
from pos.storage.models import FiscalDocument, OutboxEvent
from tests.support.kkm_standin import API_KEY, CASHBOX, LOGIN, PASSWORD, KkmStandin
from tests.support.tills import TillFixture


def connect(till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POS_FISCAL_PASSWORD", PASSWORD)
    monkeypatch.setenv("POS_FISCAL_API_KEY", API_KEY)
    fiscal.configure(till.ctx(), "webkassa", url=kkm.url, cashbox=CASHBOX, login=LOGIN)


def ring(till: TillFixture, price: int = 1_990_00, qty: int = 1) -> sales.SaleView:
    return sales.record_sale(
        till.ctx(till.cashier),
        NewSale(
            lines=(LineInput("Чай зелёный", qty, price, barcode="4870001000011"),),
            payment=PaymentMethod.CASH,
            tendered_tiyn=price * qty + 10_00,
        ),
    )


def test_a_new_till_is_in_training_and_its_sales_are_never_sent(
    till: TillFixture, kkm: KkmStandin
) -> None:
    sale = ring(till)
    doc = fiscal.for_subject(till.ctx(), sale.id)
    assert doc is not None and doc.state is FiscalState.TRAINING
    assert doc.provider is Provider.TRAINING
    report = fiscal.drain(till.ctx(), open_port(till.ctx()))
    assert report.done == [] and kkm.fiscal_receipts() == []


def test_a_sale_is_fiscalized_once_stored_with_it_and_sent_to_head_office(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect(till, kkm, monkeypatch)
    sale = ring(till)
    pending = fiscal.for_subject(till.ctx(), sale.id)
    assert pending is not None and pending.state is FiscalState.PENDING
    report = fiscal.drain(till.ctx(), open_port(till.ctx()))
    assert report.ok and report.sent == 1
    doc = fiscal.for_subject(till.ctx(), sale.id)
    assert doc is not None and doc.state is FiscalState.DONE and doc.result is not None
    stored = kkm.state.receipts[str(doc.id)]
    assert doc.result.fiscal_sign == stored.data["CheckNumber"]
    assert doc.result.ticket_url == stored.data["TicketUrl"]
    assert doc.result.total_tiyn == sale.total_tiyn
    with till.db.read_session() as session:
        events = session.scalars(
            select(OutboxEvent).where(OutboxEvent.type == EventType.FISCAL_RECORDED.value)
        ).all()
    assert [e.payload["fiscal_sign"] for e in events] == [doc.result.fiscal_sign]
    assert events[0].payload["subject_id"] == str(sale.id)
    assert fiscal.drain(till.ctx(), open_port(till.ctx())).done == []
    assert kkm.state.checks_posted[str(doc.id)] == 1


def test_sales_go_on_while_the_service_is_down_and_are_sent_in_order_when_it_returns(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect(till, kkm, monkeypatch)
    kkm.fault("5xx", times=3)
    ids = [ring(till, price=100_00 * (n + 1)).id for n in range(4)]
    down = fiscal.drain(till.ctx(), open_port(till.ctx()))
    assert down.fault is not None and down.fault.problem is Problem.UNREACHABLE
    assert fiscal.status(till.ctx()).pending == 4
    fiscal.drain(till.ctx(), open_port(till.ctx()))  # second 5xx
    fiscal.drain(till.ctx(), open_port(till.ctx()))  # third
    back = fiscal.drain(till.ctx(), open_port(till.ctx()))
    assert back.ok and len(back.done) == 4
    orders = [fiscal.for_subject(till.ctx(), i).result.order_number for i in ids]  # type: ignore[union-attr]
    assert orders == [1, 2, 3, 4]
    assert fiscal.status(till.ctx()).pending == 0


def test_an_answer_lost_after_the_receipt_was_stored_is_recovered_not_resent(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect(till, kkm, monkeypatch)
    sale = ring(till)
    kkm.fault("drop")
    lost = fiscal.drain(till.ctx(), open_port(till.ctx()))
    assert lost.fault is not None and lost.fault.problem is Problem.UNREACHABLE
    again = fiscal.drain(till.ctx(), open_port(till.ctx()))
    assert again.recovered == 1 and again.sent == 0
    doc = fiscal.for_subject(till.ctx(), sale.id)
    assert doc is not None and doc.state is FiscalState.DONE
    assert kkm.state.checks_posted[str(doc.id)] == 1
    assert len(kkm.fiscal_receipts()) == 1


def test_a_failed_lookup_sends_nothing_and_the_next_drain_looks_up_again(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect(till, kkm, monkeypatch)
    sale = ring(till)
    kkm.fault("drop")
    fiscal.drain(till.ctx(), open_port(till.ctx()))  # stored at the KKM, answer lost
    kkm.fault("5xx", path="/api-history/v4/Ticket/GetTicketByExternalCheckNumber")
    failed = fiscal.drain(till.ctx(), open_port(till.ctx()))
    assert failed.fault is not None and failed.fault.problem is Problem.UNREACHABLE
    doc = fiscal.for_subject(till.ctx(), sale.id)
    assert doc is not None and doc.state is FiscalState.PENDING
    assert kkm.state.checks_posted[str(doc.id)] == 1  # the lookup failed: nothing resent
    again = fiscal.drain(till.ctx(), open_port(till.ctx()))
    assert again.recovered == 1 and again.sent == 0
    assert kkm.state.checks_posted[str(doc.id)] == 1
    assert [r.external for r in kkm.fiscal_receipts()] == [str(doc.id)]


def test_a_document_the_kkm_never_got_is_sent_again_under_the_same_id(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect(till, kkm, monkeypatch)
    sale = ring(till)
    kkm.fault("5xx")  # refused before the KKM stored anything
    assert fiscal.drain(till.ctx(), open_port(till.ctx())).fault is not None
    again = fiscal.drain(till.ctx(), open_port(till.ctx()))  # lookup: 19, then sent
    assert again.sent == 1 and again.recovered == 0
    doc = fiscal.for_subject(till.ctx(), sale.id)
    assert doc is not None and doc.state is FiscalState.DONE and doc.result is not None
    assert list(kkm.state.checks_posted) == [str(doc.id)]  # no other external number
    assert [r.external for r in kkm.fiscal_receipts()] == [str(doc.id)]
    assert doc.result.fiscal_sign == kkm.fiscal_receipts()[0].data["CheckNumber"]


def test_a_duplicate_is_fetched_and_stored(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect(till, kkm, monkeypatch)
    sale = ring(till)
    doc = fiscal.for_subject(till.ctx(), sale.id)
    assert doc is not None
    port = open_port(till.ctx())
    # Another process sent it and died before storing the answer.
    with till.db.read_session() as session:
        request = fiscal.request_for(session, session.get_one(FiscalDocument, doc.id))
    first = port.send(request)
    report = fiscal.drain(till.ctx(), port)
    assert report.recovered == 1
    done = fiscal.for_subject(till.ctx(), sale.id)
    assert done is not None and done.result is not None
    assert done.result.fiscal_sign == first.fiscal_sign


def test_a_refused_document_is_kept_with_its_reason_and_holds_the_queue(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect(till, kkm, monkeypatch)
    bad = ring(till)
    ring(till)
    # The first document is one the service refuses (9): it carries no payment.
    port = open_port(till.ctx())
    monkeypatch.setattr(fiscal, "request_for", _broken(fiscal.request_for, bad.id))
    report = fiscal.drain(till.ctx(), port)
    assert report.fault is not None and report.fault.problem is Problem.INVALID
    doc = fiscal.for_subject(till.ctx(), bad.id)
    assert doc is not None and doc.state is FiscalState.FAILED and doc.last_code == 9
    assert doc.last_error
    blocked = fiscal.drain(till.ctx(), port)
    assert blocked.blocked is not None and blocked.blocked.id == doc.id
    assert kkm.fiscal_receipts() == []  # the later sale did not overtake it
    monkeypatch.undo()
    connect(till, kkm, monkeypatch)
    fiscal.retry(till.ctx(till.manager), doc.id)
    assert len(fiscal.drain(till.ctx(), open_port(till.ctx())).done) == 2


def _broken(real, bad_id):  # type: ignore[no-untyped-def]
    import dataclasses

    def request_for(session, doc):  # type: ignore[no-untyped-def]
        request = real(session, doc)
        if doc.subject_id == bad_id:
            return dataclasses.replace(request, payments=())
        return request

    return request_for


def test_a_shift_over_24_hours_keeps_the_sale_pending_with_its_reason(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect(till, kkm, monkeypatch)
    ring(till)
    fiscal.drain(till.ctx(), open_port(till.ctx()))
    kkm.advance(25)
    ring(till)
    report = fiscal.drain(till.ctx(), open_port(till.ctx()))
    assert report.fault is not None and report.fault.problem is Problem.SHIFT_TOO_LONG
    status = fiscal.status(till.ctx())
    assert status.pending == 1 and status.last_code == 11


def test_buyer_data_is_never_sent_without_a_purpose_naming_the_kkm_as_recipient(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.support.tills import INSTALLMENT, credit_buyer, installment_sale, register

    connect(till, kkm, monkeypatch)
    recorded = register(till, credit_buyer(), INSTALLMENT)
    sale = installment_sale(till, recorded.buyer.id)
    assert fiscal.drain(till.ctx(), open_port(till.ctx())).ok
    doc = fiscal.for_subject(till.ctx(), sale.id)  # type: ignore[attr-defined]
    assert doc is not None and doc.state is FiscalState.DONE
    body = kkm.state.bodies[str(doc.id)]
    assert not {"CustomerXin", "CustomerPhone", "CustomerEmail"} & set(body)
    assert [p["PaymentType"] for p in body["Payments"]] == [1]  # the bank's money: non-cash


def _queue_report(till: TillFixture, kind: FiscalKind, figures: dict[str, int]) -> uuid.UUID:
    with UnitOfWork(till.ctx(till.cashier)) as uow:
        doc_id = fiscal.enqueue_in(uow, kind, None, 0, till_figures=figures)
        uow.commit()
    return doc_id


def test_x_and_z_follow_the_kkm_and_a_mismatch_is_kept_and_shown(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect(till, kkm, monkeypatch)
    ring(till, price=1_000_00)
    ring(till, price=2_000_00)
    x = _queue_report(till, FiscalKind.X_REPORT, {"sold_tiyn": 3_000_00, "returned_tiyn": 0})
    assert fiscal.drain(till.ctx(), open_port(till.ctx())).ok
    assert fiscal.status(till.ctx()).shift_number == 1
    # The till counted a sale the KKM never saw: the Z says so.
    z = _queue_report(till, FiscalKind.Z_REPORT, {"sold_tiyn": 4_000_00, "returned_tiyn": 0})
    assert fiscal.drain(till.ctx(), open_port(till.ctx())).ok
    with till.db.read_session() as session:
        xv = fiscal.view(session.get_one(FiscalDocument, x))
        zv = fiscal.view(session.get_one(FiscalDocument, z))
    assert xv.mismatch == [] and xv.report is not None
    assert xv.report["kkm"]["sold_tiyn"] == 3_000_00
    assert zv.mismatch == ["sold_tiyn"]
    assert zv.report is not None and zv.report["kkm"]["sold_tiyn"] == 3_000_00
    assert kkm.state.shift_opened_at is None  # the Z closed the KKM's shift
    assert fiscal.status(till.ctx()).shift_number is None
    ring(till)
    fiscal.drain(till.ctx(), open_port(till.ctx()))
    assert fiscal.status(till.ctx()).shift_number == 2


def test_weighed_goods_discounts_and_vat_go_to_the_kkm_as_rung_up(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    from decimal import Decimal

    connect(till, kkm, monkeypatch)
    sale = sales.record_sale(
        till.ctx(till.cashier),
        NewSale(
            lines=(
                LineInput("Яблоки", Decimal("1.234"), 899_00, unit="kg", vat_percent=16),
                LineInput("Хлеб", 2, 250_00, vat_percent=0),
            ),
            payment=PaymentMethod.CARD,
        ),
    )
    assert fiscal.drain(till.ctx(), open_port(till.ctx())).ok
    doc = fiscal.for_subject(till.ctx(), sale.id)
    assert doc is not None and doc.state is FiscalState.DONE
    body = kkm.state.bodies[str(doc.id)]
    apples, bread = body["Positions"]
    assert (apples["Count"], apples["UnitCode"], apples["TaxPercent"]) == (1.234, 166, 16)
    assert apples["Tax"] == round(round(1.234 * 899 * 100) * 16 / 116) / 100
    assert (bread["Count"], bread["UnitCode"], bread["TaxType"]) == (2, 796, 0)
    assert body["Payments"] == [{"Sum": sale.total_tiyn / 100, "PaymentType": 1}]


def test_a_return_quotes_the_original_fiscal_receipt_and_split_payments_go_as_paid(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pos.domain.payment import PaymentInput
    from pos.services import returns

    connect(till, kkm, monkeypatch)
    sale = sales.record_sale(
        till.ctx(till.cashier),
        NewSale(
            lines=(LineInput("Чайник", 2, 5_000_00, barcode="4870001000028"),),
            payments=(
                PaymentInput(PaymentMethod.CASH, 4_000_00),
                PaymentInput(PaymentMethod.CARD, 7_000_00, "123456"),
            ),
        ),
    )
    assert fiscal.drain(till.ctx(), open_port(till.ctx())).ok
    original = fiscal.for_subject(till.ctx(), sale.id)
    assert original is not None and original.result is not None
    sold = kkm.state.bodies[str(original.id)]
    assert sorted((p["PaymentType"], p["Sum"]) for p in sold["Payments"]) == [(0, 4000), (1, 7000)]
    assert sold["Change"] == 1000

    back = returns.record_return(
        till.ctx(till.cashier),
        returns.ReturnRequest(sale_id=sale.id, lines=((1, 1000),), reason="брак"),
    )
    assert fiscal.drain(till.ctx(), open_port(till.ctx())).ok
    doc = fiscal.for_subject(till.ctx(), back.id)
    assert doc is not None and doc.state is FiscalState.DONE
    body = kkm.state.bodies[str(doc.id)]
    assert body["OperationType"] == 3
    basis = body["ReturnBasisDetails"]
    assert basis["CheckNumber"] == original.result.fiscal_sign
    assert basis["RegistrationNumber"] == original.result.registration_number
    assert basis["Total"] == 10_000
    assert sum(p["Sum"] for p in body["Payments"]) == 5_000


def test_a_duplicate_the_kkm_will_not_show_is_kept_for_a_person_never_resent(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect(till, kkm, monkeypatch)
    sale = ring(till)
    doc = fiscal.for_subject(till.ctx(), sale.id)
    assert doc is not None
    port = open_port(till.ctx())
    with till.db.read_session() as session:
        port.send(fiscal.request_for(session, session.get_one(FiscalDocument, doc.id)))
    monkeypatch.setattr(port, "lookup", lambda _external: None)
    for _ in range(2):
        fiscal.drain(till.ctx(), port)
    kept = fiscal.for_subject(till.ctx(), sale.id)
    assert kept is not None and kept.state is FiscalState.FAILED and kept.last_code == 14
    assert kkm.state.checks_posted[str(doc.id)] == 2  # sent, then refused as a duplicate
    assert len(kkm.fiscal_receipts()) == 1


def test_a_drain_with_a_budget_stops_between_documents(
    till: TillFixture, kkm: KkmStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect(till, kkm, monkeypatch)
    for _ in range(3):
        ring(till)
    kkm.fault("slow", seconds=0.3, times=3)
    first = fiscal.drain(till.ctx(), open_port(till.ctx()), budget_s=0.1)
    assert len(first.done) == 1 and first.ok  # one document, then the budget was spent
    assert fiscal.status(till.ctx()).pending == 2
    assert len(fiscal.drain(till.ctx(), open_port(till.ctx())).done) == 2
