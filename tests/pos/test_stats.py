"""Statistics for third parties (policy 4.4.1) in the services: whole periods only, frozen
at the first export, periods that never partly overlap, complementary suppression, and only
buyers whose marketing consent was in force. Each test builds the sales it needs on a real
till, at fixed dates in October and November 2026, with the service clock set to them."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, update

from pos.domain.buyer import BuyerData
from pos.domain.enums import PaymentMethod, Purpose
from pos.domain.errors import Code, PermissionDenied, Refused, ValidationError
from pos.domain.minimization import SaleNeeds
from pos.domain.stats import (
    MIN_BUYERS,
    PeriodKind,
    iso_week,
    month,
    parse_period,
    period_of_range,
    suppress,
)
from pos.seed import seed
from pos.services import privacy, settings
from pos.services.consents import ConsentDraft, record_consent
from pos.services.context import Actor, ServiceContext
from pos.services.sales import LineInput, NewSale, record_sale
from pos.services.stats import StatsExportResult, compute_figures, export_stats, list_exports
from pos.storage.models import AuditEntry, Buyer, StatsExport, StatsPeriod
from tests.support.tills import TillFixture, credit_buyer, installment_sale

UTC = dt.UTC
OCTOBER = month(2026, 10)
AFTER_OCTOBER = dt.datetime(2026, 11, 5, 6, 0, tzinfo=UTC)
PHONE = LineInput("Смартфон", 1, 15_000_000, category="phones")
FRIDGE = LineInput("Холодильник", 1, 1_890_000, category="appliances")
MARKETING = SaleNeeds(PaymentMethod.CASH, marketing=True)
DELIVERY_ONLY = SaleNeeds(PaymentMethod.CASH, delivery=True)


def at(day: int, month_no: int = 10, hour: int = 6) -> dt.datetime:
    """A UTC time that is `day` in Almaty too (UTC+5), in 2026."""
    return dt.datetime(2026, month_no, day, hour, 0, tzinfo=UTC)


class Shop:
    """Buyers and sales on a real till, each recorded at the time given."""

    def __init__(self, till: TillFixture) -> None:
        self.till = till
        self.n = 0

    def ctx(self, when: dt.datetime, actor: Actor | None = None) -> ServiceContext:
        return ServiceContext(self.till.db, actor or self.till.manager, lambda: when)

    def buyer(
        self, when: dt.datetime, needs: SaleNeeds = MARKETING, data: BuyerData | None = None
    ) -> uuid.UUID:
        self.n += 1
        if data is None:
            data = BuyerData(
                given_name="Асель",
                phone=f"+7 701 555 {self.n // 100:02d} {self.n % 100:02d}",
                delivery_address="Алматы, ул. Жарокова, 12" if needs.delivery else None,
            )
        draft = ConsentDraft(needs=needs, buyer=data)
        return record_consent(self.ctx(when), draft, slip_printed=True).buyer.id

    def consent_again(self, buyer_id: uuid.UUID, when: dt.datetime, needs: SaleNeeds) -> None:
        draft = ConsentDraft(needs=needs, buyer_id=buyer_id)
        record_consent(self.ctx(when), draft, slip_printed=True)

    def sale(
        self,
        buyer_id: uuid.UUID | None,
        when: dt.datetime,
        line: LineInput = PHONE,
        payment: PaymentMethod = PaymentMethod.CARD,
    ) -> None:
        record_sale(self.ctx(when), NewSale(lines=(line,), payment=payment, buyer_id=buyer_id))

    def crowd(self, n: int, day: int = 3, month_no: int = 10) -> list[uuid.UUID]:
        """`n` consenting buyers, registered on the 1st of the month, each buying a phone."""
        ids = [self.buyer(at(1, month_no)) for _ in range(n)]
        for b in ids:
            self.sale(b, at(day, month_no))
        return ids

    def export(
        self,
        out: Path,
        period: str,
        when: dt.datetime = AFTER_OCTOBER,
        recipient: str | None = None,
    ) -> StatsExportResult:
        return export_stats(self.ctx(when), out, parse_period(period), recipient=recipient)


def rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def total(path: Path) -> dict[str, str]:
    (row,) = [r for r in rows(path) if r["category"] == "*"]
    return row


@pytest.fixture
def shop(till: TillFixture) -> Shop:
    return Shop(till)


# --- the period rules -----------------------------------------------------------------------


def test_periods_are_whole_months_or_iso_weeks() -> None:
    assert parse_period("2026-10") == month(2026, 10)
    assert (month(2026, 2).first, month(2026, 2).last) == (
        dt.date(2026, 2, 1),
        dt.date(2026, 2, 28),
    )
    week = parse_period("2026-W53")
    assert (week.first, week.last, week.kind) == (
        dt.date(2026, 12, 28),
        dt.date(2027, 1, 3),
        PeriodKind.WEEK,
    )
    for bad in ("2026-13", "2026-W54", "2025-W53", "2026-10-01", "October", "2026-w4"):
        with pytest.raises(ValidationError) as e:
            parse_period(bad)
        assert e.value.code is Code.STATS_PERIOD_FORM
    assert period_of_range(dt.date(2026, 10, 1), dt.date(2026, 10, 31)) == OCTOBER
    assert period_of_range(dt.date(2026, 10, 12), dt.date(2026, 10, 18)) == iso_week(2026, 42)
    for first, last in ((1, 19), (1, 18), (2, 31), (13, 19)):
        with pytest.raises(Refused) as r:
            period_of_range(dt.date(2026, 10, first), dt.date(2026, 10, last))
        assert r.value.code is Code.STATS_NOT_WHOLE_PERIOD


def test_a_month_and_a_week_inside_it_clash_but_equal_or_disjoint_periods_do_not() -> None:
    assert OCTOBER.clashes(iso_week(2026, 42))  # inside
    assert OCTOBER.clashes(iso_week(2026, 44))  # straddles 31 October / 1 November
    assert not OCTOBER.clashes(iso_week(2026, 45))  # 2-8 November
    assert not OCTOBER.clashes(month(2026, 10)) and not OCTOBER.clashes(month(2026, 11))


# --- complementary suppression --------------------------------------------------------------


def people(n: int, start: int = 0) -> set[int]:
    return set(range(start, start + n))


def test_a_small_cell_is_hidden_with_enough_company_that_the_total_does_not_reveal_it() -> None:
    cells = {"a": people(12), "b": people(15, 100), "c": people(3, 200)}
    hidden, hide_total = suppress(cells, 30)
    assert hidden == {"c", "a"} and not hide_total
    assert len(set().union(*(cells[k] for k in hidden))) >= MIN_BUYERS


def test_a_group_smaller_than_ten_hides_its_total_too() -> None:
    cells = {"a": people(4), "b": people(3, 50)}
    assert suppress(cells, 7) == ({"a", "b"}, True)


def test_nothing_is_hidden_when_every_cell_is_big_enough() -> None:
    assert suppress({"a": people(10), "b": people(11, 50)}, 21) == (set(), False)


def test_the_sale_of_one_buyer_cannot_be_recovered_from_the_total(
    shop: Shop, tmp_path: Path
) -> None:
    shop.crowd(12)
    lone = shop.buyer(at(1))
    shop.sale(lone, at(19), FRIDGE)
    out = tmp_path / "oct.csv"
    shop.export(out, "2026-10")
    shown = [r for r in rows(out) if r["category"] != "*"]
    assert all(int(r["buyers"]) >= MIN_BUYERS for r in rows(out))
    # Total minus the cells shown is what is hidden: never the fridge alone.
    hidden_amount = int(total(out)["amount_tiyn"]) - sum(int(r["amount_tiyn"]) for r in shown)
    assert hidden_amount != FRIDGE.unit_price_tiyn
    assert int(total(out)["buyers"]) == 13


def test_a_sale_belongs_to_the_stores_local_day(shop: Shop, tmp_path: Path) -> None:
    late_evening = dt.datetime(2026, 10, 31, 18, 30, tzinfo=UTC)  # 23:30 in Almaty
    after_midnight = dt.datetime(2026, 10, 31, 19, 30, tzinfo=UTC)  # 00:30, 1 November
    for when, line in ((late_evening, PHONE), (after_midnight, FRIDGE)):
        for b in [shop.buyer(at(1)) for _ in range(10)]:
            shop.sale(b, when, line)
    october = tmp_path / "oct.csv"
    shop.export(october, "2026-10", when=at(20, 11))
    t = total(october)
    assert (int(t["buyers"]), int(t["amount_tiyn"])) == (10, 10 * PHONE.unit_price_tiyn)
    november = compute_figures(shop.ctx(at(2, 12)), month(2026, 11))
    (nt,) = [r for r in november.rows if r.category == "*"]
    assert (nt.buyers, nt.amount_tiyn) == (10, 10 * FRIDGE.unit_price_tiyn)


# --- who is counted -------------------------------------------------------------------------


def test_only_buyers_with_marketing_consent_in_force_are_counted(
    shop: Shop, tmp_path: Path
) -> None:
    shop.crowd(10)
    # Consented to delivery only: never counted.
    no_marketing = shop.buyer(at(1), DELIVERY_ONLY)
    shop.sale(no_marketing, at(4))
    # Consented to marketing after a first sale: only the later sale counts.
    late = shop.buyer(at(1), DELIVERY_ONLY)
    shop.sale(late, at(5), FRIDGE)
    shop.consent_again(late, at(20), SaleNeeds(PaymentMethod.CASH, delivery=True, marketing=True))
    shop.sale(late, at(25))
    # Withdrew marketing before the export, after buying: not counted.
    withdrew = shop.buyer(at(1))
    shop.sale(withdrew, at(6))
    privacy.withdraw(shop.ctx(at(28)), withdrew, [Purpose.MARKETING])
    # Destroyed: the sale stays for accounting without a buyer, and is not exported.
    gone = shop.buyer(at(1))
    shop.sale(gone, at(7))
    privacy.destroy_buyer(shop.ctx(at(29), shop.till.admin), gone, reason="REQ-7")
    # A sale with no buyer at all: not exported.
    shop.sale(None, at(8), payment=PaymentMethod.CASH)

    out = tmp_path / "oct.csv"
    shop.export(out, "2026-10")
    t = total(out)
    assert (int(t["buyers"]), int(t["sales"])) == (11, 11)
    assert int(t["amount_tiyn"]) == 11 * PHONE.unit_price_tiyn  # not the fridge of 5 October


def test_a_marketing_consent_that_lapsed_is_not_counted(shop: Shop, tmp_path: Path) -> None:
    shop.crowd(10)
    settings.update(shop.till.ctx(), settings.CONSENT_VALIDITY, {"marketing": 10})
    # In force at the sale on 5 October, lapsed on 11 October, before the export.
    lapsed = shop.buyer(at(1))
    shop.sale(lapsed, at(5))
    # Lapsed at the sale on 15 October, renewed (for three years) on 20 October.
    renewed = shop.buyer(at(1))
    shop.sale(renewed, at(15), FRIDGE)
    settings.update(shop.till.ctx(), settings.CONSENT_VALIDITY, {"marketing": 1095})
    shop.consent_again(renewed, at(20), MARKETING)
    shop.sale(renewed, at(25))
    out = tmp_path / "oct.csv"
    shop.export(out, "2026-10")
    t = total(out)
    assert (int(t["buyers"]), int(t["sales"])) == (11, 11)
    assert int(t["amount_tiyn"]) == 11 * PHONE.unit_price_tiyn


def test_a_buyer_under_a_written_refusal_is_not_counted(shop: Shop, tmp_path: Path) -> None:
    shop.crowd(10)
    needs = SaleNeeds(PaymentMethod.INSTALLMENT, marketing=True)
    refused = shop.buyer(at(1), needs, credit_buyer())
    installment_sale(shop.till, refused)  # the obligation that keeps the buyer restricted
    for day in (9, 10):
        shop.sale(refused, at(day), PHONE)
    # The credit is outstanding, so the refusal restricts instead of destroying.
    privacy.refuse_in_writing(shop.ctx(at(20)), refused, "REF-2026-11")
    out = tmp_path / "oct.csv"
    shop.export(out, "2026-10")
    t = total(out)
    assert (int(t["buyers"]), int(t["sales"])) == (10, 10)
    assert int(t["amount_tiyn"]) == 10 * PHONE.unit_price_tiyn


def test_a_restricted_buyer_never_counts_whatever_their_purposes_say(
    shop: Shop, tmp_path: Path
) -> None:
    # Defence in depth: the services withdraw marketing on a refusal, but the status alone
    # must keep the buyer out even if a purpose row were left in force.
    crowd = shop.crowd(11)
    with shop.till.db.write_session() as s:
        s.execute(update(Buyer).where(Buyer.id == crowd[0]).values(status="restricted"))
        s.commit()
    out = tmp_path / "oct.csv"
    shop.export(out, "2026-10")
    assert int(total(out)["buyers"]) == 10


# --- freezing and the register -------------------------------------------------------------


def test_a_period_exported_again_gives_the_first_figures_whatever_changed_since(
    shop: Shop, tmp_path: Path
) -> None:
    crowd = shop.crowd(12)
    first, again = tmp_path / "first.csv", tmp_path / "again.csv"
    r1 = shop.export(first, "2026-10", recipient="Kaspi Analytics")
    assert r1.first
    # A late-synced sale dated in October, a destruction and a withdrawal.
    shop.sale(crowd[0], at(30), FRIDGE)
    privacy.destroy_buyer(shop.ctx(AFTER_OCTOBER, shop.till.admin), crowd[1], reason="REQ-9")
    privacy.withdraw(shop.ctx(AFTER_OCTOBER), crowd[2], [Purpose.MARKETING])
    # The data did change: figures computed now differ from those exported.
    now = compute_figures(shop.ctx(AFTER_OCTOBER), OCTOBER)
    assert now.rows != r1.rows
    r2 = shop.export(again, "2026-10", when=AFTER_OCTOBER + dt.timedelta(days=3))
    assert not r2.first and r2.rows == r1.rows
    assert again.read_bytes() == first.read_bytes()
    assert r2.file_sha256 == r1.file_sha256 == hashlib.sha256(first.read_bytes()).hexdigest()
    assert int(total(again)["buyers"]) == 12


def test_a_period_not_over_is_refused_and_nothing_is_frozen(shop: Shop, tmp_path: Path) -> None:
    shop.crowd(10)
    out = tmp_path / "oct.csv"
    with pytest.raises(Refused) as r:
        shop.export(out, "2026-10", when=dt.datetime(2026, 10, 31, 18, 0, tzinfo=UTC))  # 23:00
    assert r.value.code is Code.STATS_PERIOD_NOT_OVER
    assert not out.exists()
    with shop.till.db.read_session() as s:
        assert s.scalars(select(StatsPeriod)).all() == []
    # Midnight in Almaty: October is over there.
    shop.export(out, "2026-10", when=dt.datetime(2026, 10, 31, 19, 0, tzinfo=UTC))
    assert out.exists()


def test_weeks_inside_an_exported_month_are_refused_and_the_other_way_round(
    shop: Shop, tmp_path: Path
) -> None:
    shop.crowd(10, day=20)
    shop.crowd(10, day=3, month_no=11)
    shop.export(tmp_path / "oct.csv", "2026-10", when=at(20, 11))
    for week in ("2026-W42", "2026-W40", "2026-W44"):  # inside; from 28 Sep; to 1 Nov
        with pytest.raises(Refused) as r:
            shop.export(tmp_path / f"{week}.csv", week, when=at(20, 11))
        assert r.value.code is Code.STATS_PERIOD_CLASH
        assert "2026-10" in str(r.value)
        assert not (tmp_path / f"{week}.csv").exists()
    # A week sharing no day with October may go; then November, which it cuts, may not.
    shop.export(tmp_path / "w45.csv", "2026-W45", when=at(20, 11))
    with pytest.raises(Refused) as r:
        shop.export(tmp_path / "nov.csv", "2026-11", when=at(2, 12))
    assert r.value.code is Code.STATS_PERIOD_CLASH and "2026-W45" in str(r.value)
    with shop.till.db.read_session() as s:
        assert sorted(s.scalars(select(StatsPeriod.period)).all()) == ["2026-10", "2026-W45"]


def test_every_export_is_registered_and_audited_without_personal_data(
    shop: Shop, tmp_path: Path
) -> None:
    shop.crowd(10)
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    r1 = shop.export(a, "2026-10", recipient="Kaspi Analytics")
    r2 = shop.export(b, "2026-10", when=AFTER_OCTOBER + dt.timedelta(hours=1))
    views, tz = list_exports(shop.ctx(AFTER_OCTOBER))
    assert tz == "Asia/Almaty"
    assert [(v.period, v.recipient, v.rows, v.file_sha256, v.by) for v in views] == [
        ("2026-10", "Kaspi Analytics", len(r1.rows), r1.file_sha256, "Ерлан Менеджер"),
        ("2026-10", None, len(r2.rows), r2.file_sha256, "Ерлан Менеджер"),
    ]
    assert [v.id for v in views] == [r1.export_id, r2.export_id]
    with shop.till.db.read_session() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.action.like("stats.%")).order_by(AuditEntry.seq)
        ).all()
        assert len(s.scalars(select(StatsExport)).all()) == 2
    assert [e.action for e in entries] == ["stats.frozen", "stats.exported", "stats.exported"]
    assert entries[1].entities == {"export": str(r1.export_id), "period": "2026-10"}


def test_a_cashier_may_not_export_or_list(shop: Shop, tmp_path: Path) -> None:
    ctx = shop.ctx(AFTER_OCTOBER, shop.till.cashier)
    with pytest.raises(PermissionDenied):
        export_stats(ctx, tmp_path / "x.csv", OCTOBER)
    with pytest.raises(PermissionDenied):
        list_exports(ctx)


def test_a_recipient_is_an_organisation_never_a_persons_number(shop: Shop, tmp_path: Path) -> None:
    for bad in ("Айгерим +7 701 555 12 34", "ИИН 900517300123"):
        with pytest.raises(ValidationError) as e:
            shop.export(tmp_path / "x.csv", "2026-10", recipient=bad)
        assert e.value.code is Code.STATS_RECIPIENT_NUMBER
    assert not (tmp_path / "x.csv").exists()


def test_export_of_a_seeded_till_holds_aggregates_only(till: TillFixture, tmp_path: Path) -> None:
    # Two months of a small store: cells big enough to publish and cells too small to.
    seed(till.ctx(), buyers=200, sales=1000, seed=11, days=60)
    out = tmp_path / "stats.csv"
    # The newest month that is over (the service's default period).
    result = export_stats(till.ctx(till.manager), out)
    assert result.period.kind is PeriodKind.MONTH
    text = out.read_text(encoding="utf-8")
    got = rows(out)
    assert got and result.cells_suppressed > 0
    assert list(got[0]) == [
        "store",
        "period",
        "category",
        "payment_method",
        "age_band",
        "sex",
        "buyers",
        "sales",
        "amount_tiyn",
    ]
    assert {r["period"] for r in got} == {result.period.label}
    assert all(int(r["buyers"]) >= MIN_BUYERS for r in got)
    # No identifiers, hashes, IINs, phones or birth dates in the file.
    assert not re.search(
        r"[0-9a-f]{8}-[0-9a-f]{4}-|[0-9a-f]{32}|\b\d{12}\b|\+7\d{10}|\d{4}-\d{2}-\d{2}", text
    )
