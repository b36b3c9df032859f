"""The status bar: store, register, staff, sync backlog and last success, printer, retention,
the cash register (documents waiting and their age, shift and offline limits), long jobs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from pos.domain.fiscal import Provider
from pos.services.fiscal import FiscalStatus
from pos.services.retention_schedule import RetentionStatus
from printing.outcomes import PrinterState, PrinterStatus
from ui.actions.sale import send_fiscal_waiting
from ui.actions.status import StatusSnapshot, refresh_status
from ui.i18n import datetime_text, label, local_today
from ui.messages import message_text, printer_problem
from ui.state import AppState
from ui.widgets.common import named
from ui.widgets.shift_status import show_shift

REFRESH_MS = 15_000


@dataclass
class Job:
    title: str
    fraction: float | None = None
    message: str = ""
    finished: bool = False
    failed: bool = False


class JobsWidget(QWidget):
    """The long jobs running in the background (sync, key rotation, seeding, exports)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status.jobs")
        self.text = QLabel(self)
        self.text.setObjectName("status.jobs_text")
        self.bar = named(QProgressBar(self), "status.jobs_progress")
        self.bar.setMaximumWidth(140)
        self.bar.setMaximumHeight(16)
        self.bar.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        self.jobs: list[Job] = []

    def start(self, title: str) -> Job:
        job = Job(title)
        self.jobs.append(job)
        self._show()
        return job

    def progress(self, job: Job, fraction: float | None, message: str) -> None:
        job.fraction, job.message = fraction, message
        self._show()

    def finish(self, job: Job, message: str = "", *, failed: bool = False) -> None:
        job.finished, job.failed, job.message = True, failed, message
        self._show()

    @property
    def running(self) -> list[Job]:
        return [j for j in self.jobs if not j.finished]

    def _show(self) -> None:
        running = self.running
        if running:
            job = running[-1]
            more = f" (+{len(running) - 1})" if len(running) > 1 else ""
            self.text.setText(f"{job.title}{more}" + (f": {job.message}" if job.message else ""))
            if job.fraction is None:
                self.bar.setRange(0, 0)
            else:
                self.bar.setRange(0, 100)
                self.bar.setValue(int(job.fraction * 100))
            self.bar.show()
        else:
            self.bar.hide()
            last = self.jobs[-1] if self.jobs else None
            if last is None:
                self.text.setText("")
            else:
                mark = "✗" if last.failed else "✓"
                self.text.setText(
                    f"{mark} {last.title}" + (f": {last.message}" if last.message else "")
                )
        self.text.setAccessibleName(self.text.text())


class StatusBar(QStatusBar):
    """Refreshed every 15 s and whenever a sale, print or sync changes something."""

    # A click on the cash register's line: the main window opens the waiting documents.
    fiscal_clicked = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("status")
        self.snapshot: StatusSnapshot | None = None
        self.store = QLabel(self)
        self.store.setObjectName("status.store")
        self.staff = QLabel(self)
        self.staff.setObjectName("status.staff")
        self.sync = QLabel(self)
        self.sync.setObjectName("status.sync")
        self.printer = QLabel(self)
        self.printer.setObjectName("status.printer")
        self.retention = QLabel(self)
        self.retention.setObjectName("status.retention")
        self.shift = QLabel(self)
        self.shift.setObjectName("status.shift")
        self.fiscal = QLabel(self)
        self.fiscal.setObjectName("status.fiscal")
        self.fiscal.setCursor(Qt.CursorShape.PointingHandCursor)
        self.fiscal.installEventFilter(self)
        # A background send of the fiscal queue is under way (one at a time).
        self._fiscal_busy = False
        # True while retention is overdue (no run finished in two days): shown as a warning.
        self.retention_overdue = False
        self.jobs = JobsWidget(self)
        # Two rows: in one, ru/kk texts ran past the right edge even at 1280 px and the
        # retention warning and the cash register's state were cut off.
        rows = QWidget(self)
        rows.setObjectName("status.rows")
        grid = QVBoxLayout(rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        for group in (
            (self.store, self.staff, self.shift, self.fiscal),
            (self.sync, self.printer, self.retention),
        ):
            row = QHBoxLayout()
            row.setSpacing(12)
            for widget in group:
                row.addWidget(widget)
            row.addStretch(1)
            grid.addLayout(row)
        self.addWidget(rows, 1)
        self.addPermanentWidget(self.jobs)
        self.timer = QTimer(self)
        self.timer.setObjectName("status.timer")
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.timeout.connect(self.retry_fiscal)
        self._refreshing = False
        # Asked to refresh while a read was under way: that read may predate the change.
        self._again = False
        state.written.connect(self.refresh)
        state.signed_in.connect(self._show)
        state.signed_out.connect(self._show)
        self._show()

    def start(self) -> None:
        self.timer.start()
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> None:
        if self.state.rekeying:
            return
        if self._refreshing:
            self._again = True  # read again when this one lands, so no change is missed
            return
        self._refreshing = True
        refresh_status(state=self.state, owner=self, success=self._got, failure=self._not_got)

    def _landed(self) -> None:
        self._refreshing = False
        if self._again and self.timer.isActive():  # not once the window is closing
            self._again = False
            self.refresh()

    def _not_got(self, _error: Exception) -> None:
        # Logged by the ops if unexpected; the next refresh tries again.
        self._landed()

    def _got(self, snapshot: StatusSnapshot) -> None:
        self.snapshot = snapshot
        self.state.store = snapshot.store
        self._show()
        self._landed()

    def _show(self) -> None:
        s = self.snapshot
        lang = self.state.language
        if s is not None:
            self.store.setText(
                self.tr("{store} ({code}), register {register}").format(
                    store=s.store.store_name,
                    code=s.store.store_code,
                    register=s.store.register_code,
                )
            )
            if not s.sync_configured:
                self.sync.setText(self.tr("Sync: not set up ({n} waiting)").format(n=s.backlog))
            else:
                last = (
                    datetime_text(s.last_success, s.store.timezone, lang)
                    if s.last_success
                    else self.tr("never")
                )
                self.sync.setText(
                    self.tr("Sync: {n} waiting, last success {last}").format(n=s.backlog, last=last)
                )
            if s.rejected:
                self.sync.setText(
                    self.sync.text() + " " + self.tr("({n} refused)").format(n=s.rejected)
                )
            self.sync.setToolTip(message_text(s.last_error) if s.last_error else "")
            if s.printer is not None:
                self.printer.setText(self._printer_text(s.printer))
            if s.retention is not None:
                self._show_retention(s.retention, s.store.timezone, lang)
            show_shift(self.shift, s.shift)
            if s.fiscal is not None:
                self._show_fiscal(s.fiscal)
        person = self.state.staff
        self.staff.setText(
            self.tr("Signed in: {name}, {role}").format(
                name=person.name, role=label("role", person.role)
            )
            if person
            else self.tr("Nobody signed in")
        )
        for widget in (
            self.store,
            self.staff,
            self.shift,
            self.sync,
            self.printer,
            self.retention,
            self.fiscal,
        ):
            widget.setAccessibleName(widget.text())

    def _show_retention(self, r: RetentionStatus, timezone: str, lang: str) -> None:
        if r.running_since is not None:
            text = self.tr("Retention: running")
        elif r.last_success is None:
            text = self.tr("Retention: never run")
        else:
            local = r.last_success.astimezone(ZoneInfo(timezone))
            if local.date() == local_today(timezone):
                text = self.tr("Retention: today {time}").format(time=f"{local:%H:%M}")
            else:
                when = datetime_text(r.last_success, timezone, lang)
                text = self.tr("Retention: {when}").format(when=when)
        self.retention_overdue = r.overdue
        if r.overdue:
            text = self.tr("{text}, overdue").format(text=text)
        self.retention.setText(text)
        self.retention.setStyleSheet("color: #b71c1c; font-weight: bold;" if r.overdue else "")
        tip = ""
        last = r.last_run
        if last is not None:
            tip = self.tr(
                "Last run {when}: {expired} purposes expired, {destroyed} buyers destroyed, "
                "{errors} errors"
            ).format(
                when=datetime_text(last.started_at, timezone, lang),
                expired=last.purposes_expired,
                destroyed=last.buyers_destroyed,
                errors=last.errors,
            )
            if last.error:
                tip += "\n" + self.tr("It stopped early: {reason}").format(reason=last.error)
        self.retention.setToolTip(tip)

    def retry_fiscal(self) -> None:
        """On each tick, send the documents still waiting for the cash register (printer
        lane, as the till itself); the next refresh shows what is left."""
        f = self.snapshot.fiscal if self.snapshot is not None else None
        if f is None or not f.pending or self._fiscal_busy or self.state.rekeying:
            return
        self._fiscal_busy = True
        send_fiscal_waiting(state=self.state, owner=self, done=self._fiscal_sent)

    def _fiscal_sent(self, _report: object) -> None:
        self._fiscal_busy = False

    def _show_fiscal(self, f: FiscalStatus) -> None:
        now = dt.datetime.now(dt.UTC)
        warn = False
        if f.provider is Provider.TRAINING:
            text = self.tr("Fiscal: training mode, receipts are not fiscal")
        elif f.pending or f.failed:
            oldest = f.oldest_pending_at or now
            minutes = int((now - oldest).total_seconds() // 60)
            text = self.tr("Fiscal: {n} waiting, oldest {minutes} min").format(
                n=f.pending + f.failed, minutes=minutes
            )
            if f.failed:
                text += " " + self.tr("({n} refused)").format(n=f.failed)
            warn = True
        else:
            text = self.tr("Fiscal: all sent")
        limits = f.warnings(now)
        age = f.shift_age(now)
        if "shift" in limits and age is not None:
            text += "; " + self.tr("shift open {hours} h of 24: close it (Z)").format(
                hours=int(age.total_seconds() // 3600)
            )
            warn = True
        if "offline" in limits and f.offline_since is not None:
            text += "; " + self.tr("offline {hours} h of 72").format(
                hours=int((now - f.offline_since).total_seconds() // 3600)
            )
            warn = True
        self.fiscal.setText(text)
        self.fiscal.setStyleSheet("color: #b71c1c; font-weight: bold;" if warn else "")

    def _printer_text(self, status: PrinterStatus) -> str:
        if status.state is PrinterState.OK:
            return self.tr("Printer: ready")
        if status.state is PrinterState.NOT_SET:
            return self.tr("No printer set")
        if status.state is PrinterState.PAPER_LOW:
            return self.tr("Printer: ready, paper running low")
        return self.tr("Printer: {state}").format(state=printer_problem(status))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.fiscal and event.type() == QEvent.Type.MouseButtonRelease:
            self.fiscal_clicked.emit()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)
