"""Anonymization that holds (policy 1.11): after a buyer's destruction nothing kept at the
till or at head office leads from what the person or their paper carries (the consent
number on the signed slip, a disclosure, a request, a receipt) to their sales.

The check is an adversary's: every row of every table of the decrypted till database and
of the head-office database is a node; two rows are linked when they name the same id.
Ids every row shares (the store, register, staff, policy, products) are not links. Before
the destruction the consent number reaches the buyer's sales (so the search can see a
path); after it, no seed reaches any sale but the receipt's own.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select

from headoffice.models import Base as HOBase
from pos.domain.enums import PaymentMethod
from pos.domain.views import SaleView
from pos.services import privacy
from pos.services.credits import outstanding
from pos.services.reports import access_report
from pos.services.sales import CreditTerms, LineInput, NewSale, record_credit_payment, record_sale
from pos.storage.audit import buyer_entries, verify_chain
from sync.worker import SyncWorker
from tests.support.cli import pos_here
from tests.support.headoffice import HeadOffice
from tests.support.tills import CREDIT, TillFixture, credit_buyer, register

# A UUID as text (hyphenated) or as SQLite stores it (32 hex digits), not part of a hash.
_UUID = re.compile(
    r"(?<![0-9a-f])[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}(?![0-9a-f])",
    re.IGNORECASE,
)
# A shift, like a register or a staff member, joins every buyer's sales of a day alike.
_SHARED_TABLES = ("stores", "registers", "staff", "policy_versions", "products", "shifts")

Row = frozenset[uuid.UUID]


def _ids(values: Iterable[object]) -> Row:
    return frozenset(uuid.UUID(m) for v in values for m in _UUID.findall(str(v)))


def till_rows(till: TillFixture) -> dict[str, list[Row]]:
    """Every row of every table of the decrypted till file, as the ids it names."""
    out: dict[str, list[Row]] = {}
    with till.db.connection() as c:
        tables = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            out[table] = [_ids(row) for row in c.execute(f'SELECT * FROM "{table}"')]
    return out


def headoffice_rows(ho: HeadOffice) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    with ho.db.session() as s:
        for table in HOBase.metadata.sorted_tables:
            out[f"ho.{table.name}"] = [_ids(row) for row in s.execute(select(table))]
    return out


def shared_ids(rows: dict[str, list[Row]]) -> set[uuid.UUID]:
    return {i for t in _SHARED_TABLES for row in rows.get(t, []) for i in row}


def paths(
    rows: dict[str, list[Row]], seeds: set[uuid.UUID], hubs: set[uuid.UUID]
) -> dict[uuid.UUID, list[str]]:
    """Every id reachable from `seeds` through rows that name two ids at once, with the
    tables the path went through (to say where a link survived)."""
    found: dict[uuid.UUID, list[str]] = {s: [] for s in seeds}
    todo = list(seeds)
    index: dict[uuid.UUID, list[tuple[str, Row]]] = {}
    for table, table_rows in rows.items():
        for row in table_rows:
            for i in row - hubs:
                index.setdefault(i, []).append((table, row))
    while todo:
        token = todo.pop()
        for table, row in index.get(token, []):
            for other in row - hubs - found.keys():
                found[other] = [*found[token], table]
                todo.append(other)
    return found


def reachable(
    rows: dict[str, list[Row]], seeds: set[uuid.UUID], hubs: set[uuid.UUID]
) -> set[uuid.UUID]:
    return set(paths(rows, seeds, hubs))


def assert_unreached(
    rows: dict[str, list[Row]],
    seed: uuid.UUID,
    hubs: set[uuid.UUID],
    targets: set[uuid.UUID],
    what: str,
) -> None:
    found = paths(rows, {seed}, hubs)
    hit = {t: found[t] for t in targets if t in found}
    assert not hit, f"{what}: path through {list(hit.values())}"


def credit_sale(
    till: TillFixture, buyer_id: uuid.UUID, consent_id: uuid.UUID, total: int
) -> SaleView:
    return record_sale(
        till.ctx(till.manager),
        NewSale(
            lines=(LineInput("Смартфон", 1, total, category="phones"),),
            payment=PaymentMethod.CREDIT,
            buyer_id=buyer_id,
            consent_id=consent_id,
            credit=CreditTerms("Halyk Bank", "0-0-12", 6, down_payment_tiyn=0),
        ),
    )


def cycle(till: TillFixture) -> None:
    report = SyncWorker(till.ctx()).run_cycle()
    assert report.ok, report.error


def test_nothing_leads_from_a_destroyed_buyers_paper_to_their_sales(
    headoffice: HeadOffice, till: TillFixture, tmp_path: Path
) -> None:
    headoffice.connect(till)
    recorded = register(till, credit_buyer(), CREDIT)
    buyer_id, consent_id = recorded.buyer.id, recorded.consent_id
    # As at the counter: the sale names the consent signed for it.
    sales = [
        credit_sale(till, buyer_id, consent_id, 30_000_000),
        credit_sale(till, buyer_id, consent_id, 9_000_000),
    ]
    for s in sales:
        assert s.credit is not None and s.consent_id == consent_id
        credit = s.credit
        record_credit_payment(till.ctx(till.manager), credit.id, outstanding(till.ctx(), credit.id))
    report = access_report(till.ctx(till.manager), buyer_id)
    disclosures = {d.id for d in report.disclosures}
    assert len(disclosures) == 2  # one to the bank per installment
    sale_ids = {s.id for s in sales}
    cycle(till)

    # Before: the consent number leads to both sales, here and at head office.
    rows = till_rows(till)
    hubs = shared_ids(rows)
    assert sale_ids <= reachable(rows, {consent_id}, hubs)
    ho_rows = headoffice_rows(headoffice)
    assert sale_ids <= reachable(ho_rows, {consent_id}, hubs)
    # While the buyer exists their sealed audit entries open with their key.
    with till.db.read_session() as session:
        opened = buyer_entries(session, buyer_id)
    assert {"consent.given", "disclosure.recorded"} <= {e.action for e in opened}
    assert any(e.entities.get("consent") == str(consent_id) for e in opened)

    privacy.destroy_buyer(till.ctx(), buyer_id, reason="заявление 15/2026", expressed_by="buyer")
    cycle(till)

    rows = till_rows(till)
    ho_rows = headoffice_rows(headoffice)
    with till.db.read_session() as session:
        requests = [r[0] for r in session.execute(select_requests())]
        assert buyer_entries(session, buyer_id) == []
        assert verify_chain(session).ok
    assert len(requests) == 2  # the access request and the destruction
    paper = {consent_id, *disclosures, *requests}
    for seed in paper:
        for where in (rows, ho_rows):
            assert_unreached(where, seed, hubs, sale_ids | {buyer_id}, "paper leads to a sale")
    for sale_id in sale_ids:  # a receipt leads to its own sale, and to nothing of the person
        for where in (rows, ho_rows):
            others = (sale_ids - {sale_id}) | paper | {buyer_id}
            assert_unreached(where, sale_id, hubs, others, "a receipt leads to the person")
    till.db.checkpoint()
    check = pos_here(till.paths.home, "check", key=till.key)
    assert check.code == 0, check.err
    assert "audit chain: ok" in check.out


def select_requests():  # type: ignore[no-untyped-def]
    from pos.storage.models import SubjectRequest

    return select(SubjectRequest.id)


# --- the key really goes: read the decrypted pages of the file ---------------------------

PAGE = 4096
RESERVE = 80  # SQLCipher 4: a 16-byte IV and a 64-byte HMAC at the end of every page


def decrypted_pages(path: Path, passphrase: str) -> bytes:
    """Every page of a SQLCipher 4 file (default settings), decrypted, free pages included."""
    import hashlib

    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    data = path.read_bytes()
    salt = data[:16]
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, 256_000, 32)
    out = []
    for start in range(0, len(data), PAGE):
        page = data[start : start + PAGE]
        body_from = 16 if start == 0 else 0
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        d = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(d.update(page[body_from : PAGE - RESERVE]) + d.finalize())
    return b"".join(out)


def test_destruction_removes_the_link_key_from_every_page_of_the_file(
    till: TillFixture,
) -> None:
    from pos.storage.models import BuyerLinkKey

    recorded = register(till, credit_buyer(), CREDIT)
    with till.db.read_session() as session:
        key = session.get_one(BuyerLinkKey, recorded.buyer.id).key
    till.db.checkpoint()
    pages = decrypted_pages(till.paths.db, till.key)
    assert b"SQLite format 3" not in pages[:16] and key in pages  # the reader works

    privacy.destroy_buyer(till.ctx(), recorded.buyer.id, reason="заявление 9", expressed_by="buyer")
    wal = Path(str(till.paths.db) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert key not in decrypted_pages(till.paths.db, till.key)
