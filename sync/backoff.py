"""Exponential backoff with full jitter: wait a random time in [0, min(cap, base * 2**n)].

Full jitter spreads the retries of many tills that lost head office at the same moment,
so they do not all come back in the same second when it returns.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Backoff:
    base: float = 0.5
    cap: float = 30.0

    def delay(self, attempt: int, rng: random.Random) -> float:
        """Seconds to wait before retry number `attempt` (0 for the first retry)."""
        ceiling = min(self.cap, self.base * (2 ** min(attempt, 30)))
        return rng.uniform(0.0, ceiling)
