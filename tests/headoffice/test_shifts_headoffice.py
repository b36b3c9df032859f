"""After `pos sync`, head office holds each store's shifts with their Z totals, and
`pos-headoffice shifts list` shows them; a malformed shift event is refused alone."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from pydantic import BaseModel

from headoffice.cli import main
from pos.domain.enums import PaymentMethod
from pos.domain.shifts import CashMoveKind
from pos.services.sales import LineInput, NewSale, record_sale
from pos.services.shifts import close_shift, move_cash
from protocol.wire import (
    CashMovedBody,
    EventStatus,
    ShiftClosedBody,
    ShiftOpenedBody,
    ShiftTotalsBody,
)
from sync.client import ClientConfig, HeadOfficeClient
from tests.support.cli import pos_here
from tests.support.headoffice import HeadOffice
from tests.support.tills import TillFixture


@pytest.fixture
def env(headoffice: HeadOffice, monkeypatch: pytest.MonkeyPatch) -> HeadOffice:
    for name, value in headoffice.env.items():
        monkeypatch.setenv(name, value)
    return headoffice


def test_head_office_holds_the_shift_and_its_z_totals_after_pos_sync(
    env: HeadOffice, till_a: TillFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    env.connect(till_a)
    ctx = till_a.ctx(till_a.cashier)  # the template's shift: opened by the cashier, no float
    for total, method in ((150_000, PaymentMethod.CASH), (1_250_000, PaymentMethod.CARD)):
        record_sale(ctx, NewSale(lines=(LineInput("Чайник", 1, total),), payment=method))
    move_cash(ctx, CashMoveKind.IN, 2_000_000, "размен")
    z = close_shift(ctx, 2_140_000)
    assert z.difference_tiyn == -10_000

    synced = pos_here(till_a.paths.home, "sync", "--once", key=till_a.key)
    assert synced.code == 0, synced.err

    capsys.readouterr()
    assert main(["shifts", "list", "--store", "ALM-01"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "1 shifts"
    fields = lines[0].split("\t")
    assert fields[0] == "ALM-01" and fields[2] == f"shift {z.number}"
    assert fields[4].startswith("closed ")
    assert fields[5:] == [
        "float 0,00",
        "sales 2 14000,00 (card 12500,00 cash 1500,00)",
        "returns 0 0,00",
        "by VAT rate 16% 14000,00",  # no rate given: the standard rate of the day
        "VAT 16% 1931,04",  # 206,90 + 1 724,14, each line rounded to the tiyn
        "cash in 20000,00",
        "cash out 0,00",
        "expected 21500,00",
        "counted 21400,00",
        "difference -100,00",
    ]
    assert main(["shifts", "list", "--store", "AST-01"]) == 0
    assert capsys.readouterr().out.splitlines() == ["0 shifts"]


def test_a_malformed_shift_close_is_rejected_alone(headoffice: HeadOffice) -> None:
    token = headoffice.add_store("ALM-01")
    now = dt.datetime.now(dt.UTC).isoformat()
    bad = {
        "id": str(uuid.uuid4()),
        "register_id": str(uuid.uuid4()),
        "seq": 1,
        "type": "shift.closed",
        "payload": {"shift_id": str(uuid.uuid4()), "number": 1},
        "created_at": now,
    }
    client = HeadOfficeClient(ClientConfig(url=headoffice.url, token=token, store_code="ALM-01"))
    [answer] = client.push([bad]).results
    assert answer.status is EventStatus.REJECTED
    assert (answer.reason or "").startswith("shift.closed payload: ")


def test_another_store_cannot_close_or_move_cash_in_a_stores_shift(
    env: HeadOffice, capsys: pytest.CaptureFixture[str]
) -> None:
    at = dt.datetime.now(dt.UTC)
    shift_id, register_a, register_b = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    totals = ShiftTotalsBody(
        float_tiyn=0,
        sales_count=9,
        sales_tiyn=9_900_000,
        sales_by_method={"cash": 9_900_000},
        refunds_count=0,
        refunds_tiyn=0,
        refunds_by_method={},
        discounts_tiyn=0,
        vat_by_rate={},
        cash_in_tiyn=0,
        cash_in_count=0,
        cash_out_tiyn=0,
        cash_out_count=0,
        expected_cash_tiyn=9_900_000,
    )

    def event(register: uuid.UUID, seq: int, kind: str, body: BaseModel) -> dict[str, object]:
        return {
            "id": str(uuid.uuid4()),
            "register_id": str(register),
            "seq": seq,
            "type": kind,
            "payload": body.model_dump(mode="json"),
            "created_at": at.isoformat(),
        }

    opened = ShiftOpenedBody(
        shift_id=shift_id, number=1, register_id=register_a, opened_at=at, float_tiyn=500_000
    )
    forged_close = ShiftClosedBody(
        shift_id=shift_id,
        number=1,
        register_id=register_a,
        opened_at=at,
        closed_at=at,
        counted_tiyn=0,
        expected_tiyn=9_900_000,
        difference_tiyn=-9_900_000,
        totals=totals,
    )
    forged_move = CashMovedBody(
        move_id=uuid.uuid4(), shift_id=shift_id, number=1, kind="out", amount_tiyn=1,
        reason="x", at=at,
    )  # fmt: skip
    for code, batch in (
        ("ALM-01", [event(register_a, 1, "shift.opened", opened)]),
        (
            "AST-01",
            [
                event(register_b, 1, "shift.closed", forged_close),
                event(register_b, 2, "cash.moved", forged_move),
            ],
        ),
    ):
        token = env.add_store(code)
        client = HeadOfficeClient(ClientConfig(url=env.url, token=token, store_code=code))
        assert {a.status for a in client.push(batch).results} == {EventStatus.STORED}

    capsys.readouterr()
    assert main(["shifts", "list"]) == 0
    only, count = capsys.readouterr().out.splitlines()
    fields = only.split("\t")
    assert fields[:3] == ["ALM-01", str(register_a), "shift 1"] and count == "1 shifts"
    assert fields[4:] == ["open", "float 5000,00", "cash moves 0"]
