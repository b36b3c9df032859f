"""Run the `pos` command as a user would: a separate process with its environment, or, for
the many checks that only need its output, the same `main()` in this process.

A real process proves the contracts a process has (exit codes, one line on stderr, no
traceback, what a terminal-less run does); `pos_here` runs the same code in-process, about
a second faster a command, with the environment, stdout, stderr and the till's logging
put back afterwards.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.support.tills import ADMIN_NAME, ADMIN_PIN

CLI_KEY = "cli-test-key"


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


def _environ(home: Path, key: str | None, env: dict[str, str]) -> dict[str, str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("POS_")}
    # The store admin of every test till runs commands unless a test names someone else
    # (POS_STAFF="" or POS_STAFF_PIN="" leave them out: the key alone gives no role).
    person = {"POS_STAFF": ADMIN_NAME, "POS_STAFF_PIN": ADMIN_PIN}
    environ.update({"POS_HOME": str(home), "PYTHONIOENCODING": "utf-8", **person, **env})
    for name in ("POS_STAFF", "POS_STAFF_PIN"):
        if environ[name] == "":
            del environ[name]
    if key is not None:
        environ["POS_DB_KEY"] = key
    return environ


def pos(
    home: Path, *args: str, key: str | None = CLI_KEY, stdin: str | None = None, **env: str
) -> Result:
    """`pos ARGS` as its own process (no terminal: stdin is a pipe)."""
    proc = subprocess.run(
        [sys.executable, "-m", "till.cli.main", *args],
        capture_output=True,
        text=True,
        env=_environ(home, key, env),
        input=stdin,
        timeout=600,
        check=False,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


def pos_here(home: Path, *args: str, key: str | None = CLI_KEY, **env: str) -> Result:
    """`pos ARGS` through `till.cli.main.main` in this process (stdin is not a terminal)."""
    from till.cli.main import main

    saved_env = dict(os.environ)
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    out, err = io.StringIO(), io.StringIO()
    os.environ.clear()
    os.environ.update(_environ(home, key, env))
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse: usage errors and --help
                code = exc.code if isinstance(exc.code, int) else 1
    finally:
        os.environ.clear()
        os.environ.update(saved_env)
        for handler in root.handlers[:]:
            if handler not in saved_handlers:  # the till's log file (pos.logs.configure)
                root.removeHandler(handler)
                handler.close()
        for handler in saved_handlers:
            if handler not in root.handlers:
                root.addHandler(handler)
        root.setLevel(saved_level)
    return Result(code, out.getvalue(), err.getvalue())
