"""Head-office revision 0010 (price lists) upgrades a database holding stores and events
and loses nothing; its new tables start empty."""

from __future__ import annotations

import importlib
from pathlib import Path

from headoffice.models import PriceListPart, PriceListRow
from tests.support.ho_upgrade import assert_upgrade_keeps_events

MIGRATION = importlib.import_module("headoffice.migrations.versions.0010_price_lists")


def test_upgrading_to_0010_keeps_what_head_office_held(tmp_path: Path) -> None:
    assert MIGRATION.revision == "0010"
    assert_upgrade_keeps_events(
        tmp_path, MIGRATION.down_revision, events=5, empty=(PriceListRow, PriceListPart)
    )
