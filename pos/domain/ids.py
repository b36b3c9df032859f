"""Identifiers made at the till: time-ordered UUIDs (version 7, RFC 9562).

Random (version 4) keys land on random pages of every index, which at a million buyers
means a page read and decryption per insert; version 7 keys grow with time, so new rows
go to the right-hand edge of the indexes, and ids from many tills still never collide.
"""

from __future__ import annotations

import os
import threading
import time
import uuid


class _TimeOrderedIds:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last_ms = 0
        self._seq = 0

    def __call__(self) -> uuid.UUID:
        with self._lock:
            ms = time.time_ns() // 1_000_000
            if ms <= self._last_ms:
                self._seq += 1
                if self._seq > 0xFFF:  # over 4096 ids in one millisecond: borrow the next one
                    self._last_ms += 1
                    self._seq = 0
                ms = self._last_ms
            else:
                self._last_ms, self._seq = ms, 0
            seq = self._seq
        rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
        value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | seq << 64 | 0b10 << 62 | rand
        return uuid.UUID(int=value)


new_id = _TimeOrderedIds()
"""A UUIDv7: 48-bit Unix milliseconds, a 12-bit sequence within the millisecond, 62 random bits."""
