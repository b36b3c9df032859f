"""The Webkassa adapter against the local stand-in: results, recovery and every fault."""

from __future__ import annotations

import dataclasses
import re
import zoneinfo

import pytest

from fiscal.webkassa import WebkassaAdapter, WebkassaConfig
from pos.domain.fiscal import (
    FiscalFault,
    FiscalKind,
    FiscalRequest,
    Payment,
    PaymentKind,
    Position,
    Problem,
    Unit,
)
from tests.fiscal.conftest import adapter_for
from tests.support.kkm_standin import REGISTRATION, KkmStandin


def sale(external: str, price: int = 199_050, cash: int | None = None) -> FiscalRequest:
    paid = price if cash is None else cash
    return FiscalRequest(
        kind=FiscalKind.SALE,
        external_id=external,
        positions=(Position("Молоко 3,2%", "4870001", 1000, Unit.PIECE, price, price, 0, 16),),
        payments=(Payment(PaymentKind.CASH, paid),),
        change_tiyn=paid - price,
    )


def test_a_sale_comes_back_with_its_fiscal_result_and_ticket_url(
    adapter: WebkassaAdapter,
) -> None:
    result = adapter.send(sale("a1", cash=200_000))
    assert result.fiscal_sign.isdigit()
    assert result.registration_number == REGISTRATION
    assert result.total_tiyn == 199_050
    assert result.shift_number == 1 and result.order_number == 1
    assert not result.offline
    # t= is the fiscal time on the cashbox's clock (yyyyMMddTHHmmss), the same moment the
    # adapter read from DateTime: a wrong time zone or format in either shows here.
    t = result.at.astimezone(zoneinfo.ZoneInfo("Asia/Almaty")).strftime("%Y%m%dT%H%M%S")
    assert re.fullmatch(
        rf"http://[^?]+\?i={result.fiscal_sign}&f={REGISTRATION}&s=1990\.50&t={t}",
        result.ticket_url,
    )


def test_a_whole_tenge_total_keeps_two_decimals_in_the_ticket_url(
    adapter: WebkassaAdapter,
) -> None:
    result = adapter.send(sale("a1", price=150_000))
    assert "&s=1500.00&" in result.ticket_url


def test_the_config_shows_no_secret() -> None:
    config = WebkassaConfig(
        url="http://127.0.0.1:1", cashbox="C", login="L", password="pw-123", api_key="key-456"
    )
    assert "pw-123" not in repr(config) and "key-456" not in repr(config)


def test_an_expired_token_is_renewed_once_and_the_call_repeated(
    kkm: KkmStandin, adapter: WebkassaAdapter
) -> None:
    adapter.send(sale("a1"))
    kkm.expire_tokens()
    adapter.send(sale("a2"))
    assert kkm.state.calls["/api/v4/Authorize"] == 2
    assert kkm.state.calls["/api/v4/check"] == 3  # a1; a2 refused with 2, then repeated


def test_a_wrong_password_is_a_settings_error(kkm: KkmStandin) -> None:
    a = adapter_for(kkm)
    a.config = dataclasses.replace(a.config, password="wrong")
    with pytest.raises(FiscalFault) as caught:
        a.send(sale("a1"))
    assert caught.value.problem is Problem.SETTINGS and caught.value.kkm_code == 1


def test_505_moves_to_the_alternative_host(kkm: KkmStandin, adapter: WebkassaAdapter) -> None:
    kkm.primary_down = True
    result = adapter.send(sale("a1"))
    assert result.fiscal_sign
    assert str(kkm.alt_port) in adapter._base
    assert adapter.send(sale("a2")).order_number == 2


def test_an_answer_lost_after_the_receipt_was_stored_is_found_by_our_id(
    kkm: KkmStandin, adapter: WebkassaAdapter
) -> None:
    kkm.fault("drop")
    with pytest.raises(FiscalFault) as caught:
        adapter.send(sale("lost-1"))
    assert caught.value.problem is Problem.UNREACHABLE
    found = adapter.lookup("lost-1")
    assert found is not None and found.total_tiyn == 199_050
    assert found.fiscal_sign == kkm.state.receipts["lost-1"].data["CheckNumber"]
    with pytest.raises(FiscalFault) as again:
        adapter.send(sale("lost-1"))
    assert again.value.problem is Problem.DUPLICATE and again.value.kkm_code == 14
    assert len(kkm.fiscal_receipts()) == 1


def test_a_document_never_fiscalized_is_not_found(adapter: WebkassaAdapter) -> None:
    assert adapter.lookup("never") is None


def test_a_slow_answer_times_out_and_lookup_recovers(kkm: KkmStandin) -> None:
    a = adapter_for(kkm, read_timeout=0.3)
    kkm.fault("slow", seconds=1.0)
    with pytest.raises(FiscalFault) as caught:
        a.send(sale("slow-1"))
    assert caught.value.problem is Problem.UNREACHABLE
    assert a.lookup("slow-1") is not None


def test_a_server_error_is_unreachable(kkm: KkmStandin, adapter: WebkassaAdapter) -> None:
    kkm.fault("5xx")
    with pytest.raises(FiscalFault) as caught:
        adapter.send(sale("a1"))
    assert caught.value.problem is Problem.UNREACHABLE and caught.value.kkm_code == 502
    assert kkm.fiscal_receipts() == []


def test_shift_rules_24h_and_72h_offline(kkm: KkmStandin, adapter: WebkassaAdapter) -> None:
    adapter.send(sale("a1"))
    kkm.advance(25)
    with pytest.raises(FiscalFault) as caught:
        adapter.send(sale("a2"))
    assert caught.value.problem is Problem.SHIFT_TOO_LONG
    z = adapter.report(FiscalKind.Z_REPORT)
    assert z.shift_number == 1 and z.sold_tiyn == 199_050 and z.document_count == 1
    kkm.go_offline()
    offline = adapter.send(sale("a3"))
    assert offline.offline and offline.shift_number == 2
    kkm.advance(73)
    kkm.state.shift_opened_at = kkm.state.now()
    with pytest.raises(FiscalFault) as too_long:
        adapter.send(sale("a4"))
    assert too_long.value.problem is Problem.OFFLINE_TOO_LONG


def test_no_open_shift_and_validation(kkm: KkmStandin, adapter: WebkassaAdapter) -> None:
    kkm.state.auto_open = False
    with pytest.raises(FiscalFault) as caught:
        adapter.send(sale("a1"))
    assert caught.value.problem is Problem.NO_SHIFT
    kkm.state.auto_open = True
    with pytest.raises(FiscalFault) as invalid:
        adapter.send(dataclasses.replace(sale("a2"), payments=(Payment(PaymentKind.CASH, 100),)))
    assert invalid.value.problem is Problem.INVALID and invalid.value.kkm_code == 9


def test_cash_moves_and_not_enough_cash(kkm: KkmStandin, adapter: WebkassaAdapter) -> None:
    put = adapter.send(FiscalRequest(FiscalKind.CASH_IN, "c1", amount_tiyn=5_000_00))
    assert put.cash_in_box_tiyn == 5_000_00
    with pytest.raises(FiscalFault) as caught:
        adapter.send(FiscalRequest(FiscalKind.CASH_OUT, "c2", amount_tiyn=6_000_00))
    assert caught.value.problem is Problem.NOT_ENOUGH_CASH
    took = adapter.send(FiscalRequest(FiscalKind.CASH_OUT, "c3", amount_tiyn=1_000_00))
    assert took.cash_in_box_tiyn == 4_000_00
    x = adapter.report(FiscalKind.X_REPORT)
    assert x.cash_in_tiyn == 5_000_00 and x.cash_out_tiyn == 1_000_00


def test_a_return_quotes_its_original(kkm: KkmStandin, adapter: WebkassaAdapter) -> None:
    original = adapter.send(sale("s1"))
    back = FiscalRequest(
        kind=FiscalKind.RETURN,
        external_id="r1",
        positions=sale("s1").positions,
        payments=(Payment(PaymentKind.CASH, 199_050),),
        basis=original,
    )
    assert adapter.send(back).fiscal_sign
    orphan = FiscalRequest(
        kind=FiscalKind.RETURN,
        external_id="r2",
        positions=sale("s1").positions,
        payments=(Payment(PaymentKind.CASH, 199_050),),
    )
    with pytest.raises(FiscalFault) as caught:
        adapter.send(orphan)
    assert caught.value.problem is Problem.INVALID
    assert adapter.report(FiscalKind.X_REPORT).returned_tiyn == 199_050


def test_a_lookup_after_a_restart_finds_the_receipt_in_its_shift(kkm: KkmStandin) -> None:
    kkm.state.lookup_needs_shift = True
    first = adapter_for(kkm)
    first.send(sale("s1"))
    kkm.fault("drop")
    with pytest.raises(FiscalFault):
        first.send(sale("lost-2"))
    restarted = adapter_for(kkm)  # knows no shift: asks the X report for it
    found = restarted.lookup("lost-2")
    assert found is not None and found.shift_number == 1
    assert restarted.lookup("never") is None
