"""Sending bytes to the printer named by a URL, through python-escpos's connections.

Where the connection can answer (network, USB, serial) the printer is asked for its
status (DLE EOT) before the job, so a printer that is off, out of paper or not answering
fails before anything is printed, and again after it, so a connection that dropped or
paper that ran out mid-job is noticed instead of being taken for a printed document.
Every failure becomes a `PrinterFault` with one line of reason and no personal data.
"""

from __future__ import annotations

import contextlib
import socket
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from printing._escpos import (
    CupsPrinter,
    DeviceNotFoundError,
    File,
    Network,
    Serial,
    Usb,
    Win32Raw,
    constants,
    keep_root_logging,
)
from printing.config import PrinterConfig

SCHEMES = ("tcp", "usb", "serial", "cups", "win32", "file")
_ANSWERING = {"tcp", "usb", "serial"}
_PACKAGE = {"usb": "pyusb", "serial": "pyserial", "cups": "pycups", "win32": "pywin32"}

PAPER_STATUS = constants.RT_STATUS_PAPER  # DLE EOT 4
ONLINE_STATUS = constants.RT_STATUS_ONLINE  # DLE EOT 1
_PAPER_END = 0x60  # DLE EOT 4, bits 5 and 6
_PAPER_NEAR_END = 0x0C  # DLE EOT 4, bits 2 and 3
_OFFLINE = 0x08  # DLE EOT 1, bit 3


class PrinterFault(Exception):
    """The printer could not take the job; the message is one line, safe to show and log."""


@dataclass(frozen=True, slots=True)
class Delivery:
    """What the printer said after a job that went through."""

    paper_low: bool = False


def describe(url: str) -> str:
    """The URL without its query, for messages."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def _bad(url: str, why: str) -> PrinterFault:
    return PrinterFault(f"printer URL {describe(url)!r} {why}")


@dataclass(frozen=True, slots=True)
class Target:
    """A parsed printer URL: the python-escpos class to use and its arguments."""

    kind: str  # the URL scheme
    cls: Any
    kwargs: dict[str, Any]


def parse(config: PrinterConfig) -> Target:
    """Read the printer URL; a malformed one is a PrinterFault naming what is wrong."""
    url = config.url
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    if scheme == "tcp":
        if not parts.hostname:
            raise _bad(url, "has no host (use tcp://HOST:9100)")
        try:
            port = parts.port or 9100
        except ValueError:
            raise _bad(url, "has a port that is not a number") from None
        return Target(
            scheme, Network, {"host": parts.hostname, "port": port, "timeout": config.timeout}
        )
    if scheme == "usb":
        vid, _, pid = parts.netloc.partition(":")
        try:
            ids = {"idVendor": int(vid, 16), "idProduct": int(pid, 16)}
            extra: dict[str, int] = {k: int(query[k], 0) for k in ("in_ep", "out_ep") if k in query}
        except ValueError:
            raise _bad(url, "needs the vendor and product ids in hex (usb://04b8:0202)") from None
        return Target(scheme, Usb, {**ids, "timeout": int(config.timeout * 1000), **extra})
    if scheme == "serial":
        device = unquote(parts.path) if parts.path else parts.netloc
        if not device:
            raise _bad(url, "names no serial device (serial:///dev/ttyUSB0?baudrate=9600)")
        try:
            baudrate, stopbits = int(query.get("baudrate", 9600)), int(query.get("stopbits", 1))
        except ValueError:
            raise _bad(url, "has a baudrate or stopbits that is not a number") from None
        return Target(
            scheme,
            Serial,
            {
                "devfile": device,
                "baudrate": baudrate,
                "timeout": config.timeout,
                "parity": query.get("parity", "N"),
                "stopbits": stopbits,
                "dsrdtr": query.get("dsrdtr", "1") in ("1", "true"),
            },
        )
    if scheme in ("cups", "win32"):
        if not parts.netloc:
            raise _bad(url, f"names no printer ({scheme}://NAME)")
        return Target(
            scheme,
            CupsPrinter if scheme == "cups" else Win32Raw,
            {"printer_name": unquote(parts.netloc)},
        )
    if scheme == "file":
        path = unquote(parts.path)
        if not path:
            raise _bad(url, "names no file (file:///path/out.bin)")
        return Target(scheme, File, {"devfile": path})
    raise _bad(url, f"must start with one of: {', '.join(s + '://' for s in SCHEMES)}")


def connection(config: PrinterConfig) -> Any:
    """The python-escpos connection object for the URL (not opened yet)."""
    target = parse(config)
    # Checked before building one: without its library, the object fails even to close.
    if not target.cls.is_usable():
        raise PrinterFault(
            f"{target.kind} printing needs the {_PACKAGE[target.kind]} package, which is not installed"
        )
    return target.cls(**target.kwargs)


def _checks_status(config: PrinterConfig) -> bool:
    if config.scheme not in _ANSWERING:
        return False
    return True if config.status_check is None else config.status_check


def _ask(printer: Any, query: bytes) -> int:
    printer._raw(query)
    answer = bytes(printer._read() or b"")
    if not answer:
        raise PrinterFault("the printer closed the connection")
    return answer[0]


def _check(printer: Any, config: PrinterConfig, *, after: bool) -> bool:
    """Raise if the printer cannot print; True when its paper is running low."""
    paper = _ask(printer, PAPER_STATUS)
    if paper & _PAPER_END == _PAPER_END:
        raise PrinterFault(
            "paper ran out during the job" if after else "the printer is out of paper"
        )
    if not after:
        online = _ask(printer, ONLINE_STATUS)
        if online & _OFFLINE:
            raise PrinterFault("the printer is offline (cover open or an error)")
    return paper & _PAPER_NEAR_END == _PAPER_NEAR_END


def _reason(exc: BaseException, config: PrinterConfig) -> str:
    scheme = config.scheme
    if isinstance(exc, DeviceNotFoundError) and exc.__context__ is not None:
        exc = exc.__context__
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, TimeoutError):
        return f"no answer within {config.timeout:g} s"
    if isinstance(exc, ConnectionResetError | BrokenPipeError | ConnectionAbortedError):
        return "the connection was closed during the job"
    if isinstance(exc, socket.gaierror):
        return "unknown printer host"
    if isinstance(exc, RuntimeError) and scheme in _PACKAGE:
        return f"{scheme} printing needs the {_PACKAGE[scheme]} package, which is not installed"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[0].lower() + exc.strerror[1:]
    if isinstance(exc, DeviceNotFoundError):
        return "printer not found"
    return f"printing failed ({type(exc).__name__})"


def send(config: PrinterConfig, data: bytes) -> Delivery:
    """Deliver one job; raise PrinterFault with a one-line reason if it did not go through."""
    if not config.configured:
        raise PrinterFault("no printer is set (settings, or POS_PRINTER)")
    with keep_root_logging():
        printer = connection(config)
        try:
            printer.open()
            check = _checks_status(config)
            low = _check(printer, config, after=False) if check else False
            printer._raw(data)
            if check:
                low = _check(printer, config, after=True)
            printer.close()  # CUPS and Windows hand the job over on close
        except PrinterFault:
            _quiet_close(printer)
            raise
        except Exception as exc:  # the device layer raises many kinds; each becomes one line
            _quiet_close(printer)
            raise PrinterFault(_reason(exc, config)) from None
    return Delivery(paper_low=low)


def _quiet_close(printer: Any) -> None:
    with contextlib.suppress(Exception):
        printer.close()
