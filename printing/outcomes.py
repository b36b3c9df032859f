"""What printing tells the cashier: an outcome per document and the printer's state.

Both are typed (a code and its parameters; a state and its reason), so the window says
them in its own language and the CLI prints their English. Light on purpose: the window
imports this at start-up without the printer libraries.
"""

from __future__ import annotations

import re
import string
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from pos.domain.codes import ENGLISH
from pos.domain.errors import Code, Coded, Message, Param, render


class Paper(StrEnum):
    """A document as an outcome names it (the value is its English)."""

    CONSENT_SLIP = "consent slip"
    RECEIPT = "receipt"
    INSTALLMENT = "installment summary"
    CREDIT_SUMMARY = "credit summary"
    CREDIT_PAYMENT = "repayment receipt"
    DELIVERY_SLIP = "delivery slip"
    ACCESS_REPORT = "access report"
    CONFIRMATION = "confirmation"
    TEST_PAGE = "test page"
    DESTRUCTION_ACT = "destruction act"
    STAFF_ACCESS = "staff access list"
    X_REPORT = "X report"
    Z_REPORT = "Z report"
    CASH_SLIP = "cash slip"
    RETURN_RECEIPT = "return receipt"
    RETURN_ACT = "return act"


@dataclass(frozen=True)
class PrintOutcome:
    """What happened to one print: ok or not, the coded line to show, the job if one was kept."""

    ok: bool
    code: Code
    params: Mapping[str, Param]
    job_id: uuid.UUID | None = None

    @property
    def message(self) -> str:
        """The English line (the CLI prints it)."""
        return render(self.code, self.params)

    def __str__(self) -> str:
        return self.message


class PrinterState(StrEnum):
    """The printer as the status bar shows it."""

    OK = "ok"
    PAPER_LOW = "paper_low"
    NOT_SET = "not_set"
    # The printer setting cannot be read (`reason` says why).
    SETTING_INVALID = "setting_invalid"
    # Jobs wait in the queue (`waiting` of them; `reason`: the last fault, if known).
    WAITING = "waiting"
    # The last job failed (`reason`), and nothing waits.
    FAULT = "fault"


@dataclass(frozen=True)
class PrinterStatus:
    """The printer's state for the status bar; read from the queue, never from the printer."""

    state: PrinterState
    waiting: int = 0
    reason: Coded | None = None

    def __str__(self) -> str:
        """The English line the status used to be (`printer: ok`, `printer: 2 jobs waiting`)."""
        reason = str(self.reason) if self.reason is not None else ""
        match self.state:
            case PrinterState.OK:
                return "printer: ok"
            case PrinterState.PAPER_LOW:
                return "printer: ok, paper running low"
            case PrinterState.NOT_SET:
                return "printer: not set"
            case PrinterState.SETTING_INVALID:
                return f"printer: setting not valid ({reason})"
            case PrinterState.WAITING:
                jobs = "job" if self.waiting == 1 else "jobs"
                return f"printer: {self.waiting} {jobs} waiting" + (
                    f" ({reason})" if reason else ""
                )
            case PrinterState.FAULT:
                return f"printer: {reason}"


# --- a reason recorded as English text, read back as its code ------------------------------


@cache
def _patterns() -> list[tuple[Code, re.Pattern[str], dict[str, str]]]:
    """Each printer fault's English template as a pattern: literal text, and a group per
    parameter (most specific first, so a longer template wins over a shorter one)."""
    out: list[tuple[Code, re.Pattern[str], dict[str, str]]] = []
    for code, template in ENGLISH.items():
        if not code.value.startswith("printer."):
            continue
        parts: list[str] = []
        specs: dict[str, str] = {}
        if not any(literal.strip() for literal, *_ in string.Formatter().parse(template)):
            continue  # a bare "{reason}" would match any text
        for literal, name, spec, _conv in string.Formatter().parse(template):
            parts.append(re.escape(literal))
            if name is not None:
                if name in specs:
                    parts.append(f"(?P={name})")
                else:
                    parts.append(f"(?P<{name}>.+?)")
                    specs[name] = spec or ""
        out.append((code, re.compile("".join(parts) + r"\Z", re.DOTALL), specs))
    out.sort(key=lambda item: -len(item[1].pattern))
    return out


def recorded_reason(text: str) -> Coded | None:
    """The printer fault a print job recorded (its English line, `str(fault)`), as a coded
    reason the window says in its own language; None for any other text."""
    for code, pattern, specs in _patterns():
        found = pattern.match(text)
        if found is None:
            continue
        params: dict[str, Param] = {}
        for name, spec in specs.items():
            value = found.group(name)
            if spec == "g":
                try:
                    params[name] = float(value)
                except ValueError:
                    break
            else:
                params[name] = value
        else:
            return Message(code, params)
    return None
