"""The law's registers at the till as a store admin uses them: `pos incidents`, `pos check`
opening incident drafts, `pos settings responsible` (on the printed slip) and
`pos registers export` (the processing register, generated from the domain's rules)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import select

from pos.config import TillPaths
from pos.domain.enums import Purpose, RecipientCategory
from pos.domain.minimization import BUYER_FIELDS, PURPOSE_CATEGORIES, PURPOSE_RECIPIENTS
from pos.services.consents import ConsentDraft, preview_consent
from pos.services.context import ServiceContext
from pos.services.registers import matrix, set_responsible
from pos.services.retention import DEFAULT_DAYS
from pos.storage.database import open_database
from pos.storage.models import Incident
from printing.service import PrintService
from tests.support import cli
from tests.support.escpos_decoder import POS5890_PAGES, GlyphReader
from tests.support.printer import FakePrinter, printout, set_printer
from tests.support.tills import (
    ADMIN_NAME,
    CREDIT,
    TEST_KEY,
    TillFixture,
    credit_buyer,
    make_till,
)

# A Friday in the past: due the next Monday, overdue by now.
FRIDAY = "2026-11-20T15:00+05:00"
MONDAY = "2026-11-23"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    till = make_till(tmp_path / "home")
    till.db.close()
    return till.paths.home


def pos(home: Path, *args: str, **env: str) -> cli.Result:
    return cli.pos_here(home, *args, key=TEST_KEY, **env)


def _incidents(home: Path) -> list[Incident]:
    db = open_database(TillPaths(home).db, TEST_KEY)
    try:
        with db.read_session() as s:
            return list(s.scalars(select(Incident).order_by(Incident.recorded_at)))
    finally:
        db.close()


def _one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("pos: "), err
    assert "Traceback" not in err
    return err


def test_an_incident_is_recorded_listed_with_its_deadline_notified_and_closed(
    home: Path,
) -> None:
    added = pos(
        home,
        "incidents",
        "add",
        "--what",
        "Export of the buyer list sent to a wrong e-mail address",
        "--scope",
        "about 40 buyers: names and phones",
        "--detected-at",
        FRIDAY,
        "--severity",
        "high",
        "--categories",
        "full_name,phone",
        "--people",
        "40",
    )
    assert added.code == 0, added.err
    assert f"notify the authority by {MONDAY}" in added.out
    incident_id = re.search(r"recorded incident ([0-9a-f-]{36})", added.out)
    assert incident_id is not None
    ident = incident_id.group(1)

    listed = pos(home, "incidents", "list")
    assert listed.code == 0, listed.err
    [line] = [x for x in listed.out.splitlines() if x.startswith(ident)]
    cols = line.split("\t")
    assert cols[1] == "2026-11-20 15:00"  # the store's time (Asia/Almaty)
    assert cols[2:4] == ["open", "high"]
    assert cols[4] == f"authority by {MONDAY} OVERDUE"
    assert cols[7:9] == ["full_name, phone", "40"]

    notified = pos(
        home,
        "incidents",
        "notify",
        ident,
        "--to",
        "authority",
        "--at",
        "2026-11-23T11:00+05:00",
        "--reference",
        "letter 7/23.11",
    )
    assert notified.code == 0, notified.err
    [line] = [x for x in pos(home, "incidents", "list").out.splitlines() if x.startswith(ident)]
    assert f"authority by {MONDAY} (notified)" in line
    assert "authority 2026-11-23 11:00 (letter 7/23.11)" in line

    closed = pos(home, "incidents", "close", ident, "--note", "recipient confirmed deletion")
    assert closed.code == 0, closed.err
    still_open = pos(home, "incidents", "list", "--open")
    assert ident not in still_open.out and "0 incidents" in still_open.out
    [row] = _incidents(home)
    assert (row.status, row.people, row.authority_due) == ("closed", 40, dt.date(2026, 11, 23))


def test_personal_data_in_an_incident_is_refused_in_one_line_without_echoing_it(
    home: Path,
) -> None:
    r = pos(home, "incidents", "add", "--what", "IIN 900517301234 was seen", "--scope", "one")
    assert r.code == 1
    err = _one_line(r.err)
    assert "900517301234" not in err and "IIN" in err
    r = pos(home, "incidents", "add", "--what", "A leak", "--scope", "call +7 701 555 12 34")
    assert r.code == 1 and "555" not in _one_line(r.err)
    assert _incidents(home) == []


def test_a_cashier_cannot_read_the_incident_register(home: Path) -> None:
    from tests.support.tills import CASHIER_PIN

    db = open_database(TillPaths(home).db, TEST_KEY)
    try:
        from pos.storage.models import Staff

        with db.read_session() as s:
            cashier = next(x.name for x in s.scalars(select(Staff)) if x.role == "cashier")
    finally:
        db.close()
    r = pos(home, "incidents", "list", POS_STAFF=cashier, POS_STAFF_PIN=CASHIER_PIN)
    assert r.code == 1 and "incident register" in _one_line(r.err)


def _tamper(home: Path) -> None:
    conn = sqlcipher3.connect(str(home / "pos.db"))
    conn.execute(f"PRAGMA key = '{TEST_KEY}'")
    conn.execute("DROP TRIGGER audit_entries_no_update")
    conn.execute("UPDATE audit_entries SET action = 'nothing.happened' WHERE seq = 1")
    conn.commit()
    conn.close()


def test_a_damaged_database_opens_one_draft_per_finding_and_not_two_on_a_second_check(
    home: Path,
) -> None:
    _tamper(home)
    first = pos(home, "check", POS_STAFF="", POS_STAFF_PIN="")
    assert first.code == 1
    assert "audit entry 1 was altered" in first.err
    opened = re.findall(r"incident draft ([0-9a-f-]{36}) opened", first.out)
    drafts = _incidents(home)
    assert len(opened) == len(drafts) >= 1
    assert all(d.status == "draft" and d.source == "check" for d in drafts)
    assert any("audit chain" in d.what and "audit entry 1" in d.what for d in drafts)

    second = pos(home, "check", POS_STAFF="", POS_STAFF_PIN="")
    assert second.code == 1
    assert "opened" not in second.out
    assert second.out.count("this finding is already recorded (draft)") == len(drafts)
    assert [d.id for d in _incidents(home)] == [d.id for d in drafts]

    # The drafts are in the register, with the deadline the rule gives.
    listed = pos(home, "incidents", "list", "--open")
    assert all(str(d.id) in listed.out for d in drafts)
    assert "\tdraft\thigh\tauthority by " in listed.out


def test_the_responsible_person_is_set_and_shown(home: Path) -> None:
    r = pos(
        home,
        "settings",
        "responsible",
        "--name",
        "Гульнара Ахметова",
        "--position",
        "юрист",
        "--email",
        "dpo@test-retail.kz",
        "--phone",
        "+7 727 355 00 11",
    )
    assert r.code == 0, r.err
    shown = pos(home, "settings", "show")
    assert "Гульнара Ахметова" in shown.out and "+77273550011" in shown.out
    blank = {**WHO, "name": " "}
    bad = pos(
        home, "settings", "responsible", *[p for k, v in blank.items() for p in (f"--{k}", v)]
    )
    assert bad.code == 1 and "name" in _one_line(bad.err)


WHO = {
    "name": "Гульнара Ахметова",
    "position": "юрист по персональным данным",
    "email": "dpo@test-retail.kz",
    "phone": "+7 727 355 00 11",
}


def _slip_text(till: TillFixture, printer: FakePrinter, reader: GlyphReader, lang: str) -> str:
    at = dt.datetime(2026, 11, 24, 9, 5, tzinfo=dt.UTC)
    slip = preview_consent(
        ServiceContext(till.db, till.manager, clock=lambda: at),
        ConsentDraft(needs=CREDIT, buyer=credit_buyer(), language=lang, drafted_at=at),
    )
    service = PrintService.for_till(till.ctx(till.manager), till.paths)
    assert service.print_consent_slip(slip).ok
    pages = POS5890_PAGES if lang == "kk" else None
    paper = printout(printer.wait_jobs(1)[0], reader, pages)
    return reader.fold(paper.squeezed())


@pytest.mark.parametrize(("lang", "width"), [("ru", 80), ("kk", 58), ("en", 80)])
def test_the_responsible_person_is_printed_on_the_consent_slip(
    till: TillFixture, printer: FakePrinter, reader: GlyphReader, lang: str, width: int
) -> None:
    if lang == "kk":
        set_printer(till, printer.url, profile="POS-5890", paper_width=width)
    else:
        set_printer(till, printer.url, paper_width=width)
    set_responsible(till.ctx(), **WHO)
    text = _slip_text(till, printer, reader, lang)
    for value in (WHO["name"], WHO["position"], WHO["email"], "+77273550011"):
        assert reader.fold("".join(value.split())) in text, value


def test_without_a_responsible_person_the_slip_names_none(
    till: TillFixture, printer: FakePrinter, reader: GlyphReader
) -> None:
    set_printer(till, printer.url)
    text = _slip_text(till, printer, reader, "en")
    assert reader.fold("Responsibleforpersonaldata") not in text


def _sections(path: Path) -> dict[str, list[dict[str, str]]]:
    with zipfile.ZipFile(path) as zf:
        out = {}
        for name in zf.namelist():
            if name.endswith(".csv"):
                text = zf.read(name).decode("utf-8-sig")
                out[name] = list(csv.DictReader(io.StringIO(text)))
        assert "README.txt" in zf.namelist()
        return out


def test_the_processing_register_holds_every_purpose_recipient_and_access_change(
    home: Path, tmp_path: Path
) -> None:
    options = [part for k, v in WHO.items() for part in (f"--{k}", v)]
    assert pos(home, "settings", "responsible", *options).code == 0
    out = tmp_path / "register.zip"
    r = pos(home, "registers", "export", "--out", str(out))
    assert r.code == 0, r.err
    assert r.err == ""  # the responsible person is set: no warning
    sections = _sections(out)

    purposes = {row["purpose"]: row for row in sections["2_purposes.csv"]}
    assert set(purposes) == {p.value for p in Purpose}
    for p in Purpose:
        row = purposes[p.value]
        assert row["data categories"].split("; ") == [c.value for c in PURPOSE_CATEGORIES[p]]
        recipients = [r.value for r in PURPOSE_RECIPIENTS[p]] or ["none"]
        assert row["recipient categories"].split("; ") == recipients
        assert int(row["retention (days)"]) == DEFAULT_DAYS[p]
    used = {x for row in purposes.values() for x in row["recipient categories"].split("; ")}
    assert {r.value for r in RecipientCategory if r.value != "government"} <= used
    # Every recipient category, a government body too (on a legal basis, not a consent).
    recipients = {row["recipient category"]: row for row in sections["3_recipients.csv"]}
    assert set(recipients) == {r.value for r in RecipientCategory}
    for r in RecipientCategory:
        for p in Purpose:
            assert (p.value in recipients[r.value]["ground"]) == (r in PURPOSE_RECIPIENTS[p])
    assert "law" in recipients["government"]["ground"]

    assert [row["field"] for row in sections["4_fields.csv"]] == list(BUYER_FIELDS)
    grid = sections["5_minimization_matrix.csv"]
    assert len(grid) == len(matrix())
    plain = [r for r in grid if "yes" not in (r["delivery"], r["insurance"], r["marketing"])]
    credit = next(r for r in plain if r["payment"] == "credit")
    assert "iin" in credit["required fields"].split("; ")
    cash = next(r for r in plain if r["payment"] == "cash")
    assert cash["required fields"] == "none" and cash["consents needed"] == "none"

    controller = {row["item"]: row["value"] for row in sections["1_controller.csv"]}
    assert controller["responsible person"] == WHO["name"]
    assert controller["cross-border transfer"] == "no"
    places = " ".join(row["what is kept there"] for row in sections["6_storage_places.csv"])
    assert "Republic of Kazakhstan" in places
    access = sections["7_staff_access.csv"]
    assert any(a["name"] == ADMIN_NAME and a["role"] == "store_admin" for a in access)
    assert {a["role"] for a in access} >= {"store_admin", "cashier", "sales_manager"}

    again = pos(home, "registers", "export", "--out", str(out))
    assert again.code == 1 and "already exists" in _one_line(again.err)


def test_an_export_without_a_responsible_person_warns(home: Path, tmp_path: Path) -> None:
    r = pos(home, "registers", "export", "--out", str(tmp_path / "r.zip"))
    assert r.code == 0
    assert "no responsible person" in r.err
    rows = _sections(tmp_path / "r.zip")["1_controller.csv"]
    controller = {row["item"]: row["value"] for row in rows}
    assert controller["responsible person"] == "(not set)"
