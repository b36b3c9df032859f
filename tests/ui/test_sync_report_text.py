"""The window's sync line says when head office holds events with other content, and when
it says the till's audit log lost entries it had anchored."""

from __future__ import annotations

from sync.worker import CycleReport
from ui.messages import sync_report_text


def test_the_sync_line_names_conflicts_and_a_cut_audit_log() -> None:
    plain = sync_report_text(CycleReport(stored=3, backlog=0))
    assert "other content" not in plain and "audit log" not in plain
    text = sync_report_text(
        CycleReport(stored=3, conflicts=2, backlog=2, audit_problem="audit chain cut: entry 9")
    )
    assert "Head office holds 2 of them with other content" in text
    assert "audit log lost entries" in text
