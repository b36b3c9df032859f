"""`pos settings fiscal` and `pos fiscal status|drain` as a store admin and a cashier use
them: store admin only, secrets from the environment never stored or logged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pos.config import TillPaths
from pos.services import fiscal
from pos.services.context import ServiceContext
from pos.storage.database import open_database
from tests.fiscal.test_queue import ring
from tests.support import cli
from tests.support.kkm_standin import API_KEY, CASHBOX, LOGIN, PASSWORD, KkmStandin
from tests.support.tills import CASHIER_PIN, TEST_KEY, make_till

SECRETS = {"POS_FISCAL_PASSWORD": PASSWORD, "POS_FISCAL_API_KEY": API_KEY}


@pytest.fixture
def kkm() -> Iterator[KkmStandin]:
    with KkmStandin() as standin:
        yield standin


@pytest.fixture
def home(tmp_path: Path) -> Path:
    till = make_till(tmp_path / "home")
    ring(till)  # in training: never sent
    till.db.close()
    return till.paths.home


def pos(home: Path, *args: str, **env: str) -> cli.Result:
    return cli.pos_here(home, *args, key=TEST_KEY, **env)


def test_a_new_till_is_in_training_mode(home: Path) -> None:
    result = pos(home, "fiscal", "status")
    assert result.code == 0, result.err
    assert "provider: training" in result.out
    assert "pending: 0" in result.out


def test_only_a_store_admin_connects_the_cash_register_and_secrets_stay_out(
    home: Path, kkm: KkmStandin
) -> None:
    args = ("settings", "fiscal", "--provider", "webkassa", "--url", kkm.url)
    args += ("--cashbox", CASHBOX, "--login", LOGIN)
    refused = pos(home, *args, POS_STAFF="Айгерим Кассир", POS_STAFF_PIN=CASHIER_PIN)
    assert refused.code == 1 and "store admin" in refused.err
    missing = pos(home, "settings", "fiscal", "--provider", "webkassa")
    assert missing.code == 1 and "fiscal url is not set" in missing.err
    # No keyring backend (named, so a developer's own keyring is never written): --keyring
    # says the secrets stay in the environment.
    nokeyring = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    ok = pos(home, *args, "--keyring", **SECRETS, **nokeyring)
    assert ok.code == 0, ok.err
    assert "no keyring on this machine; keep POS_FISCAL_PASSWORD and POS_FISCAL_API_KEY set" in (
        ok.out
    )
    assert PASSWORD not in ok.out + ok.err and API_KEY not in ok.out + ok.err
    db = open_database(TillPaths(home).db, TEST_KEY)
    try:
        from pos.services.setup import till_identity

        ctx = ServiceContext(db, till_identity(db).admin_actor())
        stored = fiscal.read_config(ctx)
        assert stored == {
            "provider": "webkassa",
            "url": kkm.url,
            "cashbox": CASHBOX,
            "login": LOGIN,
        }
        till = make_till_ctx(db)
        ring_in(till)
    finally:
        db.close()
    drained = cli.pos(home, "fiscal", "drain", key=TEST_KEY, **SECRETS)
    assert drained.code == 0, drained.err
    assert PASSWORD not in drained.out + drained.err and API_KEY not in drained.out + drained.err
    assert "sent 1, recovered 0" in drained.out
    status = pos(home, "fiscal", "status")
    assert f"cashbox: {CASHBOX}" in status.out and "pending: 0" in status.out
    assert "shift: 1 (open 0h 00m)" in status.out and "offline: no" in status.out
    without = cli.pos(home, "fiscal", "drain", key=TEST_KEY)
    assert without.code == 1 and "POS_FISCAL_PASSWORD" in without.err
    logs = "".join(p.read_text(errors="replace") for p in Path(home).rglob("*.log"))
    for secret in (PASSWORD, API_KEY):
        assert secret not in logs
    raw = b"".join(p.read_bytes() for p in Path(home).rglob("*") if p.is_file())
    assert PASSWORD.encode() not in raw and API_KEY.encode() not in raw
    # The database file is encrypted, so the bytes above would hide a stored secret: read
    # every row of every table through the key too.
    stored_text = _every_row(home)
    assert LOGIN in stored_text  # the dump does see what settings stored
    assert PASSWORD not in stored_text and API_KEY not in stored_text


def _every_row(home: Path) -> str:
    db = open_database(TillPaths(home).db, TEST_KEY)
    try:
        with db.connection() as conn:
            cur = conn.cursor()
            names = [r[0] for r in cur.execute("SELECT name FROM sqlite_master WHERE type='table'")]
            return "\n".join(
                repr(row) for name in names for row in cur.execute(f'SELECT * FROM "{name}"')
            )
    finally:
        db.close()


def make_till_ctx(db: object) -> ServiceContext:
    from pos.services.setup import till_identity
    from pos.services.staff import find_staff, sign_in

    system = ServiceContext(db, till_identity(db).system_actor())  # type: ignore[arg-type]
    cashier = sign_in(system, find_staff(system, "Айгерим Кассир"), CASHIER_PIN)
    return system.as_actor(cashier)


def ring_in(ctx: ServiceContext) -> None:
    from pos.domain.enums import PaymentMethod
    from pos.services import sales
    from pos.services.sales import LineInput, NewSale

    sales.record_sale(
        ctx, NewSale(lines=(LineInput("Хлеб", 1, 250_00),), payment=PaymentMethod.CASH)
    )
