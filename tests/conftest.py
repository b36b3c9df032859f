from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.tills import TillFixture, make_till

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def till(tmp_path: Path) -> Iterator[TillFixture]:
    """A fresh till on a real SQLCipher file, with a policy, a cashier and a manager."""
    t = make_till(tmp_path / "home")
    yield t
    t.db.close()
