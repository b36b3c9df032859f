"""Destruction tells staff which paper to destroy and gives them an act to sign (issue 11):
the CLI lists the signed slips' numbers and writes the act; a refusal's printed
confirmation lists them; the act holds no personal data."""

from __future__ import annotations

from pathlib import Path

from pos.domain.enums import ConsentMethod
from pos.services import privacy
from printing.i18n import t
from printing.service import PrintService
from tests.support.cli import pos_here
from tests.support.escpos_decoder import GlyphReader
from tests.support.printer import FakePrinter, printout, set_printer
from tests.support.tills import (
    CREDIT,
    DELIVERY,
    TillFixture,
    credit_buyer,
    delivery_buyer,
    register,
)


def test_destroy_lists_the_slips_and_writes_an_act_without_personal_data(
    till: TillFixture, tmp_path: Path
) -> None:
    person = credit_buyer()
    first = register(till, person, CREDIT)
    # A second visit: a new consent (a pre-printed form this time) for delivery.
    second = register(
        till,
        delivery_buyer(surname=None, given_name=None, phone=None),
        DELIVERY,
        buyer_id=first.buyer.id,
        method=ConsentMethod.PREPRINTED_FORM,
        form_number="Ф-000731",
    )
    act_file = tmp_path / "act.txt"
    r = pos_here(
        till.paths.home,
        "buyer",
        "destroy",
        str(first.buyer.id),
        "--reason",
        "Заявление № 15 от 01.03.2026",
        "--act",
        str(act_file),
        key=till.key,
    )
    assert r.code == 0, r.err
    lines = [line.strip() for line in r.out.splitlines()]
    assert "destroy these paper consent slips (2):" in lines
    second_line = f"{second.consent_id} (Ф-000731)"
    assert lines.index(str(first.consent_id)) < lines.index(second_line)

    act = act_file.read_text(encoding="utf-8")
    assert t("act.title", "ru") in act
    for number in (str(first.consent_id), str(second.consent_id), "Ф-000731"):
        assert number in act
    assert t("slips.destroy", "ru", n=2) in act
    assert "ALM-01" in act and "требование покупателя" in act
    personal = [person.surname, person.given_name, person.iin, "555", "Заявление № 15"]
    assert not [p for p in personal if p and p in act], "the act holds personal data"


def test_a_refusal_that_destroys_prints_the_slips_to_destroy(
    till: TillFixture, printer: FakePrinter, reader: GlyphReader
) -> None:
    set_printer(till, printer.url)
    recorded = register(till, delivery_buyer(), DELIVERY)
    confirmation = privacy.refuse_in_writing(
        till.ctx(till.manager), recorded.buyer.id, "Заявление № 16 от 02.03.2026"
    )
    assert confirmation.slips_to_destroy == (str(recorded.consent_id),)
    service = PrintService.for_till(till.ctx(till.manager), till.paths)
    assert service.print_confirmation(confirmation, "ru").ok
    paper = printout(printer.wait_jobs(1)[0], reader)
    squeezed = reader.fold(paper.squeezed())
    assert reader.fold("".join(t("slips.destroy", "ru", n=1).split())) in squeezed
    assert str(recorded.consent_id) in paper.text
