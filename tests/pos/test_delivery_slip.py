"""The courier's delivery slip (issue 13, point 7): only name, phone, address and items;
exactly the categories the disclosure register records at the hand-over; a sample from
`pos print-sample delivery-slip`."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from pos.domain.enums import PaymentMethod
from pos.services.disclosures import hand_over_delivery
from pos.services.sales import LineInput, NewSale, record_sale
from pos.storage.models import AuditEntry, Disclosure
from printing.service import PrintService
from tests.support import cli
from tests.support.escpos_decoder import GlyphReader
from tests.support.printer import FakePrinter, printout, set_printer
from tests.support.tills import DELIVERY, TEST_KEY, TillFixture, delivery_buyer, make_till, register


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_slip_holds_what_the_courier_needs_and_what_the_register_records(
    till: TillFixture, printer: FakePrinter, reader: GlyphReader, lang: str
) -> None:
    set_printer(till, printer.url)
    buyer = register(till, delivery_buyer(), DELIVERY).buyer
    sale = record_sale(
        till.ctx(till.cashier),
        NewSale(
            lines=(LineInput("Чайник Tefal", 1, 1_190_000), LineInput("Кабель USB-C", 2, 199_000)),
            payment=PaymentMethod.CASH,
            delivery=True,
            buyer_id=buyer.id,
            tendered_tiyn=2_000_000,
        ),
    )
    service = PrintService.for_till(till.ctx(till.cashier), till.paths)
    outcome = service.print_delivery_slip(sale.id, lang)
    assert (outcome.ok, outcome.message) == (True, "delivery slip printed")
    paper = printout(printer.wait_jobs(1)[0], reader)
    squeezed = paper.squeezed()
    data = delivery_buyer()

    def shown(text: str) -> bool:  # a line goes as text, or as an image read back folded
        flat = "".join(text.split())
        return flat in squeezed or reader.fold(flat) in squeezed

    for value in (data.surname, data.given_name, data.delivery_address):
        assert shown(str(value)), value
    digits = "".join(ch for ch in squeezed if ch.isdigit())
    assert "7015551234" in digits  # the phone, however it is formatted
    assert shown("Чайник Tefal") and shown("Кабель USB-C")
    # Nothing the courier does not need: no prices, no money at all.
    assert "11900" not in digits and "₸" not in paper.text

    with till.db.read_session() as session:
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "delivery.slip_printed")
        ).one()
        printed = sorted(audit.fields)
    hand_over_delivery(till.ctx(till.manager), sale.id, "Курьер ТОО «Жеткізу»")
    with till.db.read_session() as session:
        disclosure = session.scalars(select(Disclosure)).one()
        assert sorted(disclosure.data_categories) == printed  # the same transfer


def test_pos_print_sample_delivery_slip(
    tmp_path: Path, printer: FakePrinter, reader: GlyphReader
) -> None:
    till = make_till(tmp_path / "home")
    till.db.close()
    run = cli.pos_here(
        till.paths.home, "print-sample", "delivery-slip", "--lang", "ru", key=TEST_KEY,
        POS_PRINTER=printer.url,
    )  # fmt: skip
    assert run.code == 0, run.err
    assert run.out.strip() == "sample delivery-slip printed"
    paper = printout(printer.wait_jobs(1)[0], reader)
    assert "ДОСТАВКА" in paper.text and "Товары:" in paper.text
