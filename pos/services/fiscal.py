"""The fiscal queue: documents for the cash register, sent one at a time, in order, once.

Each sale (and, as they land, return, cash move, X and Z) puts a `fiscal_documents` row
into the unit of work that records it (`enqueue_in`), so the document and its record
commit together; its id is the till's own id, sent as `ExternalCheckNumber`. `drain`
sends one register's documents in `seq` order through a fiscal port (an adapter from the
`fiscal` package, given by the caller; the core never imports one):

- before a call the attempt is committed; a document tried before (a crash, a timeout, a
  lost answer) is first looked up by its id: found -> stored; 19 (never fiscalized) ->
  sent again under the SAME id; 14 (duplicate) -> fetched and stored;
- a fault stops the drain, so later documents never overtake an earlier one; 9 marks the
  document failed: kept with its reason, not retried until fixed (`retry`); a cash out
  refused with 8 (not enough cash in the box) is marked refused with what the box holds
  (`_refuse`): it never happened, so no X/Z counts it, and the drain goes on;
- the result is stored on the document (1:1 with the sale) with an audit entry and a
  `fiscal.recorded` outbox event for head office, in one unit of work.

In training mode ("no fiscal register") documents are stored as training and never sent.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos.domain.enums import PaymentMethod, Role
from pos.domain.errors import Code, NotFound, Refused, ValidationError
from pos.domain.events import EventType
from pos.domain.fiscal import (
    KKM_NOT_ENOUGH_CASH,
    NEEDS_FIX,
    FiscalFault,
    FiscalKind,
    FiscalPort,
    FiscalReport,
    FiscalRequest,
    FiscalResult,
    FiscalState,
    Payment,
    PaymentKind,
    Position,
    Problem,
    Provider,
    Unit,
)
from pos.domain.ids import new_id
from pos.domain.masking import scrub
from pos.domain.money import Money
from pos.domain.quantity import line_amount
from pos.services import settings
from pos.services.context import Action, ServiceContext
from pos.services.uow import UnitOfWork
from pos.storage.counters import next_value
from pos.storage.models import (
    FiscalDocument,
    PrintJob,
    ReturnRefund,
    Sale,
    SaleLine,
    SalePayment,
    SaleReturn,
)

FISCAL = "fiscal"
FISCAL_DEFAULTS: dict[str, Any] = {"provider": Provider.TRAINING.value}
# Where the service's shift limits start to show on screen, before they bite.
SHIFT_LIMIT = dt.timedelta(hours=24)
OFFLINE_LIMIT = dt.timedelta(hours=72)
WARN_BEFORE = dt.timedelta(hours=2)
WAITING = (FiscalState.PENDING.value, FiscalState.FAILED.value)
REPORTS = (FiscalKind.X_REPORT, FiscalKind.Z_REPORT)
NOT_ENOUGH_CASH = KKM_NOT_ENOUGH_CASH  # read by shifts (refused cash outs)
# The figures an X or Z is reconciled on (tiyn), as the till and the KKM each count them.
FIGURES = ("sold_tiyn", "returned_tiyn", "cash_in_tiyn", "cash_out_tiyn")


@dataclass(frozen=True, slots=True)
class FiscalView:
    """A fiscal document as receipts, the window and the CLI show it."""

    id: uuid.UUID
    kind: FiscalKind
    subject_id: uuid.UUID | None
    state: FiscalState
    provider: Provider
    attempts: int
    last_code: int | None
    last_error: str | None
    created_at: dt.datetime
    result: FiscalResult | None
    # X/Z: {"till": {...}, "kkm": {...}, "mismatch": [figure names]} (tiyn).
    report: dict[str, Any] | None = None

    @property
    def mismatch(self) -> list[str]:
        return list((self.report or {}).get("mismatch") or [])

    @property
    def external_id(self) -> str:
        return str(self.id)


@dataclass
class DrainReport:
    sent: int = 0
    recovered: int = 0  # found by lookup or after 14: fiscalized by an earlier attempt
    fault: FiscalFault | None = None
    blocked: FiscalView | None = None  # a failed document holding the queue
    done: list[FiscalView] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.fault is None and self.blocked is None


@dataclass(frozen=True, slots=True)
class FiscalStatus:
    provider: Provider
    cashbox: str
    url: str
    pending: int
    failed: int
    oldest_pending_at: dt.datetime | None
    shift_number: int | None
    shift_opened_at: dt.datetime | None  # the first fiscal document of that shift
    offline_since: dt.datetime | None  # the first offline result after the last online one
    last_code: int | None
    # The last Z (or X) the KKM answered, with its reconciliation against the till.
    last_report: FiscalView | None = None

    def shift_age(self, now: dt.datetime) -> dt.timedelta | None:
        return now - self.shift_opened_at if self.shift_opened_at else None

    def warnings(self, now: dt.datetime) -> list[str]:
        """The limits about to bite: 'shift' (24 h), 'offline' (72 h)."""
        out = []
        age = self.shift_age(now)
        if age is not None and age >= SHIFT_LIMIT - WARN_BEFORE:
            out.append("shift")
        if (
            self.offline_since is not None
            and now - self.offline_since >= OFFLINE_LIMIT - WARN_BEFORE * 12
        ):
            out.append("offline")
        return out


# --- settings -----------------------------------------------------------------------------


def config(session: Session) -> dict[str, Any]:
    return {**FISCAL_DEFAULTS, **settings.get(session, FISCAL)}


def provider_of(session: Session) -> Provider:
    return Provider(config(session).get("provider", Provider.TRAINING.value))


def configure(
    ctx: ServiceContext,
    provider: str,
    *,
    url: str | None = None,
    cashbox: str | None = None,
    login: str | None = None,
) -> dict[str, Any]:
    """Set the cash register connection (store admin). Secrets never come here: the
    password and API key stay in the OS keyring or the environment."""
    ctx.actor.require(Role.STORE_ADMIN, Action.CHANGE_SETTINGS)
    allowed = tuple(p.value for p in Provider)
    if provider not in allowed:
        raise ValidationError(
            Code.FISCAL_PROVIDER_UNKNOWN, field="provider", name=provider, allowed=allowed
        )
    with UnitOfWork(ctx) as uow:
        value = config(uow.session)
        value["provider"] = provider
        for key, given in (("url", url), ("cashbox", cashbox), ("login", login)):
            if given is not None:
                value[key] = given.strip()
        if provider == Provider.WEBKASSA.value:
            for key in ("url", "cashbox", "login"):
                if not value.get(key):
                    raise ValidationError(Code.FISCAL_SETTING_MISSING, field=key, name=key)
        settings.put(uow.session, FISCAL, value)
        uow.audit(
            "settings.changed", {"setting": FISCAL}, sorted(["provider", "url", "cashbox", "login"])
        )
        uow.commit()
        return value


def read_config(ctx: ServiceContext) -> dict[str, Any]:
    with ctx.db.read_session() as session:
        return config(session)


# --- the queue ----------------------------------------------------------------------------


def enqueue_in(
    uow: UnitOfWork,
    kind: FiscalKind,
    subject_id: uuid.UUID | None,
    amount_tiyn: int,
    *,
    till_figures: dict[str, int] | None = None,
) -> uuid.UUID:
    """Put a document in this register's queue, inside the caller's unit of work. An X or
    Z carries the till's own figures (`FIGURES`), reconciled with the KKM's when it answers."""
    session = uow.session
    register = uow.actor.register_id
    provider = provider_of(session)
    state = FiscalState.TRAINING if provider is Provider.TRAINING else FiscalState.PENDING
    doc_id = new_id()
    session.add(
        FiscalDocument(
            id=doc_id,
            register_id=register,
            seq=next_value(session, f"fiscal:{register}"),
            kind=kind.value,
            subject_id=subject_id,
            provider=provider.value,
            state=state.value,
            amount_tiyn=amount_tiyn,
            attempts=0,
            created_at=uow.now,
            report={"till": dict(till_figures)} if till_figures is not None else None,
        )
    )
    return doc_id


def _result(doc: FiscalDocument) -> FiscalResult | None:
    if doc.fiscal_at is None:
        return None
    return FiscalResult(
        fiscal_sign=doc.fiscal_sign or "",
        registration_number=doc.registration_number or "",
        at=doc.fiscal_at,
        total_tiyn=doc.fiscal_total_tiyn or 0,
        offline=bool(doc.offline),
        shift_number=doc.shift_number or 0,
        ticket_url=doc.ticket_url or "",
        order_number=doc.order_number,
        factory_number=doc.factory_number or "",
        ofd_name=doc.ofd_name or "",
        ofd_host=doc.ofd_host or "",
    )


def view(doc: FiscalDocument) -> FiscalView:
    return FiscalView(
        id=doc.id,
        kind=FiscalKind(doc.kind),
        subject_id=doc.subject_id,
        state=FiscalState(doc.state),
        provider=Provider(doc.provider),
        attempts=doc.attempts,
        last_code=doc.last_code,
        last_error=doc.last_error,
        created_at=doc.created_at,
        result=_result(doc),
        report=dict(doc.report) if doc.report else None,
    )


def for_subject(ctx: ServiceContext, subject_id: uuid.UUID) -> FiscalView | None:
    """The fiscal document of a sale (or return, cash move); None for one made before."""
    with ctx.db.read_session() as session:
        return for_subject_in(session, subject_id)


def for_subject_in(session: Session, subject_id: uuid.UUID) -> FiscalView | None:
    doc = session.scalar(
        select(FiscalDocument)
        .where(FiscalDocument.subject_id == subject_id)
        .order_by(FiscalDocument.seq)
        .limit(1)
    )
    return view(doc) if doc is not None else None


def waiting(ctx: ServiceContext) -> list[FiscalView]:
    """This register's documents not yet fiscalized, oldest first."""
    with ctx.db.read_session() as session:
        rows = session.scalars(
            select(FiscalDocument)
            .where(
                FiscalDocument.register_id == ctx.actor.register_id,
                FiscalDocument.state.in_(WAITING),
            )
            .order_by(FiscalDocument.seq)
        )
        return [view(d) for d in rows]


def waiting_count(ctx: ServiceContext) -> int:
    """How many of this register's documents wait (a cheap check before a drain)."""
    with ctx.db.read_session() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(FiscalDocument)
                .where(
                    FiscalDocument.register_id == ctx.actor.register_id,
                    FiscalDocument.state == FiscalState.PENDING.value,
                )
            )
            or 0
        )


def status(ctx: ServiceContext) -> FiscalStatus:
    with ctx.db.read_session() as session:
        cfg = config(session)
        register = ctx.actor.register_id
        counts = dict(
            session.execute(
                select(FiscalDocument.state, func.count())
                .where(FiscalDocument.register_id == register, FiscalDocument.state.in_(WAITING))
                .group_by(FiscalDocument.state)
            ).all()
        )
        oldest = session.scalar(
            select(func.min(FiscalDocument.created_at)).where(
                FiscalDocument.register_id == register, FiscalDocument.state.in_(WAITING)
            )
        )
        last = session.scalar(
            select(FiscalDocument)
            .where(
                FiscalDocument.register_id == register,
                FiscalDocument.state == FiscalState.DONE.value,
            )
            .order_by(FiscalDocument.seq.desc())
            .limit(1)
        )
        # After a Z the KKM's shift is closed: the next document opens the next one.
        closed = last is not None and last.kind == FiscalKind.Z_REPORT.value
        shift_number = last.shift_number if last is not None and not closed else None
        opened = offline_since = None
        if last is not None and shift_number:
            opened = session.scalar(
                select(func.min(FiscalDocument.fiscal_at)).where(
                    FiscalDocument.register_id == register,
                    FiscalDocument.shift_number == shift_number,
                    FiscalDocument.kind.notin_([FiscalKind.Z_REPORT.value]),
                )
            )
        if last is not None and last.offline:
            online_seq = session.scalar(
                select(func.max(FiscalDocument.seq)).where(
                    FiscalDocument.register_id == register,
                    FiscalDocument.state == FiscalState.DONE.value,
                    FiscalDocument.offline.is_(False),
                )
            )
            offline_since = session.scalar(
                select(func.min(FiscalDocument.fiscal_at)).where(
                    FiscalDocument.register_id == register,
                    FiscalDocument.offline.is_(True),
                    FiscalDocument.seq > (online_seq or 0),
                )
            )
        last_code = session.scalar(
            select(FiscalDocument.last_code)
            .where(FiscalDocument.register_id == register, FiscalDocument.state.in_(WAITING))
            .order_by(FiscalDocument.seq)
            .limit(1)
        )
        last_report = session.scalar(
            select(FiscalDocument)
            .where(
                FiscalDocument.register_id == register,
                FiscalDocument.kind.in_([k.value for k in REPORTS]),
                FiscalDocument.state == FiscalState.DONE.value,
            )
            .order_by(FiscalDocument.seq.desc())
            .limit(1)
        )
        return FiscalStatus(
            last_report=view(last_report) if last_report is not None else None,
            provider=Provider(cfg.get("provider", Provider.TRAINING.value)),
            cashbox=str(cfg.get("cashbox", "")),
            url=str(cfg.get("url", "")),
            pending=int(counts.get(FiscalState.PENDING.value, 0)),
            failed=int(counts.get(FiscalState.FAILED.value, 0)),
            oldest_pending_at=oldest,
            shift_number=shift_number,
            shift_opened_at=opened,
            offline_since=offline_since,
            last_code=last_code,
        )


# --- the request a document makes -------------------------------------------------------


def request_for(session: Session, doc: FiscalDocument) -> FiscalRequest:
    kind = FiscalKind(doc.kind)
    external = str(doc.id)
    if kind is FiscalKind.SALE:
        sale = session.get_one(Sale, doc.subject_id)
        return _sale_request(session, sale, external)
    if kind is FiscalKind.RETURN:
        return _return_request(session, session.get_one(SaleReturn, doc.subject_id), external)
    if kind in (FiscalKind.CASH_IN, FiscalKind.CASH_OUT):
        return FiscalRequest(kind=kind, external_id=external, amount_tiyn=doc.amount_tiyn)
    raise NotFound(Code.FISCAL_UNKNOWN_DOCUMENT, kkm=0)


def _position(ln: SaleLine, quantity_milli: int, total_tiyn: int) -> Position:
    return Position(
        name=ln.name,
        code=ln.barcode or str(ln.line_no),
        quantity_milli=quantity_milli,
        unit=Unit.KILOGRAM if ln.unit == "kg" else Unit.PIECE,
        price_tiyn=ln.unit_price_tiyn,
        total_tiyn=total_tiyn,
        # The line's own discount and its share of the receipt discount.
        discount_tiyn=line_amount(quantity_milli, ln.unit_price_tiyn) - total_tiyn,
        vat_percent=ln.vat_percent or None,
    )


def _kind_of(method: str) -> PaymentKind:
    # Card, and the bank's money for credit and installment: a non-cash payment.
    return PaymentKind.CASH if method == PaymentMethod.CASH.value else PaymentKind.CARD


def _return_request(session: Session, row: SaleReturn, external: str) -> FiscalRequest:
    """A return quotes its original's fiscal result (ReturnBasisDetails); an original with
    none (training, or never fiscalized) is sent without, and the KKM's refusal is kept."""
    sale = session.get_one(Sale, row.sale_id)
    by_id = {ln.id: ln for ln in sale.lines}
    positions = tuple(
        _position(by_id[rl.sale_line_id], rl.quantity_milli, rl.amount_tiyn) for rl in row.lines
    )
    refunds = session.scalars(select(ReturnRefund).where(ReturnRefund.return_id == row.id))
    paid: dict[PaymentKind, int] = {}
    for r in refunds:
        paid[_kind_of(r.method)] = paid.get(_kind_of(r.method), 0) + r.amount_tiyn
    original = for_subject_in(session, sale.id)
    basis = original.result if original is not None and original.state is FiscalState.DONE else None
    return FiscalRequest(
        kind=FiscalKind.RETURN,
        external_id=external,
        positions=positions,
        payments=tuple(Payment(k, v) for k, v in paid.items() if v),
        basis=basis,
    )


def _sale_request(session: Session, sale: Sale, external: str) -> FiscalRequest:
    positions = tuple(_position(ln, ln.quantity_milli, ln.total_tiyn) for ln in sale.lines)
    parts = list(session.scalars(select(SalePayment).where(SalePayment.sale_id == sale.id)))
    method = PaymentMethod(sale.payment_method)
    change = 0
    if parts:  # cash, card or both (split payment): cash is what was handed over
        payments = tuple(
            Payment(
                _kind_of(p.method),
                (p.tendered_tiyn or p.amount_tiyn) if p.method == "cash" else p.amount_tiyn,
            )
            for p in parts
        )
        change = sum(p.change_tiyn or 0 for p in parts if p.method == "cash")
    elif method is PaymentMethod.CASH:
        paid = sale.tendered_tiyn if sale.tendered_tiyn is not None else sale.total_tiyn
        change = sale.change_tiyn or 0
        payments = (Payment(PaymentKind.CASH, paid),)
    else:
        # Card, and the bank's money for credit and installment: a non-cash payment.
        payments = (Payment(PaymentKind.CARD, sale.total_tiyn),)
    # Buyer data is never sent: no consent purpose names the KKM operator or the OFD as a
    # recipient (pos.domain.minimization.PURPOSE_RECIPIENTS), so `customer` stays empty.
    return FiscalRequest(
        kind=FiscalKind.SALE,
        external_id=external,
        positions=positions,
        payments=payments,
        change_tiyn=change,
    )


# --- the drain ----------------------------------------------------------------------------


def drain(
    ctx: ServiceContext,
    port: FiscalPort,
    *,
    limit: int | None = None,
    budget_s: float | None = None,
) -> DrainReport:
    """Send this register's waiting documents in order until the queue is empty, a fault
    stops it, `limit` documents were done or `budget_s` seconds have passed (checked
    between documents). Blocks (network): never on the GUI thread."""
    report = DrainReport()
    deadline = None if budget_s is None else time.monotonic() + budget_s
    while limit is None or len(report.done) < limit:
        if deadline is not None and time.monotonic() > deadline:
            return report
        with ctx.db.read_session() as session:
            doc = session.scalar(
                select(FiscalDocument)
                .where(
                    FiscalDocument.register_id == ctx.actor.register_id,
                    FiscalDocument.state.in_(WAITING),
                    # A cash out the KKM refused for want of cash (8) never happened there:
                    # it is kept and shown, and does not hold the documents after it.
                    ~(
                        (FiscalDocument.state == FiscalState.FAILED.value)
                        & (FiscalDocument.last_code == NOT_ENOUGH_CASH)
                    ),
                )
                .order_by(FiscalDocument.seq)
                .limit(1)
            )
            if doc is None:
                return report
            if doc.state == FiscalState.FAILED.value:
                report.blocked = view(doc)
                return report
            kind = FiscalKind(doc.kind)
            tried_before = doc.attempts > 0
            doc_id = doc.id
            request = None if kind in REPORTS else request_for(session, doc)
        _mark_attempt(ctx, doc_id)
        if request is None:
            try:
                kkm = port.report(kind)
            except FiscalFault as fault:
                if not (
                    kind is FiscalKind.Z_REPORT
                    and tried_before
                    and fault.problem is Problem.NO_SHIFT
                ):
                    _mark_fault(ctx, doc_id, fault)
                    report.fault = fault
                    return report
                # A Z whose answer was lost: the KKM's shift is closed already; its
                # figures are gone with the answer, which the reconciliation says.
                kkm = None
            report.done.append(_store_report(ctx, doc_id, kkm))
            report.sent += 1
            continue
        try:
            result = port.lookup(request.external_id) if tried_before else None
            recovered = result is not None
            if result is None:
                try:
                    result = port.send(request)
                except FiscalFault as fault:
                    if fault.problem is not Problem.DUPLICATE:
                        raise
                    result = port.lookup(request.external_id)
                    if result is None:
                        # The KKM has it but will not show it: never resend; a person looks.
                        raise FiscalFault(Problem.INVALID, fault.kkm_code, fault.detail) from None
                    recovered = True
            if not result.fiscal_sign and request.kind in (FiscalKind.SALE, FiscalKind.RETURN):
                # An answer without a fiscal sign is no fiscal result: keep it for a person.
                raise FiscalFault(Problem.INVALID, 0, "the answer carried no fiscal sign")
            if not result.total_tiyn:
                result = dataclasses.replace(result, total_tiyn=request.total_tiyn)
        except FiscalFault as fault:
            if kind is FiscalKind.CASH_OUT and fault.problem is Problem.NOT_ENOUGH_CASH:
                # Never happened at the KKM: kept as refused, it holds nothing after it.
                in_box = fault.cash_in_box_tiyn
                if in_box is None:
                    in_box = _cash_in_box(port)
                report.done.append(_refuse(ctx, doc_id, fault, in_box))
                continue
            _mark_fault(ctx, doc_id, fault)
            report.fault = fault
            return report
        done = _store(ctx, doc_id, result)
        report.done.append(done)
        if recovered:
            report.recovered += 1
        else:
            report.sent += 1
    return report


def _mark_attempt(ctx: ServiceContext, doc_id: uuid.UUID) -> None:
    # Committed before the call: after a crash, the next drain knows it may have been sent
    # and looks it up before sending it again (under the same id).
    with UnitOfWork(ctx) as uow:
        doc = uow.session.get_one(FiscalDocument, doc_id)
        doc.attempts += 1
        doc.tried_at = uow.now
        uow.commit()


def _reason(fault: FiscalFault) -> str:
    # The service's text may echo the document: scrubbed, one line, bounded.
    return scrub(" ".join((fault.detail or fault.problem.value).split()))[:300]


def _mark_fault(ctx: ServiceContext, doc_id: uuid.UUID, fault: FiscalFault) -> None:
    with UnitOfWork(ctx) as uow:
        doc = uow.session.get_one(FiscalDocument, doc_id)
        doc.last_code = fault.kkm_code
        doc.last_error = _reason(fault)
        if fault.problem in NEEDS_FIX:
            doc.state = FiscalState.FAILED.value
            uow.audit("fiscal.failed", {"fiscal_document": doc.id}, ["state", "last_code"])
        uow.commit()


def _cash_in_box(port: FiscalPort) -> int | None:
    # The error did not say how much the box holds: an X report does (SumInCashbox).
    try:
        return port.report(FiscalKind.X_REPORT).cash_in_box_tiyn
    except FiscalFault:
        return None


def _refuse(
    ctx: ServiceContext, doc_id: uuid.UUID, fault: FiscalFault, in_box: int | None
) -> FiscalView:
    """A cash out the KKM refused for want of cash (8): the move stays, marked refused
    (no X/Z counts it), audited, and head office hears of it; never deleted."""
    with UnitOfWork(ctx) as uow:
        doc = uow.session.get_one(FiscalDocument, doc_id)
        doc.state = FiscalState.REFUSED.value
        doc.done_at = uow.now
        doc.last_code = fault.kkm_code
        doc.last_error = _reason(fault)
        doc.report = {"in_box_tiyn": in_box}
        uow.audit("fiscal.refused", {"fiscal_document": doc.id}, ["state", "last_code"])
        uow.emit(
            EventType.FISCAL_RECORDED,
            {
                "fiscal_document_id": str(doc.id),
                "register_id": str(doc.register_id),
                "kind": doc.kind,
                "subject_id": str(doc.subject_id) if doc.subject_id else None,
                "state": doc.state,
                "kkm_code": doc.last_code,
                "amount_tiyn": doc.amount_tiyn,
                "in_box_tiyn": in_box,
            },
        )
        out = view(doc)
        uow.commit()
        return out


def refused_in_box(doc: FiscalView) -> int | None:
    """What the box held when the KKM refused this cash out (None: it did not say)."""
    value = (doc.report or {}).get("in_box_tiyn")
    return int(value) if value is not None else None


def is_refused(doc: FiscalView | None) -> bool:
    """A cash out the KKM refused for want of cash (8); older tills kept it as failed."""
    if doc is None or doc.kind is not FiscalKind.CASH_OUT:
        return False
    return doc.state is FiscalState.REFUSED or (
        doc.state is FiscalState.FAILED and doc.last_code == NOT_ENOUGH_CASH
    )


def check_cash_out(ctx: ServiceContext, move_id: uuid.UUID) -> None:
    """Refuse (say) a cash out the cash register refused for want of cash, with what its
    box holds; the window and the CLI ask once the queue was sent. Silent otherwise
    (done, training, or still pending: the queue retries)."""
    doc = for_subject(ctx, move_id)
    if doc is None or not is_refused(doc):
        return
    in_box = refused_in_box(doc)
    if in_box is None:
        raise Refused(Code.CASH_OUT_REFUSED_BY_KKM_UNKNOWN, field="amount")
    raise Refused(Code.CASH_OUT_REFUSED_BY_KKM, field="amount", in_box=Money(in_box))


def _store(ctx: ServiceContext, doc_id: uuid.UUID, result: FiscalResult) -> FiscalView:
    with UnitOfWork(ctx) as uow:
        doc = uow.session.get_one(FiscalDocument, doc_id)
        if doc.state == FiscalState.DONE.value:  # another drain stored it first
            return view(doc)
        doc.state = FiscalState.DONE.value
        doc.done_at = uow.now
        doc.last_code = None
        doc.last_error = None
        doc.fiscal_sign = result.fiscal_sign
        doc.registration_number = result.registration_number
        doc.factory_number = result.factory_number
        doc.fiscal_at = result.at
        doc.fiscal_total_tiyn = result.total_tiyn
        doc.offline = result.offline
        doc.shift_number = result.shift_number
        doc.order_number = result.order_number
        doc.ticket_url = result.ticket_url
        doc.ofd_name = result.ofd_name
        doc.ofd_host = result.ofd_host
        uow.audit("fiscal.done", {"fiscal_document": doc.id}, ["state", "fiscal_sign"])
        uow.emit(EventType.FISCAL_RECORDED, _payload(doc))
        out = view(doc)
        uow.commit()
        return out


def _store_report(ctx: ServiceContext, doc_id: uuid.UUID, kkm: FiscalReport | None) -> FiscalView:
    with UnitOfWork(ctx) as uow:
        doc = uow.session.get_one(FiscalDocument, doc_id)
        till = dict((doc.report or {}).get("till") or {})
        kkm_figures: dict[str, int] | None = None
        if kkm is not None:
            kkm_figures = {
                "sold_tiyn": kkm.sold_tiyn,
                "returned_tiyn": kkm.returned_tiyn,
                "cash_in_tiyn": kkm.cash_in_tiyn,
                "cash_out_tiyn": kkm.cash_out_tiyn,
                "cash_in_box_tiyn": kkm.cash_in_box_tiyn,
                "document_count": kkm.document_count,
                "report_number": kkm.report_number,
                "shift_number": kkm.shift_number,
            }
            mismatch = [f for f in FIGURES if f in till and till[f] != kkm_figures[f]]
            doc.shift_number = kkm.shift_number
            doc.fiscal_at = kkm.at
        else:
            mismatch = ["lost"]
        doc.report = {"till": till, "kkm": kkm_figures, "mismatch": mismatch}
        doc.state = FiscalState.DONE.value
        doc.done_at = uow.now
        doc.last_code = None
        doc.last_error = None
        uow.audit("fiscal.report", {"fiscal_document": doc.id}, ["state", "report"])
        uow.emit(
            EventType.FISCAL_RECORDED,
            {
                "fiscal_document_id": str(doc.id),
                "register_id": str(doc.register_id),
                "kind": doc.kind,
                "subject_id": str(doc.subject_id) if doc.subject_id else None,
                "report": doc.report,
            },
        )
        out = view(doc)
        uow.commit()
        return out


def _payload(doc: FiscalDocument) -> dict[str, object]:
    return {
        "fiscal_document_id": str(doc.id),
        "register_id": str(doc.register_id),
        "kind": doc.kind,
        "subject_id": str(doc.subject_id) if doc.subject_id else None,
        "fiscal_sign": doc.fiscal_sign,
        "registration_number": doc.registration_number,
        "factory_number": doc.factory_number,
        "fiscal_at": doc.fiscal_at.isoformat() if doc.fiscal_at else None,
        "total_tiyn": doc.fiscal_total_tiyn,
        "offline": doc.offline,
        "shift_number": doc.shift_number,
        "order_number": doc.order_number,
        "ticket_url": doc.ticket_url,
    }


def retry(ctx: ServiceContext, doc_id: uuid.UUID) -> FiscalView:
    """Put a failed document back in the queue once its cause is fixed.

    A sales manager may (a store admin too, by rank): the documents held here are refused
    for what they carry (9: validation, a broken sequence), and fixing that, or deciding
    that the fix is made, is a store-level decision about the store's own sales, like a
    late return. Settings errors (1, 3, 4, 5) never hold a document: they stop the drain
    with the document pending, and only the store admin changes the settings
    (`configure`). A cash out refused for want of cash (8) is not retried: it is refused."""
    ctx.actor.require(Role.SALES_MANAGER, Action.CHANGE_SETTINGS)
    with UnitOfWork(ctx) as uow:
        doc = uow.session.get(FiscalDocument, doc_id)
        if doc is None or doc.state != FiscalState.FAILED.value:
            raise NotFound(Code.FISCAL_UNKNOWN_DOCUMENT, kkm=0)
        doc.state = FiscalState.PENDING.value
        uow.audit("fiscal.retry", {"fiscal_document": doc.id}, ["state"])
        out = view(doc)
        uow.commit()
        return out


# --- what a receipt prints ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FiscalReceipt:
    """The fiscal part of a sale's receipt: its document, the seller, and whether a receipt
    of this sale was printed before (then this paper is a copy)."""

    document: FiscalView | None
    seller_name: str
    seller_bin: str
    copy: bool


def receipt_part(ctx: ServiceContext, sale_id: uuid.UUID) -> FiscalReceipt:
    ctx.actor.require(Role.CASHIER, Action.PRINT_RECEIPT)
    with ctx.db.read_session() as session:
        operator = settings.operator_from(session)
        printed = session.scalar(
            select(func.count())
            .select_from(PrintJob)
            .where(
                PrintJob.document == "receipt",
                PrintJob.subject_id == sale_id,
                PrintJob.status == "done",
            )
        )
        return FiscalReceipt(
            document=for_subject_in(session, sale_id),
            seller_name=operator.name if operator else "",
            seller_bin=operator.bin if operator else "",
            copy=bool(printed),
        )
