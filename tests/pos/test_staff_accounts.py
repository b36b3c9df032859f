"""PINs nobody guesses first, lockouts that grow until an admin steps in, and staff accounts
whose every change (who, which role, when) is kept and listed."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from pos.domain.codes import Code
from pos.domain.enums import Role
from pos.domain.errors import PermissionDenied, ValidationError
from pos.services import staff
from pos.services.context import ServiceContext
from tests.support.tills import CASHIER_PIN, TillFixture


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def _try(ctx: ServiceContext, till: TillFixture, pin: str) -> Code | None:
    assert till.cashier.staff_id is not None
    try:
        staff.sign_in(ctx, till.cashier.staff_id, pin)
    except PermissionDenied as exc:
        return exc.code
    return None


@pytest.mark.parametrize("pin", ["0000", "1111", "1234", "4321", "2580", "1212", "1122", "2024"])
def test_pins_anyone_would_try_first_are_refused(till: TillFixture, pin: str) -> None:
    with pytest.raises(ValidationError) as refused:
        staff.add_staff(till.ctx(), "Гульнара Кассир", Role.CASHIER, pin)
    assert refused.value.code is Code.PIN_TRIVIAL
    assert [s.name for s in staff.list_staff(till.ctx())].count("Гульнара Кассир") == 0


def test_lockouts_grow_and_the_third_waits_for_an_admin(till: TillFixture) -> None:
    clock = Clock()
    ctx = ServiceContext(till.db, till.identity.system_actor(), clock)
    guesses = 0
    for expected_lock in (Code.SIGN_IN_LOCKED, Code.SIGN_IN_LOCKED, Code.SIGN_IN_LOCKED_ADMIN):
        codes = [_try(ctx, till, f"90{n:02d}") for n in range(guesses, guesses + 5)]
        guesses += 5
        assert codes == [Code.SIGN_IN_WRONG_PIN] * 4 + [expected_lock]
        # Locked: the right PIN is refused as well.
        assert _try(ctx, till, CASHIER_PIN) in (Code.SIGN_IN_LOCKED, Code.SIGN_IN_LOCKED_ADMIN)
        clock.now += dt.timedelta(hours=2)  # past the 5-minute and the 1-hour lockouts
    # Fifteen guesses, then nothing until a store admin acts: not even a year later.
    clock.now += dt.timedelta(days=365)
    assert _try(ctx, till, CASHIER_PIN) is Code.SIGN_IN_LOCKED_ADMIN
    with pytest.raises(PermissionDenied):
        staff.unlock_staff(till.ctx(till.manager), till.cashier.staff_id)  # type: ignore[arg-type]
    staff.unlock_staff(till.ctx(), till.cashier.staff_id)  # type: ignore[arg-type]
    assert _try(ctx, till, CASHIER_PIN) is None


def test_a_deactivated_account_cannot_sign_in_and_the_last_admin_stays(
    till: TillFixture,
) -> None:
    cashier_id = till.cashier.staff_id
    assert cashier_id is not None
    with pytest.raises(PermissionDenied):
        staff.deactivate_staff(till.ctx(till.manager), cashier_id)
    staff.deactivate_staff(till.ctx(), cashier_id)
    with pytest.raises(PermissionDenied) as refused:
        staff.sign_in(till.ctx(), cashier_id, CASHIER_PIN)
    assert refused.value.code is Code.SIGN_IN_UNKNOWN
    admin_id = till.identity.admin_staff_id
    with pytest.raises(ValidationError) as alone:
        staff.change_role(till.ctx(), admin_id, Role.CASHIER)
    assert alone.value.code is Code.STAFF_LAST_ADMIN
    with pytest.raises(ValidationError) as self_off:
        staff.deactivate_staff(till.ctx(), admin_id)
    assert self_off.value.code is Code.STAFF_NOT_YOURSELF


def test_the_access_list_says_who_had_which_role_when_and_who_changed_it(
    till: TillFixture,
) -> None:
    manager_id = till.manager.staff_id
    assert manager_id is not None
    staff.change_role(till.ctx(), manager_id, Role.STORE_ADMIN)
    staff.change_role(till.ctx(), manager_id, Role.SALES_MANAGER)
    staff.deactivate_staff(till.ctx(), manager_id)
    rows = [r for r in staff.access_list(till.ctx()) if r.staff_id == manager_id]
    assert [r.role for r in rows] == [
        Role.SALES_MANAGER,
        Role.STORE_ADMIN,
        Role.SALES_MANAGER,
        None,
    ]
    admin_label = f"staff:{till.identity.admin_staff_id}"
    assert [r.by for r in rows[1:]] == [admin_label] * 3
    assert all(a.at <= b.at for a, b in itertools.pairwise(rows))
    with pytest.raises(PermissionDenied):
        staff.access_list(till.ctx(till.manager))
