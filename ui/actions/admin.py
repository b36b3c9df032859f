"""Store admin work: settings, test print, key rotation, and the long jobs (export, sync)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import shiboken6
from PySide6.QtCore import QObject, QTimer

from pos.config import printer_override
from pos.domain.errors import Code, ValidationError
from pos.keys import check_new_key, keyring_store
from pos.services import settings, stats
from pos.storage.database import Database
from pos.storage.rekey import rekey
from printing.setting import check_printer_setting
from ui.operations import Lane, Progress
from ui.state import AppState
from ui.writes import write, write_with_progress

# Lanes whose work writes to the database besides the write lane the rekey itself runs on.
_OTHER_WRITERS = (Lane.PRINTER, Lane.NETWORK, Lane.LONG)
_DRAIN_POLL_MS = 50

SETTINGS_SHOWN = (settings.LANGUAGE, settings.PRINTER, settings.HEADOFFICE)


def load_settings(
    *, state: AppState, owner: QObject, success: Callable[[dict[str, dict[str, Any]]], None]
) -> int:
    ctx = state.ctx()
    return state.ops.run(
        lambda: {key: settings.read(ctx, key) for key in SETTINGS_SHOWN},
        lane=Lane.READ,
        success=success,
        owner=owner,
        label="read settings",
    )


def save_settings(
    *,
    state: AppState,
    owner: QObject,
    changes: dict[str, dict[str, Any]],
    success: Callable[[None], None],
    failure: Callable[[Exception], None],
) -> int:
    """Write changed settings (store admin; each change is audited by key names)."""
    ctx = state.ctx()

    def op() -> None:
        if settings.PRINTER in changes:
            check_printer_setting(ctx, changes[settings.PRINTER])
        for key, value in changes.items():
            settings.update(ctx, key, value)

    return write(
        op, state=state, owner=owner, success=success, failure=failure, label="save settings"
    )


def printer_from_environment() -> str | None:
    """The printer POS_PRINTER names (it overrides the setting), without its query."""
    url = printer_override()
    if not url:
        return None
    parts = urlsplit(url)  # the query may carry options; the address is what the admin reads
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def test_print(
    *,
    state: AppState,
    owner: QObject,
    done: Callable[[Any], None],
    setting: dict[str, Any] | None = None,
) -> int:
    """The test page, on `setting` (the printer as typed in the dialog) if given."""
    printer = state.printer()
    if printer is None:
        raise RuntimeError("no printing service in this window")
    return write(
        lambda: printer.test_print(setting),
        state=state,
        owner=owner,
        success=done,
        lane=Lane.PRINTER,
        label="test print",
    )


def rotate_key(
    *,
    state: AppState,
    owner: QObject,
    current_key: str | None,
    new_key: str,
    repeat: str,
    progress: Callable[[float | None, str], None],
    success: Callable[[bool], None],
    failure: Callable[[Exception], None],
) -> int:
    """Re-encrypt the database under a new key; the window switches to the reopened file.
    Success gets True when the OS keyring entry was updated too."""
    if new_key != repeat:
        raise ValidationError(Code.KEY_MISMATCH, field="repeat")
    check_new_key(new_key)
    if current_key is not None and new_key == current_key:
        raise ValidationError(Code.KEY_SAME, field="new_key")
    db = state.till.db
    path = db.path

    def op(report: Progress) -> tuple[Database, bool]:
        reopened = rekey(db, new_key, progress=lambda f: report(f, ""))
        kept = not os.environ.get("POS_DB_KEY") and keyring_store(path, new_key)
        return reopened, kept

    def done(result: tuple[Database, bool]) -> None:
        reopened, kept = result
        state.rekeying = False
        state.replace_database(reopened)  # whatever became of the dialog
        if shiboken6.isValid(owner):
            success(kept)

    def failed(error: Exception) -> None:
        state.rekeying = False
        if shiboken6.isValid(owner):
            failure(error)

    def start() -> None:
        # Work already running on the other lanes (a sync, a print job, a retention run)
        # writes to this file: it finishes before the copy is taken, or its commit would be
        # lost with the old file. New background work waits while `rekeying` is set.
        if any(state.ops.lane_busy(lane) for lane in _OTHER_WRITERS):
            QTimer.singleShot(_DRAIN_POLL_MS, start)
            return
        write_with_progress(
            op,
            state=state,
            owner=None,  # the window must switch to the new file whatever became of the dialog
            progress=lambda f, m: progress(f, m) if shiboken6.isValid(owner) else None,
            success=done,
            failure=failed,
            label="rekey",
        )

    # Background reads (status, sync, retention) pause while the file is swapped.
    state.rekeying = True
    start()
    return 0


def export_statistics(
    *,
    state: AppState,
    owner: QObject,
    progress: Callable[[float | None, str], None],
    success: Callable[[Path], None],
    failure: Callable[[Exception], None],
) -> int:
    """The anonymized statistics (policy 4.4.1) as CSV under POS_HOME/exports."""
    ctx = state.ctx()
    folder = state.till.paths.exports
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    out = folder / f"stats-{stamp}.csv"

    def op(report: Progress) -> Path:
        report(None, "")
        folder.mkdir(parents=True, exist_ok=True)
        stats.export_stats(ctx, out)
        return out

    return write_with_progress(
        op,
        state=state,
        owner=owner,
        lane=Lane.LONG,
        progress=progress,
        success=success,
        failure=failure,
        label="export",
    )


def sync_now(
    *,
    state: AppState,
    owner: QObject,
    progress: Callable[[float | None, str], None] | None,
    success: Callable[[Any], None],
    failure: Callable[[Exception], None] | None = None,
) -> int | None:
    """One sync cycle with head office on the network worker (None: sync not available)."""
    if state.sync_factory is None:
        return None
    factory = state.sync_factory
    # The till itself, as `pos sync`: background work acts as no one's account.
    ctx = state.till_ctx()

    def op(report: Progress) -> Any:
        report(None, "")
        worker = factory(ctx)
        try:
            return worker.run_cycle()
        finally:
            worker.close()

    return write_with_progress(
        op,
        state=state,
        owner=owner,
        lane=Lane.NETWORK,
        progress=progress or (lambda f, m: None),
        success=success,
        failure=failure,
        label="sync",
    )
