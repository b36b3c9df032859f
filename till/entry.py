"""Entry script of the PyInstaller build (pos.spec): the `pos` command, the window by default."""

from __future__ import annotations

import sys

from till.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
