"""Errors a user can act on. Their messages never carry personal data values."""

from __future__ import annotations


class PosError(Exception):
    """An expected failure with a one-line message for the cashier or the operator."""

    exit_code = 1


class ValidationError(PosError):
    """Input that breaks a rule; `field` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ValidationErrors(ValidationError):
    """Several field errors at once, so a form can show each next to its field."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        first_field, first_message = next(iter(self.errors.items()))
        summary = (
            first_message
            if len(self.errors) == 1
            else (f"{first_message} (and {len(self.errors) - 1} more)")
        )
        super().__init__(summary, first_field)


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
