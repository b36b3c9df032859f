"""Run the `pos` command as a user would: a separate process with its environment."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


def pos(
    home: Path, *args: str, key: str | None = "cli-test-key", stdin: str | None = None, **env: str
) -> Result:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("POS_")}
    environ.update({"POS_HOME": str(home), "PYTHONIOENCODING": "utf-8", **env})
    if key is not None:
        environ["POS_DB_KEY"] = key
    proc = subprocess.run(
        [sys.executable, "-m", "till.cli.main", *args],
        capture_output=True,
        text=True,
        env=environ,
        input=stdin,
        timeout=600,
        check=False,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)
