"""A network receipt printer on 127.0.0.1 (raw TCP, like port 9100), and tills wired to it.

The listener answers DLE EOT status queries the way an Epson-compatible printer does
(0x12: online, paper present), found by walking the stream command by command with the
test decoder, so a 0x10 0x04 inside image data is not mistaken for a query. It can also
refuse (not listening), stay silent (take jobs but answer no status query, as some network
print servers do), close in the middle of a job or report paper out.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pos.services import settings
from printing import raster
from tests.support.escpos_decoder import (
    EPSON_PAGES,
    GlyphReader,
    Incomplete,
    Printout,
    decode,
    next_command,
    read,
)
from tests.support.tills import TillFixture

STATUS_OK = 0x12
PAPER_OUT = 0x72
PAPER_LOW = 0x1E
OFFLINE = 0x1A


@dataclass
class FakePrinter:
    """A raw-TCP printer: `jobs` holds the bytes of every connection that ended."""

    port: int = 0
    mode: str = "ok"  # ok | silent | close_after
    close_after: int = 200  # job bytes read before closing (mode close_after)
    paper: int = STATUS_OK  # the answer to DLE EOT 4
    online: int = STATUS_OK  # the answer to DLE EOT 1
    jobs: list[bytes] = field(default_factory=list)
    connections: int = 0
    _sock: socket.socket | None = None
    _thread: threading.Thread | None = None
    _stop: threading.Event = field(default_factory=threading.Event)

    @property
    def url(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def start(self) -> FakePrinter:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        sock.listen(4)
        sock.settimeout(0.05)
        self.port = sock.getsockname()[1]
        self._sock = sock
        self._stop.clear()
        self._thread = threading.Thread(target=self._serve, name="fake-printer", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            assert not self._thread.is_alive(), "the fake printer did not stop"
        if self._sock is not None:
            self._sock.close()
        self._sock = self._thread = None

    def wait_jobs(self, count: int, timeout: float = 5.0) -> list[bytes]:
        deadline = time.monotonic() + timeout
        while len(self.jobs) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.jobs

    def _serve(self) -> None:
        assert self._sock is not None
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            with conn:
                conn.settimeout(0.05)
                self._handle(conn)

    def _handle(self, conn: socket.socket) -> None:
        buf = b""
        pos = 0
        job_bytes = 0
        while not self._stop.is_set():
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                break
            if not chunk:
                break
            buf += chunk
            while True:
                try:
                    command, end = next_command(buf, pos)
                except Incomplete:
                    break
                if command.kind == "DLE EOT" and self.mode != "silent":
                    answer = self.paper if command.args[0] == 4 else self.online
                    conn.sendall(bytes((answer,)))
                elif command.kind != "DLE EOT":
                    job_bytes += end - pos
                pos = end
                if self.mode == "close_after" and job_bytes >= self.close_after:
                    # An abortive close (RST), as a printer switched off mid-job looks.
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.jobs.append(buf[:pos])
                    return
        self.jobs.append(buf)


def free_port() -> int:
    """A port nothing listens on (connections to it are refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def set_printer(till: TillFixture, url: str, **extra: object) -> None:
    value: dict[str, object] = {"url": url, "paper_width": 80, "timeout": 2, **extra}
    settings.update(till.ctx(), settings.PRINTER, value)


def glyph_reader() -> GlyphReader:
    """Reads text back from the bitmap lines a printer receives (Kazakh letters, ₸)."""
    return GlyphReader(
        raster.FONT_FILES,
        size=raster.FONT_SIZE,
        cell=(raster.CELL_WIDTH, raster.CELL_HEIGHT),
        top=raster.GLYPH_TOP,
    )


def printout(data: bytes, reader: GlyphReader, pages: dict[int, str] | None = None) -> Printout:
    return read(decode(data, pages or EPSON_PAGES), reader)


@contextlib.contextmanager
def listening(port: int) -> Iterator[FakePrinter]:
    p = FakePrinter(port=port).start()
    try:
        yield p
    finally:
        p.stop()


def tmp_file_url(path: Path) -> str:
    return f"file://{path}"
