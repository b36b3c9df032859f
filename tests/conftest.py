from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The shared fixtures (tests/support): tills, the printer listener, head office, and the
# check that a Qt test leaves nothing running.
pytest_plugins = ["tests.support.fixtures", "tests.support.qt_leaks"]
