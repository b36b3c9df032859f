"""Receipt, installment summary, access report and confirmation, read off the printer."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import cast

import pytest

from pos.domain.enums import (
    ConsentState,
    PaymentMethod,
    Purpose,
    RequestKind,
    RequestOutcome,
)
from pos.domain.money import format_tiyn
from pos.domain.views import RequestConfirmationView, SaleView
from pos.services.reports import access_report
from pos.services.sales import LineInput, NewSale, record_sale
from printing.i18n import date_text, label, t
from printing.service import PrintService
from tests.support.escpos_decoder import GlyphReader, Printout, Raster
from tests.support.printer import FakePrinter, free_port, listening, printout, set_printer
from tests.support.tills import (
    DELIVERY,
    INSTALLMENT,
    TillFixture,
    credit_buyer,
    delivery_buyer,
    installment_sale,
    register,
)


def squeeze(text: str) -> str:
    return "".join(text.split())


def has(paper: Printout, reader: GlyphReader, *expected: str) -> list[str]:
    """The expected strings that are not on the paper (spaces and look-alikes ignored)."""
    body = reader.fold(paper.squeezed())
    return [e for e in expected if reader.fold(squeeze(e)) not in body]


def within_width(paper: Printout, columns: int) -> bool:
    return all(
        len(line) <= columns
        for line, kind in zip(paper.lines, paper.kinds, strict=True)
        if kind in ("text", "image-text")
    )


def _installment(till: TillFixture) -> SaleView:
    buyer = register(till, credit_buyer(), INSTALLMENT)
    return cast(SaleView, installment_sale(till, buyer.buyer.id, total_tiyn=30_000_000, term=6))


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_receipt_of_an_installment_sale(
    till: TillFixture, service: PrintService, printer: FakePrinter, reader: GlyphReader, lang: str
) -> None:
    sale = _installment(till)
    outcome = service.print_receipt(sale.id, lang)
    assert outcome.ok, outcome.message
    paper = printout(printer.wait_jobs(1)[0], reader)
    credit = sale.credit
    assert credit is not None
    missing = has(
        paper,
        reader,
        sale.store_name,
        t("receipt.title", lang, number=sale.receipt_no),
        "Смартфон",
        f"1 x {format_tiyn(30_000_000)}",
        t("receipt.total", lang) + format_tiyn(sale.total_tiyn),
        t("receipt.payment", lang, method=label("payment", PaymentMethod.INSTALLMENT, lang)),
        t("receipt.bank", lang, bank=credit.partner_bank),
        t("receipt.term", lang, term=t("months", lang, n=6)),
        sale.buyer_masked_name,
    )
    assert not missing, missing
    assert reader.fold("300 000,00 ₸") in paper.text  # the tenge sign is there, drawn
    assert "?" not in paper.text
    # Only the masked name: no surname, no IIN, no phone.
    buyer = credit_buyer()
    for personal in (buyer.surname, buyer.iin, "777 123"):
        assert personal and personal not in paper.text
    assert within_width(paper, 48)
    assert paper.lines[-1] == "[CUT]"
    # No page has the tenge sign: its lines are full-width images that read back right.
    tenge = [s for s, line in zip(paper.sources, paper.lines, strict=True) if "₸" in line]
    assert tenge and all(isinstance(s, Raster) and s.width == 576 for s in tenge)


def test_cash_receipt_shows_tendered_and_change(
    till: TillFixture, service: PrintService, printer: FakePrinter, reader: GlyphReader
) -> None:
    sale = record_sale(
        till.ctx(till.cashier),
        NewSale(
            lines=(
                LineInput("Кофе 250 г", 2, 245_000),
                LineInput("Шоколад «Қазақстан»", 1, 89_000),
            ),
            tendered_tiyn=1_000_000,
        ),
    )
    assert service.print_receipt(sale.id, "ru").ok
    paper = printout(printer.wait_jobs(1)[0], reader)
    missing = has(
        paper,
        reader,
        "Кофе 250 г",
        "Шоколад «Қазақстан»",
        "ИТОГО" + format_tiyn(579_000),
        "Получено" + format_tiyn(1_000_000),
        "Сдача" + format_tiyn(421_000),
        "Оплата: наличные",
    )
    assert not missing, missing
    assert t("buyer", "ru") not in paper.text  # an anonymous sale names nobody


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_installment_summary(
    till: TillFixture, service: PrintService, printer: FakePrinter, reader: GlyphReader, lang: str
) -> None:
    sale = _installment(till)
    outcome = service.print_installment_summary(sale.id, lang)
    assert outcome.ok, outcome.message
    paper = printout(printer.wait_jobs(1)[0], reader)
    credit = sale.credit
    assert credit is not None
    expected = [
        t("credit.title.installment", lang),
        t("receipt.bank", lang, bank=credit.partner_bank),
        t("receipt.term", lang, term=t("months", lang, n=credit.term_months)),
        t("credit.down_payment", lang) + format_tiyn(credit.down_payment_tiyn),
        t("credit.monthly", lang) + format_tiyn(credit.monthly_payment_tiyn),
    ]
    expected += [
        f"{i.number}.{date_text(i.due)}{format_tiyn(i.amount_tiyn)}" for i in credit.schedule
    ]
    assert not has(paper, reader, *expected)
    assert len(credit.schedule) == 6
    assert within_width(paper, 48)


def test_installment_summary_of_a_cash_sale_is_refused_without_a_job(
    till: TillFixture, service: PrintService, printer: FakePrinter
) -> None:
    sale = record_sale(till.ctx(till.cashier), NewSale(lines=(LineInput("Чай", 1, 50_000),)))
    outcome = service.print_installment_summary(sale.id)
    assert not outcome.ok and "no credit or installment" in outcome.message
    assert outcome.job_id is None and service.pending_count() == 0


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_access_report(
    till: TillFixture, service: PrintService, printer: FakePrinter, reader: GlyphReader, lang: str
) -> None:
    sale = _installment(till)
    assert sale.buyer_id is not None
    report = access_report(till.ctx(till.manager), sale.buyer_id)
    outcome = service.print_access_report(report, lang)
    assert outcome.ok, outcome.message
    paper = printout(printer.wait_jobs(1)[0], reader)
    buyer = credit_buyer()
    assert buyer.iin and buyer.surname and buyer.registration_address
    missing = has(
        paper,
        reader,
        t("report.title", lang),
        buyer.surname,
        buyer.iin,  # the buyer's own report shows what is held, in full
        buyer.registration_address,
        label("doc_type", "id_card", lang),
        t("report.purposes", lang),
        label("state", ConsentState.GIVEN, lang),
        str(report.consents[0].id),
        t("report.purchases", lang),
        format_tiyn(sale.total_tiyn),
        t("report.credits", lang),
        t("report.disclosures", lang),
        "Halyk Bank",
        t("report.requests", lang),
        label("kind", RequestKind.ACCESS, lang),
    )
    assert not missing, missing
    assert within_width(paper, 48)
    assert paper.lines[-1] == "[CUT]"


def _confirmation(till: TillFixture, **over: object) -> RequestConfirmationView:
    values: dict[str, object] = {
        "request_id": uuid.uuid4(),
        "kind": RequestKind.WITHDRAWAL,
        "outcome": RequestOutcome.PARTLY_FULFILLED,
        "buyer_name": "Ахметов Нурлан Серикович",
        "masked_iin": "9005******34",
        "purposes": (Purpose.MARKETING,),
        "kept_purposes": (Purpose.CREDIT,),
        "detail": "credit outstanding",
        "reference": None,
        "blocked_until": dt.date(2026, 9, 1),
        "at": dt.datetime(2025, 3, 15, 9, 5, tzinfo=dt.UTC),
        "timezone": "Asia/Almaty",
        "store_name": "Тест Алматы",
        "store_code": "ALM-01",
        "register_code": "1",
        "staff_name": "Ерлан Менеджер",
        "operator": None,
    }
    values.update(over)
    return RequestConfirmationView(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
@pytest.mark.parametrize("kind", [RequestKind.WITHDRAWAL, RequestKind.WRITTEN_REFUSAL])
def test_withdrawal_and_refusal_confirmation(
    till: TillFixture,
    service: PrintService,
    printer: FakePrinter,
    reader: GlyphReader,
    lang: str,
    kind: RequestKind,
) -> None:
    view = _confirmation(
        till, kind=kind, reference="№ 15/2025" if kind is RequestKind.WRITTEN_REFUSAL else None
    )
    outcome = service.print_confirmation(view, lang)
    assert outcome.ok, outcome.message
    paper = printout(printer.wait_jobs(1)[0], reader)
    # A written refusal kept for an obligation is accepted with processing restricted.
    restricted = kind is RequestKind.WRITTEN_REFUSAL
    expected = [
        t(f"conf.title.{kind.value}", lang),
        str(view.request_id),
        view.buyer_name,
        view.masked_iin,
        t("conf.outcome.restricted", lang)
        if restricted
        else t("conf.outcome", lang, outcome=label("outcome", view.outcome, lang)),
        t("conf.withdrawn", lang, items=label("purpose_short", Purpose.MARKETING, lang)),
        t("conf.kept", lang, items=label("purpose_short", Purpose.CREDIT, lang)),
        t("conf.blocked_until", lang, date="01.09.2026"),
        t("conf.effect.written_refusal.restricted", lang)
        if restricted
        else t(f"conf.effect.{kind.value}", lang),
        t("conf.signature", lang),
        view.staff_name,
    ]
    if view.reference:
        expected.append(view.reference)
    assert not has(paper, reader, *expected)
    assert within_width(paper, 48)
    assert "creditoutstanding" not in paper.squeezed()  # the English record line stays off


@pytest.mark.parametrize("kind", ["withdrawal", "refusal"])
def test_confirmation_retry_is_rebuilt_from_the_request(
    till: TillFixture, reader: GlyphReader, kind: str
) -> None:
    from pos.services import privacy

    ctx = till.ctx(till.manager)
    if kind == "withdrawal":
        buyer_id = register(till, delivery_buyer(), DELIVERY).buyer.id
        view = privacy.withdraw(ctx, buyer_id, [Purpose.DELIVERY])
        # No obligation: nothing is "kept until the obligation is fulfilled" (issue 11).
        assert view.kept_purposes == () and view.erased_now
    else:
        sale = _installment(till)
        assert sale.buyer_id is not None
        view = privacy.refuse_in_writing(ctx, sale.buyer_id, "№ 15/2025")
        assert view.kept_purposes == (Purpose.CREDIT,) and view.blocked_until is not None
    port = free_port()
    set_printer(till, f"tcp://127.0.0.1:{port}")
    service = PrintService.for_till(ctx, till.paths)
    failed = service.print_confirmation(view, "kk")
    assert not failed.ok and failed.job_id is not None
    with listening(port) as printer:
        assert service.print_confirmation(view, "kk").ok  # what the buyer got the first time
        outcomes = service.retry_pending()
        assert [o.ok for o in outcomes] == [True], outcomes
        first, rebuilt = (printout(job, reader) for job in printer.wait_jobs(2)[:2])
    assert rebuilt.lines == first.lines
    assert not has(
        rebuilt,
        reader,
        t(f"conf.title.{view.kind.value}", "kk"),
        str(view.request_id),
        view.buyer_name,
        t("conf.kept", "kk", items=label("purpose_short", view.kept_purposes[0], "kk"))
        if view.kept_purposes
        else t("conf.erased_now", "kk"),
    )


def test_confirmation_reprinted_after_destruction_names_nobody(
    till: TillFixture, reader: GlyphReader
) -> None:
    from pos.services import privacy

    ctx = till.ctx(till.manager)
    buyer_id = register(till, delivery_buyer(), DELIVERY).buyer.id
    view = privacy.withdraw(ctx, buyer_id, None)  # everything: the buyer is destroyed
    port = free_port()
    set_printer(till, f"tcp://127.0.0.1:{port}")
    service = PrintService.for_till(ctx, till.paths)
    assert not service.print_confirmation(view, "ru").ok
    with listening(port) as printer:
        assert [o.ok for o in service.retry_pending()] == [True]
        paper = printout(printer.wait_jobs(1)[0], reader)
    assert str(view.request_id) in paper.text.replace("\n", "")
    buyer = delivery_buyer()
    for personal in (buyer.surname, buyer.given_name, "Покупатель"):
        assert personal and personal not in paper.text
