"""The wire protocol's closed lists: the till and head office know the same ones."""

from __future__ import annotations

from headoffice.ingest import KNOWN_TYPES
from pos.domain.events import EventType
from protocol.wire import DirectiveKind


def test_both_ends_know_the_same_event_types() -> None:
    assert {t.value for t in EventType} == KNOWN_TYPES
    assert {k.value for k in DirectiveKind} == {
        "policy",
        "withdrawal",
        "refusal",
        "destruction",
        "catalog",
    }
