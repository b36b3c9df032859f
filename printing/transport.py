"""Sending bytes to the printer named by a URL, through python-escpos's connections.

Where the connection can answer (network, USB, serial) the printer is asked for its
status (DLE EOT) before the job, so a printer that is off, out of paper or not answering
fails before anything is printed, and again after it, so a connection that dropped or
paper that ran out mid-job is noticed instead of being taken for a printed document.
Every failure becomes a `PrinterFault`: a coded reason with no personal data.

Some network print servers pass the job through but never relay a status answer. When
a TCP printer accepted the connection and the first status query times out, the job may
go without the check (`fallback`): the delivery says so, and the caller stops asking.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from pos.domain.errors import Code, PosError
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


class PrinterFault(PosError):
    """The printer could not take the job; the reason is coded, safe to show and log."""


@dataclass(frozen=True, slots=True)
class Delivery:
    """What the printer said after a job that went through."""

    paper_low: bool = False
    # Printed without the status check: the printer never answered the status query.
    status_unanswered: bool = False


def describe(url: str) -> str:
    """The URL without its query, for messages."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


@dataclass(frozen=True, slots=True)
class Target:
    """A parsed printer URL: the python-escpos class to use and its arguments."""

    kind: str  # the URL scheme
    cls: Any
    kwargs: dict[str, Any]


def parse(config: PrinterConfig) -> Target:
    """Read the printer URL; a malformed one is a PrinterFault naming what is wrong."""
    url = config.url
    shown = describe(url)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    if scheme == "tcp":
        if not parts.hostname:
            raise PrinterFault(Code.PRINTER_URL_NO_HOST, url=shown)
        try:
            port = parts.port or 9100
        except ValueError:
            raise PrinterFault(Code.PRINTER_URL_PORT, url=shown) from None
        return Target(
            scheme, Network, {"host": parts.hostname, "port": port, "timeout": config.timeout}
        )
    if scheme == "usb":
        vid, _, pid = parts.netloc.partition(":")
        try:
            ids = {"idVendor": int(vid, 16), "idProduct": int(pid, 16)}
            extra: dict[str, int] = {k: int(query[k], 0) for k in ("in_ep", "out_ep") if k in query}
        except ValueError:
            raise PrinterFault(Code.PRINTER_URL_USB_IDS, url=shown) from None
        return Target(scheme, Usb, {**ids, "timeout": int(config.timeout * 1000), **extra})
    if scheme == "serial":
        device = unquote(parts.path) if parts.path else parts.netloc
        if not device:
            raise PrinterFault(Code.PRINTER_URL_NO_DEVICE, url=shown)
        try:
            baudrate, stopbits = int(query.get("baudrate", 9600)), int(query.get("stopbits", 1))
        except ValueError:
            raise PrinterFault(Code.PRINTER_URL_SERIAL_NUMBERS, url=shown) from None
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
            raise PrinterFault(Code.PRINTER_URL_NO_PRINTER, url=shown, scheme=scheme)
        return Target(
            scheme,
            CupsPrinter if scheme == "cups" else Win32Raw,
            {"printer_name": unquote(parts.netloc)},
        )
    if scheme == "file":
        path = unquote(parts.path)
        if not path:
            raise PrinterFault(Code.PRINTER_URL_NO_FILE, url=shown)
        return Target(scheme, FolderFile, {"devfile": str(print_file(Path(path), config))})
    raise PrinterFault(
        Code.PRINTER_URL_SCHEME, url=shown, schemes=tuple(s + "://" for s in SCHEMES)
    )


# Every document the till prints starts with ESC @ (initialise); a file that starts otherwise
# is not one of ours, and a printer URL must never overwrite it.
_PRINT_OUTPUT_START = b"\x1b@"


def print_file(path: Path, config: PrinterConfig) -> Path:
    """Where a `file://` printer may write: inside the print folder, never over the till's own
    files, a link, or an existing file that is not a print output."""
    shown = describe(config.url)
    folder = config.print_folder
    if folder is None:  # a config made without a till: no folder is ours to write into
        raise PrinterFault(Code.PRINTER_FILE_OUTSIDE, url=shown, folder="-")
    if config.make_folder:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not folder.is_dir():
        raise PrinterFault(Code.PRINTER_FOLDER_MISSING, folder=str(folder))
    root = folder.resolve()
    if any(f.resolve().is_relative_to(root) for f in config.till_files):
        raise PrinterFault(Code.PRINTER_FOLDER_HOLDS_TILL, folder=str(folder))
    if not path.is_absolute():
        path = root / path
    # Links and ".." in the folders are followed before comparing; a folder that does not
    # exist is left for the open to report.
    target = path.parent.resolve() / path.name
    if not target.is_relative_to(root) or target == root or path.name in ("", ".", ".."):
        raise PrinterFault(Code.PRINTER_FILE_OUTSIDE, url=shown, folder=str(folder))
    if target.is_symlink():
        raise PrinterFault(Code.PRINTER_FILE_NOT_OUTPUT, url=shown)
    if target.is_file() and target.stat().st_size > 0:
        with target.open("rb") as existing:
            if existing.read(len(_PRINT_OUTPUT_START)) != _PRINT_OUTPUT_START:
                raise PrinterFault(Code.PRINTER_FILE_NOT_OUTPUT, url=shown)
    elif target.exists() and not target.is_char_device():
        # A folder, a socket or a pipe: nothing a printer writes into.
        raise PrinterFault(Code.PRINTER_FILE_NOT_OUTPUT, url=shown)
    return target


class FolderFile(File):  # type: ignore[misc]
    """python-escpos's file printer, opened without following a link swapped in after the
    check, and readable by the till's user only."""

    def open(self, raise_not_found: bool = True) -> None:
        if self._device:
            self.close()
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
        self.device = os.fdopen(os.open(self.devfile, flags, 0o600), "wb")


def connection(config: PrinterConfig) -> Any:
    """The python-escpos connection object for the URL (not opened yet)."""
    target = parse(config)
    # Checked before building one: without its library, the object fails even to close.
    if not target.cls.is_usable():
        raise PrinterFault(
            Code.PRINTER_NEEDS_PACKAGE, scheme=target.kind, package=_PACKAGE[target.kind]
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
        raise PrinterFault(Code.PRINTER_CLOSED)
    return answer[0]


def _check(printer: Any, config: PrinterConfig, *, after: bool) -> bool:
    """Raise if the printer cannot print; True when its paper is running low."""
    paper = _ask(printer, PAPER_STATUS)
    if paper & _PAPER_END == _PAPER_END:
        raise PrinterFault(Code.PRINTER_PAPER_RAN_OUT if after else Code.PRINTER_PAPER_OUT)
    if not after:
        online = _ask(printer, ONLINE_STATUS)
        if online & _OFFLINE:
            raise PrinterFault(Code.PRINTER_OFFLINE)
    return paper & _PAPER_NEAR_END == _PAPER_NEAR_END


# The operating system's refusals a cashier meets, said in the window's language.
_OS_CODES = {
    errno.ENETUNREACH: Code.PRINTER_UNREACHABLE,
    errno.EHOSTUNREACH: Code.PRINTER_UNREACHABLE,
    errno.EHOSTDOWN: Code.PRINTER_UNREACHABLE,
    errno.ENETDOWN: Code.PRINTER_UNREACHABLE,
    errno.EACCES: Code.PRINTER_NO_ACCESS,
    errno.EPERM: Code.PRINTER_NO_ACCESS,
    errno.ENOENT: Code.PRINTER_NO_DEVICE,
    errno.ENODEV: Code.PRINTER_NO_DEVICE,
    errno.ENXIO: Code.PRINTER_NO_DEVICE,
    errno.EBUSY: Code.PRINTER_BUSY,
}


def _fault(exc: BaseException, config: PrinterConfig) -> PrinterFault:
    scheme = config.scheme
    if isinstance(exc, DeviceNotFoundError) and exc.__context__ is not None:
        exc = exc.__context__
    if isinstance(exc, ConnectionRefusedError):
        return PrinterFault(Code.PRINTER_REFUSED)
    if isinstance(exc, TimeoutError):
        return PrinterFault(Code.PRINTER_TIMEOUT, seconds=config.timeout)
    if isinstance(exc, ConnectionResetError | BrokenPipeError | ConnectionAbortedError):
        return PrinterFault(Code.PRINTER_DROPPED)
    if isinstance(exc, socket.gaierror):
        return PrinterFault(Code.PRINTER_UNKNOWN_HOST)
    if isinstance(exc, RuntimeError) and scheme in _PACKAGE:
        return PrinterFault(Code.PRINTER_NEEDS_PACKAGE, scheme=scheme, package=_PACKAGE[scheme])
    if isinstance(exc, OSError) and exc.errno in _OS_CODES and scheme != "file":
        return PrinterFault(_OS_CODES[exc.errno])
    if isinstance(exc, OSError) and exc.strerror:
        # The operating system's own words (English); they name no document or person.
        return PrinterFault(
            Code.PRINTER_OS_ERROR, reason=exc.strerror[0].lower() + exc.strerror[1:]
        )
    if isinstance(exc, DeviceNotFoundError):
        return PrinterFault(Code.PRINTER_NOT_FOUND)
    return PrinterFault(Code.PRINTER_FAILED, error=type(exc).__name__)


def _may_skip_status(config: PrinterConfig) -> bool:
    """A TCP printer whose URL does not insist on the check (`?status=1`) may print
    without one when it does not answer: a print server that relays no status."""
    return config.scheme == "tcp" and config.status_check is None


def send(
    config: PrinterConfig, data: bytes, *, ask_status: bool = True, fallback: bool = False
) -> Delivery:
    """Deliver one job; raise PrinterFault with a coded reason if it did not go through.

    `ask_status=False` skips the status check (a printer known not to answer); with
    `fallback`, a TCP printer that accepted the connection but let the first status query
    time out gets the job without the check (`Delivery.status_unanswered`)."""
    if not config.configured:
        raise PrinterFault(Code.PRINTER_NOT_SET)
    unanswered = False
    with keep_root_logging():
        printer = connection(config)
        try:
            printer.open()
            check = ask_status and _checks_status(config)
            low = False
            if check:
                try:
                    low = _check(printer, config, after=False)
                except TimeoutError:
                    if not (fallback and _may_skip_status(config)):
                        raise PrinterFault(
                            Code.PRINTER_STATUS_TIMEOUT, seconds=config.timeout
                        ) from None
                    unanswered, check = True, False
            printer._raw(data)
            if check:
                try:
                    low = _check(printer, config, after=True)
                except TimeoutError:
                    raise PrinterFault(
                        Code.PRINTER_STATUS_TIMEOUT, seconds=config.timeout
                    ) from None
            printer.close()  # CUPS and Windows hand the job over on close
        except PrinterFault:
            _quiet_close(printer)
            raise
        except Exception as exc:  # the device layer raises many kinds; each becomes one line
            _quiet_close(printer)
            raise _fault(exc, config) from None
    return Delivery(paper_low=low, status_unanswered=unanswered)


def _quiet_close(printer: Any) -> None:
    with contextlib.suppress(Exception):
        printer.close()
