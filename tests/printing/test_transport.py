"""Printer URLs: every kind python-escpos offers, and one-line reasons when it cannot print."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from printing.config import config_from, load
from printing.transport import PrinterFault, connection, parse, send
from tests.support.tills import TillFixture


def _fault(url: str) -> str:
    with pytest.raises(PrinterFault) as caught:
        send(config_from({"url": url, "timeout": 1}), b"\x1b@")
    message = str(caught.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize(
    ("url", "module", "package"),
    [
        ("usb://04b8:0202", "usb", "pyusb"),
        ("serial:///dev/ttyUSB0?baudrate=9600", "serial", "pyserial"),
        ("cups://TM-T20", "cups", "pycups"),
        ("win32://EPSON TM-T20", "win32print", "pywin32"),
    ],
)
def test_device_printers_fail_in_one_line_without_their_hardware(
    url: str, module: str, package: str
) -> None:
    message = _fault(url)
    if importlib.util.find_spec(module) is None:
        assert message.endswith(f"printing needs the {package} package, which is not installed")
    else:  # pragma: no cover - the library is there but this machine has no such device
        assert message


def test_urls_are_parsed_into_escpos_connections(tmp_path: Path) -> None:
    net = connection(config_from({"url": "tcp://192.0.2.7:9101?timeout=3"}))
    assert (type(net).__name__, net.host, net.port, net.timeout) == (
        "Network",
        "192.0.2.7",
        9101,
        3.0,
    )
    assert connection(config_from({"url": "tcp://printer.local"})).port == 9100
    usb = parse(config_from({"url": "usb://04b8:0e15?out_ep=0x02", "timeout": 2}))
    assert (usb.cls.__name__, usb.kwargs) == (
        "Usb",
        {"idVendor": 0x04B8, "idProduct": 0x0E15, "out_ep": 2, "timeout": 2000},
    )
    serial = parse(config_from({"url": "serial:///dev/ttyS1?baudrate=19200"}))
    assert (serial.kwargs["devfile"], serial.kwargs["baudrate"]) == ("/dev/ttyS1", 19200)
    assert parse(config_from({"url": "serial://COM3"})).kwargs["devfile"] == "COM3"
    assert parse(config_from({"url": "cups://TM%20T20"})).kwargs == {"printer_name": "TM T20"}
    folder = tmp_path.resolve()
    named = config_from({"url": f"file://{folder}/a%20b.bin"}, print_folder=folder)
    assert connection(named).devfile == f"{folder}/a b.bin"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("tcp://:9100", "has no host"),
        ("usb://epson", "vendor and product ids in hex"),
        ("lpt://1", "must start with one of: tcp://, usb://"),
        ("file://", "names no file"),
        ("", "no printer is set"),
    ],
)
def test_bad_urls(url: str, reason: str) -> None:
    assert reason in _fault(url)


def test_file_printer_writes_the_job_and_reports_a_missing_folder(tmp_path: Path) -> None:
    out = tmp_path / "job.bin"
    send(config_from({"url": f"file://{out}"}, print_folder=tmp_path), b"\x1b@hello\n")
    assert out.read_bytes() == b"\x1b@hello\n"
    missing = config_from({"url": f"file://{tmp_path}/missing/job.bin"}, print_folder=tmp_path)
    with pytest.raises(PrinterFault) as raised:
        send(missing, b"\x1b@")
    assert str(raised.value) == "no such file or directory"


def test_pos_printer_overrides_the_setting(
    till: TillFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pos.services import settings

    settings.update(till.ctx(), settings.PRINTER, {"url": "tcp://10.0.0.5:9100", "paper_width": 58})
    assert load(till.ctx()).url == "tcp://10.0.0.5:9100"
    monkeypatch.setenv("POS_PRINTER", "file:///tmp/x.bin?paper=80&profile=TM-T88IV")
    config = load(till.ctx())
    assert (config.url, config.paper_mm, config.profile) == (
        "file:///tmp/x.bin?paper=80&profile=TM-T88IV",
        80,
        "TM-T88IV",
    )
