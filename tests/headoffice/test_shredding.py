"""Crypto-shredding at head office, tried as an adversary would (policy 1.10): after
destructions by every route and erasures by correction and partial withdrawal, no value of
those buyers opens from any byte head office keeps, or kept before (a copy of the SQLite
files, a PostgreSQL snapshot of the old row versions), with every key head office holds;
the live buyers' values still do."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from headoffice.accounts import add_officer
from headoffice.cli import main as headoffice_cli
from headoffice.models import BuyerRecord, DestroyedBuyer, EventRow
from headoffice.officer import Officer, Subject
from headoffice.payloads import reveal
from headoffice.people import event_context, rekey_buyer, reshred
from pos.domain.buyer import BuyerData
from pos.domain.enums import PaymentMethod, Purpose, Sex
from pos.domain.minimization import BUYER_FIELDS, SaleNeeds
from pos.services import privacy
from pos.services.sales import LineInput, NewSale, record_sale
from pos.storage.models import OutboxEvent
from sync.worker import SyncWorker
from tests.headoffice.shredding_adversary import (
    Loot,
    Snapshot,
    copy_sqlite,
    held_keys,
    pg_pages,
    pg_wal_since,
    sqlite_files,
    wal_position,
)
from tests.support.headoffice import HeadOffice
from tests.support.tills import (
    CREDIT,
    DELIVERY,
    TillFixture,
    credit_buyer,
    delivery_buyer,
    installment_sale,
    register,
    valid_iin,
)

MARKETING_DELIVERY = SaleNeeds(PaymentMethod.CASH, delivery=True, marketing=True)


def _sync(till: TillFixture) -> None:
    report = SyncWorker(till.ctx()).run_cycle()
    assert report.ok, report.error


def _credit(surname: str, year: int, phone: str, doc: str, street: str) -> BuyerData:
    return credit_buyer(
        surname=surname,
        iin=valid_iin(dt.date(year, 3, 4), Sex.MALE, serial=2000 + year % 100),
        birth_date=dt.date(year, 3, 4),
        phone=phone,
        id_doc_number=doc,
        registration_address=f"Астана, ул. {street}, 7",
    )


def vars_of(data: BuyerData) -> dict[str, object]:
    return {f: getattr(data, f) for f in BUYER_FIELDS}


def _say_what_was_erased(till: TillFixture, buyer_id: uuid.UUID, fields: list[str]) -> None:
    """The till's correction event names the fields it erased (`erased`, branch `erase`);
    until every till sends it, the test adds it to the unsent event as that till would."""
    with till.db.write_session() as s, s.begin():
        event = s.scalars(
            select(OutboxEvent)
            .where(OutboxEvent.buyer_id == buyer_id, OutboxEvent.type == "buyer.updated")
            .order_by(OutboxEvent.seq.desc())
        ).first()
        assert event is not None and event.sent_at is None
        if "erased" not in event.payload:
            event.payload = {**event.payload, "erased": fields}


@pytest.mark.parametrize("sabotage", [False, True], ids=["shredded", "key-kept"])
def test_no_destroyed_or_erased_value_opens_with_every_key_head_office_holds(
    headoffice: HeadOffice,
    till_a: TillFixture,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sabotage: bool,
) -> None:
    ho = headoffice
    ho.connect(till_a)
    pg = ho.db.dialect == "postgresql"
    live = _credit("Живущев", 1980, "+7 777 100 00 01", "011111111", "Живая")
    at_till = _credit("Тилльев", 1981, "+7 777 200 00 02", "022222222", "Тилльная")
    by_officer = _credit("Офицеров", 1982, "+7 777 400 00 04", "044444444", "Офицерская")
    refused = delivery_buyer(
        surname="Отказова", phone="+7 701 300 00 03", delivery_address="Шымкент, ул. Отказная, 3"
    )
    corrected = delivery_buyer(
        surname="Исправлова", phone="+7 701 500 00 05", delivery_address="Тараз, ул. Старая, 5"
    )
    partial = delivery_buyer(
        surname="Частичная",
        phone="+7 701 600 00 06",
        email="partial.old@example.kz",
        delivery_address="Актобе, ул. Частичная, 6",
    )
    restricted = _credit("Ограничев", 1983, "+7 777 700 00 07", "077777777", "Долговая")
    restricted = BuyerData(**{**vars_of(restricted), "email": "restricted.old@example.kz"})
    ids = {
        "restricted": register(
            till_a, restricted, SaleNeeds(PaymentMethod.CREDIT, marketing=True)
        ).buyer.id,
        "live": register(till_a, live, CREDIT).buyer.id,
        "at_till": register(till_a, at_till, CREDIT).buyer.id,
        "by_officer": register(till_a, by_officer, CREDIT).buyer.id,
        "refused": register(till_a, refused, DELIVERY).buyer.id,
        "corrected": register(till_a, corrected, DELIVERY).buyer.id,
        "partial": register(till_a, partial, MARKETING_DELIVERY).buyer.id,
    }
    record_sale(
        till_a.ctx(till_a.manager),
        NewSale(lines=(LineInput("Чайник", 1, 1_500_000),), buyer_id=ids["at_till"]),
    )
    installment_sale(till_a, ids["restricted"])  # an obligation: a refusal restricts
    _sync(till_a)

    # What an adversary may hold from before: a copy of the files, old row versions.
    backup = copy_sqlite(ho, tmp_path / "backup") if not pg else []
    snapshot = Snapshot(ho) if pg else None
    lsn = wal_position(ho) if pg else ""
    if sabotage:
        # The check must have teeth: with destruction keeping the keys, it fails.
        monkeypatch.setattr("headoffice.keystore.KeyStore.shred", lambda *a, **k: 0)

    manager, admin = till_a.ctx(till_a.manager), till_a.ctx(till_a.admin)
    privacy.destroy_buyer(admin, ids["at_till"], reason="REQ-2026-7", expressed_by="buyer")
    privacy.refuse_in_writing(manager, ids["refused"], "LETTER-2026-3")
    privacy.refuse_in_writing(manager, ids["restricted"], "LETTER-2026-4")
    privacy.rectify(
        manager,
        ids["corrected"],
        BuyerData(phone="+7 701 555 00 55", delivery_address="Тараз, ул. Новая, 55"),
    )
    _say_what_was_erased(till_a, ids["corrected"], ["phone", "delivery_address"])
    privacy.withdraw(manager, ids["partial"], [Purpose.MARKETING])
    for name, value in ho.env.items():
        monkeypatch.setenv(name, value)
    # Officer commands sign in with an account's password (headoffice.accounts).
    add_officer(ho.db, "test officer", "test-officer-password", dt.datetime.now(dt.UTC), by=None)
    monkeypatch.setenv("HEADOFFICE_OFFICER_PASSWORD", "test-officer-password")
    code = headoffice_cli(
        [
            "--officer",
            "test officer",
            "buyer",
            "destroy",
            "--iin",
            by_officer.iin or "",
            "--reason",
            # Free text may name the person: it is sealed under their key too.
            f"court order 5/2026, {by_officer.surname}",
        ]
    )
    assert code == 0
    _sync(till_a)  # pushes the till's changes, pulls and applies the officer's destruction
    _sync(till_a)  # pushes that destruction

    with ho.db.session() as s:
        assert {r.buyer_id for r in s.scalars(select(BuyerRecord))} == {
            ids["live"],
            ids["corrected"],
            ids["partial"],
            ids["restricted"],
        }
        assert set(s.scalars(select(DestroyedBuyer.buyer_id))) == {
            ids["at_till"],
            ids["by_officer"],
            ids["refused"],
        }

    loot = Loot()
    if pg:
        assert snapshot is not None
        loot.add_raw(snapshot.read())
        snapshot.close()
        for blob in [*pg_pages(ho), *pg_wal_since(ho, lsn)]:
            loot.add_raw(blob)
    else:
        for f in [*sqlite_files(ho), *backup]:
            loot.add_raw(f.read_bytes())
    for f in ho.keys.store.raw_files():
        loot.add_raw(f.read_bytes())
    keys = held_keys(ho)
    loot.crack(keys)

    gone = {
        "destroyed at the till": [
            at_till.surname,
            "7772000002",
            at_till.iin,
            "022222222",
            "Тилльная",
        ],
        "destroyed by the officer": [
            by_officer.surname,
            "7774000004",
            by_officer.iin,
            "Офицерская",
        ],
        "destroyed by a written refusal": [refused.surname, "7013000003", "Отказная"],
        "replaced by a correction": ["7015000005", "Старая"],
        "erased by a partial withdrawal": ["partial.old@example.kz"],
        "erased by a written refusal (restricted)": ["restricted.old@example.kz"],
    }
    kept = [
        *(live.surname, "7771000001", live.iin, "Живая"),
        *("7015550055", "Новая", "Частичная", "Ограничев", "Долговая"),
    ]
    # The adversary's reach: the live values open from the bytes, and nothing is plain.
    for value in kept:
        assert loot.opens(str(value)), f"the adversary cannot open a live value ({value[:2]}…)"
    opened = {
        why: [v[:3] + "…" for v in values if loot.opens(str(v))] for why, values in gone.items()
    }
    if sabotage:
        assert opened["destroyed at the till"] and opened["destroyed by the officer"]
        if pg:
            # The page reader alone sees the deleted rows (dead tuples), not just the snapshot.
            pages = Loot()
            for blob in pg_pages(ho):
                pages.add_raw(blob)
            pages.crack(keys)
            assert pages.opens(str(at_till.surname)) and pages.opens(str(by_officer.iin))
        return
    assert opened == {why: [] for why in gone}, f"values that still open: {opened}"
    for values in gone.values():
        for value in values:
            assert not loot.holds(str(value)), "a value is kept in the clear"
    # Their blind indexes are nowhere either; a live buyer's is (in the key store).
    blind = ho.keys.blind
    for kind, value in (
        ("iin", at_till.iin),
        ("iin", by_officer.iin),
        ("phone", "+77772000002"),
        ("phone", "+77013000003"),
        ("phone", "+77015000005"),
    ):
        assert not loot.holds(blind.of(kind, str(value))), f"a {kind} blind index is left"
    assert loot.holds(blind.of("iin", str(live.iin)))
    # A destroyed buyer's sale stays for accounting, its lines open, unlinked.
    with ho.db.session() as s:
        sale = s.scalars(
            select(EventRow).where(EventRow.type == "sale.recorded", EventRow.buyer_id.is_(None))
        ).one()
    assert "buyer_id" not in sale.payload
    lines = reveal(sale.payload, event_context(sale.store_pk, sale.event_id), cipher=ho.keys.cipher)
    assert lines["lines"][0]["name"] == "Чайник"
    officer = Officer(ho.db, ho.keys, "test officer")
    person = officer.find(Subject(phone="+7 701 555 00 55"))[0]
    assert person.fields["delivery_address"] == "Тараз, ул. Новая, 55"
    assert officer.find(Subject(phone="+7 701 500 00 05")) == []
    assert "email" not in officer.find(Subject(phone=partial.phone))[0].fields


def test_a_restored_key_store_is_shredded_again_from_the_destruction_list(
    headoffice: HeadOffice, till_a: TillFixture, tmp_path: Path
) -> None:
    ho = headoffice
    ho.connect(till_a)
    gone, kept = credit_buyer(), delivery_buyer()
    gone_id = register(till_a, gone, CREDIT).buyer.id
    register(till_a, kept, DELIVERY)
    _sync(till_a)
    old_keys = held_keys(ho)
    backup = tmp_path / "keystore-backup.db"
    ho.keys.store.checkpoint()
    shutil.copy2(ho.keys.store.path, backup)

    privacy.destroy_buyer(till_a.ctx(till_a.admin), gone_id, reason="REQ-1", expressed_by="buyer")
    _sync(till_a)
    assert len(held_keys(ho)) == len(old_keys) - 1

    # The key store comes back from its backup: the destroyed buyer's key with it...
    ho.keys.store.close()
    shutil.copy2(backup, ho.keys.store.path)
    assert len(held_keys(ho)) == len(old_keys)
    # ...until head office re-shreds from its list of destructions (also done at start-up).
    assert reshred(ho.db, ho.keys.store) == 1
    assert len(held_keys(ho)) == len(old_keys) - 1
    assert ho.keys.store.holders("iin", ho.keys.blind.of("iin", gone.iin or "")) == []
    found = Officer(ho.db, ho.keys, "officer").find(Subject(phone=kept.phone))
    assert found[0].fields["surname"] == kept.surname


def test_expiry_correction_and_refusal_events_erase_the_fields_they_name(
    headoffice: HeadOffice,
) -> None:
    """`erased` on consent.expired, buyer.updated, buyer.restricted (and consent.withdrawn)
    removes exactly those fields and re-keys; an event without it (an older till) erases
    nothing."""
    from sync.client import ClientConfig, HeadOfficeClient

    ho = headoffice
    client = HeadOfficeClient(
        ClientConfig(url=ho.url, token=ho.add_store("ALM-01"), store_code="ALM-01")
    )
    register_id, buyer = uuid.uuid4(), uuid.uuid4()
    seq = iter(range(1, 100))

    def event(kind: str, payload: dict[str, object]) -> dict[str, object]:
        return {
            "id": str(uuid.uuid4()),
            "register_id": str(register_id),
            "seq": next(seq),
            "type": kind,
            "payload": {"buyer_id": str(buyer), **payload},
            "buyer_id": str(buyer),
            "created_at": dt.datetime.now(dt.UTC).isoformat(),
        }

    data = {
        "surname": "Срокова",
        "phone": "+77015557777",
        "email": "old.mail@example.kz",
        "delivery_address": "Алматы, ул. Истекшая, 9",
    }

    def fields() -> dict[str, object]:
        person = Officer(ho.db, ho.keys, "officer").find(Subject(phone="+77015557777"))
        return person[0].fields if person else {}

    def key_ids() -> set[str]:
        return {k.key_id for k in ho.keys.store.all_keys()}

    client.push([event("buyer.registered", {"status": "active", "data": data})])
    first = key_ids()
    assert fields() == data
    client.push([event("consent.expired", {"purposes": ["delivery"]})])  # an older till
    assert fields() == data and key_ids() == first
    client.push(
        [event("consent.expired", {"purposes": ["delivery"], "erased": ["delivery_address"]})]
    )
    assert set(fields()) == {"surname", "phone", "email"}
    second = key_ids()
    assert len(second) == 1 and second != first  # re-keyed; the old key is gone
    client.push(
        [
            event(
                "buyer.updated",
                {"status": "active", "data": {"email": None}, "erased": ["email"]},
            )
        ]
    )
    assert set(fields()) == {"surname", "phone"}
    assert key_ids() not in (first, second)
    client.push([event("buyer.restricted", {"withdrawn": ["sale"], "erased": ["surname"]})])
    assert set(fields()) == {"phone"}
    with ho.db.session() as s:
        payloads = [e.payload for e in s.scalars(select(EventRow).order_by(EventRow.seq))]
    assert "email" not in payloads[0]["data"] and "delivery_address" not in payloads[0]["data"]
    assert "surname" not in payloads[0]["data"] and "phone" in payloads[0]["data"]


def test_a_stop_between_a_re_key_and_the_old_keys_deletion_is_finished_at_start_up(
    headoffice: HeadOffice, till_a: TillFixture
) -> None:
    """A key left behind (the process stopped after the re-encryption committed, before the
    old key was deleted) is deleted by reshred; the buyer's current key stays."""
    ho = headoffice
    ho.connect(till_a)
    person = delivery_buyer()
    register(till_a, person, DELIVERY)
    _sync(till_a)
    with ho.db.session() as s:
        row = s.scalars(select(BuyerRecord)).one()
    current = {k.key_id for k in ho.keys.store.all_keys()}
    assert current == {row.key_id}
    ring = ho.keys.ring(dt.datetime.now(dt.UTC))
    with ho.db.session() as s, s.begin():
        rekey_buyer(s, ring, s.scalars(select(BuyerRecord)).one())
        ring.before_commit()
    # ...and the process stops here, before ring.after_commit() deletes the old key.
    assert len(ho.keys.store.all_keys()) == 2
    assert reshred(ho.db, ho.keys.store) == 1
    left = {k.key_id for k in ho.keys.store.all_keys()}
    assert len(left) == 1 and left != current
    found = Officer(ho.db, ho.keys, "officer").find(Subject(phone=person.phone))
    assert found[0].fields["surname"] == person.surname
    assert oct(ho.keys.store.path.stat().st_mode & 0o777) == "0o600"


def test_a_buyer_registered_and_withdrawn_in_one_push_is_linked_to_other_stores(
    headoffice: HeadOffice, till_a: TillFixture, till_b: TillFixture
) -> None:
    """The blind indexes live in the key store: those of a batch are found within it."""
    headoffice.connect(till_a)
    headoffice.connect(till_b)
    buyer_b = register(till_b, credit_buyer(), CREDIT).buyer.id
    _sync(till_b)
    buyer_a = register(till_a, credit_buyer(), CREDIT).buyer.id
    # A purpose whose withdrawal keeps the IIN: a store's request links by IIN only, and an
    # IIN erased before the push never reaches head office (headoffice.trust).
    privacy.withdraw(till_a.ctx(till_a.manager), buyer_a, [Purpose.SALE], reference="REQ-8")
    _sync(till_a)  # registration and withdrawal in one push
    report = SyncWorker(till_b.ctx()).run_cycle()
    assert report.ok and report.outcomes == {"applied": 1}
    with headoffice.db.session() as s:
        row = s.scalars(select(BuyerRecord).where(BuyerRecord.buyer_id == buyer_b)).one()
    assert row.purposes["sale"] == "withdrawn"
