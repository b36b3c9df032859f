"""The reads several services share (pos/storage/queries.py), over a real till's rows."""

from __future__ import annotations

from pos.domain.enums import CreditStatus, Purpose
from pos.services.privacy import withdraw
from pos.storage import queries
from tests.support.tills import (
    DELIVERY,
    INSTALLMENT,
    TillFixture,
    credit_buyer,
    delivery_buyer,
    installment_sale,
    register,
)


def test_a_withdrawn_purpose_is_no_longer_in_force(till: TillFixture) -> None:
    buyer = register(till, delivery_buyer(), DELIVERY).buyer.id
    with till.db.read_session() as session:
        assert set(queries.purposes_in_force(session, buyer)) == {Purpose.SALE, Purpose.DELIVERY}
    withdraw(till.ctx(till.manager), buyer, [Purpose.DELIVERY], reference=None)
    with till.db.read_session() as session:
        assert set(queries.purposes_in_force(session, buyer)) == {Purpose.SALE}
        # The withdrawn purpose's row stays, in its new state, in purpose order.
        rows = queries.buyer_purposes(session, buyer)
        assert [(r.purpose, r.state) for r in rows] == [
            ("delivery", "withdrawn"),
            ("sale", "given"),
        ]


def test_a_buyer_is_found_by_iin_and_their_open_credits_listed(till: TillFixture) -> None:
    data = credit_buyer()
    buyer = register(till, data, INSTALLMENT).buyer.id
    installment_sale(till, buyer, total_tiyn=30_000_000, term=6)
    with till.db.read_session() as session:
        assert data.iin is not None
        assert queries.buyer_id_by_iin(session, data.iin) == buyer
        assert queries.buyer_id_by_iin(session, "000000000000") is None
        open_ones = queries.credits(session, buyer_id=buyer, active_only=True)
        assert [(c.status, c.outstanding_tiyn) for c in open_ones] == [
            (CreditStatus.ACTIVE.value, 30_000_000)
        ]
    other = register(till, delivery_buyer(phone="+7 701 555 99 88"), DELIVERY).buyer.id
    with till.db.read_session() as session:
        assert queries.credits(session, buyer_id=other) == []
