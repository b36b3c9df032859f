"""The printing tests: a print service of the test's till, printing to the TCP listener."""

from __future__ import annotations

import pytest

from printing.service import PrintService
from tests.support.printer import FakePrinter, set_printer
from tests.support.tills import TillFixture


@pytest.fixture
def service(till: TillFixture, printer: FakePrinter) -> PrintService:
    """A print service of the till, acting as its sales manager, printing to `printer`."""
    set_printer(till, printer.url)
    return PrintService.for_till(till.ctx(till.manager), till.paths)
