"""Head office trusts a store only for its own buyers (BRIEF 11, issue 12).

A store's withdrawal, refusal or destruction reaches another store only for a buyer it
registered with a consent of its own first, matched by IIN (never by phone alone); every
propagation is audited, and past a daily threshold held for an officer's review. A store
acknowledges only its own registers' directives. Two real tills against the real service.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import pytest
import requests
from sqlalchemy import select

from headoffice.accounts import add_officer
from headoffice.cli import main
from headoffice.directives import publish_policy
from headoffice.models import (
    DirectiveAckRow,
    DirectiveRow,
    HeldPropagation,
    OfficerAudit,
    Store,
)
from pos.domain.enums import Purpose, Sex
from pos.domain.errors import NotFound
from pos.services import privacy, sync_state
from pos.services.buyers import get_buyer
from sync.worker import SyncWorker
from tests.support.headoffice import HeadOffice
from tests.support.tills import (
    CREDIT,
    DELIVERY,
    TillFixture,
    credit_buyer,
    delivery_buyer,
    register,
    valid_iin,
)

BIRTH = dt.date(1990, 5, 17)  # credit_buyer()'s
OFFICER, PASSWORD = "P. Officer", "officer-test-password-2"


def cycle(till: TillFixture) -> tuple[int, dict[str, int]]:
    report = SyncWorker(till.ctx()).run_cycle()
    assert report.ok, report.error
    return report.pulled, report.outcomes


def purposes(till: TillFixture, buyer_id: uuid.UUID) -> dict[str, str]:
    view = get_buyer(till.ctx(till.manager), buyer_id)
    return {p.purpose.value: p.state.value for p in view.purposes}


def push(ho: HeadOffice, token: str, code: str, events: list[dict[str, Any]]) -> list[str]:
    response = requests.post(
        f"{ho.url}/v1/stores/{code}/events",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        data=json.dumps({"events": events}),
        timeout=10,
    )
    assert response.status_code == 200, response.text
    return [r["status"] for r in response.json()["results"]]


def forged(
    seq: int, kind: str, buyer: uuid.UUID, payload: dict[str, Any], register: uuid.UUID
) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "register_id": str(register),
        "seq": seq,
        "type": kind,
        "buyer_id": str(buyer),
        "payload": {"buyer_id": str(buyer), **payload},
        "created_at": dt.datetime.now(dt.UTC).isoformat(),
    }


def audit(ho: HeadOffice, action: str) -> list[OfficerAudit]:
    with ho.db.session() as s:
        return list(
            s.scalars(
                select(OfficerAudit).where(OfficerAudit.action == action).order_by(OfficerAudit.seq)
            )
        )


# The requests a store can make about a buyer, as its till sends them.
REQUESTS: dict[str, tuple[str, dict[str, Any]]] = {
    "destruction": ("buyer.destroyed", {"cause": "request", "at": "2026-11-26T00:00:00+00:00"}),
    "full withdrawal": ("consent.withdrawn", {"purposes": ["sale", "credit"], "full": True}),
    "refusal": ("buyer.restricted", {"reference": "LETTER-1", "withdrawn": ["sale"]}),
}


@pytest.mark.parametrize("consent", ["none", "after the request"])
@pytest.mark.parametrize("request_kind", sorted(REQUESTS))
def test_a_forged_buyer_with_another_stores_iin_reaches_nothing(
    headoffice: HeadOffice,
    till_a: TillFixture,
    till_b: TillFixture,
    request_kind: str,
    consent: str,
) -> None:
    token_a = headoffice.connect(till_a)
    headoffice.connect(till_b)
    person = credit_buyer()
    buyer_b = register(till_b, person, CREDIT).buyer.id
    cycle(till_b)

    # Store A makes up a buyer carrying only B's buyer's IIN, then asks for them.
    fake, rid = uuid.uuid4(), uuid.uuid4()
    kind, payload = REQUESTS[request_kind]
    events = [
        forged(1, "buyer.registered", fake, {"data": {"iin": person.iin}}, rid),
        forged(2, kind, fake, payload, rid),
    ]
    if consent == "after the request":
        events.append(forged(3, "consent.given", fake, {"purposes": ["sale", "credit"]}, rid))
    assert push(headoffice, token_a, "ALM-01", events) == ["stored"] * len(events)

    assert cycle(till_b) == (0, {})
    assert purposes(till_b, buyer_b) == {"sale": "given", "credit": "given"}
    with headoffice.db.session() as s:
        to_b = s.scalars(
            select(DirectiveRow)
            .join(Store, Store.id == DirectiveRow.store_pk)
            .where(Store.code == "AST-01")
        ).all()
    assert to_b == []
    refused = audit(headoffice, "propagation_refused")
    assert len(refused) == 1
    assert refused[0].officer == "store:ALM-01"
    assert refused[0].detail["would_reach"] == 1
    assert audit(headoffice, "propagation") == []


def test_a_phone_alone_sends_no_full_withdrawal_to_another_store(
    headoffice: HeadOffice, till_a: TillFixture, till_b: TillFixture
) -> None:
    token_a = headoffice.connect(till_a)
    headoffice.connect(till_b)
    buyer_b = register(till_b, delivery_buyer(), DELIVERY).buyer.id
    cycle(till_b)
    # Even with a consent of A's own first: a phone number links nothing for a store.
    fake, rid = uuid.uuid4(), uuid.uuid4()
    events = [
        forged(1, "buyer.registered", fake, {"data": {"phone": "+77015551234"}}, rid),
        forged(2, "consent.given", fake, {"purposes": ["sale", "delivery"]}, rid),
        forged(3, "consent.withdrawn", fake, {"purposes": ["sale", "delivery"], "full": True}, rid),
        forged(4, "buyer.destroyed", fake, {"cause": "withdrawal"}, rid),
    ]
    assert push(headoffice, token_a, "ALM-01", events) == ["stored"] * 4
    assert cycle(till_b) == (0, {})
    assert purposes(till_b, buyer_b) == {"sale": "given", "delivery": "given"}
    assert audit(headoffice, "propagation") == []


def test_a_buyer_who_signed_at_both_stores_still_propagates_and_is_audited(
    headoffice: HeadOffice, till_a: TillFixture, till_b: TillFixture
) -> None:
    headoffice.connect(till_a)
    headoffice.connect(till_b)
    person = credit_buyer()
    buyer_a = register(till_a, person, CREDIT).buyer.id
    buyer_b = register(till_b, person, CREDIT).buyer.id
    cycle(till_a)
    cycle(till_b)

    privacy.withdraw(till_a.ctx(till_a.manager), buyer_a, [Purpose.CREDIT], reference="REQ-31")
    cycle(till_a)
    assert cycle(till_b) == (1, {"applied": 1})
    assert purposes(till_b, buyer_b) == {"sale": "given", "credit": "withdrawn"}
    sent = audit(headoffice, "propagation")
    assert len(sent) == 1
    assert sent[0].officer == "store:ALM-01"
    assert sent[0].detail["store"] == "ALM-01"
    assert sent[0].detail["reference"] == "REQ-31"
    assert sent[0].detail["kind"] == "withdrawal"
    assert sent[0].detail["event_id"] and sent[0].detail["directive"]

    # A destruction another buyer asked A for reaches B too (the first one's IIN went
    # with the credit purpose: nothing links them any more).
    other = credit_buyer(iin=valid_iin(BIRTH, Sex.MALE, 3001))
    other_a = register(till_a, other, CREDIT).buyer.id
    other_b = register(till_b, other, CREDIT).buyer.id
    cycle(till_a)
    cycle(till_b)
    privacy.destroy_buyer(
        till_a.ctx(till_a.admin), other_a, reason="the buyer asked", expressed_by="buyer"
    )
    cycle(till_a)
    assert cycle(till_b) == (1, {"applied": 1})
    with pytest.raises(NotFound):
        get_buyer(till_b.ctx(till_b.manager), other_b)
    assert purposes(till_b, buyer_b) == {"sale": "given", "credit": "withdrawn"}
    assert [a.detail["kind"] for a in audit(headoffice, "propagation")] == [
        "withdrawal",
        "destruction",
    ]


def _signed_in(monkeypatch: pytest.MonkeyPatch, ho: HeadOffice) -> None:
    for name, value in ho.env.items():
        monkeypatch.setenv(name, value)
    add_officer(ho.db, OFFICER, PASSWORD, dt.datetime.now(dt.UTC), by=None)
    monkeypatch.setenv("HEADOFFICE_OFFICER", OFFICER)
    monkeypatch.setenv("HEADOFFICE_OFFICER_PASSWORD", PASSWORD)


def test_past_the_daily_threshold_propagations_wait_for_an_officers_review(
    headoffice: HeadOffice,
    till_a: TillFixture,
    till_b: TillFixture,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _signed_in(monkeypatch, headoffice)
    monkeypatch.setenv("HEADOFFICE_PROPAGATIONS_PER_DAY", "1")
    headoffice.connect(till_a)
    headoffice.connect(till_b)
    pairs = []
    for serial in (2001, 2101, 2201):
        person = credit_buyer(iin=valid_iin(BIRTH, Sex.MALE, serial))
        pairs.append(
            (register(till_a, person, CREDIT).buyer.id, register(till_b, person, CREDIT).buyer.id)
        )
    cycle(till_a)
    cycle(till_b)
    for buyer_a, _ in pairs:
        privacy.withdraw(till_a.ctx(till_a.manager), buyer_a, [Purpose.CREDIT], reference="R")
    cycle(till_a)

    # The first goes; the other two are held, and not sent.
    assert cycle(till_b) == (1, {"applied": 1})
    assert [purposes(till_b, b)["credit"] for _, b in pairs] == ["withdrawn", "given", "given"]
    assert main(["review", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "2 held propagation(s)"
    held = [int(line.split("\t")[0]) for line in lines[:-1]]
    assert all("from ALM-01\tto AST-01\twithdrawal" in line for line in lines[:-1])

    # Held propagations are a head-office anomaly: one incident draft for the store (K14).
    assert main(["incidents", "list"]) == 0
    drafts = [line for line in capsys.readouterr().out.splitlines() if "\tALM-01\t" in line]
    assert len(drafts) == 1
    assert "store ALM-01 asked for more than 1 propagations" in drafts[0]
    assert "\theadoffice\tdraft\t" in drafts[0]

    assert main(["review", "approve", str(held[0])]) == 0
    assert capsys.readouterr().out.strip().endswith("approved and sent")
    assert main(["review", "reject", str(held[1])]) == 0
    assert main(["review", "approve", str(held[1])]) == 1
    assert "already rejected" in capsys.readouterr().err
    assert cycle(till_b) == (1, {"applied": 1})
    assert [purposes(till_b, b)["credit"] for _, b in pairs] == ["withdrawn", "withdrawn", "given"]
    assert cycle(till_b) == (0, {})
    with headoffice.db.session() as s:
        statuses = sorted(s.scalars(select(HeldPropagation.status)))
    assert statuses == ["approved", "rejected"]
    assert [a.officer for a in audit(headoffice, "review_approved")] == [OFFICER]
    assert main(["review", "list"]) == 0
    assert capsys.readouterr().out.strip() == "0 held propagation(s)"


def test_a_store_cannot_acknowledge_a_policy_directive_for_another_stores_register(
    headoffice: HeadOffice, till_a: TillFixture, till_b: TillFixture
) -> None:
    token_a = headoffice.connect(till_a)
    headoffice.connect(till_b)
    cycle(till_b)  # B's register is known to head office as B's
    with headoffice.db.session() as s, s.begin():
        policy = publish_policy(
            headoffice.db,
            s,
            "Policy C, published for the acknowledgement test.\n",
            label="C",
            effective=dt.date(2026, 12, 1),
            language="ru",
            issued_by="test",
            now=dt.datetime.now(dt.UTC),
        )
        policy_id, policy_seq = policy.id, policy.seq
    register_b = sync_state.headoffice_settings(till_b.ctx()).register_id
    answer = requests.post(
        f"{headoffice.url}/v1/stores/ALM-01/directives/acks",
        headers={"Authorization": f"Bearer {token_a}"},
        json={
            "acks": [
                {
                    "directive_id": str(policy_id),
                    "register_id": str(register_b),
                    "outcome": "refused",
                    "detail": "forged by A",
                    "applied_at": dt.datetime.now(dt.UTC).isoformat(),
                }
            ]
        },
        timeout=10,
    ).json()
    assert answer["results"] == [
        {
            "directive_id": str(policy_id),
            "accepted": False,
            "reason": "that register is not this store's",
        }
    ]
    # B's own answer is the one kept.
    assert cycle(till_b)[1] == {"applied": 1}
    with headoffice.db.session() as s:
        kept = s.scalars(
            select(DirectiveAckRow).where(DirectiveAckRow.directive_seq == policy_seq)
        ).all()
    assert [(a.register_id, a.outcome) for a in kept] == [(register_b, "applied")]
