"""`pos sync [--once]`: push the outbox to head office and pull its directives."""

from __future__ import annotations

import argparse
import random
import signal
import sys
import threading
from typing import Any

from pos.domain.errors import PosError
from till.cli.common import open_till


def register(sub: Any) -> None:
    """Sync commands register here."""
    p = sub.add_parser("sync", help="push the outbox to head office and pull directives")
    p.add_argument("--once", action="store_true", help="run one cycle and exit")
    p.add_argument(
        "--interval",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="seconds between cycles while head office answers (default 30)",
    )
    p.set_defaults(handler=cmd_sync)


def cmd_sync(args: argparse.Namespace) -> int:
    from till.app import sync_once

    with open_till(person=False) as till:
        if args.once:
            return sync_once(till, print)
        return _loop(till, sync_once, max(args.interval, 0.1))


def _loop(till: Any, sync_once: Any, interval: float) -> int:
    """Cycle until interrupted; after a failure wait a random time up to a growing ceiling
    (full jitter, at most 5 minutes), so many tills do not return at the same second."""
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    rng = random.Random()  # noqa: S311 - jitter, not a secret
    failures = 0
    while not stop.is_set():
        try:
            sync_once(till, _say)
            failures = 0
            wait = interval
        except PosError as exc:
            print(f"pos: {exc}", file=sys.stderr, flush=True)
            wait = rng.uniform(0.0, min(300.0, interval / 4 * 2**failures))
            failures = min(failures + 1, 20)
        stop.wait(wait)
    return 0


def _say(line: str) -> None:
    # A quiet cycle says nothing, so the log of a long run shows only what moved.
    if not line.startswith("pushed 0 (0 stored, 0 duplicate), pulled 0 directives"):
        print(line, flush=True)
