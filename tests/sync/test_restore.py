"""Backups cannot resurrect (issue 11, finding 8).

A copy of POS_HOME made before a destruction, restored and synced once, destroys the buyer
again: head office sends every store's destruction back to the register that made it, so a
restored copy pulls it with the directives it missed. Its stale events change nothing at
head office, and the events it makes after the restore, numbered as head office already
holds, are numbered afresh instead of being refused for ever.
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from headoffice.models import BuyerRecord, DirectiveAckRow, DirectiveRow, EventRow
from headoffice.officer import Officer, Subject
from pos.domain.buyer import BuyerData
from pos.domain.enums import PaymentMethod
from pos.domain.errors import NotFound
from pos.domain.minimization import SaleNeeds
from pos.services import privacy
from pos.services.buyers import get_buyer
from pos.services.sales import LineInput, NewSale, record_sale
from pos.storage.database import open_database
from pos.storage.models import Buyer, Erasure, OutboxEvent
from sync.worker import CycleReport, SyncWorker
from tests.support.cli import pos_here
from tests.support.headoffice import HeadOffice, dump_database, open_ciphertexts
from tests.support.sqlcipher_pages import count_found, decrypted_bytes
from tests.support.tills import TillFixture, register

PERSON = {
    "surname": "Тлеубердиева",
    "given_name": "Камила",
    "phone": "+77017770011",
    "delivery_address": "Караганда, ул. Восстановленная, 8",
    "email": "kamila.restore@mail.kz",
}
VALUES = list(PERSON.values())
LINE = (LineInput("Пылесос", 1, 9_900_000, category="appliances"),)


def cycle(till: TillFixture) -> CycleReport:
    report = SyncWorker(till.ctx()).run_cycle()
    assert report.ok, report.error
    return report


def copy_home(till: TillFixture, target: Path) -> Path:
    """What a store admin's backup holds: POS_HOME copied while nothing writes."""
    till.db.checkpoint()
    shutil.copytree(till.paths.home, target)
    return target


def restore(till: TillFixture, backup: Path) -> TillFixture:
    """Put the copy back in place of POS_HOME and open it, as the next start would (the
    fixture's teardown closes it)."""
    till.db.close()
    shutil.rmtree(till.paths.home)
    shutil.copytree(backup, till.paths.home)
    till.db = open_database(till.paths.db, till.key)
    return till


def held(ho: HeadOffice) -> dict[str, int]:
    with ho.db.session() as s:
        return {
            m.__name__: int(s.scalar(select(func.count()).select_from(m)) or 0)
            for m in (EventRow, DirectiveRow, DirectiveAckRow, BuyerRecord)
        }


def at_till(till: TillFixture) -> dict[str, int]:
    with till.db.read_session() as s:
        return {
            m.__name__: int(s.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Buyer, OutboxEvent, Erasure)
        }


def destruction_directives(ho: HeadOffice, buyer_id: uuid.UUID) -> list[str]:
    with ho.db.session() as s:
        rows = s.execute(
            select(DirectiveRow.body, DirectiveAckRow.outcome).outerjoin(
                DirectiveAckRow, DirectiveAckRow.directive_seq == DirectiveRow.seq
            )
        ).all()
    return [
        outcome or "pending"
        for body, outcome in rows
        if body.get("kind") == "destruction" and body.get("buyer_id") == str(buyer_id)
    ]


@pytest.fixture
def regular(till_a: TillFixture) -> uuid.UUID:
    """A delivery buyer who takes offers by e-mail, with one sale."""
    needs = SaleNeeds(PaymentMethod.CASH, delivery=True, marketing=True)
    buyer = register(till_a, BuyerData(**PERSON), needs).buyer.id  # type: ignore[arg-type]
    record_sale(till_a.ctx(till_a.cashier), NewSale(lines=LINE, delivery=True, buyer_id=buyer))
    return buyer


def test_a_restored_copy_destroys_the_buyer_again_at_its_next_sync(
    headoffice: HeadOffice, till_a: TillFixture, regular: uuid.UUID, tmp_path: Path
) -> None:
    headoffice.connect(till_a)
    cycle(till_a)
    # One more sale, not yet sent when the copy is made: the copy will push it again.
    record_sale(till_a.ctx(till_a.cashier), NewSale(lines=LINE, delivery=True, buyer_id=regular))
    backup = copy_home(till_a, tmp_path / "backup")

    privacy.destroy_buyer(till_a.ctx(), regular, reason="buyer's request", expressed_by="buyer")
    first = cycle(till_a)
    # The till that destroyed hears its own destruction back and answers "already applied".
    assert first.outcomes == {"already_applied": 1}
    assert destruction_directives(headoffice, regular) == ["already_applied"]
    assert headoffice.count(BuyerRecord) == 0

    restored = restore(till_a, backup)
    assert get_buyer(restored.ctx(restored.manager), regular).data.email
    assert count_found(decrypted_bytes(restored.paths.db, restored.key), VALUES) > 0

    r = pos_here(restored.paths.home, "sync", "--once", key=restored.key)
    assert r.code == 0, r.err
    assert "directives: 1 applied" in r.out and "rejected" not in r.out

    with pytest.raises(NotFound):
        get_buyer(restored.ctx(restored.manager), regular)
    restored.db.checkpoint()
    assert count_found(decrypted_bytes(restored.paths.db, restored.key), VALUES) == 0
    # Head office: the stale events were duplicates, the new ones stored under fresh
    # numbers, nothing of the person came back.
    assert headoffice.count(BuyerRecord) == 0
    # One directive; head office keeps a register's first answer to it.
    assert destruction_directives(headoffice, regular) == ["already_applied"]
    with restored.db.read_session() as s:
        unsent = s.scalar(select(func.count()).where(OutboxEvent.sent_at.is_(None)))
    assert unsent == 0
    assert (
        Officer(headoffice.db, headoffice.keys, "test").find(Subject(phone=PERSON["phone"])) == []
    )
    dump = dump_database(headoffice)
    assert not [v for v in VALUES if v in dump]
    assert not any(any(v in opened for v in VALUES) for opened in open_ciphertexts(headoffice))

    # A further sync changes nothing, here or there.
    before = (held(headoffice), at_table := at_till(restored))
    again = cycle(restored)
    assert (again.stored, again.pulled, again.applied, again.renumbered) == (0, 0, 0, 0)
    assert (held(headoffice), at_till(restored)) == before
    assert at_table["Buyer"] == 0 and at_table["Erasure"] == 1


def test_events_made_after_a_restore_are_numbered_afresh_and_their_buyer_stays_unlinked(
    headoffice: HeadOffice, till_a: TillFixture, regular: uuid.UUID, tmp_path: Path
) -> None:
    """Sold before syncing, against the README's advice: the sale's number is taken at
    head office; it is numbered afresh, stored, and stays unlinked from the destroyed buyer."""
    headoffice.connect(till_a)
    cycle(till_a)
    backup = copy_home(till_a, tmp_path / "backup")
    privacy.destroy_buyer(till_a.ctx(), regular, reason="buyer's request", expressed_by="buyer")
    cycle(till_a)
    restored = restore(till_a, backup)

    sale = record_sale(
        restored.ctx(restored.cashier), NewSale(lines=LINE, delivery=True, buyer_id=regular)
    )
    report = cycle(restored)
    assert report.renumbered >= 1 and report.rejected == 0
    with headoffice.db.session() as s:
        stored = s.scalars(select(EventRow).where(EventRow.type == "sale.recorded")).all()
    fresh = [e for e in stored if e.payload.get("sale_id") == str(sale.id)]
    assert len(fresh) == 1 and fresh[0].buyer_id is None  # unlinked on arrival
    with pytest.raises(NotFound):
        get_buyer(restored.ctx(restored.manager), regular)
    with headoffice.db.session() as s:
        seqs = sorted(s.scalars(select(EventRow.seq)))
    assert len(seqs) == len(set(seqs))
    assert headoffice.count(BuyerRecord) == 0


def test_destructions_from_before_the_replay_reach_a_restored_copy_after_migrate(
    headoffice: HeadOffice,
    till_a: TillFixture,
    regular: uuid.UUID,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A destruction head office stored before it sent destructions back: `pos-headoffice
    migrate` sends it back once, and a restored copy destroys the buyer at its next sync."""
    from headoffice import directives
    from headoffice.cli import main

    headoffice.connect(till_a)
    cycle(till_a)
    backup = copy_home(till_a, tmp_path / "backup")
    privacy.destroy_buyer(till_a.ctx(), regular, reason="buyer's request", expressed_by="buyer")
    with monkeypatch.context() as old_headoffice:
        old_headoffice.setattr(directives, "replay_destruction", lambda *a, **k: None)
        cycle(till_a)
    assert destruction_directives(headoffice, regular) == []

    for name, value in headoffice.env.items():
        monkeypatch.setenv(name, value)
    assert main(["migrate"]) == 0
    assert "1 destructions sent back" in capsys.readouterr().out
    assert main(["migrate"]) == 0  # once only
    assert "sent back" not in capsys.readouterr().out

    restored = restore(till_a, backup)
    report = cycle(restored)
    assert report.outcomes == {"applied": 1}
    with pytest.raises(NotFound):
        get_buyer(restored.ctx(restored.manager), regular)
