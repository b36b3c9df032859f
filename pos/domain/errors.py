"""Errors a user can act on: a code from the catalogue (pos.domain.codes) and its parameters.

`str(error)` is the English line the CLI prints and the log records; the window shows the
code's own translated text with the parameters rendered in its language, so no one ever
reads an error's English to find out what it means. Parameters keep their types (enum
members, dates, `Money`, counts, names of banks or files); personal data is never one.
"""

from __future__ import annotations

import datetime as dt
import enum
import string
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeAlias

from pos.domain.codes import ENGLISH, Code
from pos.domain.minimization import FIELD_LABEL, BuyerField
from pos.domain.money import Money

__all__ = [
    "Code",
    "Coded",
    "Conflict",
    "DatabaseError",
    "Message",
    "NotFound",
    "Param",
    "PermissionDenied",
    "PosError",
    "Refused",
    "ValidationError",
    "ValidationErrors",
    "WrongKey",
    "english",
]

# One value a message names; a nested coded message is a reason inside another message.
Scalar: TypeAlias = "str | int | float | dt.date | uuid.UUID | enum.Enum | Money | Coded"
Param: TypeAlias = "Scalar | tuple[Scalar, ...]"


class Coded(Protocol):
    """Anything that says one coded line: an error, a print outcome, a nested reason."""

    @property
    def code(self) -> Code: ...

    @property
    def params(self) -> Mapping[str, Param]: ...


def english(value: object) -> str:
    """One parameter as the English sentences have always written it."""
    if isinstance(value, tuple):
        return ", ".join(english(v) for v in value)
    if isinstance(value, BuyerField):
        return FIELD_LABEL[value]
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class _English(string.Formatter):
    """str.format with the catalogue's specs: `:a` adds an article, `:words` unsnakes."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec == "a":
            text = english(value)
            return ("an " if text[:1] in "aeiou" else "a ") + text
        if format_spec == "words":
            return english(value).replace("_", " ")
        if format_spec:
            return str(format(value, format_spec))
        return english(value)

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        return repr(value) if conversion == "r" else value


_ENGLISH = _English()


def render(code: Code, params: Mapping[str, Param]) -> str:
    """The English line of a code with its parameters."""
    return _ENGLISH.vformat(ENGLISH[code], (), params)


def template_fields(template: str) -> frozenset[str]:
    """The parameter names a template uses."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


@dataclass(frozen=True, slots=True)
class Message:
    """A coded line that is not an error (a print outcome, a nested reason)."""

    code: Code
    params: Mapping[str, Param]

    def __str__(self) -> str:
        return render(self.code, self.params)


def message(code: Code, **params: Param) -> Message:
    return Message(code, params)


class PosError(Exception):
    """An expected failure: a code, its parameters and, for a form, the field it concerns."""

    exit_code = 1

    def __init__(self, code: Code, *, field: str | None = None, **params: Param) -> None:
        self.code = code
        self.field = field
        self.params: Mapping[str, Param] = params
        super().__init__(render(code, params))


class ValidationError(PosError):
    """Input that breaks a rule; `field` names the offending field when there is one."""


class ValidationErrors(ValidationError):
    """Several field errors at once, so a form can show each next to its field.

    As an error it says the first one (its code and parameters), and how many more there are.
    """

    def __init__(self, errors: Mapping[str, ValidationError]) -> None:
        self.errors: dict[str, ValidationError] = dict(errors)
        first_field, first = next(iter(self.errors.items()))
        super().__init__(first.code, field=first_field, **first.params)
        self.more = len(self.errors) - 1
        if self.more:
            self.args = (f"{self.args[0]} (and {self.more} more)",)


class NotFound(PosError):
    """The thing asked for does not exist (or no longer exists)."""


class PermissionDenied(PosError):
    """The acting staff member's role does not allow this action."""


class Refused(PosError):
    """A rule forbids the action now (e.g. an outstanding credit blocks a withdrawal)."""


class Conflict(PosError):
    """The action was already done or clashes with existing data."""


class DatabaseError(PosError):
    """The database cannot be opened or used: wrong key, damaged file, full disk."""


class WrongKey(DatabaseError):
    """The key does not open the database (or the file is not a till database)."""
