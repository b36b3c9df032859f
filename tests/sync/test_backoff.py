"""Backoff with full jitter: the till's retries spread out under a growing ceiling."""

from __future__ import annotations

import random
import statistics

from sync.backoff import Backoff


def test_full_jitter_stays_under_a_growing_ceiling_and_spreads_out() -> None:
    backoff = Backoff(base=0.5, cap=30.0)
    rng = random.Random(3)
    for attempt, ceiling in [(0, 0.5), (1, 1.0), (3, 4.0), (6, 30.0), (40, 30.0)]:
        delays = [backoff.delay(attempt, rng) for _ in range(2000)]
        assert min(delays) >= 0.0 and max(delays) <= ceiling
        # Uniform over [0, ceiling]: the mean sits near the middle, the spread is wide.
        assert abs(statistics.mean(delays) - ceiling / 2) < ceiling * 0.05
        assert max(delays) - min(delays) > ceiling * 0.9
