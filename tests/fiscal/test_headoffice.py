"""The fiscal result reaches head office with `pos sync`: one `fiscal.recorded` event per
fiscalized document, naming the sale, with no personal data."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from fiscal.connect import open_port
from headoffice.models import EventRow
from pos.services import fiscal
from tests.fiscal.test_queue import connect, ring
from tests.support.cli import pos_here
from tests.support.headoffice import HeadOffice
from tests.support.kkm_standin import KkmStandin
from tests.support.tills import TillFixture


def test_head_office_holds_the_fiscal_result_of_each_sale(
    headoffice: HeadOffice,
    till_a: TillFixture,
    kkm: KkmStandin,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    headoffice.connect(till_a)
    connect(till_a, kkm, monkeypatch)
    sale = ring(till_a)
    assert fiscal.drain(till_a.ctx(), open_port(till_a.ctx())).ok
    doc = fiscal.for_subject(till_a.ctx(), sale.id)
    assert doc is not None and doc.result is not None
    synced = pos_here(till_a.paths.home, "sync", "--once", key=till_a.key)
    assert synced.code == 0, synced.err
    with headoffice.db.session() as session:
        rows = session.scalars(select(EventRow).where(EventRow.type == "fiscal.recorded")).all()
        assert len(rows) == 1
        payload = rows[0].payload
        assert rows[0].buyer_id is None
    assert payload["subject_id"] == str(sale.id)
    assert payload["fiscal_sign"] == doc.result.fiscal_sign
    assert payload["ticket_url"] == doc.result.ticket_url
    assert payload["registration_number"] == doc.result.registration_number
