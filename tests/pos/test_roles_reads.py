"""Roles in every service, reads included (BRIEF 11, issue 12): the head-office credential,
directive application, outbox payloads, a buyer's full fields, slip reprints and access
reports each need their role; every search that shows buyers is audited without its text.
Each test fails if its rule is taken out of the service layer."""

from __future__ import annotations

import ast
import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select

from pos.domain.buyer import BuyerData
from pos.domain.codes import Code
from pos.domain.consent import buyer_gap
from pos.domain.enums import PaymentMethod, Role
from pos.domain.errors import PermissionDenied
from pos.domain.masking import mask_document, mask_iin, mask_phone
from pos.domain.minimization import BUYER_FIELDS, SaleNeeds
from pos.domain.visibility import FULL_FROM, MASKS, secret_fields, visible_buyer
from pos.services import documents, privacy, settings, sync_state
from pos.services.buyers import find_buyers, get_buyer
from pos.services.consents import ConsentDraft, record_consent
from pos.services.context import Actor, ServiceContext
from pos.services.credits import list_credits, outstanding
from pos.services.directives import DirectiveIn, apply_directive, headoffice_actor
from pos.services.reports import access_report
from pos.storage.models import AppliedDirective, AuditEntry, Buyer
from tests.support.tills import (
    DELIVERY,
    TillFixture,
    credit_buyer,
    delivery_buyer,
    installment_sale,
    register,
)

ROOT = Path(__file__).resolve().parents[2]
HO_LABELS = {"headoffice", "HEADOFFICE"}
FULL = SaleNeeds(PaymentMethod.INSTALLMENT, delivery=True, marketing=True)
TOKEN = "hoc1.secret-token-value"


def full_buyer() -> BuyerData:
    return credit_buyer(delivery_address="Алматы, ул. Жарокова, 12, кв. 5", email="nurlan@mail.kz")


def registered(till: TillFixture) -> tuple[uuid.UUID, BuyerData]:
    data = full_buyer()
    return register(till, data, FULL).buyer.id, data


def system(till: TillFixture) -> ServiceContext:
    """The till itself (`pos sync`, the window before sign-in)."""
    return ServiceContext(till.db, till.identity.system_actor())


@contextmanager
def refused(code: Code = Code.ROLE_NEEDED) -> Iterator[None]:
    with pytest.raises(PermissionDenied) as info:
        yield
    assert info.value.code is code, info.value


def audit_entries(till: TillFixture, action: str) -> list[AuditEntry]:
    with till.db.read_session() as s:
        return list(
            s.scalars(
                select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.seq)
            )
        )


# --- settings: the head-office credential ----------------------------------------------------


@pytest.fixture
def configured(till: TillFixture) -> TillFixture:
    settings.update(
        till.ctx(),
        settings.HEADOFFICE,
        {"url": "https://ho.example.kz", "token": TOKEN, "client_key": "/etc/pos/till.key"},
    )
    return till


@pytest.mark.parametrize("who", ["cashier", "manager"])
def test_only_a_store_admin_or_the_till_reads_the_head_office_credential(
    configured: TillFixture, who: str
) -> None:
    ctx = configured.ctx(getattr(configured, who))
    with refused():
        settings.read(ctx, settings.HEADOFFICE)
    with refused():
        sync_state.headoffice_settings(ctx)
    # What they may see of it: the address, never the token or the key file.
    value, withheld = settings.shown(ctx, settings.HEADOFFICE)
    assert value == {"url": "https://ho.example.kz"}
    assert withheld == ["client_key", "token"]
    assert TOKEN not in json.dumps(value)
    # The admin and the till's own sync read it.
    assert settings.read(configured.ctx(), settings.HEADOFFICE)["token"] == TOKEN
    assert sync_state.headoffice_settings(system(configured)).token == TOKEN


def test_the_settings_the_window_needs_stay_readable_by_a_cashier(
    configured: TillFixture,
) -> None:
    ctx = configured.ctx(configured.cashier)
    assert settings.read(ctx, settings.OPERATOR)["bin"]  # printed on every slip
    assert settings.read(ctx, settings.LANGUAGE)["ui"]
    assert "url" in settings.read(ctx, settings.PRINTER)
    # The status bar: backlog and "configured", nothing of the credential.
    status = sync_state.status(ctx)
    assert status.configured and TOKEN not in repr(status)
    assert secret_fields(settings.HEADOFFICE) >= {"token", "client_key", "client_cert"}


# --- directives: only head office's sync applies one --------------------------------------------


@pytest.mark.parametrize("who", ["cashier", "manager", "admin", "system"])
def test_no_staff_member_applies_a_directive(till: TillFixture, who: str) -> None:
    buyer_id = register(till, delivery_buyer(), DELIVERY).buyer.id
    ctx = system(till) if who == "system" else till.ctx(getattr(till, who))
    directive = DirectiveIn(
        uuid.uuid4(), "destruction", {"buyer_id": str(buyer_id), "reason": "officer decision"}
    )
    with refused(Code.DIRECTIVE_SYNC_ONLY):
        apply_directive(ctx, directive)
    with till.db.read_session() as s:
        assert s.get(Buyer, buyer_id) is not None
        assert s.get(AppliedDirective, directive.id) is None
    assert not audit_entries(till, "directive.applied")
    assert not [e for e in audit_entries(till, "buyer.destroyed") if e.actor == "headoffice"]


def test_head_offices_actor_destroys_and_is_audited_as_head_office(till: TillFixture) -> None:
    buyer_id = register(till, delivery_buyer(), DELIVERY).buyer.id
    ctx = till.ctx().as_actor(headoffice_actor(till.ctx()))
    result = apply_directive(
        ctx,
        DirectiveIn(
            uuid.uuid4(), "destruction", {"buyer_id": str(buyer_id), "reason": "officer decision"}
        ),
    )
    assert result.outcome.value == "applied"
    with till.db.read_session() as s:
        assert s.get(Buyer, buyer_id) is None
    assert [e.actor for e in audit_entries(till, "directive.applied")] == ["headoffice"]


def test_only_the_sync_worker_makes_head_offices_actor() -> None:
    """The service refuses every actor but head office's; this keeps that actor made in one
    place, the worker that pulled the directive from head office."""
    makers: set[str] = set()
    for folder in ("pos", "sync", "till", "ui", "printing", "headoffice", "protocol"):
        for path in (ROOT / folder).rglob("*.py"):
            where = path.relative_to(ROOT).as_posix()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Name | ast.Attribute):
                    name = node.id if isinstance(node, ast.Name) else node.attr
                    if name == "headoffice_actor":
                        makers.add(where)
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Actor":
                    labels = [a for a in node.args if isinstance(a, ast.Constant | ast.Name)]
                    if any(getattr(a, "value", getattr(a, "id", "")) in HO_LABELS for a in labels):
                        makers.add(where)
    assert makers == {"pos/services/directives.py", "sync/worker.py"}


# --- outbox payloads --------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["cashier", "manager"])
def test_outbox_payloads_are_for_the_till_and_a_store_admin(till: TillFixture, who: str) -> None:
    _, data = registered(till)
    ctx = till.ctx(getattr(till, who))
    with refused():
        sync_state.pending_events(ctx, 0, 100)
    with refused():
        sync_state.pending_raw(ctx, 0, 100)
    assert sync_state.status(ctx).backlog > 0  # counts stay visible (the status bar)
    for allowed in (till.ctx(), system(till)):
        raw = sync_state.pending_raw(allowed, 0, 100)
        assert any(str(data.iin) in item.payload_json for item in raw)
        assert sync_state.pending_events(allowed, 0, 100)


# --- a buyer's fields ----------------------------------------------------------------------------


def test_a_cashier_sees_a_buyer_masked_and_a_manager_in_full(till: TillFixture) -> None:
    buyer_id, data = registered(till)
    seen = get_buyer(till.ctx(till.cashier), buyer_id)
    d = seen.data
    assert (d.surname, d.given_name, d.patronymic) == ("Ахметов", "Нурлан", "Серикович")
    assert d.iin == mask_iin(data.iin) and d.iin != data.iin
    assert d.phone == mask_phone("+77771234567")
    assert d.id_doc_number == mask_document(data.id_doc_number) == "*******89"
    assert d.email == "n***@mail.kz"
    assert d.delivery_address == "А***" and d.registration_address == "А***"
    assert d.id_doc_issuer == "М***" and d.id_doc_type == "id_card"
    assert d.birth_date is None and d.id_doc_issue_date is None
    assert set(seen.masked) == set(BUYER_FIELDS) - {
        "surname",
        "given_name",
        "patronymic",
        "id_doc_type",
    }
    text = repr(seen)
    for secret in (data.iin, "1234567", "045123789", "Жарокова", "Республики", "nurlan@"):
        assert str(secret) not in text, secret
    # All held fields are still known to be held: the window asks for none of them again.
    assert seen.held_fields() == data.given_fields()
    for who in ("manager", "admin"):
        full = get_buyer(till.ctx(getattr(till, who)), buyer_id)
        assert full.masked == ()
        assert full.data.iin == data.iin and full.data.id_doc_number == "045123789"
        assert full.data.birth_date == data.birth_date
    viewed = audit_entries(till, "buyer.viewed")
    assert [e.fields for e in viewed] == [["masked"], [], []]
    assert viewed[0].actor == till.cashier.label


def test_a_consent_recorded_by_a_cashier_hands_back_the_masked_buyer(till: TillFixture) -> None:
    recorded = record_consent(
        till.ctx(till.cashier), ConsentDraft(needs=DELIVERY, buyer=delivery_buyer())
    )
    assert recorded.buyer.data.phone == "+7701*****34"
    assert recorded.buyer.data.delivery_address == "А***"
    assert recorded.buyer.display_name == "Нурланова Асель"  # to greet the buyer


def test_the_window_decides_a_consent_alike_from_a_masked_view(till: TillFixture) -> None:
    buyer_id, _ = registered(till)
    today = till.ctx().clock().date()
    masked = get_buyer(till.ctx(till.cashier), buyer_id)
    full = get_buyer(till.ctx(till.manager), buyer_id)
    for needs in (DELIVERY, FULL, SaleNeeds(PaymentMethod.CREDIT, insurance=True)):
        assert buyer_gap(masked, needs, today) == buyer_gap(full, needs, today)


def test_every_buyer_field_has_a_visibility_rule() -> None:
    """A field added later is not shown in full to a cashier by forgetting it here."""
    assert set(FULL_FROM) == set(BUYER_FIELDS)
    data = full_buyer()
    shown, masked = visible_buyer(data, Role.CASHIER)
    for name in masked:
        value = getattr(shown, name)
        assert value is None or (name in MASKS and value != getattr(data, name)), name
    assert visible_buyer(data, Role.SALES_MANAGER) == (data, ())


def test_the_access_report_and_a_slip_reprint_are_a_sales_managers(till: TillFixture) -> None:
    recorded = register(till, full_buyer(), FULL)
    buyer_id, consent_id = recorded.buyer.id, recorded.consent_id
    cashier = till.ctx(till.cashier)
    with refused():
        access_report(cashier, buyer_id)
    with refused():
        documents.consent_slip(cashier, consent_id)
    assert not audit_entries(till, "buyer.access_report")
    assert not audit_entries(till, "consent.slip_reprinted")
    # For the buyer themselves, in full: it is their own data.
    report = access_report(till.ctx(till.manager), buyer_id)
    assert report.buyer.data.iin == full_buyer().iin and report.buyer.masked == ()
    assert documents.consent_slip(till.ctx(till.manager), consent_id).copy


# --- searches ---------------------------------------------------------------------------------


def test_every_search_a_cashier_runs_is_audited_without_its_text(till: TillFixture) -> None:
    names = ["Асель", "Айгерим", "Алия"]
    for i, name in enumerate(names):
        register(till, delivery_buyer(given_name=name, phone=f"+7 701 555 12 3{i}"), DELIVERY)
    cashier = till.ctx(till.cashier)
    before = len(audit_entries(till, "buyer.searched"))
    queries = ["Нурланова", "+7 701 555 12 31", "Зарина", "5551230"]
    counts = [len(find_buyers(cashier, q, limit=50)) for q in queries]
    assert counts == [3, 1, 0, 1]
    entries = audit_entries(till, "buyer.searched")[before:]
    assert [e.actor for e in entries] == [till.cashier.label] * 4
    assert [[f for f in e.fields if f.startswith("count:")] for e in entries] == [
        ["count:3"],
        ["count:1"],
        ["count:0"],
        ["count:1"],
    ]
    stored = json.dumps([[e.entities, e.fields] for e in entries], ensure_ascii=False)
    for q in (*queries, "Нурлан", "555", "Зарин"):
        assert q not in stored, q


def test_the_till_itself_searches_and_opens_no_one(till: TillFixture) -> None:
    buyer_id = register(till, delivery_buyer(), DELIVERY).buyer.id
    for actor in (till.identity.system_actor(), headoffice_actor(till.ctx())):
        ctx = ServiceContext(till.db, actor)
        with refused(Code.STAFF_ONLY):
            find_buyers(ctx, "Нурланова")
        with refused(Code.STAFF_ONLY):
            get_buyer(ctx, buyer_id)
    assert isinstance(till.cashier, Actor) and till.cashier.is_staff


def test_what_a_buyer_owes_is_a_sales_managers_to_read(till: TillFixture) -> None:
    buyer_id, _ = registered(till)
    installment_sale(till, buyer_id)
    credit = list_credits(till.ctx(till.manager), buyer_id=buyer_id)[0]
    cashier = till.ctx(till.cashier)
    with refused():
        privacy.withdrawal_blockers(cashier, buyer_id, None)
    with refused():
        outstanding(cashier, credit.id)
    manager = till.ctx(till.manager)
    assert privacy.withdrawal_blockers(manager, buyer_id, None)  # the installment blocks
    assert outstanding(manager, credit.id) == credit.outstanding_tiyn > 0
