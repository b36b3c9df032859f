"""The cold-start probe: `python -m bench.ui_probe` opens the window as `pos gui` does and
writes when the login and the sale screen became usable (POS_UI_PROBE=file), signing in
with POS_UI_PROBE_PIN as the first cashier, then quits. Lives here, not in the product."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer

from pos.domain.enums import Role
from till.gui import run
from ui.widgets.main_window import MainWindow


class Probe:
    def __init__(self, out: Path, pin: str | None) -> None:
        self.out = out
        self.pin = pin

    def mark(self, event: str) -> None:
        record = {"event": event, "t": time.time(), "rss_kib": _rss_kib()}
        with self.out.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record) + "\n")

    def attach(self, window: MainWindow) -> None:
        self.mark("window_shown")
        self._when(lambda: window.login.ready, lambda: self._login_ready(window))

    def _login_ready(self, window: MainWindow) -> None:
        self.mark("login_ready")
        if not self.pin:
            QTimer.singleShot(0, window.close)
            return
        login = window.login
        for row, person in enumerate(login._staff):
            if person.role is Role.CASHIER:
                login.staff_list.setCurrentRow(row)
                break
        login.pin.setText(self.pin)
        login.sign_in_button.click()

        def sale_ready() -> None:
            self.mark("sale_ready")
            QTimer.singleShot(0, window.close)

        self._when(
            lambda: window.stack.currentWidget() is window.sale and window.state.actor is not None,
            sale_ready,
        )

    def _when(self, condition: Callable[[], bool], then: Callable[[], object]) -> None:
        if condition():
            then()
        else:
            QTimer.singleShot(5, lambda: self._when(condition, then))


def _rss_kib() -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def main() -> int:
    probe = Probe(Path(os.environ["POS_UI_PROBE"]), os.environ.get("POS_UI_PROBE_PIN"))
    return run(None, [], on_shown=probe.attach)


if __name__ == "__main__":
    sys.exit(main())
