"""What the till says to the cashier, in the window's language: one text per message code.

Errors and print outcomes carry a code from the catalogue (pos.domain.codes) and typed
parameters; this module holds the window's translatable text for every code (and, for
errors a form shows next to a field, a shorter one), and renders the parameters the way
the window shows them: purposes, roles and sale types by their translated names, tenge
and dates in the window's locale, a nested reason by its own text. Nothing here reads an
error's English: rewording a message in `pos` cannot break its Russian or Kazakh.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from pos.domain.codes import Code
from pos.domain.enums import (
    CreditStatus,
    DataCategory,
    PaymentMethod,
    Purpose,
    RecipientCategory,
    Role,
    SaleType,
)
from pos.domain.errors import Coded, Message, Param, PosError, ValidationErrors
from pos.domain.minimization import BuyerField
from pos.domain.money import Money
from pos.services.context import Action
from printing import i18n as paper_i18n
from printing.outcomes import Paper, PrinterState, PrinterStatus
from ui.i18n import QT_TRANSLATE_NOOP, current_language, date_text, decimal_text, label, money

if TYPE_CHECKING:  # the sync worker (and its HTTP library) loads only when a sync runs
    from sync.worker import CycleReport

_CTX = "Messages"

# The message line's text for every code. Placeholders are the code's parameters (a test
# checks each is one the English template names, and that every text is translated).
TEXTS: dict[Code, str] = {
    # --- the buyer's data ---------------------------------------------------------------
    Code.BUYER_FIELD_NOT_NEEDED: QT_TRANSLATE_NOOP(
        "Messages", "{what} is not needed for this sale and is not collected."
    ),
    Code.BUYER_FIELD_REQUIRED: QT_TRANSLATE_NOOP("Messages", "{what} is required for this sale."),
    Code.BUYER_ONE_OF_MISSING: QT_TRANSLATE_NOOP("Messages", "Give at least one of: {fields}."),
    Code.BUYER_TOO_LONG: QT_TRANSLATE_NOOP("Messages", "{what} is longer than {n} characters."),
    Code.BUYER_NAME_LETTERS: QT_TRANSLATE_NOOP(
        "Messages", "{what} may hold only letters, spaces and hyphens."
    ),
    Code.BUYER_BIRTH_DATE_NOT_DATE: QT_TRANSLATE_NOOP(
        "Messages", "The date of birth is not a date: type DD.MM.YYYY."
    ),
    Code.BUYER_BIRTH_DATE_FUTURE: QT_TRANSLATE_NOOP(
        "Messages", "The date of birth is in the future."
    ),
    Code.BUYER_BIRTH_DATE_BEFORE_1900: QT_TRANSLATE_NOOP(
        "Messages", "The date of birth is before 1900."
    ),
    Code.BUYER_ISSUE_DATE_FUTURE: QT_TRANSLATE_NOOP(
        "Messages", "The document's issue date is in the future."
    ),
    Code.BUYER_ISSUE_DATE_BEFORE_BIRTH: QT_TRANSLATE_NOOP(
        "Messages", "The document was issued before the date of birth."
    ),
    Code.BUYER_DOC_TYPE: QT_TRANSLATE_NOOP("Messages", "Choose the type of ID document."),
    Code.BUYER_DOC_NUMBER: QT_TRANSLATE_NOOP(
        "Messages", "The document number has 5 to 20 Latin letters or digits."
    ),
    Code.BUYER_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "This buyer is not in the database."),
    Code.BUYER_DESTROYED: QT_TRANSLATE_NOOP(
        "Messages", "This buyer's data was already destroyed on {day}."
    ),
    Code.BUYER_IIN_REGISTERED: QT_TRANSLATE_NOOP(
        "Messages",
        "A buyer with this IIN is already registered: find them and use their record.",
    ),
    Code.IIN_LENGTH: QT_TRANSLATE_NOOP("Messages", "An IIN has exactly 12 digits."),
    Code.IIN_CHECK_DIGIT: QT_TRANSLATE_NOOP(
        "Messages", "The IIN's check digit is wrong: a digit is mistyped."
    ),
    Code.IIN_CENTURY_DIGIT: QT_TRANSLATE_NOOP(
        "Messages", "The IIN's 7th digit (century and sex) must be 1 to 6."
    ),
    Code.IIN_NO_SUCH_DATE: QT_TRANSLATE_NOOP(
        "Messages", "The IIN encodes a date of birth that does not exist."
    ),
    Code.IIN_CENTURY_MISMATCH: QT_TRANSLATE_NOOP(
        "Messages", "The IIN's century digit does not match the date of birth."
    ),
    Code.IIN_BIRTH_DATE_MISMATCH: QT_TRANSLATE_NOOP(
        "Messages", "The IIN does not match the date of birth."
    ),
    Code.PHONE_EMPTY: QT_TRANSLATE_NOOP("Messages", "Give the phone number."),
    Code.PHONE_NOT_A_NUMBER: QT_TRANSLATE_NOOP("Messages", "This is not a phone number."),
    Code.PHONE_INVALID: QT_TRANSLATE_NOOP("Messages", "The phone number is not valid."),
    Code.PHONE_NOT_KZ: QT_TRANSLATE_NOOP(
        "Messages", "The phone number is not a Kazakhstan number."
    ),
    Code.EMAIL_FORM: QT_TRANSLATE_NOOP("Messages", "Type the e-mail as name@domain.kz."),
    Code.AMOUNT_NOT_A_NUMBER: QT_TRANSLATE_NOOP("Messages", "The amount is not a number."),
    Code.AMOUNT_DECIMALS: QT_TRANSLATE_NOOP("Messages", "The amount has more than two decimals."),
    # --- sales and credit ---------------------------------------------------------------
    Code.SALE_NO_LINES: QT_TRANSLATE_NOOP("Messages", "Scan or find a product first."),
    Code.SALE_LINE_NO_NAME: QT_TRANSLATE_NOOP("Messages", "Line {line} has no name."),
    Code.SALE_LINE_QUANTITY: QT_TRANSLATE_NOOP(
        "Messages", "Line {line}: the quantity must be 1 to {n}."
    ),
    Code.SALE_LINE_PRICE: QT_TRANSLATE_NOOP("Messages", "Line {line}: the price is out of range."),
    Code.SALE_TOTAL_ZERO: QT_TRANSLATE_NOOP("Messages", "The sale total is zero."),
    Code.SALE_BUYER_REFUSED: QT_TRANSLATE_NOOP(
        "Messages", "This buyer refused processing in writing: sell without their data."
    ),
    Code.SALE_DELIVERY_NEEDS_BUYER: QT_TRANSLATE_NOOP(
        "Messages", "This sale needs a buyer with their consent: find or register the buyer."
    ),
    Code.SALE_NEEDS_BUYER: QT_TRANSLATE_NOOP(
        "Messages", "This sale needs a buyer with their consent: find or register the buyer."
    ),
    Code.SALE_ANONYMOUS_CONSENT: QT_TRANSLATE_NOOP(
        "Messages", "An anonymous sale carries no consent."
    ),
    Code.SALE_CASH_SHORT: QT_TRANSLATE_NOOP(
        "Messages", "The cash tendered is less than the total."
    ),
    Code.SALE_TENDERED_NOT_CASH: QT_TRANSLATE_NOOP(
        "Messages", "Only a cash payment has an amount tendered."
    ),
    Code.SALE_CREDIT_TERMS_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "This sale ({kind}) needs the bank, the product and the term."
    ),
    Code.SALE_CREDIT_BANK_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "Choose the partner bank and its product."
    ),
    Code.SALE_DOWN_PAYMENT_TOO_HIGH: QT_TRANSLATE_NOOP(
        "Messages", "The down payment must be less than the total."
    ),
    Code.SALE_TERMS_NOT_CREDIT: QT_TRANSLATE_NOOP(
        "Messages", "Only a credit or installment sale has credit terms."
    ),
    Code.SALE_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "This sale is not in the database."),
    Code.CREDIT_TERM_RANGE: QT_TRANSLATE_NOOP("Messages", "The term must be 1 to 120 months."),
    Code.CREDIT_NOTHING_TO_FINANCE: QT_TRANSLATE_NOOP(
        "Messages", "Nothing is left to finance after the down payment."
    ),
    Code.CREDIT_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "This credit arrangement is not in the database."
    ),
    Code.CREDIT_CLOSED: QT_TRANSLATE_NOOP("Messages", "This {kind} is already closed: {status}."),
    Code.CREDIT_PAYMENT_RANGE: QT_TRANSLATE_NOOP(
        "Messages", "The payment must be more than zero and at most what is outstanding."
    ),
    Code.CREDIT_OUTSTANDING: QT_TRANSLATE_NOOP(
        "Messages", "{kind} with {bank} is outstanding ({amount}) until {until}"
    ),
    Code.CREDIT_OUTSTANDING_OPEN: QT_TRANSLATE_NOOP(
        "Messages", "{kind} with {bank} is outstanding ({amount})"
    ),
    Code.PRODUCT_INCOMPLETE: QT_TRANSLATE_NOOP(
        "Messages", "A product needs a barcode, a name and a price."
    ),
    Code.PRODUCT_EXISTS: QT_TRANSLATE_NOOP("Messages", "A product with barcode {barcode} exists."),
    # --- consent ------------------------------------------------------------------------
    Code.CONSENT_MISSING_PURPOSES: QT_TRANSLATE_NOOP(
        "Messages", "The buyer has not consented to: {purposes}. Take a consent first."
    ),
    Code.CONSENT_STALE_POLICY: QT_TRANSLATE_NOOP(
        "Messages",
        "The buyer consented under an older policy version: a new consent to version {label} is needed.",
    ),
    Code.CONSENT_MISSING_FIELDS: QT_TRANSLATE_NOOP(
        "Messages",
        "This sale needs more of the buyer's data ({fields}): take a consent with it.",
    ),
    Code.CONSENT_MISSING_ONE_OF: QT_TRANSLATE_NOOP(
        "Messages",
        "This sale needs at least one of the buyer's {fields}: take a consent with it.",
    ),
    Code.CONSENT_SLIP_LANGUAGE: QT_TRANSLATE_NOOP(
        "Messages", "The slip language must be one of: {languages}."
    ),
    Code.CONSENT_FORM_NUMBER: QT_TRANSLATE_NOOP(
        "Messages", "Give the number of the pre-printed consent form."
    ),
    Code.CONSENT_NOT_NEEDED: QT_TRANSLATE_NOOP(
        "Messages", "This sale needs no personal data, so no consent is taken."
    ),
    Code.CONSENT_BUYER_REFUSED: QT_TRANSLATE_NOOP(
        "Messages", "This buyer refused processing in writing: no new consent is taken."
    ),
    Code.CONSENT_ALREADY_RECORDED: QT_TRANSLATE_NOOP(
        "Messages", "This consent slip was already recorded."
    ),
    Code.CONSENT_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "This consent is not in the database."),
    Code.POLICY_NONE_IN_EFFECT: QT_TRANSLATE_NOOP(
        "Messages", "No privacy policy version is in effect: the store admin must import one."
    ),
    Code.POLICY_NO_TEXT: QT_TRANSLATE_NOOP("Messages", "The policy version in effect has no text."),
    Code.POLICY_LABEL_FORM: QT_TRANSLATE_NOOP(
        "Messages", "A policy version is 1-64 Latin letters, digits, '.', '_' or '-'."
    ),
    Code.POLICY_LANGUAGE: QT_TRANSLATE_NOOP(
        "Messages", "The language must be one of: {languages}."
    ),
    Code.POLICY_TEXT_EMPTY: QT_TRANSLATE_NOOP("Messages", "The policy text is empty."),
    Code.POLICY_TEXT_TOO_LONG: QT_TRANSLATE_NOOP("Messages", "The policy text is too long."),
    Code.POLICY_ALREADY_IMPORTED: QT_TRANSLATE_NOOP(
        "Messages", "Policy version {label} ({language}) is already imported."
    ),
    Code.POLICY_TEXT_DIFFERS: QT_TRANSLATE_NOOP(
        "Messages",
        "Policy version {label} ({language}) was imported with a different text; give the new text a new version.",
    ),
    Code.POLICY_EFFECTIVE_DIFFERS: QT_TRANSLATE_NOOP(
        "Messages", "Policy version {label} is already in effect from {day}."
    ),
    Code.OPERATOR_NAME_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "The seller's details are not set: the store admin must set them."
    ),
    Code.OPERATOR_CONTACT_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "The seller's details are not set: the store admin must set them."
    ),
    Code.BIN_LENGTH: QT_TRANSLATE_NOOP("Messages", "A BIN has exactly 12 digits."),
    Code.BIN_CHECK_DIGIT: QT_TRANSLATE_NOOP("Messages", "The BIN's check digit is wrong."),
    # --- the buyer's rights -------------------------------------------------------------
    Code.REQUEST_REFERENCE_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "Give the reference of the buyer's written document."
    ),
    Code.REQUEST_REFERENCE_TOO_LONG: QT_TRANSLATE_NOOP(
        "Messages", "The reference is longer than {n} characters."
    ),
    Code.REQUEST_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "This request is not in the database."),
    Code.REFERENCE_PERSONAL_DATA: QT_TRANSLATE_NOOP(
        "Messages",
        "A reference takes a document number and date, not personal data: remove what "
        "looks like an IIN or a phone number.",
    ),
    Code.WITHDRAWAL_BLOCKED: QT_TRANSLATE_NOOP(
        "Messages", "Cannot withdraw: {obligation}; consent to credit stays until it is repaid."
    ),
    Code.WITHDRAWAL_REFUSED: QT_TRANSLATE_NOOP(
        "Messages", "Cannot withdraw: {obligation}; consent to credit stays until it is repaid."
    ),
    Code.WITHDRAWAL_NOTHING_IN_FORCE: QT_TRANSLATE_NOOP(
        "Messages", "The buyer has no consent in force to withdraw."
    ),
    Code.WITHDRAWAL_NO_PURPOSE: QT_TRANSLATE_NOOP(
        "Messages", "Tick at least one purpose, or withdraw all."
    ),
    Code.WITHDRAWAL_NOT_IN_FORCE: QT_TRANSLATE_NOOP(
        "Messages", "The buyer has no consent in force for: {purposes}."
    ),
    Code.DESTRUCTION_BLOCKED: QT_TRANSLATE_NOOP("Messages", "Cannot destroy: {obligation}."),
    Code.REFUSAL_ALREADY_RECORDED: QT_TRANSLATE_NOOP(
        "Messages", "A written refusal is already recorded for this buyer."
    ),
    Code.RECTIFY_NOTHING: QT_TRANSLATE_NOOP("Messages", "Nothing was changed."),
    Code.RECTIFY_RESTRICTED: QT_TRANSLATE_NOOP(
        "Messages",
        "This buyer refused processing in writing: their data is kept only for the credit.",
    ),
    Code.RECTIFY_NOT_COLLECTED: QT_TRANSLATE_NOOP(
        "Messages",
        "Not collected under the buyer's consents: {fields}. Take a consent for a purpose that needs it.",
    ),
    Code.RECTIFY_SAME: QT_TRANSLATE_NOOP(
        "Messages", "The corrected values are the same as those held."
    ),
    Code.RECTIFY_IIN_TAKEN: QT_TRANSLATE_NOOP(
        "Messages", "Another buyer is registered with this IIN."
    ),
    Code.DISCLOSURE_RECIPIENT_MISSING: QT_TRANSLATE_NOOP("Messages", "Name the recipient."),
    Code.DISCLOSURE_DATA_MISSING: QT_TRANSLATE_NOOP("Messages", "Say which data is transferred."),
    Code.DISCLOSURE_BASIS_MISSING: QT_TRANSLATE_NOOP(
        "Messages",
        "A transfer to a government body needs the legal basis (law, article, request number).",
    ),
    Code.DISCLOSURE_NO_PURPOSE: QT_TRANSLATE_NOOP(
        "Messages", "No purpose allows transfers to: {recipient}."
    ),
    Code.DISCLOSURE_RESTRICTED: QT_TRANSLATE_NOOP(
        "Messages",
        "The buyer refused processing in writing: only their outstanding credit is serviced.",
    ),
    Code.DISCLOSURE_NO_CONSENT: QT_TRANSLATE_NOOP(
        "Messages",
        "The buyer has not consented to: {purpose}. No data may go to: {recipient}.",
    ),
    Code.DISCLOSURE_NOT_COVERED: QT_TRANSLATE_NOOP(
        "Messages", "The consent to {purpose} does not cover: {categories}."
    ),
    Code.STATS_RANGE: QT_TRANSLATE_NOOP("Messages", "The start date is after the end date."),
    # --- the disclosure register (issue 11.9) ---
    Code.DISCLOSURE_RECIPIENT_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages", "Personal data may go only to: {allowed}."
    ),
    Code.DISCLOSURE_PERSONAL_TEXT: QT_TRANSLATE_NOOP(
        "Messages",
        "Type a company name or a document reference, not an IIN, a phone number or an e-mail.",
    ),
    Code.DISCLOSURE_TEXT_TOO_LONG: QT_TRANSLATE_NOOP(
        "Messages", "Too long: at most {n} characters."
    ),
    Code.DISCLOSURE_RANGE: QT_TRANSLATE_NOOP("Messages", "The start date is after the end date."),
    Code.DELIVERY_NOT_DELIVERY: QT_TRANSLATE_NOOP(
        "Messages", "Receipt {receipt} is not a delivery sale."
    ),
    Code.DELIVERY_RECIPIENT: QT_TRANSLATE_NOOP(
        "Messages", "A delivery is handed over only to: {allowed}."
    ),
    Code.DELIVERY_NO_BUYER: QT_TRANSLATE_NOOP(
        "Messages",
        "The buyer of receipt {receipt} is no longer held; nothing can be handed over.",
    ),
    Code.DELIVERY_HANDED_OVER: QT_TRANSLATE_NOOP(
        "Messages", "Receipt {receipt} was already handed over to {recipient} on {date}."
    ),
    Code.RECEIPT_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "No receipt {receipt} at this till."),
    Code.RECEIPT_FORM: QT_TRANSLATE_NOOP(
        "Messages", "{text} is not a receipt number (e.g. 42 or ALM-01/1/42)."
    ),
    Code.DISCLOSURE_OTHER_BUYER: QT_TRANSLATE_NOOP(
        "Messages", "Receipt {receipt} is another buyer's sale."
    ),
    # statistics for third parties (issue 11)
    Code.STATS_PERIOD_FORM: QT_TRANSLATE_NOOP(
        "Messages",
        "{text} is not a period: give a month as YYYY-MM or an ISO week as YYYY-Www "
        "(e.g. 2026-10, 2026-W42).",
    ),
    Code.STATS_NOT_WHOLE_PERIOD: QT_TRANSLATE_NOOP(
        "Messages",
        "Statistics are exported for a whole month or ISO week only; {first} to {last} is not one.",
    ),
    Code.STATS_PERIOD_NOT_OVER: QT_TRANSLATE_NOOP(
        "Messages", "{period} is not over yet (it ends on {last}): its figures would still change."
    ),
    Code.STATS_PERIOD_CLASH: QT_TRANSLATE_NOOP(
        "Messages",
        "{period} partly overlaps {other}, already exported; "
        "export periods of the kind already used.",
    ),
    Code.STATS_RECIPIENT_TOO_LONG: QT_TRANSLATE_NOOP(
        "Messages", "The recipient is too long: at most {n} characters."
    ),
    Code.STATS_RECIPIENT_NUMBER: QT_TRANSLATE_NOOP(
        "Messages", "Name the recipient organisation; a long number does not belong here."
    ),
    # --- staff and sign-in --------------------------------------------------------------
    Code.ROLE_NEEDED: QT_TRANSLATE_NOOP(
        "Messages", "This needs the {role} role; you are signed in as {mine}."
    ),
    Code.PIN_FORM: QT_TRANSLATE_NOOP("Messages", "A PIN has 4 to 8 digits."),
    Code.STAFF_NAME_EMPTY: QT_TRANSLATE_NOOP("Messages", "Give the staff member's name."),
    Code.STAFF_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "No such staff member."),
    Code.SIGN_IN_UNKNOWN: QT_TRANSLATE_NOOP("Messages", "This staff member cannot sign in."),
    Code.SIGN_IN_LOCKED: QT_TRANSLATE_NOOP(
        "Messages", "Too many wrong PINs: try again in {n} min."
    ),
    Code.SIGN_IN_LOCKED_ADMIN: QT_TRANSLATE_NOOP(
        "Messages", "Too many wrong PINs: sign-in is locked until a store admin unlocks it."
    ),
    Code.PIN_TRIVIAL: QT_TRANSLATE_NOOP(
        "Messages",
        "This PIN is among the first anyone would try (repeated digits, a run, a year). "
        "Choose another.",
    ),
    Code.PIN_NEEDED: QT_TRANSLATE_NOOP("Messages", "A PIN is needed."),
    Code.PIN_MISMATCH: QT_TRANSLATE_NOOP("Messages", "The two PINs differ."),
    Code.STAFF_NAME_AMBIGUOUS: QT_TRANSLATE_NOOP(
        "Messages", "More than one staff member has that name: use their id."
    ),
    Code.STAFF_LAST_ADMIN: QT_TRANSLATE_NOOP(
        "Messages", "The store would be left without a store admin who can sign in."
    ),
    Code.STAFF_NOT_YOURSELF: QT_TRANSLATE_NOOP(
        "Messages", "A store admin cannot deactivate their own account."
    ),
    Code.STAFF_NOT_NAMED: QT_TRANSLATE_NOOP(
        "Messages", "Say who runs this: a staff member's name and PIN."
    ),
    Code.SIGN_IN_WRONG_PIN: QT_TRANSLATE_NOOP("Messages", "Wrong PIN."),
    # --- the database and its key -------------------------------------------------------
    Code.STORAGE_CLASH: QT_TRANSLATE_NOOP(
        "Messages",
        "The change clashes with data already stored (it may have been saved already); nothing was saved.",
    ),
    Code.STORAGE_DISK_FULL: QT_TRANSLATE_NOOP(
        "Messages", "The disk is full: nothing was saved. Free some space and try again."
    ),
    Code.STORAGE_BUSY: QT_TRANSLATE_NOOP(
        "Messages", "The database is busy in another program: nothing was saved. Try again."
    ),
    Code.STORAGE_READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages", "The database file is read-only: nothing was saved."
    ),
    Code.STORAGE_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "The database could not save the change: nothing was saved."
    ),
    Code.DB_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "There is no till database at {path}: create it with pos init first."
    ),
    Code.DB_EXISTS: QT_TRANSLATE_NOOP(
        "Messages", "A till database already exists at {path}; it was not touched."
    ),
    Code.DB_EMPTY: QT_TRANSLATE_NOOP("Messages", "{file} is empty, not a till database."),
    Code.DB_PLAIN: QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is a plain, unencrypted SQLite file; the till opens only encrypted databases.",
    ),
    Code.DB_TRUNCATED: QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is truncated or damaged ({size} bytes is not a whole number of pages).",
    ),
    Code.DB_NEWER: QT_TRANSLATE_NOOP(
        "Messages", "The database was written by a newer version of the app: update the app."
    ),
    Code.DB_FOREIGN_TABLES: QT_TRANSLATE_NOOP(
        "Messages", "The database holds tables the app did not create; it was not touched."
    ),
    # Said before any translation is loaded, so its English is the command line's.
    Code.KEY_WRONG: QT_TRANSLATE_NOOP(
        "Messages", "cannot open {file}: wrong key, or the file is not a till database"
    ),
    Code.KEY_NONE: QT_TRANSLATE_NOOP(
        "Messages", "No database key: set POS_DB_KEY, keep it in the OS keyring, or type it."
    ),
    Code.KEY_WEAK: QT_TRANSLATE_NOOP(
        "Messages",
        "The database key is too easy to guess: use {n} or more characters, not a usual "
        "password, a number or a keyboard run.",
    ),
    Code.KEY_TOO_SHORT: QT_TRANSLATE_NOOP(
        "Messages", "The database key must be at least {n} characters."
    ),
    Code.KEY_MISMATCH: QT_TRANSLATE_NOOP("Messages", "The two keys differ; nothing was changed."),
    Code.KEY_SAME: QT_TRANSLATE_NOOP("Messages", "The new key is the same as the current one."),
    Code.REKEY_DISK_FULL: QT_TRANSLATE_NOOP(
        "Messages", "The disk is full: the key was not changed."
    ),
    Code.REKEY_FAILED: QT_TRANSLATE_NOOP("Messages", "The key could not be changed."),
    Code.REKEY_IN_USE: QT_TRANSLATE_NOOP(
        "Messages",
        "The database is open in another program (the window or pos sync): close it, then "
        "change the key. Nothing was changed.",
    ),
    Code.DB_PAGES_DAMAGED: QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is damaged: {count} page(s) fail their checks ({pages}). The key is right: "
        "{good} page(s) open with it. Restore the file from a backup.",
    ),
    Code.DB_INCOMPLETE: QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is damaged: pages the database needs are missing. The key is right. "
        "Restore the file from a backup.",
    ),
    Code.DB_DISK_FULL: QT_TRANSLATE_NOOP("Messages", "The disk is full; nothing was changed."),
    Code.DB_BEING_REKEYED: QT_TRANSLATE_NOOP(
        "Messages",
        "The database key is being changed by another program; try again when it is done.",
    ),
    Code.KEY_INPUT_ENDED: QT_TRANSLATE_NOOP(
        "Messages", "No database key was typed; nothing was opened."
    ),
    Code.REKEY_NOT_VERIFIED: QT_TRANSLATE_NOOP(
        "Messages", "The re-encrypted copy did not verify; the key was not changed."
    ),
    Code.SETUP_CODE_FORM: QT_TRANSLATE_NOOP(
        "Messages",
        "A code is 1-64 Latin letters, digits, '.', '_' or '-', starting with a letter or digit.",
    ),
    Code.SETUP_STORE_NAME_EMPTY: QT_TRANSLATE_NOOP("Messages", "Give the store's name."),
    Code.SETUP_NO_IDENTITY: QT_TRANSLATE_NOOP(
        "Messages", "This database has no till identity; was it made by pos init?"
    ),
    Code.SETUP_STORE_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "This till's store or register is missing from the database."
    ),
    Code.DEMO_NO_KEY: QT_TRANSLATE_NOOP("Messages", "Set POS_DB_KEY for the demo till."),
    # --- printing -----------------------------------------------------------------------
    Code.PRINT_PRINTED: QT_TRANSLATE_NOOP("Messages", "Printed: {what}."),
    Code.PRINT_PRINTED_PAPER_LOW: QT_TRANSLATE_NOOP(
        "Messages", "Printed: {what}. Paper is running low."
    ),
    Code.PRINT_NOT_PRINTED: QT_TRANSLATE_NOOP("Messages", "Not printed: {what} ({reason})."),
    Code.PRINT_NOT_PRINTED_QUEUED: QT_TRANSLATE_NOOP(
        "Messages", "Not printed: {what} ({reason}). It stays in the print queue."
    ),
    # The consent dialog says what to do next (print again or use a pre-printed form).
    Code.PRINT_SLIP_NOT_PRINTED: QT_TRANSLATE_NOOP("Messages", "Not printed: {what} ({reason})."),
    Code.PRINT_DROPPED: QT_TRANSLATE_NOOP(
        "Messages", "Dropped from the print queue: {what} ({reason})."
    ),
    Code.PRINT_QUEUE_UNREAD: QT_TRANSLATE_NOOP(
        "Messages", "The print queue could not be read ({reason})."
    ),
    Code.PRINT_LAYOUT_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "The document could not be laid out; the details are in the till log."
    ),
    Code.PRINT_NO_CREDIT: QT_TRANSLATE_NOOP(
        "Messages", "This sale has no credit or installment to summarise."
    ),
    Code.PRINT_LANGUAGE: QT_TRANSLATE_NOOP("Messages", "Documents are printed in: {languages}."),
    Code.PRINT_LANGUAGE_INVALID: QT_TRANSLATE_NOOP(
        "Messages", "The document language is not valid."
    ),
    Code.PRINT_JOB_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "This print job is not in the queue."),
    Code.PRINT_JOB_NO_RECORD: QT_TRANSLATE_NOOP("Messages", "The print job names no record."),
    Code.PRINT_JOB_NOT_WAITING: QT_TRANSLATE_NOOP(
        "Messages", "This print job is no longer waiting."
    ),
    Code.PRINTER_NOT_SET: QT_TRANSLATE_NOOP("Messages", "No printer is set."),
    Code.PRINTER_PROFILE_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages", "Unknown printer profile '{profile}'."
    ),
    Code.PRINTER_PAPER_WIDTH: QT_TRANSLATE_NOOP("Messages", "The paper width must be 58 or 80 mm."),
    Code.PRINTER_CODE_PAGE: QT_TRANSLATE_NOOP(
        "Messages", "Code page '{name}' is not one the till can encode."
    ),
    Code.PRINTER_NUMBERS: QT_TRANSLATE_NOOP(
        "Messages", "The paper width and the timeout must be numbers."
    ),
    Code.PRINTER_WIDTH: QT_TRANSLATE_NOOP("Messages", "The paper width must be 58 or 80 mm."),
    Code.PRINTER_TIMEOUT_RANGE: QT_TRANSLATE_NOOP(
        "Messages", "The printer timeout must be between 0 and 120 seconds."
    ),
    Code.PRINTER_URL_NO_HOST: QT_TRANSLATE_NOOP(
        "Messages", "The printer address {url} has no host (use tcp://HOST:9100)."
    ),
    Code.PRINTER_URL_PORT: QT_TRANSLATE_NOOP(
        "Messages", "The printer address {url} has a port that is not a number."
    ),
    Code.PRINTER_URL_USB_IDS: QT_TRANSLATE_NOOP(
        "Messages",
        "The printer address {url} needs the vendor and product ids in hex (usb://04b8:0202).",
    ),
    Code.PRINTER_URL_NO_DEVICE: QT_TRANSLATE_NOOP(
        "Messages",
        "The printer address {url} names no serial device (serial:///dev/ttyUSB0?baudrate=9600).",
    ),
    Code.PRINTER_URL_SERIAL_NUMBERS: QT_TRANSLATE_NOOP(
        "Messages", "The printer address {url} has a baudrate or stopbits that is not a number."
    ),
    Code.PRINTER_URL_NO_PRINTER: QT_TRANSLATE_NOOP(
        "Messages", "The printer address {url} names no printer ({scheme}://NAME)."
    ),
    Code.PRINTER_URL_NO_FILE: QT_TRANSLATE_NOOP(
        "Messages", "The printer address {url} names no file (file:///path/out.bin)."
    ),
    Code.PRINTER_FILE_OUTSIDE: QT_TRANSLATE_NOOP(
        "Messages",
        "The printer address {url} is outside the print folder {folder}. The store admin "
        "can name another print folder.",
    ),
    Code.PRINTER_FILE_NOT_OUTPUT: QT_TRANSLATE_NOOP(
        "Messages",
        "The printer address {url} names a file that is not a print output; it was not touched.",
    ),
    Code.PRINTER_FOLDER_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "The print folder {folder} does not exist."
    ),
    Code.PRINTER_FOLDER_HOLDS_TILL: QT_TRANSLATE_NOOP(
        "Messages",
        "The print folder {folder} holds the till's own files; name a folder of its own.",
    ),
    Code.PRINTER_URL_SCHEME: QT_TRANSLATE_NOOP(
        "Messages", "The printer address {url} must start with one of: {schemes}."
    ),
    Code.PRINTER_NEEDS_PACKAGE: QT_TRANSLATE_NOOP(
        "Messages", "Printing over {scheme} needs the {package} package, which is not installed."
    ),
    Code.PRINTER_CLOSED: QT_TRANSLATE_NOOP("Messages", "The printer closed the connection."),
    Code.PRINTER_PAPER_RAN_OUT: QT_TRANSLATE_NOOP("Messages", "Paper ran out during the job."),
    Code.PRINTER_PAPER_OUT: QT_TRANSLATE_NOOP("Messages", "The printer is out of paper."),
    Code.PRINTER_OFFLINE: QT_TRANSLATE_NOOP(
        "Messages", "The printer is offline (cover open or an error)."
    ),
    Code.PRINTER_REFUSED: QT_TRANSLATE_NOOP("Messages", "The printer refused the connection."),
    Code.PRINTER_TIMEOUT: QT_TRANSLATE_NOOP(
        "Messages", "The printer did not answer within {seconds} s."
    ),
    Code.PRINTER_DROPPED: QT_TRANSLATE_NOOP(
        "Messages", "The connection was closed during the job."
    ),
    Code.PRINTER_UNKNOWN_HOST: QT_TRANSLATE_NOOP("Messages", "Unknown printer host."),
    # The operating system's own words (English), shown as they are.
    Code.PRINTER_OS_ERROR: QT_TRANSLATE_NOOP("Messages", "{reason}"),
    Code.PRINTER_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "Printer not found."),
    Code.PRINTER_FAILED: QT_TRANSLATE_NOOP("Messages", "Printing failed ({error})."),
    # --- sync with head office ----------------------------------------------------------
    Code.SYNC_NOT_SET_UP: QT_TRANSLATE_NOOP(
        "Messages",
        "Head office is not set up on this till: the store admin must give its address and the store's credential.",
    ),
    Code.SYNC_URL_FORM: QT_TRANSLATE_NOOP(
        "Messages", "The head-office address must look like https://host[:port]."
    ),
    Code.SYNC_URL_HTTPS: QT_TRANSLATE_NOOP(
        "Messages",
        "The head-office address must use https:// (plain http only to this machine).",
    ),
    Code.SYNC_TLS: QT_TRANSLATE_NOOP(
        "Messages", "The secure connection to head office failed ({reason})."
    ),
    Code.SYNC_CONNECT_TIMEOUT: QT_TRANSLATE_NOOP(
        "Messages", "Head office did not answer the connection in time."
    ),
    Code.SYNC_READ_TIMEOUT: QT_TRANSLATE_NOOP("Messages", "Head office did not answer in time."),
    Code.SYNC_DROPPED: QT_TRANSLATE_NOOP(
        "Messages", "Head office dropped the connection mid-answer."
    ),
    Code.SYNC_UNREACHABLE: QT_TRANSLATE_NOOP("Messages", "Head office cannot be reached."),
    Code.SYNC_REQUEST_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "The request to head office failed ({error})."
    ),
    Code.SYNC_BAD_ANSWER: QT_TRANSLATE_NOOP(
        "Messages", "Head office sent an answer the till does not understand."
    ),
    Code.SYNC_HTTP_ERROR: QT_TRANSLATE_NOOP("Messages", "Head office answered {answer}: {reason}."),
    Code.SYNC_CREDENTIAL: QT_TRANSLATE_NOOP(
        "Messages", "Head office refused this till's credential: check the token."
    ),
    Code.SYNC_FORBIDDEN: QT_TRANSLATE_NOOP("Messages", "Head office refused: {reason}."),
    Code.SYNC_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "Sync failed ({reason}); {n} events wait to be sent."
    ),
    Code.RETENTION_BUSY: QT_TRANSLATE_NOOP(
        "Messages",
        "A retention run is already under way on this till; try again when it has finished.",
    ),
    # A reason an earlier run recorded in English: shown as it was recorded.
    Code.RECORDED_REASON: QT_TRANSLATE_NOOP("Messages", "{reason}"),
    # --- the command line (said in the window only if a command's check is reused) ------
    Code.CLI_NOT_AN_ID: QT_TRANSLATE_NOOP("Messages", "'{text}' is not an id (a UUID)."),
    Code.CLI_HEADOFFICE_AND_TOKEN: QT_TRANSLATE_NOOP(
        "Messages", "Give the head-office address and the token together."
    ),
    Code.CLI_NO_FILE: QT_TRANSLATE_NOOP("Messages", "No such file: {path}."),
    Code.CLI_NOT_UTF8: QT_TRANSLATE_NOOP("Messages", "{path} is not UTF-8 text."),
    Code.CLI_OPTIONS_MISSING: QT_TRANSLATE_NOOP("Messages", "Give at least one of: {options}."),
    Code.CLI_CORRECT_NOTHING: QT_TRANSLATE_NOOP("Messages", "Give at least one field to correct."),
    Code.CLI_IS_FOLDER: QT_TRANSLATE_NOOP("Messages", "{path} is a folder; give a file name."),
    Code.CLI_SEED_NEGATIVE: QT_TRANSLATE_NOOP(
        "Messages", "The numbers of buyers and sales must not be negative."
    ),
    # --- erasure: backups (issue 11, branch erase) ----------------------------------------
    Code.DB_UPGRADE_UNSOUND: QT_TRANSLATE_NOOP(
        "Messages",
        "The upgraded database failed its checks ({check}). The copy made before the "
        "upgrade is kept as backups/{file}: restore it or call support.",
    ),
    # --- registers: incidents, responsible person, processing register (issue 12) -------
    Code.INCIDENT_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "There is no incident {incident}."),
    Code.INCIDENT_CLOSED: QT_TRANSLATE_NOOP(
        "Messages", "Incident {incident} is closed; nothing more can be recorded on it."
    ),
    Code.INCIDENT_TEXT_EMPTY: QT_TRANSLATE_NOOP("Messages", "Fill in {name}."),
    Code.INCIDENT_TEXT_TOO_LONG: QT_TRANSLATE_NOOP(
        "Messages", "{name} is longer than {limit} characters."
    ),
    Code.INCIDENT_NOT_A_TIME: QT_TRANSLATE_NOOP(
        "Messages", "{text} is not a time; type it as 2026-11-27 15:30."
    ),
    Code.INCIDENT_IN_FUTURE: QT_TRANSLATE_NOOP("Messages", "The {name} time is in the future."),
    Code.RESPONSIBLE_MISSING: QT_TRANSLATE_NOOP(
        "Messages",
        "No person responsible for personal data is set; the store admin sets one in settings.",
    ),
    Code.RESPONSIBLE_FIELD_EMPTY: QT_TRANSLATE_NOOP(
        "Messages", "Fill in the responsible person's {name}."
    ),
    Code.REGISTERS_FILE_EXISTS: QT_TRANSLATE_NOOP(
        "Messages", "{path} already exists; choose a new file name."
    ),
    # --- roles in every service, reads included (issue 12, branch roles) -------------------
    Code.STAFF_ONLY: QT_TRANSLATE_NOOP(
        "Messages", "Sign in first: only a staff member may see buyers' data."
    ),
    Code.DIRECTIVE_SYNC_ONLY: QT_TRANSLATE_NOOP(
        "Messages", "Head office's directives are applied only by the till's sync."
    ),
    # --- shifts and cash (issue 13, branch shifts) -------------------------------------
    Code.SHIFT_NONE_OPEN: QT_TRANSLATE_NOOP(
        "Messages",
        "No shift is open on this register: open the shift first (Shift menu, Shift+F1).",
    ),
    Code.SHIFT_ALREADY_OPEN: QT_TRANSLATE_NOOP(
        "Messages", "Shift {number} is already open on this register."
    ),
    Code.SHIFT_EXPIRED: QT_TRANSLATE_NOOP(
        "Messages",
        "Shift {number} has been open {hours} hours: no more sales in it. Close the shift "
        "(Z report) and open a new one.",
    ),
    Code.SHIFT_AMOUNT_RANGE: QT_TRANSLATE_NOOP(
        "Messages", "The amount must be between 0 and 100 000 000 tenge."
    ),
    Code.CASH_AMOUNT_ZERO: QT_TRANSLATE_NOOP("Messages", "The amount must be above zero."),
    Code.CASH_REASON_EMPTY: QT_TRANSLATE_NOOP("Messages", "Give the reason."),
    Code.CASH_REASON_TOO_LONG: QT_TRANSLATE_NOOP(
        "Messages", "The reason is longer than {n} characters."
    ),
    Code.CASH_OUT_ABOVE_DRAWER: QT_TRANSLATE_NOOP(
        "Messages", "That is more cash than the drawer should hold."
    ),
    # --- printers that do not answer status queries (issue 13, branch uifix) ---------------
    Code.PRINT_PRINTED_NO_STATUS: QT_TRANSLATE_NOOP(
        "Messages",
        "Printed: {what}. This printer does not report its status, so running out of paper "
        "cannot be detected.",
    ),
    Code.PRINTER_STATUS_TIMEOUT: QT_TRANSLATE_NOOP(
        "Messages",
        "The printer did not answer the status query within {seconds} s. If it never "
        "answers status queries, add ?status=0 to its address to print without asking.",
    ),
    Code.PRINTER_UNREACHABLE: QT_TRANSLATE_NOOP(
        "Messages", "The printer's network cannot be reached: check its cable or Wi-Fi."
    ),
    Code.PRINTER_NO_ACCESS: QT_TRANSLATE_NOOP(
        "Messages", "The till is not allowed to use the printer's device."
    ),
    Code.PRINTER_NO_DEVICE: QT_TRANSLATE_NOOP(
        "Messages", "The printer's device is not there: is it plugged in, on the right port?"
    ),
    Code.PRINTER_BUSY: QT_TRANSLATE_NOOP(
        "Messages", "The printer's device is busy with another program."
    ),
    # --- the store's credit banks and products, with their rates (issue 13, uifix) ---------
    Code.CREDIT_LIST_EMPTY: QT_TRANSLATE_NOOP(
        "Messages", "Give at least one bank and one product."
    ),
    Code.CREDIT_LIST_NAME_EMPTY: QT_TRANSLATE_NOOP("Messages", "A line of the list is empty."),
    Code.CREDIT_LIST_NAME_TOO_LONG: QT_TRANSLATE_NOOP(
        "Messages", "A name in the list is longer than {n} characters."
    ),
    Code.CREDIT_RATE_RANGE: QT_TRANSLATE_NOOP(
        "Messages", "The rate of {product} must be a percent from 0 to 100, e.g. 24.9."
    ),
    # --- catalog, prices, VAT, weighed goods, discounts (issue 14, branch catalog) -------
    Code.SALE_LINE_WEIGHT: QT_TRANSLATE_NOOP(
        "Messages",
        "Line {line}: the weight must be in kilograms to the gram, more than 0 and at most {n}.",
    ),
    Code.DISCOUNT_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "The discount must be a percent from 0 to 100 (e.g. 10%) or an amount in tenge above zero.",
    ),
    Code.DISCOUNT_BELOW_ZERO: QT_TRANSLATE_NOOP(
        "Messages",
        "The discount {amount} is more than line {line} costs ({base}); a discount never takes a line below zero.",
    ),
    Code.DISCOUNT_RECEIPT_BELOW_ZERO: QT_TRANSLATE_NOOP(
        "Messages", "The receipt discount {amount} is more than the receipt costs ({base})."
    ),
    Code.DISCOUNT_NEEDS_APPROVAL: QT_TRANSLATE_NOOP(
        "Messages",
        "A discount of {share} is above this store's limit of {limit}: a sales manager's PIN approves it.",
    ),
    Code.DISCOUNT_APPROVER_WRONG: QT_TRANSLATE_NOOP(
        "Messages", "That PIN is not an active sales manager's of this store."
    ),
    Code.DISCOUNT_REASON_MISSING: QT_TRANSLATE_NOOP("Messages", "A discount needs a reason."),
    Code.DISCOUNT_REASON_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "The reason is too long (at most {n} characters) or holds a number that looks like an IIN or a phone.",
    ),
    Code.DISCOUNT_LIMIT_RANGE: QT_TRANSLATE_NOOP(
        "Messages", "The discount limit must be a percent from 0 to 100."
    ),
    Code.CATALOG_BAD_ROWS: QT_TRANSLATE_NOOP(
        "Messages", "Nothing imported: {count} bad rows: {rows}"
    ),
    Code.CATALOG_NO_FILE: QT_TRANSLATE_NOOP("Messages", "Cannot read the price list {path}."),
    Code.PRODUCT_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "No product on sale with barcode or code {barcode}."
    ),
    Code.PRODUCT_NOT_ON_SALE_YET: QT_TRANSLATE_NOOP(
        "Messages", "Product {barcode} goes on sale at {at}."
    ),
    Code.WEIGHED_LAYOUT_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "A weighed-goods label layout needs 2-digit prefixes, and code and weight digits adding up to 10.",
    ),
    # --- split payment, held sales, returns, `pos sale` (issue 13, branch returns) ---------
    Code.PAY_NONE: QT_TRANSLATE_NOOP("Messages", "Give a payment: cash, card or both."),
    Code.PAY_NOT_SPLITTABLE: QT_TRANSLATE_NOOP(
        "Messages", "{kind} is not paid at the till: only cash and card make up a sale."
    ),
    Code.PAY_METHOD_TWICE: QT_TRANSLATE_NOOP(
        "Messages", "{method} is given twice: a sale takes at most one cash and one card payment."
    ),
    Code.PAY_CARD_AMOUNT: QT_TRANSLATE_NOOP(
        "Messages",
        "The card amount must be more than zero and no more than the total; cash pays the rest.",
    ),
    Code.PAY_CARD_NOT_TOTAL: QT_TRANSLATE_NOOP(
        "Messages", "A card-only payment pays the whole total; add cash for the rest."
    ),
    Code.PAY_CASH_NOTHING: QT_TRANSLATE_NOOP(
        "Messages", "The card pays the whole total: leave the cash empty."
    ),
    Code.PAY_REFERENCE_FORM: QT_TRANSLATE_NOOP(
        "Messages",
        "The card reference is the terminal's approval code (6 letters or digits) or RRN "
        "(12 digits).",
    ),
    Code.SALE_LINE_FORM: QT_TRANSLATE_NOOP("Messages", "{text} is not BARCODE or BARCODE:QTY."),
    Code.SALE_PAY_FORM: QT_TRANSLATE_NOOP("Messages", "{text} is not cash[:T] or card[:T[:RRN]]."),
    Code.SALE_UNKNOWN_BARCODE: QT_TRANSLATE_NOOP("Messages", "No product with barcode {barcode}."),
    Code.HELD_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "That held sale is no longer there (resumed or removed)."
    ),
    Code.HELD_EMPTY: QT_TRANSLATE_NOOP("Messages", "An empty sale cannot be held."),
    Code.RETURN_NOTHING: QT_TRANSLATE_NOOP(
        "Messages", "Pick at least one line and a quantity to return."
    ),
    Code.RETURN_LINE_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages", "Receipt {receipt} has no line {line}."
    ),
    Code.RETURN_TOO_MANY: QT_TRANSLATE_NOOP(
        "Messages", "Line {line}: at most {n} can still be returned."
    ),
    Code.RETURN_REASON_MISSING: QT_TRANSLATE_NOOP("Messages", "Give the reason for the return."),
    Code.RETURN_REASON_TOO_LONG: QT_TRANSLATE_NOOP(
        "Messages", "The reason is longer than {n} characters."
    ),
    Code.RETURN_LATE: QT_TRANSLATE_NOOP(
        "Messages",
        "The sale was {days} days ago: after {limit} days a sales manager's PIN and a reason "
        "are needed.",
    ),
    Code.RETURN_OVERRIDE_ROLE: QT_TRANSLATE_NOOP(
        "Messages", "A late return is approved by a sales manager or a store admin."
    ),
    Code.RETURN_OVERRIDE_REASON: QT_TRANSLATE_NOOP(
        "Messages", "Give the reason for accepting a late return."
    ),
    Code.RETURN_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "No such return."),
    Code.RECEIPT_NOT_IN_SHIFT: QT_TRANSLATE_NOOP(
        "Messages", "Receipt {receipt} is not from this shift."
    ),
    Code.RETURN_OVERRIDE_PIN: QT_TRANSLATE_NOOP(
        "Messages", "No sales manager of this store has that PIN."
    ),
    # --- fiscal receipts through a cloud cash register (issue 15, branch fiscal) -----------
    Code.FISCAL_SETTINGS: QT_TRANSLATE_NOOP(
        "Messages",
        "The cash register service refused the till's login (error {kkm}); the store admin "
        "checks the fiscal settings.",
    ),
    Code.FISCAL_CASHBOX: QT_TRANSLATE_NOOP(
        "Messages",
        "The cash register is not found, blocked or not activated (error {kkm}).",
    ),
    Code.FISCAL_NOT_ENOUGH_CASH: QT_TRANSLATE_NOOP(
        "Messages", "The cash register has not that much cash (error {kkm})."
    ),
    Code.FISCAL_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "The cash register refused the document (error {kkm}); it waits for a fix.",
    ),
    Code.FISCAL_SHIFT_TOO_LONG: QT_TRANSLATE_NOOP(
        "Messages", "The shift is open for more than 24 hours (error {kkm}): close it first."
    ),
    Code.FISCAL_NO_SHIFT: QT_TRANSLATE_NOOP(
        "Messages", "The cash register has no open shift (error {kkm}): open a shift."
    ),
    Code.FISCAL_DUPLICATE: QT_TRANSLATE_NOOP(
        "Messages", "The cash register already has this document (error {kkm})."
    ),
    Code.FISCAL_OFFLINE_TOO_LONG: QT_TRANSLATE_NOOP(
        "Messages",
        "The cash register has been offline for more than 72 hours (error {kkm}).",
    ),
    Code.FISCAL_UNKNOWN_DOCUMENT: QT_TRANSLATE_NOOP(
        "Messages", "The cash register has no such document (error {kkm})."
    ),
    Code.FISCAL_UNREACHABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "The cash register service cannot be reached; documents wait.",
    ),
    Code.FISCAL_OTHER: QT_TRANSLATE_NOOP(
        "Messages", "The cash register refused the document (error {kkm})."
    ),
    Code.FISCAL_PROVIDER_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages", "{name} is not a fiscal provider; use {allowed}."
    ),
    Code.FISCAL_SETTING_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "The fiscal {name} is not set; the store admin sets it."
    ),
    Code.FISCAL_SECRET_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "The fiscal {name} is not in the keyring or the environment ({variable})."
    ),
    # fixes: approver PINs typed at a cashier's till (counted, locked like sign-in)
    Code.APPROVAL_LOCKED: QT_TRANSLATE_NOOP(
        "Messages",
        "Too many wrong manager PINs: approvals by PIN are locked until {until}. "
        "A store admin can unlock them.",
    ),
    Code.APPROVAL_LOCKED_ADMIN: QT_TRANSLATE_NOOP(
        "Messages",
        "Too many wrong manager PINs: approvals by PIN are locked until a store admin "
        "unlocks them.",
    ),
    Code.CREDIT_REPAYMENT_METHOD: QT_TRANSLATE_NOOP(
        "Messages", "A repayment is paid in cash or by card, not {method}."
    ),
    # fiscal2: a cash out the cash register refused (8, not enough cash in its box)
    Code.CASH_OUT_REFUSED_BY_KKM: QT_TRANSLATE_NOOP(
        "Messages",
        "The cash register refused the cash out: only {in_box} in the box. "
        "The cash out is not counted.",
    ),
    Code.CASH_OUT_REFUSED_BY_KKM_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages",
        "The cash register refused the cash out: not enough cash in the box. "
        "The cash out is not counted.",
    ),
    # --- weigh: the quantity typed at the sale screen (kilograms to the gram, pieces) ---
    Code.QUANTITY_PIECES: QT_TRANSLATE_NOOP(
        "Messages",
        "{text} is not a number of pieces: this product is sold by the piece, type a whole "
        "number from 1 to {n}.",
    ),
    Code.QUANTITY_WEIGHT: QT_TRANSLATE_NOOP(
        "Messages",
        "{text} is not a weight: type kilograms to the gram, e.g. 0,750 or 1.25 (more than 0, "
        "at most {n}).",
    ),
}

# Next to a field, the field's own label is already there: a short reason suffices. A
# nested reason (inside "Not printed: receipt (...)") uses it too.
SHORT: dict[Code, str] = {
    Code.BUYER_FIELD_NOT_NEEDED: QT_TRANSLATE_NOOP("Messages", "not needed for this sale"),
    Code.BUYER_FIELD_REQUIRED: QT_TRANSLATE_NOOP("Messages", "required for this sale"),
    Code.BUYER_ONE_OF_MISSING: QT_TRANSLATE_NOOP("Messages", "give a phone or an e-mail"),
    Code.BUYER_TOO_LONG: QT_TRANSLATE_NOOP("Messages", "too long: at most {n} characters"),
    Code.BUYER_NAME_LETTERS: QT_TRANSLATE_NOOP("Messages", "only letters, spaces and hyphens"),
    Code.BUYER_BIRTH_DATE_NOT_DATE: QT_TRANSLATE_NOOP("Messages", "not a date: type DD.MM.YYYY"),
    Code.BUYER_BIRTH_DATE_FUTURE: QT_TRANSLATE_NOOP("Messages", "the date is in the future"),
    Code.BUYER_BIRTH_DATE_BEFORE_1900: QT_TRANSLATE_NOOP("Messages", "the date is before 1900"),
    Code.BUYER_ISSUE_DATE_FUTURE: QT_TRANSLATE_NOOP("Messages", "the date is in the future"),
    Code.BUYER_ISSUE_DATE_BEFORE_BIRTH: QT_TRANSLATE_NOOP(
        "Messages", "issued before the date of birth"
    ),
    Code.BUYER_DOC_TYPE: QT_TRANSLATE_NOOP("Messages", "choose the type of document"),
    Code.BUYER_DOC_NUMBER: QT_TRANSLATE_NOOP("Messages", "5 to 20 Latin letters or digits"),
    Code.BUYER_IIN_REGISTERED: QT_TRANSLATE_NOOP(
        "Messages", "a buyer with this IIN is registered: find them instead"
    ),
    Code.IIN_LENGTH: QT_TRANSLATE_NOOP("Messages", "an IIN has exactly 12 digits"),
    Code.IIN_CHECK_DIGIT: QT_TRANSLATE_NOOP(
        "Messages", "check digit is wrong: a digit is mistyped"
    ),
    Code.IIN_CENTURY_DIGIT: QT_TRANSLATE_NOOP(
        "Messages", "the 7th digit (century and sex) must be 1 to 6"
    ),
    Code.IIN_NO_SUCH_DATE: QT_TRANSLATE_NOOP(
        "Messages", "encodes a date of birth that does not exist"
    ),
    Code.IIN_CENTURY_MISMATCH: QT_TRANSLATE_NOOP(
        "Messages", "the century digit does not match the date of birth"
    ),
    Code.IIN_BIRTH_DATE_MISMATCH: QT_TRANSLATE_NOOP("Messages", "does not match the date of birth"),
    Code.PHONE_EMPTY: QT_TRANSLATE_NOOP("Messages", "give the phone number"),
    Code.PHONE_NOT_A_NUMBER: QT_TRANSLATE_NOOP("Messages", "not a phone number"),
    Code.PHONE_INVALID: QT_TRANSLATE_NOOP("Messages", "not a valid phone number"),
    Code.PHONE_NOT_KZ: QT_TRANSLATE_NOOP("Messages", "not a Kazakhstan number"),
    Code.EMAIL_FORM: QT_TRANSLATE_NOOP("Messages", "type it as name@domain.kz"),
    Code.AMOUNT_NOT_A_NUMBER: QT_TRANSLATE_NOOP("Messages", "not a number"),
    Code.AMOUNT_DECIMALS: QT_TRANSLATE_NOOP("Messages", "at most two decimals"),
    Code.CONSENT_FORM_NUMBER: QT_TRANSLATE_NOOP("Messages", "give the form number"),
    Code.BIN_LENGTH: QT_TRANSLATE_NOOP("Messages", "a BIN has exactly 12 digits"),
    Code.BIN_CHECK_DIGIT: QT_TRANSLATE_NOOP(
        "Messages", "check digit is wrong: a digit is mistyped"
    ),
    Code.REQUEST_REFERENCE_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "give the reference of the buyer's document"
    ),
    Code.REQUEST_REFERENCE_TOO_LONG: QT_TRANSLATE_NOOP("Messages", "too long"),
    Code.REFERENCE_PERSONAL_DATA: QT_TRANSLATE_NOOP(
        "Messages", "a document reference, not an IIN or a phone number"
    ),
    Code.DISCLOSURE_PERSONAL_TEXT: QT_TRANSLATE_NOOP(
        "Messages", "a company or document reference, not personal data"
    ),
    Code.DISCLOSURE_TEXT_TOO_LONG: QT_TRANSLATE_NOOP("Messages", "at most {n} characters"),
    Code.RECTIFY_NOT_COLLECTED: QT_TRANSLATE_NOOP(
        "Messages", "not collected under the buyer's consents"
    ),
    Code.RECTIFY_SAME: QT_TRANSLATE_NOOP("Messages", "the same as held"),
    Code.RECTIFY_IIN_TAKEN: QT_TRANSLATE_NOOP("Messages", "another buyer has this IIN"),
    Code.PIN_FORM: QT_TRANSLATE_NOOP("Messages", "a PIN has 4 to 8 digits"),
    Code.KEY_MISMATCH: QT_TRANSLATE_NOOP("Messages", "the two keys differ"),
    Code.KEY_SAME: QT_TRANSLATE_NOOP("Messages", "the same as the current key"),
    Code.PRINT_LAYOUT_FAILED: QT_TRANSLATE_NOOP("Messages", "the layout failed; see the till log"),
    Code.PRINTER_PAPER_WIDTH: QT_TRANSLATE_NOOP("Messages", "58 or 80 mm"),
    Code.PRINTER_WIDTH: QT_TRANSLATE_NOOP("Messages", "58 or 80 mm"),
    Code.PRINTER_TIMEOUT_RANGE: QT_TRANSLATE_NOOP("Messages", "0 to 120 seconds"),
    # fiscal2: next to the cash out's amount (the cash out is not counted)
    Code.CASH_OUT_REFUSED_BY_KKM: QT_TRANSLATE_NOOP(
        "Messages", "The cash register refused: only {in_box} in the box."
    ),
    Code.CASH_OUT_REFUSED_BY_KKM_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages", "The cash register refused: not enough cash in the box."
    ),
}

# One refusal the window words for its own case: settings are the store admin's.
_ACTION_TEXTS: dict[Action, str] = {
    Action.CHANGE_SETTINGS: QT_TRANSLATE_NOOP(
        "Messages", "Only the store admin can change settings."
    ),
}

# The documents an outcome names.
_PAPERS: dict[Paper, str] = {
    Paper.CONSENT_SLIP: QT_TRANSLATE_NOOP("Messages", "consent slip"),
    Paper.RECEIPT: QT_TRANSLATE_NOOP("Messages", "receipt"),
    Paper.INSTALLMENT: QT_TRANSLATE_NOOP("Messages", "installment summary"),
    Paper.CREDIT_SUMMARY: QT_TRANSLATE_NOOP("Messages", "credit summary"),
    Paper.CREDIT_PAYMENT: QT_TRANSLATE_NOOP("Messages", "repayment receipt"),
    Paper.DELIVERY_SLIP: QT_TRANSLATE_NOOP("Messages", "delivery slip"),
    Paper.ACCESS_REPORT: QT_TRANSLATE_NOOP("Messages", "access report"),
    Paper.CONFIRMATION: QT_TRANSLATE_NOOP("Messages", "confirmation"),
    Paper.TEST_PAGE: QT_TRANSLATE_NOOP("Messages", "test page"),
    Paper.DESTRUCTION_ACT: QT_TRANSLATE_NOOP("Messages", "destruction act"),
    Paper.STAFF_ACCESS: QT_TRANSLATE_NOOP("Messages", "staff access list"),
    Paper.X_REPORT: QT_TRANSLATE_NOOP("Messages", "X report"),
    Paper.Z_REPORT: QT_TRANSLATE_NOOP("Messages", "Z report"),
    Paper.CASH_SLIP: QT_TRANSLATE_NOOP("Messages", "cash slip"),
    Paper.RETURN_RECEIPT: QT_TRANSLATE_NOOP("Messages", "return receipt"),
    Paper.RETURN_ACT: QT_TRANSLATE_NOOP("Messages", "return act"),
}

_WAITING = QT_TRANSLATE_NOOP("Messages", "{n} waiting to be printed {why}")
_SETTING_INVALID = QT_TRANSLATE_NOOP("Messages", "the printer setting is not valid ({reason})")
_SYNC_DONE = QT_TRANSLATE_NOOP(
    "Messages", "Sent: {pushed}; directives received: {pulled}; waiting: {backlog}."
)
_SYNC_REJECTED = QT_TRANSLATE_NOOP("Messages", "Head office refused {n} of them.")
_SYNC_MISSING = QT_TRANSLATE_NOOP("Messages", "Head office is missing {n} earlier events.")
# Audit anchoring and conflicting resends (headoffice/anchors.py).
_SYNC_CONFLICTS = QT_TRANSLATE_NOOP(
    "Messages",
    "Head office holds {n} of them with other content: they stay unsent; tell head office.",
)
_SYNC_AUDIT_CUT = QT_TRANSLATE_NOOP(
    "Messages",
    "Head office says this till's audit log lost entries it had recorded: run `pos check` "
    "and tell head office.",
)
_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Messages", "Something went wrong; the details are in the till log."
)
_MORE = QT_TRANSLATE_NOOP("Messages", "(and {n} more)")


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


def _enum_text(value: enum.Enum, language: str) -> str:
    if isinstance(value, Purpose):
        return label("purpose_short", value)
    if isinstance(value, Role):
        return label("role", value)
    if isinstance(value, SaleType):
        return label("sale_type", value)
    if isinstance(value, PaymentMethod):
        return label("payment", value).lower()
    if isinstance(value, BuyerField):
        return label("field", value)
    if isinstance(value, Paper):
        return _tr(_PAPERS[value])
    # Named on paper in all three languages already; the window reuses those names.
    if isinstance(value, DataCategory):
        return paper_i18n.label("category", value, language)
    if isinstance(value, RecipientCategory):
        return paper_i18n.label("recipient", value, language)
    if isinstance(value, CreditStatus):
        return paper_i18n.label("credit_status", value, language)
    return str(value.value)


def _inline(coded: Coded) -> str:
    """A reason inside another message: its short text, or its text without the full stop,
    starting in lower case when its own first word is a capitalised word (not a name from
    a parameter, not an acronym such as IIN or PIN)."""
    text = _text(coded, short=True).rstrip(".")
    own = _tr(_source(coded, short=True))
    if own[:1] != "{" and len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text


def param_text(value: Param, language: str | None = None) -> str:
    """One parameter as the window shows it, in `language` (default: the window's)."""
    lang = language or current_language()
    if isinstance(value, tuple):
        return ", ".join(param_text(v, lang) for v in value)
    if isinstance(value, enum.Enum):
        return _enum_text(value, lang)
    if isinstance(value, Money):
        return money(value.tiyn, lang)
    if isinstance(value, dt.date):
        return date_text(value, lang)
    if isinstance(value, bool | int | str):
        return str(value)
    if isinstance(value, float):
        return decimal_text(f"{value:g}", lang)
    if isinstance(value, PosError | Message):
        return _inline(value)
    return str(value)


def _text(coded: Coded, *, short: bool = False) -> str:
    code, params = coded.code, coded.params
    action = params.get("action")
    if code is Code.ROLE_NEEDED and isinstance(action, Action) and action in _ACTION_TEXTS:
        return _tr(_ACTION_TEXTS[action])
    return _tr(_source(coded, short=short)).format_map(_Values(params))


def _source(coded: Coded, *, short: bool = False) -> str:
    return (SHORT.get(coded.code) if short else None) or TEXTS[coded.code]


class _Values(dict[str, str]):
    """The parameters rendered on demand, so only those a text shows are rendered."""

    def __init__(self, params: Mapping[str, Param]) -> None:
        super().__init__()
        self._params = params

    def __missing__(self, name: str) -> str:
        value = self._params.get(name)
        return "" if value is None else param_text(value)


def message_text(coded: Coded) -> str:
    """The message line's text for a coded error or outcome."""
    return _text(coded)


def field_message(error: Coded | Code) -> str:
    """The reason shown next to a field (the short text where there is one)."""
    if isinstance(error, Code):
        return _tr(SHORT.get(error) or TEXTS[error])
    return _text(error, short=True)


def line_message(error: BaseException | Coded | Code) -> str:
    """The text for the message line (or a dialog's status line).

    A coded error or outcome (or a bare code the window checks itself) is said in the
    window's language; anything unexpected gets one honest line pointing at the log (the
    ops already logged it)."""
    if isinstance(error, Code):
        return _tr(TEXTS[error])
    if isinstance(error, PosError):
        coded: Coded = error
    elif isinstance(error, BaseException):
        return _tr(_UNEXPECTED)
    else:
        coded = error
    text = _text(coded)
    if isinstance(error, ValidationErrors) and error.more:
        text += " " + _tr(_MORE).format(n=error.more)
    return text


def printer_problem(status: PrinterStatus) -> str:
    """What is wrong with the printer, for the status bar ("" when nothing is)."""
    reason = _inline(status.reason) if status.reason is not None else ""
    if status.state is PrinterState.WAITING:
        return _tr(_WAITING).format(n=status.waiting, why=f"({reason})" if reason else "").strip()
    if status.state is PrinterState.SETTING_INVALID:
        return _tr(_SETTING_INVALID).format(reason=reason)
    return reason


def sync_report_text(report: CycleReport) -> str:
    """One sync cycle's counts, and why it stopped early if it did."""
    parts = [
        _tr(_SYNC_DONE).format(pushed=report.pushed, pulled=report.pulled, backlog=report.backlog)
    ]
    if report.rejected:
        parts.append(_tr(_SYNC_REJECTED).format(n=report.rejected))
    if report.missing_at_headoffice:
        parts.append(_tr(_SYNC_MISSING).format(n=report.missing_at_headoffice))
    if report.conflicts:
        parts.append(_tr(_SYNC_CONFLICTS).format(n=report.conflicts))
    if report.audit_problem:
        parts.append(_tr(_SYNC_AUDIT_CUT))
    if report.failure is not None:
        parts.append(line_message(report.failure))
    return " ".join(parts)


def field_errors(error: BaseException) -> dict[str, str]:
    """{field: reason} for a validation error that names fields, else {}."""
    if isinstance(error, ValidationErrors):
        return {name: field_message(e) for name, e in error.errors.items()}
    if isinstance(error, PosError) and error.field:
        return {error.field: field_message(error)}
    return {}
