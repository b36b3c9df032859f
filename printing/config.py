"""The printer setting: one URL (POS_PRINTER overrides it), paper width, profile, language.

The URL names the connection (`tcp://host:9100`, `usb://VID:PID`, `serial:///dev/ttyUSB0
?baudrate=9600`, `cups://QUEUE`, `win32://NAME`, `file:///path/out.bin`). Its query may
also carry `profile=`, `paper=`, `timeout=` and `status=0|1`, so one environment variable
can describe a whole printer; the setting's own keys fill in what the URL leaves out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from pos.config import TillPaths, print_folder_override, printer_override
from pos.domain.errors import Code, ValidationError
from pos.services import settings
from pos.services.context import ServiceContext
from printing.i18n import LANGUAGES
from printing.model import PrinterModel, printer_model

DEFAULT_TIMEOUT = 5.0
_TRUE = {"1", "true", "yes", "on"}


@dataclass(frozen=True, slots=True)
class PrinterConfig:
    """The printer setting, resolved: URL, paper, profile, language, timeout, checks."""

    url: str
    paper_mm: int = 80
    profile: str = "default"
    language: str = "ru"
    timeout: float = DEFAULT_TIMEOUT
    # Ask the printer for its paper/online status before and after a job (where it can answer).
    status_check: bool | None = None
    code_pages: Mapping[str, int] = field(default_factory=dict)
    # A `file://` printer writes only inside this folder, and never into one holding any of
    # `till_files` (the database and its companions): a URL must not overwrite them.
    print_folder: Path | None = None
    till_files: tuple[Path, ...] = ()
    # The default folder is made on first use; one the admin names must exist.
    make_folder: bool = False

    @property
    def configured(self) -> bool:
        """True when a printer URL is set."""
        return bool(self.url)

    @property
    def scheme(self) -> str:
        """The connection kind: tcp, usb, serial, cups, win32 or file."""
        return urlsplit(self.url).scheme.lower()

    def model(self) -> PrinterModel:
        """What the encoder needs to know about this printer."""
        return printer_model(self.profile, self.paper_mm, self.code_pages)


def _query(url: str) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(urlsplit(url).query).items()}


def config_from(
    value: Mapping[str, Any],
    override: str | None = None,
    *,
    print_folder: Path | None = None,
    till_files: tuple[Path, ...] = (),
    make_folder: bool = False,
) -> PrinterConfig:
    """Build the config from the setting's value and an optional URL override."""
    url = (override or str(value.get("url") or "")).strip()
    query = _query(url)
    language = str(value.get("language") or "ru")
    if language not in LANGUAGES:
        language = "ru"
    try:
        paper = int(query.get("paper") or value.get("paper_width") or 80)
        timeout = float(query.get("timeout") or value.get("timeout") or DEFAULT_TIMEOUT)
    except ValueError:
        raise ValidationError(Code.PRINTER_NUMBERS) from None
    if paper not in (58, 80):
        raise ValidationError(Code.PRINTER_WIDTH, field="paper_width")
    if not 0 < timeout <= 120:
        raise ValidationError(Code.PRINTER_TIMEOUT_RANGE, field="timeout")
    status: bool | None = None
    if "status" in query:
        status = query["status"].lower() in _TRUE
    elif value.get("status_check") is not None:
        status = bool(value["status_check"])
    pages = value.get("codepages") or {}
    return PrinterConfig(
        url=url,
        paper_mm=paper,
        profile=str(query.get("profile") or value.get("profile") or "default"),
        language=language,
        timeout=timeout,
        status_check=status,
        code_pages={str(k): int(v) for k, v in dict(pages).items()},
        print_folder=print_folder,
        till_files=till_files,
        make_folder=make_folder,
    )


def load(
    ctx: ServiceContext,
    *,
    setting: Mapping[str, Any] | None = None,
    environment: bool = True,
) -> PrinterConfig:
    """The till's printer config: the setting (or `setting`, one about to be saved), with
    POS_PRINTER overriding its URL unless `environment` is False.

    A `file://` printer writes into POS_PRINT_DIR, else the setting's `print_folder`, else
    `prints/` under POS_HOME."""
    value = settings.read(ctx, settings.PRINTER) if setting is None else setting
    home = ctx.db.path.parent
    named = print_folder_override() or (
        Path(str(value["print_folder"])).expanduser() if value.get("print_folder") else None
    )
    db = ctx.db.path
    companions = tuple(db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal"))
    return config_from(
        value,
        printer_override() if environment else None,
        print_folder=named or TillPaths(home).prints,
        till_files=(db, *companions),
        make_folder=named is None,
    )
