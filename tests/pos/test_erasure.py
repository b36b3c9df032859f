"""Erased values never travel and never stay (issue 11, findings 2, 6, 11).

Every route that erases some of a buyer's values (a partial withdrawal, a written refusal
kept for an obligation, a correction, a returning buyer's new value, a retention expiry)
is checked as an adversary holding the database key would check it: the SQLCipher file
and its WAL are decrypted page by page (tests/support/sqlcipher_pages.py), free space and
stale frames included, and every outbox payload of the buyer, sent or not, is read.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select

from pos.domain.buyer import BuyerData
from pos.domain.enums import PaymentMethod, Purpose
from pos.domain.events import EventType
from pos.domain.minimization import BuyerField, SaleNeeds
from pos.services import privacy, sync_state
from pos.services.consents import ConsentDraft, record_consent
from pos.services.context import ServiceContext
from pos.services.documents import request_confirmation
from pos.services.retention import run_retention
from pos.services.sales import LineInput, NewSale, record_sale
from pos.storage.models import OutboxEvent
from printing.docs import confirmation
from tests.support.sqlcipher_pages import count_found, decrypted_bytes
from tests.support.tills import (
    DELIVERY,
    TillFixture,
    credit_buyer,
    delivery_buyer,
    installment_sale,
    register,
)

PHONE_LINE = (LineInput("Смартфон", 1, 15_000_000, category="phones"),)
EMAIL = "asel.erasure-check@mail.kz"
OLD_PHONE = "+77015551234"


def phone_forms(phone: str) -> list[str]:
    """A phone as a page may hold it: itself, and its reversed digits (the search key)."""
    digits = phone.lstrip("+")
    return [phone, digits[::-1]]


def outbox(till: TillFixture, buyer_id: uuid.UUID) -> list[tuple[str, dict[str, Any], bool]]:
    """(type, payload, sent) of every outbox event about the buyer."""
    with till.db.read_session() as s:
        rows = s.execute(
            select(OutboxEvent.type, OutboxEvent.payload, OutboxEvent.sent_at)
            .where(OutboxEvent.buyer_id == buyer_id)
            .order_by(OutboxEvent.seq)
        ).all()
    return [(t, p, sent is not None) for t, p, sent in rows]


def last_event(till: TillFixture, event_type: EventType) -> dict[str, Any]:
    with till.db.read_session() as s:
        payload = s.scalars(
            select(OutboxEvent.payload)
            .where(OutboxEvent.type == event_type.value)
            .order_by(OutboxEvent.seq.desc())
            .limit(1)
        ).one()
    return dict(payload)


def carrying(till: TillFixture, buyer_id: uuid.UUID, value: str) -> list[str]:
    """The types of the buyer's outbox events whose payload holds `value` (no values shown)."""
    return [
        kind
        for kind, payload, _sent in outbox(till, buyer_id)
        if value in json.dumps(payload, ensure_ascii=False)
    ]


def mark_all_sent(till: TillFixture) -> int:
    """As if head office had acknowledged everything so far (the sent copies stay a week)."""
    items = sync_state.pending_events(till.ctx(), 0, 10_000)
    return sync_state.mark_sent(till.ctx(), [i.ref for i in items], dt.datetime.now(dt.UTC))


def on_disk(till: TillFixture, values: list[str]) -> int:
    """How many of `values` a key holder finds in the decrypted file and WAL."""
    return count_found(decrypted_bytes(till.paths.db, till.key), values)


def wal_size(till: TillFixture) -> int:
    wal = Path(f"{till.paths.db}-wal")
    return wal.stat().st_size if wal.exists() else 0


def printed(view: Any) -> str:
    return "\n".join(confirmation.build(view, "en", 48).lines())


def delivery_and_offers(till: TillFixture) -> uuid.UUID:
    needs = SaleNeeds(PaymentMethod.CASH, delivery=True, marketing=True)
    return register(till, delivery_buyer(email=EMAIL), needs).buyer.id


def test_the_page_reader_sees_what_sqlcipher_wrote_in_the_file_and_in_the_wal(
    till: TillFixture,
) -> None:
    """The adversary's tool itself: page 1 decrypts to SQLite's header and schema, and a
    value written but not yet checkpointed is read from its WAL frame."""
    from tests.support.sqlcipher_pages import decrypted_file, decrypted_wal

    till.db.checkpoint()
    plain = decrypted_file(till.paths.db, till.key)
    assert plain[:2] == (4096).to_bytes(2, "big")  # header bytes 16-17: the page size
    assert b"CREATE TABLE outbox_events" in plain
    register(
        till,
        delivery_buyer(email=EMAIL),
        SaleNeeds(PaymentMethod.CASH, delivery=True, marketing=True),
    )
    assert wal_size(till) > 0
    assert EMAIL.encode() in decrypted_wal(till.paths.db, till.key)
    assert (
        EMAIL.encode() not in till.paths.db.read_bytes() + Path(f"{till.paths.db}-wal").read_bytes()
    )


# --- partial withdrawal ---------------------------------------------------------------------


def test_a_partial_withdrawal_erases_the_value_from_every_payload_page_and_wal_frame(
    till: TillFixture,
) -> None:
    buyer = delivery_and_offers(till)
    assert mark_all_sent(till) > 0  # buyer.registered was acknowledged: a sent copy holds it
    assert on_disk(till, [EMAIL]) > 0  # the adversary's scan sees the value before

    view = privacy.withdraw(till.ctx(till.manager), buyer, [Purpose.MARKETING])

    assert carrying(till, buyer, EMAIL) == []
    registered = [p for k, p, sent in outbox(till, buyer) if k == EventType.BUYER_REGISTERED]
    assert registered and "email" not in registered[0]["data"]
    assert registered[0]["data"]["delivery_address"]  # what is still justified stays
    withdrawn = last_event(till, EventType.CONSENT_WITHDRAWN)
    assert withdrawn["erased"] == [BuyerField.EMAIL.value]
    assert wal_size(till) == 0  # checkpointed (TRUNCATE) at once
    assert on_disk(till, [EMAIL]) == 0
    # No obligation: the buyer is told the data is erased now, not "kept".
    assert view.kept_purposes == () and view.erased_now
    text = printed(view)
    assert "erased now" in text and "Kept until" not in text


def test_an_unsent_event_never_carries_a_withdrawn_value(till: TillFixture) -> None:
    buyer = delivery_and_offers(till)
    privacy.withdraw(till.ctx(till.manager), buyer, [Purpose.MARKETING])
    pending = sync_state.pending_events(till.ctx(), 0, 1000)
    assert pending  # nothing was sent: all of it is what head office will receive
    wire = json.dumps([i.wire() for i in pending], ensure_ascii=False)
    assert EMAIL not in wire
    assert "Жарокова" in wire  # the delivery address is still justified and still goes


def test_only_a_buyer_with_an_obligation_hears_that_data_is_kept_for_it(
    till: TillFixture,
) -> None:
    needs = SaleNeeds(PaymentMethod.INSTALLMENT, marketing=True)
    buyer = register(till, credit_buyer(email=EMAIL), needs).buyer.id
    installment_sale(till, buyer)
    view = privacy.withdraw(till.ctx(till.manager), buyer, [Purpose.MARKETING])
    assert view.kept_purposes == (Purpose.CREDIT,) and not view.erased_now
    text = printed(view)
    assert "Kept until the obligation is fulfilled" in text and "erased now" not in text
    assert on_disk(till, [EMAIL]) == 0  # the e-mail only marketing needed is gone all the same
    # The reprint says the same as the first print.
    again = request_confirmation(till.ctx(till.manager), view.request_id)
    assert again.kept_purposes == (Purpose.CREDIT,) and not again.erased_now


def test_the_reprinted_confirmation_of_a_partial_withdrawal_says_erased_now(
    till: TillFixture,
) -> None:
    buyer = delivery_and_offers(till)
    view = privacy.withdraw(till.ctx(till.manager), buyer, [Purpose.MARKETING])
    again = request_confirmation(till.ctx(till.manager), view.request_id)
    assert again.kept_purposes == () and again.erased_now
    assert "erased now" in printed(again)


def test_the_command_line_says_erased_now_or_kept_by_case(till: TillFixture) -> None:
    from tests.support.cli import pos_here

    free = delivery_and_offers(till)
    needs = SaleNeeds(PaymentMethod.INSTALLMENT, marketing=True)
    owing = register(till, credit_buyer(email="nurlan.cli@mail.kz"), needs).buyer.id
    installment_sale(till, owing)
    home = till.paths.home
    said = pos_here(home, "buyer", "withdraw", str(free), "--purpose", "marketing", key=till.key)
    assert said.code == 0, said.err
    assert "erased now" in said.out and "kept for" not in said.out
    said = pos_here(home, "buyer", "withdraw", str(owing), "--purpose", "marketing", key=till.key)
    assert said.code == 0, said.err
    assert "kept for the outstanding obligation: credit" in said.out
    assert "erased now" not in said.out


# --- written refusal kept for an obligation -------------------------------------------------


def test_a_written_refusal_erases_the_e_mail_from_the_sent_registration(
    till: TillFixture,
) -> None:
    needs = SaleNeeds(PaymentMethod.INSTALLMENT, marketing=True)
    buyer = register(till, credit_buyer(email=EMAIL), needs).buyer.id
    installment_sale(till, buyer)
    mark_all_sent(till)

    privacy.refuse_in_writing(till.ctx(till.manager), buyer, "WR-2026-11")

    restricted = last_event(till, EventType.BUYER_RESTRICTED)
    assert restricted["erased"] == [BuyerField.EMAIL.value]
    assert carrying(till, buyer, EMAIL) == []
    assert wal_size(till) == 0 and on_disk(till, [EMAIL]) == 0


# --- correction -----------------------------------------------------------------------------


def test_a_corrected_phone_leaves_no_copy_of_the_old_one(till: TillFixture) -> None:
    buyer = register(till, delivery_buyer(), DELIVERY).buyer.id
    mark_all_sent(till)
    assert on_disk(till, phone_forms(OLD_PHONE)) == 3  # +7..., 7..., reversed digits

    privacy.rectify(till.ctx(till.manager), buyer, BuyerData(phone="+7 705 111 22 33"))

    updated = last_event(till, EventType.BUYER_UPDATED)
    assert updated["erased"] == [BuyerField.PHONE.value]
    assert updated["data"] == {"phone": "+77051112233"}
    assert carrying(till, buyer, OLD_PHONE) == []
    assert wal_size(till) == 0
    assert on_disk(till, phone_forms(OLD_PHONE)) == 0
    assert on_disk(till, ["+77051112233"]) > 0  # the new one is there (the scan sees it)


def test_a_removed_value_is_named_erased_and_an_added_one_is_not(till: TillFixture) -> None:
    needs = SaleNeeds(PaymentMethod.CASH, delivery=True, marketing=True)
    buyer = register(till, delivery_buyer(), needs).buyer.id  # offers by phone, no e-mail
    assert on_disk(till, ["Алматы, ул. Жарокова, 12, кв. 5"]) > 0
    privacy.rectify(till.ctx(till.manager), buyer, BuyerData(email=EMAIL))
    assert last_event(till, EventType.BUYER_UPDATED)["erased"] == []
    privacy.rectify(
        till.ctx(till.manager), buyer, BuyerData(delivery_address="Алматы, ул. Новая, 1")
    )
    assert last_event(till, EventType.BUYER_UPDATED)["erased"] == ["delivery_address"]
    assert on_disk(till, ["Алматы, ул. Жарокова, 12, кв. 5"]) == 0


def test_a_returning_buyer_who_gives_a_new_value_erases_the_old_one(till: TillFixture) -> None:
    buyer = register(till, delivery_buyer(), DELIVERY).buyer.id
    mark_all_sent(till)
    assert on_disk(till, ["Алматы, ул. Жарокова, 12, кв. 5"]) > 0
    record_consent(
        till.ctx(till.cashier),
        ConsentDraft(
            needs=DELIVERY,
            buyer=BuyerData(delivery_address="Алматы, ул. Другая, 9"),
            buyer_id=buyer,
        ),
        slip_printed=True,
    )
    assert last_event(till, EventType.BUYER_UPDATED)["erased"] == ["delivery_address"]
    assert wal_size(till) == 0
    assert on_disk(till, ["Алматы, ул. Жарокова, 12, кв. 5"]) == 0


# --- retention expiry -----------------------------------------------------------------------


def test_an_expiry_names_what_it_erased_and_leaves_no_copy(till: TillFixture) -> None:
    address = "Алматы, ул. Жарокова, 12, кв. 5"
    buyer = register(till, delivery_buyer(), DELIVERY).buyer.id
    record_sale(till.ctx(till.cashier), NewSale(lines=PHONE_LINE, delivery=True, buyer_id=buyer))
    # Left unsent: a sent copy would be pruned a week after acknowledgement anyway.
    assert on_disk(till, [address]) > 0

    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=60)  # delivery: 30 days after use
    report = run_retention(ServiceContext(till.db, till.admin, clock=lambda: later))

    assert report.purposes_expired == 1 and report.buyers_destroyed == 0
    expired = last_event(till, EventType.CONSENT_EXPIRED)
    assert expired["purposes"] == ["delivery"]
    assert expired["erased"] == [BuyerField.DELIVERY_ADDRESS.value]
    assert carrying(till, buyer, address) == []
    wire = json.dumps([i.wire() for i in sync_state.pending_events(till.ctx(), 0, 1000)])
    assert json.dumps(address)[1:-1] not in wire  # head office will not receive it either
    assert wal_size(till) == 0 and on_disk(till, [address]) == 0


def test_a_corrected_surname_leaves_no_copy_nor_search_key_of_the_old_one(
    till: TillFixture,
) -> None:
    buyer = register(till, delivery_buyer(), DELIVERY).buyer.id
    mark_all_sent(till)
    old = ["Нурланова", "нурланова"]  # as given, and as the name search keeps it folded
    assert on_disk(till, old) == 3  # the row, the search key, the payload's JSON escape

    privacy.rectify(till.ctx(till.manager), buyer, BuyerData(surname="Ержанова"))

    assert last_event(till, EventType.BUYER_UPDATED)["erased"] == ["surname"]
    assert carrying(till, buyer, "Нурланова") == []
    assert wal_size(till) == 0 and on_disk(till, old) == 0
    assert on_disk(till, ["Ержанова", "ержанова"]) == 3
