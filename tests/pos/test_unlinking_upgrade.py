"""Upgrading a till to revision 0003 (issue 11): nothing is lost, and the audit entries
written before it, which named buyers and their consents in the clear, are sealed: a live
buyer's open with their new key, a destroyed buyer's never; the chain still verifies."""

from __future__ import annotations

import importlib
import json
import uuid

import pytest
from alembic import command
from sqlalchemy import func, select, text

from pos.services import privacy
from pos.services.credits import outstanding
from pos.services.sales import record_credit_payment
from pos.storage import audit
from pos.storage.migrate import _config, current_revision, head_revision, upgrade
from pos.storage.models import AuditEntry, BuyerLinkKey
from tests.support.cli import pos_here
from tests.support.tills import (
    CREDIT,
    DELIVERY,
    TillFixture,
    credit_buyer,
    delivery_buyer,
    installment_sale,
    register,
)

MIGRATION = importlib.import_module("pos.storage.migrations.versions.0003_unlinking")


def _counts(till: TillFixture) -> dict[str, int]:
    with till.db.connection() as c:
        tables = [
            r[0]
            for r in c.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " AND name != 'alembic_version'"
            )
        ]
        return {t: c.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _audit_text(till: TillFixture) -> str:
    with till.db.read_session() as s:
        return json.dumps([e.entities for e in s.scalars(select(AuditEntry))])


def test_upgrade_keeps_the_data_and_seals_the_old_links(
    till: TillFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Write as the app did before 0003: links in the clear, no slip kept.
    with monkeypatch.context() as m:
        m.setattr(audit, "linked_buyer", lambda *_a, **_k: None)
        m.setattr("pos.services.consents.keep_signed_slip", lambda *_a, **_k: None)
        kept = register(till, credit_buyer(), CREDIT)
        sale = installment_sale(till, kept.buyer.id)
        credit = sale.credit  # type: ignore[attr-defined]
        record_credit_payment(till.ctx(till.manager), credit.id, outstanding(till.ctx(), credit.id))
        gone = register(till, delivery_buyer(), DELIVERY)
        privacy.destroy_buyer(till.ctx(), gone.buyer.id, reason="заявление 3", expressed_by="buyer")
    cfg = _config()
    with till.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, MIGRATION.down_revision)
    assert current_revision(till.db) == MIGRATION.down_revision
    assert str(gone.consent_id) in _audit_text(till)  # the old link, in the clear
    before = _counts(till)

    upgrade(till.db)

    assert current_revision(till.db) == head_revision()  # through 0003, to the head
    after = _counts(till)
    assert {t: after[t] for t in before} == {**before, "audit_entries": before["audit_entries"] + 1}
    with till.db.read_session() as s:
        assert audit.verify_chain(s).ok
        given = s.scalars(select(AuditEntry).where(AuditEntry.action == "consent.given")).all()
        assert len(given) == 2 and all(set(e.entities) == {"sealed"} for e in given)
        opened = audit.buyer_entries(s, kept.buyer.id)
        assert any(e.entities.get("consent") == str(kept.consent_id) for e in opened)
        assert "disclosure.recorded" in {e.action for e in opened}
        assert audit.buyer_entries(s, gone.buyer.id) == []
        assert s.get(BuyerLinkKey, gone.buyer.id) is None
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        assert last.action == "audit.resealed"
        assert s.scalar(select(func.count()).select_from(BuyerLinkKey)) == 1
    blob = _audit_text(till)
    for old in (gone.consent_id, kept.consent_id, kept.buyer.id):
        assert str(old) not in blob and uuid.UUID(str(old)).hex not in blob
    assert str(gone.buyer.id) in blob  # buyer.destroyed stays readable: the fact and time
    till.db.checkpoint()
    check = pos_here(till.paths.home, "check", key=till.key)
    assert check.code == 0, check.err


def test_an_altered_chain_is_not_resealed(
    till: TillFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as m:
        m.setattr(audit, "linked_buyer", lambda *_a, **_k: None)
        m.setattr("pos.services.consents.keep_signed_slip", lambda *_a, **_k: None)
        register(till, delivery_buyer(), DELIVERY)
    cfg = _config()
    with till.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, MIGRATION.down_revision)
    with till.db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_entries_no_update"))
        conn.execute(text("UPDATE audit_entries SET actor = 'someone' WHERE seq = 2"))
    upgrade(till.db)
    with till.db.read_session() as s:
        report = audit.verify_chain(s)
        assert not report.ok and report.broken_seq == 2  # still named, not hidden
