"""The written-refusal paper speaks one language and one voice; a refused withdrawal gives
the buyer a paper with the reason and the date it lasts until (issue 13, point 7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from pos.domain.enums import Purpose
from pos.domain.errors import Refused
from pos.services import privacy
from pos.services.documents import request_confirmation
from pos.storage.models import CreditArrangement
from printing.i18n import t
from printing.service import PrintService
from tests.support import cli
from tests.support.escpos_decoder import GlyphReader
from tests.support.printer import FakePrinter, printout, set_printer
from tests.support.tills import (
    INSTALLMENT,
    TEST_KEY,
    TillFixture,
    credit_buyer,
    installment_sale,
    make_till,
    register,
)


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _owing(till: TillFixture) -> tuple[object, str]:
    buyer = register(till, credit_buyer(), INSTALLMENT).buyer
    installment_sale(till, buyer.id, total_tiyn=12_000_000, term=6)
    with till.db.read_session() as session:
        last = session.scalars(select(CreditArrangement)).one().schedule[-1]["due"]
    y, m, d = last.split("-")
    return buyer.id, f"{d}.{m}.{y}"


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_written_refusal_paper_has_no_english_and_no_pending(
    till: TillFixture, printer: FakePrinter, reader: GlyphReader, lang: str
) -> None:
    set_printer(till, printer.url)
    buyer_id, until = _owing(till)
    view = privacy.refuse_in_writing(till.ctx(till.manager), buyer_id, "№ 15 от 01.03.2026")
    service = PrintService.for_till(till.ctx(till.manager), till.paths)
    assert service.print_confirmation(view, lang).ok
    paper = printout(printer.wait_jobs(1)[0], reader)
    squeezed = paper.squeezed()
    assert _squeeze(t("conf.outcome.restricted", lang)) in squeezed
    assert _squeeze(t("conf.effect.written_refusal.restricted", lang)) in squeezed
    assert reader.fold(until) in squeezed
    # Neither "pending" nor the request's English record line.
    pending = {"ru": "нарассмотрении", "kk": "қаралуда"}[lang]
    assert pending not in squeezed
    assert "processing" not in squeezed.lower() and "restricted" not in squeezed


def test_a_refused_withdrawal_gives_a_paper_with_the_reason_and_until(
    till: TillFixture, printer: FakePrinter, reader: GlyphReader
) -> None:
    set_printer(till, printer.url)
    buyer_id, until = _owing(till)
    with pytest.raises(Refused) as refused:
        privacy.withdraw(till.ctx(till.manager), buyer_id, None)
    request_id = refused.value.request_id  # type: ignore[attr-defined]
    view = request_confirmation(till.ctx(till.manager), request_id)
    service = PrintService.for_till(till.ctx(till.manager), till.paths)
    assert service.print_confirmation(view, "ru").ok
    squeezed = printout(printer.wait_jobs(1)[0], reader).squeezed()
    assert "ОТКАЗВОТЗЫВЕСОГЛАСИЯ" in squeezed
    assert "Результат:отказано" in squeezed
    assert reader.fold("Причина:неисполненообязательство(рассрочка,HalykBank),остаток") in (
        squeezed
    )
    assert f"ориентировочнодо{reader.fold(until)}" in squeezed
    assert "прекращена" not in squeezed  # nothing stopped: the withdrawal was refused
    assert Purpose.CREDIT in view.kept_purposes


def test_pos_buyer_withdraw_refused_prints_the_paper(
    tmp_path: Path, printer: FakePrinter, reader: GlyphReader
) -> None:
    till = make_till(tmp_path / "home")
    buyer_id, until = _owing(till)
    set_printer(till, printer.url)
    till.db.close()
    done = cli.pos_here(
        till.paths.home, "buyer", "withdraw", str(buyer_id), "--all", key=TEST_KEY,
        POS_STAFF="Ерлан Менеджер", POS_STAFF_PIN="5923",
    )  # fmt: skip
    assert done.code == 1 and done.err.startswith("pos: ") and "Traceback" not in done.err
    assert "confirmation printed" in done.out
    squeezed = printout(printer.wait_jobs(1)[0], reader).squeezed()
    assert "ОТКАЗВОТЗЫВЕСОГЛАСИЯ" in squeezed and reader.fold(until) in squeezed
