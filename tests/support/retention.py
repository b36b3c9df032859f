"""What retention must erase with no one typing a command, built through the services:
a buyer who refused processing in writing while an installment was outstanding, and who
has since repaid it. Until retention runs, the till still holds their IIN, ID document and
registration address."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from pos.domain.enums import PaymentMethod, Sex
from pos.domain.minimization import SaleNeeds
from pos.services import privacy
from pos.services.credits import list_credits
from pos.services.sales import record_credit_payment
from pos.storage.models import Buyer, OutboxEvent
from tests.support.tills import (
    TillFixture,
    credit_buyer,
    installment_sale,
    register,
    valid_iin,
)

BIRTH = dt.date(1990, 5, 17)


def refused_and_repaid(till: TillFixture, serial: int = 1234, **over: object) -> uuid.UUID:
    """A restricted buyer (written refusal) with their installment repaid: due destruction."""
    data = credit_buyer(iin=valid_iin(BIRTH, Sex.MALE, serial), birth_date=BIRTH, **over)
    buyer = register(till, data, SaleNeeds(PaymentMethod.INSTALLMENT)).buyer.id
    installment_sale(till, buyer)
    privacy.refuse_in_writing(till.ctx(till.manager), buyer, "WR-2026/7")
    credit = list_credits(till.ctx(till.manager), buyer_id=buyer)[0]
    record_credit_payment(till.ctx(till.manager), credit.id, credit.outstanding_tiyn)
    return buyer


def holds_personal_data(till: TillFixture, buyer_id: uuid.UUID) -> bool:
    """Whether the till still keeps the buyer's IIN, ID document or registration address."""
    with till.db.read_session() as s:
        row = s.get(Buyer, buyer_id)
        return row is not None and any((row.iin, row.id_doc_number, row.registration_address))


def retention_events(till: TillFixture) -> list[dict[str, object]]:
    """The `retention.run` payloads in the till's outbox, oldest first."""
    with till.db.read_session() as s:
        return list(
            s.scalars(
                select(OutboxEvent.payload)
                .where(OutboxEvent.type == "retention.run")
                .order_by(OutboxEvent.seq)
            )
        )
