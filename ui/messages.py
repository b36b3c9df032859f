"""The services' one-line messages (English) shown in the window's language.

Services name what is wrong in English with no personal data; the window matches the
messages it knows and shows their translation, filling in the parts that vary. A message
it does not know is shown as it is, so nothing is ever hidden from the cashier.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from pos.domain.errors import PosError, ValidationErrors
from ui.i18n import QT_TRANSLATE_NOOP, label

_CTX = "Messages"

# Next to a field, the field's own label is already there: a short reason suffices.
_FIELD: list[tuple[str, str]] = [
    (r"is not needed for this sale", QT_TRANSLATE_NOOP("Messages", "not needed for this sale")),
    (r"is required for this sale", QT_TRANSLATE_NOOP("Messages", "required for this sale")),
    (r"^give at least one of", QT_TRANSLATE_NOOP("Messages", "give a phone or an e-mail")),
    (
        r"is longer than (?P<n>\d+) characters",
        QT_TRANSLATE_NOOP("Messages", "too long: at most {n} characters"),
    ),
    (r"may hold only letters", QT_TRANSLATE_NOOP("Messages", "only letters, spaces and hyphens")),
    (r"date of birth is not a date", QT_TRANSLATE_NOOP("Messages", "not a date: type DD.MM.YYYY")),
    (
        r"issue date is in the future|date of birth is in the future",
        QT_TRANSLATE_NOOP("Messages", "the date is in the future"),
    ),
    (r"date of birth is before 1900", QT_TRANSLATE_NOOP("Messages", "the date is before 1900")),
    (
        r"issue date is before the date of birth",
        QT_TRANSLATE_NOOP("Messages", "issued before the date of birth"),
    ),
    (r"ID document type must be", QT_TRANSLATE_NOOP("Messages", "choose the type of document")),
    (
        r"ID document number must be",
        QT_TRANSLATE_NOOP("Messages", "5 to 20 Latin letters or digits"),
    ),
    (
        r"IIN must be exactly 12 digits",
        QT_TRANSLATE_NOOP("Messages", "an IIN has exactly 12 digits"),
    ),
    (
        r"IIN check digit is wrong",
        QT_TRANSLATE_NOOP("Messages", "check digit is wrong: a digit is mistyped"),
    ),
    (
        r"IIN 7th digit",
        QT_TRANSLATE_NOOP("Messages", "the 7th digit (century and sex) must be 1 to 6"),
    ),
    (
        r"IIN encodes a date of birth that does not exist",
        QT_TRANSLATE_NOOP("Messages", "encodes a date of birth that does not exist"),
    ),
    (
        r"IIN century digit does not match",
        QT_TRANSLATE_NOOP("Messages", "the century digit does not match the date of birth"),
    ),
    (
        r"IIN date of birth does not match",
        QT_TRANSLATE_NOOP("Messages", "does not match the date of birth"),
    ),
    (r"phone number is empty", QT_TRANSLATE_NOOP("Messages", "give the phone number")),
    (r"phone number is not a number", QT_TRANSLATE_NOOP("Messages", "not a phone number")),
    (r"phone number is not valid", QT_TRANSLATE_NOOP("Messages", "not a valid phone number")),
    (r"not a Kazakhstan number", QT_TRANSLATE_NOOP("Messages", "not a Kazakhstan number")),
    (
        r"e-mail address is not in the form",
        QT_TRANSLATE_NOOP("Messages", "type it as name@domain.kz"),
    ),
    (
        r"already registered",
        QT_TRANSLATE_NOOP("Messages", "a buyer with this IIN is registered: find them instead"),
    ),
    (
        r"another buyer is registered with this IIN",
        QT_TRANSLATE_NOOP("Messages", "another buyer has this IIN"),
    ),
    (r"pre-printed consent form", QT_TRANSLATE_NOOP("Messages", "give the form number")),
    (
        r"reference of the buyer's written document",
        QT_TRANSLATE_NOOP("Messages", "give the reference of the buyer's document"),
    ),
    (r"reference is longer than", QT_TRANSLATE_NOOP("Messages", "too long")),
    (r"PIN must be 4 to 8 digits", QT_TRANSLATE_NOOP("Messages", "a PIN has 4 to 8 digits")),
    (
        r"not collected under the buyer's consents",
        QT_TRANSLATE_NOOP("Messages", "not collected under the buyer's consents"),
    ),
    (r"same as those held", QT_TRANSLATE_NOOP("Messages", "the same as held")),
]

# Whole messages for the message line.
_LINE: list[tuple[str, str]] = [
    (r"^wrong PIN$", QT_TRANSLATE_NOOP("Messages", "Wrong PIN.")),
    (
        r"^too many wrong PINs: try again in (?P<n>\d+) min$",
        QT_TRANSLATE_NOOP("Messages", "Too many wrong PINs: try again in {n} min."),
    ),
    (
        r"^too many wrong PINs: sign-in locked",
        QT_TRANSLATE_NOOP("Messages", "Too many wrong PINs: sign-in is locked for 5 minutes."),
    ),
    (
        r"^unknown or inactive staff member$",
        QT_TRANSLATE_NOOP("Messages", "This staff member cannot sign in."),
    ),
    (r"^PIN must be 4 to 8 digits$", QT_TRANSLATE_NOOP("Messages", "A PIN has 4 to 8 digits.")),
    (
        r"^(?P<action>.+) needs the (?P<role>[a-z ]+) role; you are signed in as (?P<mine>[a-z ]+)$",
        QT_TRANSLATE_NOOP("Messages", "This needs the {role} role; you are signed in as {mine}."),
    ),
    (r"^the sale has no lines$", QT_TRANSLATE_NOOP("Messages", "Scan or find a product first.")),
    (
        r"^cash tendered is less than the total$",
        QT_TRANSLATE_NOOP("Messages", "The cash tendered is less than the total."),
    ),
    (
        r"^the down payment must be less than the total$",
        QT_TRANSLATE_NOOP("Messages", "The down payment must be less than the total."),
    ),
    (
        r"^name the partner bank and its product$",
        QT_TRANSLATE_NOOP("Messages", "Choose the partner bank and its product."),
    ),
    (
        r"needs a registered buyer with their consent$",
        QT_TRANSLATE_NOOP(
            "Messages", "This sale needs a buyer with their consent: find or register the buyer."
        ),
    ),
    (
        r"^the buyer has not consented to: (?P<purposes>[a-z, ]+); print a consent slip first$",
        QT_TRANSLATE_NOOP(
            "Messages", "The buyer has not consented to: {purposes}. Take a consent first."
        ),
    ),
    (
        r"^the buyer consented under an older policy version; re-consent to version (?P<label>\S+)",
        QT_TRANSLATE_NOOP(
            "Messages",
            "The buyer consented under an older policy version: a new consent to version {label} is needed.",
        ),
    ),
    (
        r"^this buyer refused processing in writing",
        QT_TRANSLATE_NOOP(
            "Messages", "This buyer refused processing in writing: sell without their data."
        ),
    ),
    (
        r"^this sale needs the buyer's (?P<fields>.+); take a consent with them first$",
        QT_TRANSLATE_NOOP(
            "Messages",
            "This sale needs more of the buyer's data ({fields}): take a consent with it.",
        ),
    ),
    (
        r"^an? (?P<kind>credit|installment) with (?P<bank>.+) is outstanding \((?P<amount>[^)]*)\)(?: until (?P<until>\d{4}-\d{2}-\d{2}))?; consent to credit cannot be withdrawn until it is repaid",
        QT_TRANSLATE_NOOP(
            "Messages",
            "Cannot withdraw: {kind} with {bank} is outstanding ({amount}) until {until}; consent to credit stays until it is repaid.",
        ),
    ),
    (
        r"^an? (?P<kind>credit|installment) with (?P<bank>.+) is outstanding \((?P<amount>[^)]*)\)(?: until (?P<until>\d{4}-\d{2}-\d{2}))?; the data is needed until it is repaid",
        QT_TRANSLATE_NOOP(
            "Messages",
            "Cannot destroy: {kind} with {bank} is outstanding ({amount}) until {until}.",
        ),
    ),
    (
        r"^the buyer has no consent in force for: (?P<purposes>[a-z, ]+)",
        QT_TRANSLATE_NOOP("Messages", "The buyer has no consent in force for: {purposes}."),
    ),
    (
        r"^a written refusal is already recorded for this buyer$",
        QT_TRANSLATE_NOOP("Messages", "A written refusal is already recorded for this buyer."),
    ),
    (r"^nothing to correct$", QT_TRANSLATE_NOOP("Messages", "Nothing was changed.")),
    (
        r"^the corrected values are the same as those held$",
        QT_TRANSLATE_NOOP("Messages", "The corrected values are the same as those held."),
    ),
    (
        r"^no privacy policy version is in effect",
        QT_TRANSLATE_NOOP(
            "Messages", "No privacy policy version is in effect: the store admin must import one."
        ),
    ),
    (
        r"^the seller's (?:name and BIN|e-mail and postal address) are not set",
        QT_TRANSLATE_NOOP(
            "Messages", "The seller's details are not set: the store admin must set them."
        ),
    ),
    (r"^no printer is set", QT_TRANSLATE_NOOP("Messages", "No printer is set.")),
    (
        r"^(?P<what>consent slip|receipt|installment summary|access report|confirmation|test page) printed(?P<low>; paper is running low)?$",
        QT_TRANSLATE_NOOP("Messages", "Printed: {what}.{low}"),
    ),
    (
        r"^(?P<what>consent slip|receipt|installment summary|access report|confirmation|test page) not printed: (?P<reason>.+?)(?P<queued>; it stays in the print queue)?$",
        QT_TRANSLATE_NOOP("Messages", "Not printed: {what} ({reason}).{queued}"),
    ),
    (
        r"^(?P<n>\d+) jobs? waiting(?: \((?P<why>.+)\))?$",
        QT_TRANSLATE_NOOP("Messages", "{n} waiting to be printed {why}"),
    ),
    (
        r"^the two keys differ",
        QT_TRANSLATE_NOOP("Messages", "The two keys differ; nothing was changed."),
    ),
    (
        r"^the database key must be at least (?P<n>\d+) characters$",
        QT_TRANSLATE_NOOP("Messages", "The database key must be at least {n} characters."),
    ),
    (
        r"^the new key is the same as the current one$",
        QT_TRANSLATE_NOOP("Messages", "The new key is the same as the current one."),
    ),
    (
        r"^changing settings needs",
        QT_TRANSLATE_NOOP("Messages", "Only the store admin can change settings."),
    ),
]

_VALUE_WORDS = {
    "what": {
        "consent slip": QT_TRANSLATE_NOOP("Messages", "consent slip"),
        "receipt": QT_TRANSLATE_NOOP("Messages", "receipt"),
        "installment summary": QT_TRANSLATE_NOOP("Messages", "installment summary"),
        "access report": QT_TRANSLATE_NOOP("Messages", "access report"),
        "confirmation": QT_TRANSLATE_NOOP("Messages", "confirmation"),
        "test page": QT_TRANSLATE_NOOP("Messages", "test page"),
    },
    "low": {"; paper is running low": QT_TRANSLATE_NOOP("Messages", " Paper is running low.")},
    "queued": {
        "; it stays in the print queue": QT_TRANSLATE_NOOP(
            "Messages", " It stays in the print queue."
        )
    },
}


def _value(name: str, value: str | None) -> str:
    if value is None:
        return ""
    if name == "why":
        return f"({value})" if value else ""
    if name in ("role", "mine"):
        return label("role", value.replace(" ", "_"))
    if name == "kind":
        return label("sale_type", value)
    if name == "purposes":
        return ", ".join(label("purpose_short", p.strip()) for p in value.split(","))
    words = _VALUE_WORDS.get(name)
    if words and value in words:
        return QCoreApplication.translate(_CTX, words[value])
    return value


def _match(table: list[tuple[str, str]], text: str) -> str | None:
    for pattern, source in table:
        m = re.search(pattern, text)
        if m:
            values = {k: _value(k, v) for k, v in m.groupdict().items()}
            return QCoreApplication.translate(_CTX, source).format(**values)
    return None


def field_message(text: str) -> str:
    """The reason shown next to a field."""
    return _match(_FIELD, text) or text


def line_message(error: BaseException | str) -> str:
    """The text for the message line (or a dialog's status line)."""
    if isinstance(error, str):
        text = error
    elif isinstance(error, PosError):
        text = str(error)
    else:
        return QCoreApplication.translate(
            "Messages", "Something went wrong; the details are in the till log."
        )
    text = re.sub(r"\s*\[[a-z_]+:[0-9a-f-]+\]$", "", text)  # blocker codes are for the record
    return _match(_LINE, text) or _match(_FIELD, text) or text


def field_errors(error: BaseException) -> dict[str, str]:
    """{field: reason} for a validation error that names fields, else {}."""
    if isinstance(error, ValidationErrors):
        return {name: field_message(msg) for name, msg in error.errors.items()}
    field = getattr(error, "field", None)
    if isinstance(field, str) and field:
        return {field: field_message(str(error))}
    return {}


Notify = Callable[[str], None]
