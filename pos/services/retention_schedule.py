"""Retention on its own: at start-up and daily, by whatever keeps the till running.

The window (a timer on its long lane) and `pos sync` (every cycle) ask `run_if_due`; a run
needs nobody signed in and is done as the till itself, audited as "retention" (as
head-office directives are audited as "headoffice"). Only one run at a time per database,
across processes: a lease kept as a row in the database, taken and given back in write
transactions. A lease a crash left behind is taken over once its process is gone (same
machine) or its time ran out, so nothing left on disk blocks retention for long.

Every run, finished or failed, is remembered (the status bar and `pos check` show the last)
and its counts go to head office as a `retention.run` event, so an officer sees a till
whose retention stopped. Counts only: nothing here names a buyer.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading
import uuid
from dataclasses import dataclass
from typing import Any

from pos.domain.enums import Role
from pos.domain.errors import Code, Conflict, PosError
from pos.domain.events import EventType
from pos.domain.ids import new_id
from pos.services import settings
from pos.services.context import Action, Actor, ServiceContext
from pos.services.retention import RetentionReport, run_retention
from pos.services.uow import UnitOfWork
from protocol.wire import RetentionRunBody, RetentionTrigger

log = logging.getLogger(__name__)

# The audit's name for a run nobody typed.
ACTOR = "retention"
# Settings rows: the last runs, and the lease of the run under way.
STATE = "retention_state"
LEASE = "retention_lease"

RUN_EVERY = dt.timedelta(days=1)
# After a failed run, the next try waits this long (a busy disk is not hammered).
RETRY_AFTER = dt.timedelta(hours=1)
# Past this without a finished run the status bar, `pos check` and head office warn.
OVERDUE_AFTER = dt.timedelta(days=2)
# A lease outlives any real run; a crashed holder on this machine is noticed sooner.
LEASE_FOR = dt.timedelta(hours=6)
# A last run "in the future" by more than this means the clock was wrong: run again.
CLOCK_SLACK = dt.timedelta(hours=1)
NOT_DUE, BUSY = "not due", "busy"
UNEXPECTED = "unexpected failure (details without personal data are in the till log)"

# Leases held by runs under way in this process (another thread may ask meanwhile).
_held: set[str] = set()
_held_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class RunRecord:
    """One run as remembered: when, what started it, its counts, and why it failed."""

    run_id: uuid.UUID
    trigger: RetentionTrigger
    started_at: dt.datetime
    finished_at: dt.datetime
    purposes_expired: int
    buyers_destroyed: int
    buyers_kept: int
    sent_events_pruned: int
    errors: int
    error: str | None

    @property
    def ok(self) -> bool:
        return self.errors == 0

    def counts(self) -> str:
        """The counts in one line (`pos check`, `pos sync`, the status bar's tooltip)."""
        line = (
            f"{self.purposes_expired} purposes expired, {self.buyers_destroyed} buyers "
            f"destroyed, {self.buyers_kept} kept for outstanding credit, {self.errors} errors"
        )
        return line + (f" ({self.error})" if self.error else "")

    def body(self) -> dict[str, Any]:
        """The `retention.run` payload (validated by the protocol's model)."""
        return RetentionRunBody(
            run_id=self.run_id,
            trigger=self.trigger,
            started_at=self.started_at,
            finished_at=self.finished_at,
            purposes_expired=self.purposes_expired,
            buyers_destroyed=self.buyers_destroyed,
            buyers_kept=self.buyers_kept,
            sent_events_pruned=self.sent_events_pruned,
            errors=self.errors,
            error=self.error,
        ).model_dump(mode="json")

    @classmethod
    def from_body(cls, body: dict[str, Any]) -> RunRecord:
        b = RetentionRunBody.model_validate(body)
        return cls(
            b.run_id,
            b.trigger,
            b.started_at,
            b.finished_at,
            b.purposes_expired,
            b.buyers_destroyed,
            b.buyers_kept,
            b.sent_events_pruned,
            b.errors,
            b.error,
        )


@dataclass(frozen=True, slots=True)
class RetentionStatus:
    """What the status bar and `pos check` show."""

    last_run: RunRecord | None
    # When the last run that finished started (None: retention never finished here).
    last_success: dt.datetime | None
    overdue: bool
    running_since: dt.datetime | None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one call did: ran (with its record), or skipped and why."""

    record: RunRecord | None = None
    # NOT_DUE, BUSY (another run holds the lease) or "could not start" when nothing ran.
    skipped: str | None = None
    # Why the run stopped early (it is recorded too); None when it finished.
    failure: PosError | None = None

    @property
    def ran(self) -> bool:
        return self.record is not None

    def summary(self) -> str:
        if self.record is None:
            why = f"{self.skipped}: {self.failure}" if self.failure else self.skipped
            return f"retention: skipped ({why})"
        done = "finished" if self.record.ok else "failed"
        return f"retention: {done}: {self.record.counts()}"


def retention_actor(actor: Actor) -> Actor:
    """The till itself running retention (store admin's rights, audited as "retention")."""
    return Actor(actor.store_id, actor.register_id, Role.STORE_ADMIN, None, ACTOR)


def status(ctx: ServiceContext) -> RetentionStatus:
    """The last run, when retention last finished, and whether it is overdue."""
    now = ctx.clock()
    with ctx.db.read_session() as session:
        state = settings.get(session, STATE)
        lease = settings.get(session, LEASE)
    last = state.get("last_run")
    last_success = _time(state.get("last_success"))
    overdue = last_success is None or now - last_success > OVERDUE_AFTER
    running = _time(lease.get("since")) if _lease_live(lease, now) else None
    return RetentionStatus(
        RunRecord.from_body(last) if last else None, last_success, overdue, running
    )


def is_due(state: dict[str, Any], now: dt.datetime, every: dt.timedelta = RUN_EVERY) -> bool:
    """Due when no run finished within `every`, unless a run failed within RETRY_AFTER."""
    last_success = _time(state.get("last_success"))
    last_attempt = _time(state.get("last_attempt"))
    if last_attempt is not None and last_attempt - now > CLOCK_SLACK:
        return True  # the clock was put back: the remembered times mean nothing
    if last_success is not None and now - last_success < every:
        return False
    return not (
        last_attempt is not None
        and last_attempt != last_success
        and now - last_attempt < RETRY_AFTER
    )


def run_if_due(
    ctx: ServiceContext, trigger: RetentionTrigger, *, every: dt.timedelta = RUN_EVERY
) -> Outcome:
    """Run retention as the till itself if it is due and no other run holds the lease.
    Never raises for a failed run (the outcome and the record carry it)."""
    sctx = ctx.as_actor(retention_actor(ctx.actor))
    now = ctx.clock()
    try:
        # A read first: the loops ask every few seconds or minutes, and a run is due daily,
        # so most asks end here without taking the write lock.
        with ctx.db.read_session() as session:
            if _lease_live(settings.get(session, LEASE), now):
                return Outcome(skipped=BUSY)
            if not is_due(settings.get(session, STATE), now, every):
                return Outcome(skipped=NOT_DUE)
        holder = _acquire(sctx, due_every=every)
    except PosError as exc:  # the database is busy or full: the next check tries again
        return Outcome(skipped="could not start", failure=exc)
    if holder in (NOT_DUE, BUSY):
        return Outcome(skipped=holder)
    record, failure = _run(sctx, trigger, holder)
    return Outcome(record=record, failure=failure)


def run_now(ctx: ServiceContext) -> RunRecord:
    """Run retention now, for the store admin who asked (`pos retention run`); refuses
    while another run is under way. A failed run is recorded, then raised."""
    ctx.actor.require(Role.STORE_ADMIN, Action.RETENTION_RUN)
    holder = _acquire(ctx, due_every=None)
    if holder == BUSY:
        raise Conflict(Code.RETENTION_BUSY)
    record, failure = _run(ctx, RetentionTrigger.MANUAL, holder)
    if failure is not None:
        raise failure
    return record


# --- one run --------------------------------------------------------------------------------


def _run(
    ctx: ServiceContext, trigger: RetentionTrigger, holder: str
) -> tuple[RunRecord, PosError | None]:
    started = ctx.clock()
    report: RetentionReport | None = None
    failure: PosError | None = None
    error: str | None = None
    try:
        report = run_retention(ctx)
    except PosError as exc:
        failure, error = exc, str(exc)[:300]
        log.warning("retention run failed: %s", exc.code)
    except Exception:
        # The traceback goes to the till log (SQL parameters are hidden there).
        log.exception("retention run failed unexpectedly")
        failure, error = PosError(Code.RECORDED_REASON, reason=UNEXPECTED), UNEXPECTED
    record = RunRecord(
        run_id=new_id(),
        trigger=trigger,
        started_at=started,
        finished_at=ctx.clock(),
        purposes_expired=report.purposes_expired if report else 0,
        buyers_destroyed=report.buyers_destroyed if report else 0,
        buyers_kept=report.buyers_kept_for_obligations if report else 0,
        sent_events_pruned=report.sent_events_pruned if report else 0,
        errors=0 if report else 1,
        error=error,
    )
    try:
        _finish(ctx, record, holder)
    except PosError as exc:
        # Not remembered (the disk is full or busy): the lease is ours and no longer held,
        # so the next check takes it over and runs again.
        log.warning("retention run could not be recorded: %s", exc.code)
        failure = failure or exc
    finally:
        with _held_lock:
            _held.discard(holder)
    return record, failure


def _finish(ctx: ServiceContext, record: RunRecord, holder: str) -> None:
    """Remember the run, queue its counts for head office and give the lease back, together."""
    with UnitOfWork(ctx) as uow:
        state = settings.get(uow.session, STATE)
        state["last_run"] = record.body()
        state["last_attempt"] = record.started_at.isoformat()
        if record.ok:
            state["last_success"] = record.started_at.isoformat()
        settings.put(uow.session, STATE, state)
        if settings.get(uow.session, LEASE).get("holder") == holder:
            settings.put(uow.session, LEASE, {})
        uow.emit(EventType.RETENTION_RUN, record.body())
        if not record.ok:
            # A finished run is audited by the run itself ("retention.run", its counts).
            uow.audit("retention.failed", {"run": record.run_id})
        uow.commit()


# --- the lease ------------------------------------------------------------------------------


def _acquire(ctx: ServiceContext, *, due_every: dt.timedelta | None) -> str:
    """Take the lease; returns its holder id, or "busy", or "not due" (`due_every` None:
    due regardless). Checked and taken in one write transaction, so of two processes
    asking at once one runs and the other sees its lease or its finished run."""
    now = ctx.clock()
    holder = uuid.uuid4().hex
    with UnitOfWork(ctx) as uow:
        lease = settings.get(uow.session, LEASE)
        if _lease_live(lease, now):
            return BUSY
        if due_every is not None and not is_due(settings.get(uow.session, STATE), now, due_every):
            return NOT_DUE
        settings.put(
            uow.session,
            LEASE,
            {
                "holder": holder,
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "since": now.isoformat(),
                "until": (now + LEASE_FOR).isoformat(),
            },
        )
        with _held_lock:
            _held.add(holder)
        try:
            uow.commit()
        except BaseException:
            with _held_lock:
                _held.discard(holder)
            raise
    return holder


def _lease_live(lease: dict[str, Any], now: dt.datetime) -> bool:
    """Whether a run still holds this lease (False: none, expired, or its holder is gone)."""
    if not lease.get("holder"):
        return False
    until = _time(lease.get("until"))
    if until is None or until <= now:
        return False
    if lease.get("host") != socket.gethostname():
        return True  # another machine's process (a copied file): trust its time
    pid = lease.get("pid")
    if pid == os.getpid():
        with _held_lock:
            return lease["holder"] in _held
    return isinstance(pid, int) and _process_alive(pid)


def _process_alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # os.kill(pid, 0) would end the process on Windows: trust the time
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, another user's
    return True


def _time(value: object) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) and value else None
