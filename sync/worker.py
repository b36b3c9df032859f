"""The till's sync worker: push the outbox, pull and apply directives, report what moved.

Runs off the GUI thread (a QThread calls `SyncWorker.run_cycle` or `run_forever`), never
holds a database transaction across a network call, and keeps no progress of its own:
an event is marked sent only when head office acknowledged it, so after a crash the
next cycle sends whatever is still unsent and head office answers repeats as duplicates.

While the loop runs (`run_forever`, `pos sync`, `pos sync --once`) retention runs too,
at the first cycle and then daily, before the push, so its erasures and its counts reach
head office in the same cycle (pos.services.retention_schedule keeps it to one run at a
time on the till, whoever else asks).
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import TypeVar

from pos.domain.errors import Code, PosError
from pos.services import directives, retention_schedule, sync_state
from pos.services.context import ServiceContext
from protocol.wire import (
    MAX_BATCH_EVENTS,
    DirectiveAck,
    EventStatus,
    PushResponse,
    RetentionTrigger,
    is_seq_taken,
)
from sync.backoff import Backoff
from sync.client import ClientConfig, HeadOfficeClient, Permanent, SyncError, Transient

log = logging.getLogger(__name__)
T = TypeVar("T")

BATCH_EVENTS = MAX_BATCH_EVENTS
# Batches are cut at about this many bytes of JSON, so a few policy texts travel alone.
BATCH_BYTES = 4_000_000


@dataclass
class CycleReport:
    """What one cycle moved."""

    stored: int = 0
    duplicate: int = 0
    rejected: int = 0
    rejected_reasons: dict[str, int] = field(default_factory=dict)
    pulled: int = 0
    applied: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    backlog: int = 0
    missing_at_headoffice: int = 0
    # Events numbered afresh because head office holds their numbers already (a till
    # restored from a copy of POS_HOME); they go in this cycle under their new numbers.
    renumbered: int = 0
    # Why the cycle stopped early (None: it finished); the window says it in its language.
    failure: PosError | None = None
    # The retention run before this cycle (None: not asked; skipped when not due).
    retention: retention_schedule.Outcome | None = None

    @property
    def pushed(self) -> int:
        """Events head office now holds (stored now or already before)."""
        return self.stored + self.duplicate

    @property
    def ok(self) -> bool:
        return self.failure is None

    @property
    def error(self) -> str | None:
        """The failure's English line (the CLI and the sync state record it)."""
        return None if self.failure is None else str(self.failure)

    def summary(self) -> str:
        rejected = f", {self.rejected} rejected" if self.rejected else ""
        line = (
            f"pushed {self.pushed} ({self.stored} stored, {self.duplicate} duplicate{rejected}), "
            f"pulled {self.pulled} directives, backlog {self.backlog}"
        )
        if self.missing_at_headoffice:
            line += f"; head office is missing {self.missing_at_headoffice} earlier events"
        if self.renumbered:
            line += (
                f"; {self.renumbered} events numbered afresh "
                "(head office held their numbers: a restored copy?)"
            )
        return line


@dataclass(frozen=True)
class Batch:
    """Outbox events ready to send: their ids and their JSON, in sequence order."""

    ids: list[uuid.UUID]
    refs: list[sync_state.OutboxRef]
    parts: list[str]
    first_seq: int
    last_seq: int

    def body(self) -> bytes:
        return ('{"events":[' + ",".join(self.parts) + "]}").encode("utf-8")


@dataclass(frozen=True)
class RetryPolicy:
    """How often one request is retried within a cycle before the cycle gives up."""

    attempts: int = 4
    backoff: Backoff = field(default_factory=lambda: Backoff(base=0.5, cap=10.0))


class SyncWorker:
    """Pushes the outbox and pulls directives for one till."""

    def __init__(
        self,
        ctx: ServiceContext,
        *,
        client: HeadOfficeClient | None = None,
        batch_events: int = BATCH_EVENTS,
        batch_bytes: int = BATCH_BYTES,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        timeouts: tuple[float, float] = (5.0, 60.0),
    ) -> None:
        self.ctx = ctx
        self._client = client
        self._injected = client is not None
        self.batch_events = max(1, min(batch_events, MAX_BATCH_EVENTS))
        self.batch_bytes = batch_bytes
        self.retry = retry or RetryPolicy()
        self.sleep = sleep
        self.rng = rng or random.Random()  # noqa: S311 - jitter, not a secret
        self.timeouts = timeouts
        self._register_id: uuid.UUID | None = None

    # --- set-up -------------------------------------------------------------------------

    def client(self) -> HeadOfficeClient:
        """The client for the current settings (made again when an admin changed them)."""
        cfg = sync_state.headoffice_settings(self.ctx)
        self._register_id = cfg.register_id
        wanted = ClientConfig(
            url=cfg.url,
            token=cfg.token,
            store_code=cfg.store_code,
            ca_bundle=cfg.ca_bundle,
            client_cert=cfg.client_cert,
            client_key=cfg.client_key,
            connect_timeout=self.timeouts[0],
            read_timeout=self.timeouts[1],
        )
        if self._client is not None and self._client.config != wanted and not self._injected:
            self.close()
        if self._client is None:
            self._client = HeadOfficeClient(wanted)
        return self._client

    @property
    def register_id(self) -> uuid.UUID:
        if self._register_id is None:
            self._register_id = sync_state.headoffice_settings(self.ctx).register_id
        return self._register_id

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    # --- one cycle ----------------------------------------------------------------------

    def run_cycle(self) -> CycleReport:
        """Push every unsent event, then pull and apply directives; never raises for
        network or head-office trouble (the report carries the error)."""
        report = CycleReport()
        try:
            client = self.client()
            self._push_all(client, report)
            self._pull_all(client, report)
            # What the directives just did, and events numbered afresh after a restore,
            # reach head office in this same cycle.
            again = bool(report.applied or report.renumbered)
            for _ in range(2):
                if not again:
                    break
                before = report.renumbered
                self._push_all(client, report)
                again = report.renumbered > before
            self._send_acks(client)
        except PosError as exc:  # SyncError included: network and head-office trouble
            report.failure = exc
        status = sync_state.status(self.ctx)
        report.backlog = status.backlog
        try:
            sync_state.record_cycle(self.ctx, self.ctx.clock(), report.error)
        except PosError:
            log.warning("could not record the sync result (database busy)")
        return report

    def _with_retries(
        self,
        what: str,
        call: Callable[[], T],
        on_failure: Callable[[Transient], None] | None = None,
    ) -> T:
        attempt = 0
        while True:
            try:
                return call()
            except Transient as exc:
                if on_failure is not None:
                    on_failure(exc)
                attempt += 1
                if attempt >= self.retry.attempts:
                    raise
                delay = self.retry.backoff.delay(attempt - 1, self.rng)
                if exc.retry_after is not None:
                    delay = max(delay, exc.retry_after)
                log.info("%s failed (%s); retry %d in %.1f s", what, exc, attempt, delay)
                self.sleep(delay)

    def _read_batch(self, after_seq: int, events: int, size_limit: int) -> Batch | None:
        """The next unsent events after `after_seq`, serialised once, cut by count and size."""
        items = sync_state.pending_raw(self.ctx, after_seq, events)
        parts: list[str] = []
        ids: list[uuid.UUID] = []
        refs: list[sync_state.OutboxRef] = []
        size = 0
        for item in items:
            text = _wire_json(item)
            if parts and size + len(text) > size_limit:
                break
            parts.append(text)
            ids.append(item.id)
            refs.append(item.ref)
            size += len(text)
        if not parts:
            return None
        return Batch(ids, refs, parts, items[0].seq, items[len(parts) - 1].seq)

    def _push_all(self, client: HeadOfficeClient, report: CycleReport) -> None:
        # One request on the wire at a time, so head office sees each register's events in
        # order; meanwhile a helper thread marks the last batch sent and reads the next.
        events, size_limit = self.batch_events, self.batch_bytes
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-outbox") as helper:
            batch = self._read_batch(0, events, size_limit)
            marking: Future[None] | None = None
            while batch is not None:
                upcoming = helper.submit(self._read_batch, batch.last_seq, events, size_limit)

                def failed(exc: SyncError, refs: list[sync_state.OutboxRef] = batch.refs) -> None:
                    sync_state.mark_failed(self.ctx, refs, str(exc))

                try:
                    response = self._with_retries(
                        "push", partial(client.push_body, batch.body()), failed
                    )
                except Permanent as exc:
                    upcoming.cancel()
                    if exc.status in (413, 422) and len(batch.ids) > 1:
                        # Too big, or something in it head office cannot read: halve the
                        # batches for the rest of this cycle until the culprit is alone.
                        events = max(1, len(batch.ids) // 2)
                        size_limit = max(1, size_limit // 2)
                        batch = self._read_batch(batch.first_seq - 1, events, size_limit)
                        continue
                    failed(exc)
                    if exc.status not in (413, 422):
                        raise
                    # One event head office refuses outright: it waits (with its reason)
                    # for the next cycle; the events after it go on.
                    report.rejected += 1
                    report.rejected_reasons[str(exc)] = report.rejected_reasons.get(str(exc), 0) + 1
                    events, size_limit = self.batch_events, self.batch_bytes
                    batch = self._read_batch(batch.last_seq, events, size_limit)
                    continue
                except Transient:
                    upcoming.cancel()
                    raise
                finally:
                    if marking is not None:
                        marking.result()  # surfaces a failure to record the previous batch
                        marking = None
                marking = helper.submit(self._settle, batch, response, report)
                # Rejected events stay unsent for the next cycle; this one moves past them.
                batch = upcoming.result()
            if marking is not None:
                marking.result()

    def _settle(self, batch: Batch, response: PushResponse, report: CycleReport) -> None:
        ref_of = dict(zip(batch.ids, batch.refs, strict=True))
        acked: list[sync_state.OutboxRef] = []
        failed: dict[str, list[sync_state.OutboxRef]] = {}
        taken: list[sync_state.OutboxRef] = []
        for result in response.results:
            ref = ref_of.get(result.id)
            if ref is None:
                continue  # not ours to mark; ignore anything unexpected
            if result.status is EventStatus.STORED:
                report.stored += 1
                acked.append(ref)
            elif result.status is EventStatus.DUPLICATE:
                report.duplicate += 1
                acked.append(ref)
            elif is_seq_taken(result.reason):
                taken.append(ref)
            else:
                report.rejected += 1
                reason = result.reason or "rejected by head office"
                report.rejected_reasons[reason] = report.rejected_reasons.get(reason, 0) + 1
                failed.setdefault(f"rejected: {reason}", []).append(ref)
        sync_state.mark_sent(self.ctx, acked, self.ctx.clock())
        for reason, refs in failed.items():
            sync_state.mark_failed(self.ctx, refs, reason)
        for reg in response.registers:
            if reg.register_id == self.register_id:
                report.missing_at_headoffice = reg.missing
                if taken:
                    # A restored copy: its numbers are head office's already; move on past them.
                    report.renumbered += sync_state.renumber_unsent(self.ctx, taken, reg.max_seq)

    def _pull_all(self, client: HeadOfficeClient, report: CycleReport) -> None:
        cursor = sync_state.directive_cursor(self.ctx)
        # Directives act as head office (audited so); only this worker makes that actor.
        headoffice = self.ctx.as_actor(directives.headoffice_actor(self.ctx))
        while True:
            page = self._with_retries("pull", partial(client.pull, self.register_id, cursor))
            acks = sync_state.pending_acks(self.ctx)
            for d in page.directives:
                body = d.body.model_dump(mode="json")
                result = directives.apply_directive(
                    headoffice, directives.DirectiveIn(d.id, str(body["kind"]), body)
                )
                report.pulled += 1
                report.applied += int(result.new)
                report.outcomes[result.outcome.value] = (
                    report.outcomes.get(result.outcome.value, 0) + 1
                )
                acks = [a for a in acks if a.get("directive_id") != str(d.id)]
                acks.append(
                    {
                        "directive_id": str(d.id),
                        "register_id": str(self.register_id),
                        "outcome": result.outcome.value,
                        "detail": result.detail[:300] if result.detail else None,
                        "applied_at": result.applied_at.isoformat(),
                    }
                )
            if page.cursor != cursor or page.directives:
                sync_state.save_pull(self.ctx, page.cursor, acks)
            cursor = page.cursor
            if not page.more:
                return

    def _send_acks(self, client: HeadOfficeClient) -> None:
        pending = sync_state.pending_acks(self.ctx)
        for start in range(0, len(pending), 200):
            chunk = [DirectiveAck.model_validate(a) for a in pending[start : start + 200]]
            response = self._with_retries("acknowledge", partial(client.ack, chunk))
            # Accepted or not (a directive head office no longer shows), it is answered.
            sync_state.drop_acks(self.ctx, [str(r.directive_id) for r in response.results])

    def retention_if_due(self) -> retention_schedule.Outcome:
        """Run retention as the till itself when it is due (start-up, then daily); a
        failure is recorded and logged, never the end of the loop."""
        try:
            return retention_schedule.run_if_due(self.ctx, RetentionTrigger.SYNC)
        except Exception:  # unexpected: the next cycle asks again
            log.exception("retention check failed")
            return retention_schedule.Outcome(skipped="could not start")

    # --- background ---------------------------------------------------------------------

    def run_forever(
        self,
        stop: threading.Event,
        *,
        interval: float = 30.0,
        on_cycle: Callable[[CycleReport], None] | None = None,
        backoff: Backoff | None = None,
        retention: bool = True,
    ) -> None:
        """Cycle until `stop` is set: every `interval` seconds while head office answers,
        backing off (full jitter, up to 5 minutes) while it does not; with `retention`,
        each cycle first runs retention if it is due."""
        backoff = backoff or Backoff(base=interval / 4 or 1.0, cap=300.0)
        failures = 0
        try:
            while not stop.is_set():
                ran = self.retention_if_due() if retention else None
                report = self.run_cycle()
                report.retention = ran
                if on_cycle is not None:
                    on_cycle(report)
                if report.ok:
                    failures = 0
                    wait = interval
                else:
                    wait = backoff.delay(failures, self.rng)
                    failures += 1
                stop.wait(wait)
        finally:
            self.close()


def _wire_json(item: sync_state.RawOutboxItem) -> str:
    """One event as protocol JSON, its stored payload text spliced in as it is."""
    buyer = f'"{item.buyer_id}"' if item.buyer_id else "null"
    return (
        f'{{"id":"{item.id}","register_id":"{item.register_id}","seq":{int(item.seq)},'
        f'"type":{json.dumps(item.type)},"payload":{item.payload_json},"buyer_id":{buyer},'
        f'"created_at":"{item.created_at.isoformat()}"}}'
    )


def run_cycle_cli(ctx: ServiceContext, report: Callable[[str], None]) -> int:
    """`pos sync --once` (and each cycle of `pos sync`): retention if due, then one cycle,
    its counts printed; exit code 0, or 1 with the reason."""
    worker = SyncWorker(ctx)
    try:
        retention = worker.retention_if_due()
        if retention.ran or retention.failure is not None:
            report(retention.summary())
        result = worker.run_cycle()
        result.retention = retention
    finally:
        worker.close()
    if result.pulled:
        outcomes = ", ".join(
            f"{n} {k.replace('_', ' ')}" for k, n in sorted(result.outcomes.items())
        )
        report(f"{result.summary()}; directives: {outcomes}")
    else:
        report(result.summary())
    for reason, count in sorted(result.rejected_reasons.items()):
        report(f"rejected by head office ({count}): {reason}")
    if result.failure is not None:
        raise SyncFailed(Code.SYNC_FAILED, reason=result.failure, n=result.backlog)
    return 0


class SyncFailed(PosError):
    """A sync cycle could not finish; the message says why and how much still waits."""
