"""`pos buyer ...`: find a buyer, print their access report."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from pos.domain.money import format_tiyn
from pos.domain.views import AccessReport, to_json
from till.cli.common import open_till, parse_id


def register(sub: Any) -> Any:
    """Add `pos buyer find|report`; returns the `buyer` action parsers for the privacy actions."""
    buyer = sub.add_parser("buyer", help="find buyers, their report and their requests")
    bsub = buyer.add_subparsers(dest="buyer_command", metavar="ACTION", required=True)
    f = bsub.add_parser("find", help="search by IIN, phone (or its last digits) or name")
    f.add_argument("text")
    f.add_argument("--limit", type=int, default=20)
    f.set_defaults(handler=cmd_find)
    r = bsub.add_parser("report", help="everything held about a buyer (access report)")
    r.add_argument("id")
    r.add_argument("--json", action="store_true", help="machine-readable output")
    r.set_defaults(handler=cmd_report)
    return bsub


def cmd_find(args: argparse.Namespace) -> int:
    from pos.services.buyers import find_buyers

    with open_till() as till:
        found = find_buyers(till.context(), args.text, limit=args.limit)
    for b in found:
        flag = "re-consent needed" if b.reconsent_needed else ""
        year = b.birth_year or ""
        print(
            f"{b.id}\t{b.display_name}\t{b.masked_iin}\t{b.masked_phone}\t{year}\t{flag}".rstrip()
        )
    if not found:
        print("no buyer found")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from pos.services.reports import access_report

    buyer_id = parse_id(args.id)
    with open_till() as till:
        report = access_report(till.context(), buyer_id)
    print(to_json(report) if args.json else render_text(report))
    return 0


def render_text(r: AccessReport) -> str:
    tz = ZoneInfo(r.timezone)

    def when(t: dt.datetime) -> str:
        return t.astimezone(tz).strftime("%Y-%m-%d %H:%M")

    b = r.buyer
    out = [f"Access report, {when(r.generated_at)} ({r.timezone}), {r.store_name}"]
    if r.operator:
        out.append(f"Operator: {r.operator.name}, BIN {r.operator.bin}, {r.operator.contact}")
    out += ["", f"Buyer {b.id} ({b.status})"]
    for name, value in b.data.as_dict().items():
        if value not in (None, ""):
            out.append(f"  {name}: {value}")
    out.append(
        f"  current policy: {b.current_policy_label or '-'}"
        + ("  (re-consent needed)" if b.reconsent_needed else "")
    )
    out += ["", "Consent by purpose:"]
    for p in b.purposes:
        until = f", until {p.valid_until}" if p.valid_until else ""
        out.append(
            f"  {p.purpose.value}: {p.state.value} (policy {p.policy_label}, since {when(p.since)}{until})"
        )
    out += ["", "Consent records:"]
    for c in r.consents:
        out.append(
            f"  {c.id} {when(c.given_at)} {c.sale_type.value} policy {c.policy_label} "
            f"sha256 {c.policy_sha256[:12]} {c.method.value}{' ' + c.form_number if c.form_number else ''}"
        )
        for e in c.events:
            extra = f" [{e.blocker or e.reference}]" if (e.blocker or e.reference) else ""
            out.append(f"    {when(e.at)} {e.purpose.value}: {e.state.value}{extra}")
    out += ["", "Purchases:"]
    for s in r.purchases:
        out.append(
            f"  {when(s.created_at)} receipt {s.store_code}/{s.register_code}/{s.receipt_no} "
            f"{s.payment_method.value} {format_tiyn(s.total_tiyn)}"
        )
    out += ["", "Credit and installments:"]
    for cr in r.credits:
        out.append(
            f"  {cr.kind.value} {cr.partner_bank} {cr.product}, {cr.term_months} months, "
            f"outstanding {format_tiyn(cr.outstanding_tiyn)} ({cr.status.value})"
        )
    out += ["", "Disclosures:"]
    for d in r.disclosures:
        basis = d.purpose.value if d.purpose else f"legal basis: {d.legal_basis}"
        out.append(
            f"  {when(d.at)} to {d.recipient_category.value} {d.recipient_name} "
            f"({basis}): {', '.join(c.value for c in d.data_categories)}"
            + (f", receipt {d.receipt}" if d.receipt else "")
        )
    out += ["", "Requests:"]
    for q in r.requests:
        answered = when(q.answered_at) if q.answered_at else "pending"
        out.append(
            f"  {when(q.received_at)} {q.kind.value}: {q.outcome.value} ({answered})"
            + (f" - {q.detail}" if q.detail else "")
        )
    return "\n".join(out)
