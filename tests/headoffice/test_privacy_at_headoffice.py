"""Personal data at head office: encrypted per field, found through keyed blind indexes,
re-encrypted on key rotation, and every officer look audited."""

from __future__ import annotations

import datetime as dt
import hashlib
import os

import pytest
from sqlalchemy import select

from headoffice.config import Keys
from headoffice.crypto import BlindIndex, CryptoError, FieldCipher, is_encrypted
from headoffice.models import BuyerRecord, EventRow, OfficerAudit
from headoffice.officer import Officer, Subject
from headoffice.people import record_context
from headoffice.rotation import rotate_data_key
from pos.domain.iin import normalize_iin
from sync.worker import SyncWorker
from tests.support.headoffice import HeadOffice, dump_database
from tests.support.tills import (
    CREDIT,
    DELIVERY,
    TillFixture,
    credit_buyer,
    delivery_buyer,
    register,
)


def _sync(till: TillFixture) -> None:
    report = SyncWorker(till.ctx()).run_cycle()
    assert report.ok, report.error


def test_personal_data_is_stored_only_encrypted_and_found_by_iin(
    headoffice: HeadOffice, till_a: TillFixture
) -> None:
    headoffice.connect(till_a)
    person = credit_buyer()
    register(till_a, person, CREDIT)
    register(till_a, delivery_buyer(), DELIVERY)
    _sync(till_a)

    dump = dump_database(headoffice)
    for needle in (
        normalize_iin(person.iin or ""),
        "7771234567",
        "Ахметов",
        "Серикович",
        "Республики",
        "045123789",
        "Нурланова",
        "Жарокова",
        "7015551234",
    ):
        assert needle not in dump, "a personal value is stored in the clear"
    assert "enc:v1:" in dump

    found = Officer(headoffice.db, headoffice.keys, "test officer").find(Subject(iin=person.iin))
    assert len(found) == 1
    record = found[0]
    assert record.store_code == "ALM-01"
    assert record.fields["surname"] == person.surname
    assert record.fields["iin"] == person.iin
    assert record.fields["birth_date"] == person.birth_date.isoformat()  # type: ignore[union-attr]
    assert record.purposes == {"sale": "given", "credit": "given"}
    with headoffice.db.session() as s:
        audit = s.scalars(select(OfficerAudit)).all()
    assert [(a.officer, a.action) for a in audit] == [("test officer", "lookup")]
    assert person.iin not in str(audit[0].detail)


def test_blind_indexes_are_keyed(headoffice: HeadOffice, till_a: TillFixture) -> None:
    headoffice.connect(till_a)
    person = credit_buyer()
    register(till_a, person, CREDIT)
    _sync(till_a)
    with headoffice.db.session() as s:
        row = s.scalars(select(BuyerRecord)).one()
    stored = headoffice.keys.store.indexes_of(row.store_pk, row.buyer_id)["iin"]
    iin = normalize_iin(person.iin or "")
    assert stored == headoffice.keys.blind.of("iin", iin)
    assert stored not in (hashlib.sha256(iin.encode()).hexdigest(), f"iin|{iin}")
    assert stored != BlindIndex(os.urandom(32)).of("iin", iin)
    # The index lives in the key store, not in the database (where a dead tuple keeps it).
    assert stored not in dump_database(headoffice)
    # Without the index key, a lookup by IIN finds nothing.
    stranger = Keys(headoffice.keys.cipher, BlindIndex(os.urandom(32)), headoffice.keys.store)
    assert Officer(headoffice.db, stranger, "x").find(Subject(iin=person.iin)) == []


def test_a_ciphertext_moved_to_another_place_does_not_open(
    headoffice: HeadOffice, till_a: TillFixture
) -> None:
    headoffice.connect(till_a)
    register(till_a, credit_buyer(), CREDIT)
    _sync(till_a)
    with headoffice.db.session() as s:
        row = s.scalars(select(BuyerRecord)).one()
    token = row.fields["surname"]
    ring = headoffice.keys.ring(dt.datetime.now(dt.UTC))
    assert ring.decrypt(token, record_context(row.store_pk, row.buyer_id, "surname"))
    with pytest.raises(CryptoError):
        ring.decrypt(token, record_context(row.store_pk, row.buyer_id, "given_name"))
    # The buyer's own key, not the master key, seals it.
    with pytest.raises(CryptoError):
        headoffice.keys.cipher.decrypt(token, record_context(row.store_pk, row.buyer_id, "surname"))


def test_rotating_the_master_key_re_wraps_every_buyer_key(
    headoffice: HeadOffice, till_a: TillFixture
) -> None:
    headoffice.connect(till_a)
    person = credit_buyer()
    register(till_a, person, CREDIT)
    _sync(till_a)
    new_key = os.urandom(32)
    old_key = headoffice.keys.cipher.keys[headoffice.keys.cipher.current_id]
    store = headoffice.keys.store
    both = Keys(FieldCipher.from_keys(new_key, [old_key]), headoffice.keys.blind, store)
    result = rotate_data_key(headoffice.db, both)
    assert result.keys == 1
    assert rotate_data_key(headoffice.db, both).keys == 0  # nothing left to do

    only_new = Keys(FieldCipher.from_keys(new_key), headoffice.keys.blind, store)
    found = Officer(headoffice.db, only_new, "test officer").find(Subject(iin=person.iin))
    assert found[0].fields["surname"] == person.surname
    report = Officer(headoffice.db, only_new, "test officer").access_report(Subject(iin=person.iin))
    assert report["records"][0]["data"]["iin"] == person.iin
    assert {k.master_id for k in store.all_keys()} == {only_new.cipher.current_id}
    only_old = Keys(FieldCipher.from_keys(old_key), headoffice.keys.blind, store)
    with pytest.raises(CryptoError):
        Officer(headoffice.db, only_old, "x").find(Subject(iin=person.iin))


def test_the_access_report_shows_what_head_office_holds(
    headoffice: HeadOffice, till_a: TillFixture
) -> None:
    from tests.support.tills import installment_sale

    headoffice.connect(till_a)
    person = credit_buyer()
    buyer = register(till_a, person, CREDIT).buyer.id
    installment_sale(till_a, buyer, total_tiyn=12_000_000)
    _sync(till_a)
    report = Officer(headoffice.db, headoffice.keys, "officer").access_report(
        Subject(iin=person.iin)
    )
    record = report["records"][0]
    assert record["store"] == "ALM-01"
    assert record["data"]["registration_address"] == person.registration_address
    assert [c["type"] for c in record["consents"]] == ["consent.given"]
    assert record["purchases"][0]["total_tiyn"] == 12_000_000
    assert record["purchases"][0]["lines"][0]["name"] == "Смартфон"
    assert record["credits"][0]["partner_bank"] == "Halyk Bank"
    assert record["disclosures"][0]["recipient_category"] == "partner_bank"
    # The purchase lines of a linked sale are personal too (policy 2.3): stored encrypted.
    with headoffice.db.session() as s:
        sale = s.scalars(select(EventRow).where(EventRow.type == "sale.recorded")).one()
    assert is_encrypted(sale.payload["lines"])


def test_personal_data_arriving_after_the_buyers_destruction_is_not_kept(
    headoffice: HeadOffice,
) -> None:
    """E.g. a restored till backup replaying old events: the destruction still holds."""
    import datetime as dt
    import uuid

    from sync.client import ClientConfig, HeadOfficeClient

    token = headoffice.add_store("ALM-01")
    client = HeadOfficeClient(ClientConfig(url=headoffice.url, token=token, store_code="ALM-01"))
    register, buyer = uuid.uuid4(), uuid.uuid4()
    at = dt.datetime.now(dt.UTC).isoformat()
    destroyed = {
        "id": str(uuid.uuid4()),
        "register_id": str(register),
        "seq": 5,
        "type": "buyer.destroyed",
        "payload": {"buyer_id": str(buyer), "at": at, "cause": "request"},
        "buyer_id": None,
        "created_at": at,
    }
    replayed = {
        "id": str(uuid.uuid4()),
        "register_id": str(register),
        "seq": 1,
        "type": "buyer.registered",
        "payload": {
            "buyer_id": str(buyer),
            "status": "active",
            "data": {"surname": "Жаксылыкова", "phone": "+77015550000"},
        },
        "buyer_id": str(buyer),
        "created_at": at,
    }
    client.push([destroyed])
    assert [r.status for r in client.push([replayed]).results] == ["stored"]
    assert headoffice.count(BuyerRecord) == 0
    with headoffice.db.session() as s:
        row = s.scalars(select(EventRow).where(EventRow.seq == 1)).one()
    assert row.buyer_id is None and row.payload == {"status": "active", "redacted": True}
    assert "Жаксылыкова" not in dump_database(headoffice)
