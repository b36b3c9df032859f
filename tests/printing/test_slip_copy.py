"""A reprinted consent slip is the slip that was signed (issue 11, finding 10): it comes
from the content stored at signing, marked COPY, never from the buyer's current data; each
reprint is audited, and destruction leaves nothing to reprint."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pos.domain.buyer import BuyerData
from pos.domain.errors import NotFound
from pos.services import privacy
from pos.services.documents import consent_slip
from pos.storage.audit import buyer_entries
from pos.storage.models import BuyerLinkKey, SignedSlip
from printing.i18n import t
from printing.service import PrintService
from tests.support.escpos_decoder import GlyphReader
from tests.support.printer import FakePrinter, printout
from tests.support.tills import DELIVERY, TillFixture, delivery_buyer, register


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_reprint_after_a_correction_shows_the_surname_signed_marked_copy(
    till: TillFixture, service: PrintService, printer: FakePrinter, reader: GlyphReader, lang: str
) -> None:
    recorded = register(till, delivery_buyer(surname="Нурланова"), DELIVERY, language=lang)
    privacy.rectify(till.ctx(till.manager), recorded.buyer.id, BuyerData(surname="Серикова"))

    outcome = service.reprint_consent_slip(recorded.consent_id)
    assert outcome.ok, outcome.message
    paper = printout(printer.wait_jobs(1)[0], reader)
    text = reader.fold(paper.squeezed())
    assert reader.fold("НурлановаАсель") in text
    assert reader.fold("Серикова") not in text
    copy = t("slip.copy", lang)
    assert [line.strip() for line in paper.lines].count(copy) == 2
    assert f"[QR {recorded.consent_id}]" in paper.lines

    with till.db.read_session() as session:
        reprints = [
            e
            for e in buyer_entries(session, recorded.buyer.id)
            if e.action == "consent.slip_reprinted"
        ]
    assert len(reprints) == 1
    assert reprints[0].entities["consent"] == str(recorded.consent_id)
    assert reprints[0].fields == ["source:signed"]


def test_the_signed_slip_is_stored_sealed_and_goes_with_the_buyer(till: TillFixture) -> None:
    recorded = register(till, delivery_buyer(), DELIVERY)
    with till.db.read_session() as session:
        row = session.scalars(select(SignedSlip)).one()
        assert row.consent_id == recorded.consent_id
        assert "Нурланова".encode() not in row.sealed  # sealed, not plain JSON
    assert consent_slip(till.ctx(till.manager), recorded.consent_id).buyer_name.startswith(
        "Нурланова"
    )

    privacy.destroy_buyer(till.ctx(), recorded.buyer.id, reason="заявление 7", expressed_by="buyer")
    with till.db.read_session() as session:
        assert session.scalars(select(SignedSlip)).all() == []
        assert session.get(BuyerLinkKey, recorded.buyer.id) is None
    with pytest.raises(NotFound):
        consent_slip(till.ctx(till.manager), recorded.consent_id)
