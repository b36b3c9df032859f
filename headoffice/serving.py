"""Connection guards for `pos-headoffice serve`: a deadline per request and connection caps.

uvicorn times out idle keep-alive connections but not a request that trickles in: a client
sending a header byte every few seconds (or a body that never ends) holds its connection,
and a few hundred of them, needing no credential, starve everyone else. This protocol (uvicorn's
httptools protocol with two additions) gives every request a deadline from its first byte
(or from the connection's start) until its headers have arrived, then a time for its body
by its declared size (at least 16 kB/s on average); past either the client gets 408 and the
connection is closed. Connections are capped in all and per client address;
when a cap is reached, the connection that has waited longest without a complete request
(a trickler, or an idle keep-alive) is closed to make room, so a well-behaved request like
`/health` still gets in while the tricklers churn. A connection whose request is being
answered is never closed for room; a newcomer is refused only when none can be.

The limits come from the environment (set by `pos-headoffice serve` from its options), so
every worker process of `--workers N` reads the same ones.
"""

from __future__ import annotations

import asyncio
import os
import time
from dataclasses import dataclass
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

ENV_REQUEST_TIMEOUT = "HEADOFFICE_REQUEST_TIMEOUT"
ENV_MAX_CONNECTIONS = "HEADOFFICE_MAX_CONNECTIONS"
ENV_MAX_PER_CLIENT = "HEADOFFICE_MAX_CONNECTIONS_PER_CLIENT"
PROTOCOL = "headoffice.serving:GuardedProtocol"
# Bytes per second a body must at least average (about a 128 kbit/s line).
MIN_BODY_RATE = 16_000

_TIMEOUT_BODY = b'{"detail":"the request did not arrive in time"}'
_TIMEOUT_RESPONSE = (
    b"HTTP/1.1 408 Request Timeout\r\n"
    b"content-type: application/json\r\n"
    b"connection: close\r\n"
    b"content-length: " + str(len(_TIMEOUT_BODY)).encode() + b"\r\n\r\n" + _TIMEOUT_BODY
)


@dataclass(frozen=True)
class Limits:
    # Seconds for a request's headers (from its first byte), and for its body on top of
    # the time its size needs at MIN_BODY_RATE.
    request_timeout: float = 10.0
    max_connections: int = 1000
    max_per_client: int = 200

    @classmethod
    def from_env(cls) -> Limits:
        d = cls()
        return cls(
            request_timeout=float(os.environ.get(ENV_REQUEST_TIMEOUT) or d.request_timeout),
            max_connections=int(os.environ.get(ENV_MAX_CONNECTIONS) or d.max_connections),
            max_per_client=int(os.environ.get(ENV_MAX_PER_CLIENT) or d.max_per_client),
        )

    def export(self) -> None:
        """Put these limits where every worker process reads them."""
        os.environ[ENV_REQUEST_TIMEOUT] = str(self.request_timeout)
        os.environ[ENV_MAX_CONNECTIONS] = str(self.max_connections)
        os.environ[ENV_MAX_PER_CLIENT] = str(self.max_per_client)


class GuardedProtocol(HttpToolsProtocol):
    """uvicorn's HTTP/1.1 protocol with a per-request deadline and connection caps."""

    limits: Limits | None = None  # read from the environment at the first connection

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if GuardedProtocol.limits is None:
            GuardedProtocol.limits = Limits.from_env()
        self._limits = GuardedProtocol.limits
        self._deadline: asyncio.TimerHandle | None = None
        self._waiting_since = time.monotonic()

    # --- the deadline ---------------------------------------------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()
        self._make_room()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def on_message_begin(self) -> None:
        self._arm()
        super().on_message_begin()

    def on_headers_complete(self) -> None:
        super().on_headers_complete()
        # The body gets its own time, by its declared size at a floor rate, so a push of a
        # few MB over a slow line arrives while a body that trickles is still cut.
        length = next((v for k, v in self.headers if k == b"content-length"), b"0")
        size = int(length) if length.isdigit() else 0
        if size and self._deadline is not None:
            since = self._waiting_since
            self._disarm()
            self._arm(self._limits.request_timeout + size / MIN_BODY_RATE)
            self._waiting_since = since

    def on_message_complete(self) -> None:
        self._disarm()
        super().on_message_complete()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._waiting_since = time.monotonic()

    def _arm(self, seconds: float | None = None) -> None:
        if self._deadline is None:
            self._waiting_since = time.monotonic()
            wait = self._limits.request_timeout if seconds is None else seconds
            self._deadline = self.loop.call_later(wait, self._too_slow)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _too_slow(self) -> None:
        self._deadline = None
        if not self.transport.is_closing():
            self._cut(reading=True)

    def _cut(self, *, reading: bool) -> None:
        """Close; a request cut while arriving is answered 408 if no answer has started
        (an idle keep-alive just closes), and the app sees a disconnect."""
        self._disarm()
        cycle = self.cycle
        if reading and (cycle is None or not cycle.response_started):
            self.transport.write(_TIMEOUT_RESPONSE)
        if cycle is not None and not cycle.response_complete:
            cycle.disconnected = True
            cycle.message_event.set()
        self.transport.close()

    # --- the caps -------------------------------------------------------------------------

    def _evictable(self) -> bool:
        """Waiting for (the rest of) a request, or idle: nothing of ours is under way."""
        cycle = self.cycle
        return self._deadline is not None or cycle is None or cycle.response_complete

    def _make_room(self) -> None:
        limits = self._limits
        mine = self.client[0] if self.client else None
        for per_client, cap in ((True, limits.max_per_client), (False, limits.max_connections)):
            pool = [
                c
                for c in self.connections
                if c is not self
                and isinstance(c, GuardedProtocol)
                and not c.transport.is_closing()
                and (not per_client or (c.client is not None and c.client[0] == mine))
            ]
            excess = len(pool) + 1 - cap
            if excess <= 0:
                continue
            candidates = sorted((c for c in pool if c._evictable()), key=lambda c: c._waiting_since)
            if len(candidates) < excess:
                # Everyone is being answered: the newcomer is the one turned away.
                self._disarm()
                self.transport.close()
                return
            for c in candidates[:excess]:
                c._cut(reading=c._deadline is not None)
