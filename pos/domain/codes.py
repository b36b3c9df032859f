"""The closed catalogue of what the till can say to a person: one code per message.

A code is stable (the window's translations and any log search key on it), so rename a
code's English text freely but never its value. Each code has its English text here as a
`str.format` template whose named fields are the parameters the message carries; the
window keeps its own translated text per code (ui/messages.py), so rewording the English
never breaks the Russian or Kazakh. Templates may use `!r` and three format specs of the
English renderer (pos.domain.errors): `:a` ("a credit", "an installment"), `:words`
(underscores as spaces) and any numeric spec such as `:g`.
"""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    # --- the buyer's data (pos.domain.buyer, iin, contact) -------------------------------
    BUYER_FIELD_NOT_NEEDED = "buyer.field_not_needed"
    BUYER_FIELD_REQUIRED = "buyer.field_required"
    BUYER_ONE_OF_MISSING = "buyer.one_of_missing"
    BUYER_TOO_LONG = "buyer.too_long"
    BUYER_NAME_LETTERS = "buyer.name_letters"
    BUYER_BIRTH_DATE_NOT_DATE = "buyer.birth_date_not_date"
    BUYER_BIRTH_DATE_FUTURE = "buyer.birth_date_future"
    BUYER_BIRTH_DATE_BEFORE_1900 = "buyer.birth_date_before_1900"
    BUYER_ISSUE_DATE_FUTURE = "buyer.issue_date_future"
    BUYER_ISSUE_DATE_BEFORE_BIRTH = "buyer.issue_date_before_birth"
    BUYER_DOC_TYPE = "buyer.doc_type"
    BUYER_DOC_NUMBER = "buyer.doc_number"
    BUYER_NOT_FOUND = "buyer.not_found"
    BUYER_DESTROYED = "buyer.destroyed"
    BUYER_IIN_REGISTERED = "buyer.iin_registered"
    IIN_LENGTH = "iin.length"
    IIN_CHECK_DIGIT = "iin.check_digit"
    IIN_CENTURY_DIGIT = "iin.century_digit"
    IIN_NO_SUCH_DATE = "iin.no_such_date"
    IIN_CENTURY_MISMATCH = "iin.century_mismatch"
    IIN_BIRTH_DATE_MISMATCH = "iin.birth_date_mismatch"
    PHONE_EMPTY = "phone.empty"
    PHONE_NOT_A_NUMBER = "phone.not_a_number"
    PHONE_INVALID = "phone.invalid"
    PHONE_NOT_KZ = "phone.not_kz"
    EMAIL_FORM = "email.form"
    AMOUNT_NOT_A_NUMBER = "amount.not_a_number"
    AMOUNT_DECIMALS = "amount.decimals"

    # --- sales and credit ----------------------------------------------------------------
    SALE_NO_LINES = "sale.no_lines"
    SALE_LINE_NO_NAME = "sale.line_no_name"
    SALE_LINE_QUANTITY = "sale.line_quantity"
    SALE_LINE_PRICE = "sale.line_price"
    SALE_TOTAL_ZERO = "sale.total_zero"
    SALE_BUYER_REFUSED = "sale.buyer_refused"
    SALE_DELIVERY_NEEDS_BUYER = "sale.delivery_needs_buyer"
    SALE_NEEDS_BUYER = "sale.needs_buyer"
    SALE_ANONYMOUS_CONSENT = "sale.anonymous_consent"
    SALE_CASH_SHORT = "sale.cash_short"
    SALE_TENDERED_NOT_CASH = "sale.tendered_not_cash"
    SALE_CREDIT_TERMS_MISSING = "sale.credit_terms_missing"
    SALE_CREDIT_BANK_MISSING = "sale.credit_bank_missing"
    SALE_DOWN_PAYMENT_TOO_HIGH = "sale.down_payment_too_high"
    SALE_TERMS_NOT_CREDIT = "sale.terms_not_credit"
    SALE_NOT_FOUND = "sale.not_found"
    CREDIT_TERM_RANGE = "credit.term_range"
    CREDIT_NOTHING_TO_FINANCE = "credit.nothing_to_finance"
    CREDIT_NOT_FOUND = "credit.not_found"
    CREDIT_CLOSED = "credit.closed"
    CREDIT_PAYMENT_RANGE = "credit.payment_range"
    CREDIT_OUTSTANDING = "credit.outstanding"
    CREDIT_OUTSTANDING_OPEN = "credit.outstanding_open"
    PRODUCT_INCOMPLETE = "product.incomplete"
    PRODUCT_EXISTS = "product.exists"

    # --- consent -------------------------------------------------------------------------
    CONSENT_MISSING_PURPOSES = "consent.missing_purposes"
    CONSENT_STALE_POLICY = "consent.stale_policy"
    CONSENT_MISSING_FIELDS = "consent.missing_fields"
    CONSENT_MISSING_ONE_OF = "consent.missing_one_of"
    CONSENT_SLIP_LANGUAGE = "consent.slip_language"
    CONSENT_FORM_NUMBER = "consent.form_number"
    CONSENT_NOT_NEEDED = "consent.not_needed"
    CONSENT_BUYER_REFUSED = "consent.buyer_refused"
    CONSENT_ALREADY_RECORDED = "consent.already_recorded"
    CONSENT_NOT_FOUND = "consent.not_found"
    POLICY_NONE_IN_EFFECT = "policy.none_in_effect"
    POLICY_NO_TEXT = "policy.no_text"
    POLICY_LABEL_FORM = "policy.label_form"
    POLICY_LANGUAGE = "policy.language"
    POLICY_TEXT_EMPTY = "policy.text_empty"
    POLICY_TEXT_TOO_LONG = "policy.text_too_long"
    POLICY_ALREADY_IMPORTED = "policy.already_imported"
    POLICY_TEXT_DIFFERS = "policy.text_differs"
    POLICY_EFFECTIVE_DIFFERS = "policy.effective_differs"
    OPERATOR_NAME_MISSING = "operator.name_missing"
    OPERATOR_CONTACT_MISSING = "operator.contact_missing"
    BIN_LENGTH = "bin.length"
    BIN_CHECK_DIGIT = "bin.check_digit"

    # --- the buyer's rights --------------------------------------------------------------
    REQUEST_REFERENCE_MISSING = "request.reference_missing"
    REQUEST_REFERENCE_TOO_LONG = "request.reference_too_long"
    REQUEST_NOT_FOUND = "request.not_found"
    # --- unlinking (issue 11): references hold no personal data ---------------------------
    REFERENCE_PERSONAL_DATA = "reference.personal_data"
    WITHDRAWAL_BLOCKED = "withdrawal.blocked"
    WITHDRAWAL_REFUSED = "withdrawal.refused"
    WITHDRAWAL_NOTHING_IN_FORCE = "withdrawal.nothing_in_force"
    WITHDRAWAL_NO_PURPOSE = "withdrawal.no_purpose"
    WITHDRAWAL_NOT_IN_FORCE = "withdrawal.not_in_force"
    DESTRUCTION_BLOCKED = "destruction.blocked"
    REFUSAL_ALREADY_RECORDED = "refusal.already_recorded"
    RECTIFY_NOTHING = "rectify.nothing"
    RECTIFY_RESTRICTED = "rectify.restricted"
    RECTIFY_NOT_COLLECTED = "rectify.not_collected"
    RECTIFY_SAME = "rectify.same"
    RECTIFY_IIN_TAKEN = "rectify.iin_taken"
    DISCLOSURE_RECIPIENT_MISSING = "disclosure.recipient_missing"
    DISCLOSURE_DATA_MISSING = "disclosure.data_missing"
    DISCLOSURE_BASIS_MISSING = "disclosure.basis_missing"
    DISCLOSURE_NO_PURPOSE = "disclosure.no_purpose"
    DISCLOSURE_RESTRICTED = "disclosure.restricted"
    DISCLOSURE_NO_CONSENT = "disclosure.no_consent"
    DISCLOSURE_NOT_COVERED = "disclosure.not_covered"
    # --- the disclosure register: hand-over to couriers, other recipients (issue 11.9) -----
    DISCLOSURE_RECIPIENT_UNKNOWN = "disclosure.recipient_unknown"
    DISCLOSURE_PERSONAL_TEXT = "disclosure.personal_text"
    DISCLOSURE_TEXT_TOO_LONG = "disclosure.text_too_long"
    DISCLOSURE_RANGE = "disclosure.range"
    DELIVERY_NOT_DELIVERY = "delivery.not_delivery"
    DELIVERY_RECIPIENT = "delivery.recipient"
    DELIVERY_NO_BUYER = "delivery.no_buyer"
    DELIVERY_HANDED_OVER = "delivery.handed_over"
    RECEIPT_NOT_FOUND = "receipt.not_found"
    RECEIPT_FORM = "receipt.form"
    DISCLOSURE_OTHER_BUYER = "disclosure.other_buyer"
    STATS_RANGE = "stats.range"

    # --- staff and sign-in ---------------------------------------------------------------
    ROLE_NEEDED = "role.needed"
    PIN_FORM = "pin.form"
    PIN_TRIVIAL = "pin.trivial"
    PIN_NEEDED = "pin.needed"
    PIN_MISMATCH = "pin.mismatch"
    STAFF_NAME_AMBIGUOUS = "staff.name_ambiguous"
    STAFF_LAST_ADMIN = "staff.last_admin"
    STAFF_NOT_YOURSELF = "staff.not_yourself"
    STAFF_NOT_NAMED = "staff.not_named"
    SIGN_IN_LOCKED_ADMIN = "sign_in.locked_admin"
    STAFF_NAME_EMPTY = "staff.name_empty"
    STAFF_NOT_FOUND = "staff.not_found"
    SIGN_IN_UNKNOWN = "sign_in.unknown"
    SIGN_IN_LOCKED = "sign_in.locked"
    SIGN_IN_WRONG_PIN = "sign_in.wrong_pin"

    # --- the database and its key --------------------------------------------------------
    STORAGE_CLASH = "storage.clash"
    STORAGE_DISK_FULL = "storage.disk_full"
    STORAGE_BUSY = "storage.busy"
    STORAGE_READ_ONLY = "storage.read_only"
    STORAGE_FAILED = "storage.failed"
    DB_MISSING = "db.missing"
    DB_EXISTS = "db.exists"
    DB_EMPTY = "db.empty"
    DB_PLAIN = "db.plain"
    DB_TRUNCATED = "db.truncated"
    DB_PAGES_DAMAGED = "db.pages_damaged"
    DB_INCOMPLETE = "db.incomplete"
    DB_DISK_FULL = "db.disk_full"
    KEY_INPUT_ENDED = "key.input_ended"
    REKEY_IN_USE = "rekey.in_use"
    DB_BEING_REKEYED = "db.being_rekeyed"
    DB_NEWER = "db.newer"
    DB_FOREIGN_TABLES = "db.foreign_tables"
    KEY_WRONG = "key.wrong"
    KEY_NONE = "key.none"
    KEY_TOO_SHORT = "key.too_short"
    KEY_WEAK = "key.weak"
    KEY_MISMATCH = "key.mismatch"
    KEY_SAME = "key.same"
    REKEY_DISK_FULL = "rekey.disk_full"
    REKEY_FAILED = "rekey.failed"
    REKEY_NOT_VERIFIED = "rekey.not_verified"
    SETUP_CODE_FORM = "setup.code_form"
    SETUP_STORE_NAME_EMPTY = "setup.store_name_empty"
    SETUP_NO_IDENTITY = "setup.no_identity"
    SETUP_STORE_MISSING = "setup.store_missing"
    DEMO_NO_KEY = "demo.no_key"

    # --- printing ------------------------------------------------------------------------
    PRINT_PRINTED = "print.printed"
    PRINT_PRINTED_PAPER_LOW = "print.printed_paper_low"
    PRINT_NOT_PRINTED = "print.not_printed"
    PRINT_NOT_PRINTED_QUEUED = "print.not_printed_queued"
    PRINT_SLIP_NOT_PRINTED = "print.slip_not_printed"
    PRINT_DROPPED = "print.dropped"
    PRINT_QUEUE_UNREAD = "print.queue_unread"
    PRINT_LAYOUT_FAILED = "print.layout_failed"
    PRINT_NO_CREDIT = "print.no_credit"
    PRINT_LANGUAGE = "print.language"
    PRINT_LANGUAGE_INVALID = "print.language_invalid"
    PRINT_JOB_NOT_FOUND = "print_job.not_found"
    PRINT_JOB_NO_RECORD = "print_job.no_record"
    PRINT_JOB_NOT_WAITING = "print_job.not_waiting"
    PRINTER_NOT_SET = "printer.not_set"
    PRINTER_PROFILE_UNKNOWN = "printer.profile_unknown"
    PRINTER_PAPER_WIDTH = "printer.paper_width"
    PRINTER_CODE_PAGE = "printer.code_page"
    PRINTER_NUMBERS = "printer.numbers"
    PRINTER_WIDTH = "printer.width"
    PRINTER_TIMEOUT_RANGE = "printer.timeout_range"
    PRINTER_URL_NO_HOST = "printer.url_no_host"
    PRINTER_URL_PORT = "printer.url_port"
    PRINTER_URL_USB_IDS = "printer.url_usb_ids"
    PRINTER_URL_NO_DEVICE = "printer.url_no_device"
    PRINTER_URL_SERIAL_NUMBERS = "printer.url_serial_numbers"
    PRINTER_URL_NO_PRINTER = "printer.url_no_printer"
    PRINTER_URL_NO_FILE = "printer.url_no_file"
    PRINTER_FILE_OUTSIDE = "printer.file_outside"
    PRINTER_FILE_NOT_OUTPUT = "printer.file_not_output"
    PRINTER_FOLDER_MISSING = "printer.folder_missing"
    PRINTER_FOLDER_HOLDS_TILL = "printer.folder_holds_till"
    PRINTER_URL_SCHEME = "printer.url_scheme"
    PRINTER_NEEDS_PACKAGE = "printer.needs_package"
    PRINTER_CLOSED = "printer.closed"
    PRINTER_PAPER_RAN_OUT = "printer.paper_ran_out"
    PRINTER_PAPER_OUT = "printer.paper_out"
    PRINTER_OFFLINE = "printer.offline"
    PRINTER_REFUSED = "printer.refused"
    PRINTER_TIMEOUT = "printer.timeout"
    PRINTER_DROPPED = "printer.dropped"
    PRINTER_UNKNOWN_HOST = "printer.unknown_host"
    PRINTER_OS_ERROR = "printer.os_error"
    PRINTER_NOT_FOUND = "printer.not_found"
    PRINTER_FAILED = "printer.failed"

    # --- sync with head office -----------------------------------------------------------
    SYNC_NOT_SET_UP = "sync.not_set_up"
    SYNC_URL_FORM = "sync.url_form"
    SYNC_URL_HTTPS = "sync.url_https"
    SYNC_TLS = "sync.tls"
    SYNC_CONNECT_TIMEOUT = "sync.connect_timeout"
    SYNC_READ_TIMEOUT = "sync.read_timeout"
    SYNC_DROPPED = "sync.dropped"
    SYNC_UNREACHABLE = "sync.unreachable"
    SYNC_REQUEST_FAILED = "sync.request_failed"
    SYNC_BAD_ANSWER = "sync.bad_answer"
    SYNC_HTTP_ERROR = "sync.http_error"
    SYNC_CREDENTIAL = "sync.credential"
    SYNC_FORBIDDEN = "sync.forbidden"
    SYNC_FAILED = "sync.failed"

    # --- retention on its own (pos.services.retention_schedule) --------------------------
    RETENTION_BUSY = "retention.busy"

    # A reason an earlier run recorded in English (a failed print job, the last sync):
    # the record holds only its text, so it is shown as it was recorded.
    RECORDED_REASON = "recorded.reason"

    # --- the command line ----------------------------------------------------------------
    CLI_NOT_AN_ID = "cli.not_an_id"
    CLI_HEADOFFICE_AND_TOKEN = "cli.headoffice_and_token"  # noqa: S105 - a message code
    CLI_NO_FILE = "cli.no_file"
    CLI_NOT_UTF8 = "cli.not_utf8"
    CLI_OPTIONS_MISSING = "cli.options_missing"
    CLI_CORRECT_NOTHING = "cli.correct_nothing"
    CLI_IS_FOLDER = "cli.is_folder"
    CLI_SEED_NEGATIVE = "cli.seed_negative"

    # --- erasure: backups (issue 11, branch erase) ----------------------------------------
    DB_UPGRADE_UNSOUND = "db.upgrade_unsound"
    # --- statistics for third parties (pos.domain.stats; policy 4.4.1) -------------------
    STATS_PERIOD_FORM = "stats.period_form"
    STATS_NOT_WHOLE_PERIOD = "stats.not_whole_period"
    STATS_PERIOD_NOT_OVER = "stats.period_not_over"
    STATS_PERIOD_CLASH = "stats.period_clash"
    STATS_RECIPIENT_TOO_LONG = "stats.recipient_too_long"
    STATS_RECIPIENT_NUMBER = "stats.recipient_number"

    # --- registers: incidents, responsible person, processing register (issue 12) -------
    INCIDENT_NOT_FOUND = "incident.not_found"
    INCIDENT_CLOSED = "incident.closed"
    INCIDENT_TEXT_EMPTY = "incident.text_empty"
    INCIDENT_TEXT_TOO_LONG = "incident.text_too_long"
    INCIDENT_NOT_A_TIME = "incident.not_a_time"
    INCIDENT_IN_FUTURE = "incident.in_future"
    RESPONSIBLE_MISSING = "responsible.missing"
    RESPONSIBLE_FIELD_EMPTY = "responsible.field_empty"
    REGISTERS_FILE_EXISTS = "registers.file_exists"
    # --- roles in every service, reads included (issue 12, branch roles) -------------------
    STAFF_ONLY = "role.staff_only"
    DIRECTIVE_SYNC_ONLY = "directive.sync_only"
    # --- shifts and cash (issue 13, branch shifts) -------------------------------------
    SHIFT_NONE_OPEN = "shift.none_open"
    SHIFT_ALREADY_OPEN = "shift.already_open"
    SHIFT_EXPIRED = "shift.expired"
    SHIFT_AMOUNT_RANGE = "shift.amount_range"
    CASH_AMOUNT_ZERO = "cash.amount_zero"
    CASH_REASON_EMPTY = "cash.reason_empty"
    CASH_REASON_TOO_LONG = "cash.reason_too_long"
    CASH_OUT_ABOVE_DRAWER = "cash.out_above_drawer"
    # --- printers that do not answer status queries (issue 13, branch uifix) ---------------
    PRINT_PRINTED_NO_STATUS = "print.printed_no_status"
    PRINTER_STATUS_TIMEOUT = "printer.status_timeout"
    # the operating system's commonest refusals, coded so the window can say them
    PRINTER_UNREACHABLE = "printer.unreachable"
    PRINTER_NO_ACCESS = "printer.no_access"
    PRINTER_NO_DEVICE = "printer.no_device"
    PRINTER_BUSY = "printer.busy"
    # --- the store's credit banks and products, with their rates (issue 13, uifix) ---------
    CREDIT_LIST_EMPTY = "credit.list_empty"
    CREDIT_LIST_NAME_EMPTY = "credit.list_name_empty"
    CREDIT_LIST_NAME_TOO_LONG = "credit.list_name_too_long"
    CREDIT_RATE_RANGE = "credit.rate_range"
    # --- catalog, prices, VAT, weighed goods, discounts (issue 14, branch catalog) -------
    SALE_LINE_WEIGHT = "sale.line_weight"
    DISCOUNT_INVALID = "discount.invalid"
    DISCOUNT_BELOW_ZERO = "discount.below_zero"
    DISCOUNT_RECEIPT_BELOW_ZERO = "discount.receipt_below_zero"
    DISCOUNT_NEEDS_APPROVAL = "discount.needs_approval"
    DISCOUNT_APPROVER_WRONG = "discount.approver_wrong"
    DISCOUNT_REASON_MISSING = "discount.reason_missing"
    DISCOUNT_REASON_INVALID = "discount.reason_invalid"
    DISCOUNT_LIMIT_RANGE = "discount.limit_range"
    CATALOG_BAD_ROWS = "catalog.bad_rows"
    CATALOG_NO_FILE = "catalog.no_file"
    PRODUCT_NOT_FOUND = "product.not_found"
    PRODUCT_NOT_ON_SALE_YET = "product.not_on_sale_yet"
    WEIGHED_LAYOUT_INVALID = "weighed.layout_invalid"
    # --- split payment, held sales, returns, `pos sale` (issue 13, branch returns) ---------
    PAY_NONE = "payment.none"
    PAY_NOT_SPLITTABLE = "payment.not_splittable"
    PAY_METHOD_TWICE = "payment.method_twice"
    PAY_CARD_AMOUNT = "payment.card_amount"
    PAY_CARD_NOT_TOTAL = "payment.card_not_total"
    PAY_CASH_NOTHING = "payment.cash_nothing"
    PAY_REFERENCE_FORM = "payment.reference_form"
    SALE_LINE_FORM = "sale.line_form"
    SALE_PAY_FORM = "sale.pay_form"
    SALE_UNKNOWN_BARCODE = "sale.unknown_barcode"
    HELD_NOT_FOUND = "held.not_found"
    HELD_EMPTY = "held.empty"
    RETURN_NOTHING = "return.nothing"
    RETURN_LINE_UNKNOWN = "return.line_unknown"
    RETURN_TOO_MANY = "return.too_many"
    RETURN_REASON_MISSING = "return.reason_missing"
    RETURN_REASON_TOO_LONG = "return.reason_too_long"
    RETURN_LATE = "return.late"
    RETURN_OVERRIDE_ROLE = "return.override_role"
    RETURN_OVERRIDE_REASON = "return.override_reason"
    RETURN_NOT_FOUND = "return.not_found"
    RECEIPT_NOT_IN_SHIFT = "receipt.not_in_shift"
    RETURN_OVERRIDE_PIN = "return.override_pin"
    # --- fiscal receipts through a cloud cash register (issue 15, branch fiscal) -----------
    FISCAL_SETTINGS = "fiscal.settings"
    FISCAL_CASHBOX = "fiscal.cashbox"
    FISCAL_NOT_ENOUGH_CASH = "fiscal.not_enough_cash"
    FISCAL_INVALID = "fiscal.invalid"
    FISCAL_SHIFT_TOO_LONG = "fiscal.shift_too_long"
    FISCAL_NO_SHIFT = "fiscal.no_shift"
    FISCAL_DUPLICATE = "fiscal.duplicate"
    FISCAL_OFFLINE_TOO_LONG = "fiscal.offline_too_long"
    FISCAL_UNKNOWN_DOCUMENT = "fiscal.unknown_document"
    FISCAL_UNREACHABLE = "fiscal.unreachable"
    FISCAL_OTHER = "fiscal.other"
    FISCAL_PROVIDER_UNKNOWN = "fiscal.provider_unknown"
    FISCAL_SETTING_MISSING = "fiscal.setting_missing"
    FISCAL_SECRET_MISSING = "fiscal.secret_missing"  # noqa: S105
    # fixes: approver PINs typed at a cashier's till (counted, locked like sign-in)
    APPROVAL_LOCKED = "approval.locked"
    APPROVAL_LOCKED_ADMIN = "approval.locked_admin"
    CREDIT_REPAYMENT_METHOD = "credit.repayment_method"
    # fiscal2: a cash out the cash register refused (8, not enough cash in its box)
    CASH_OUT_REFUSED_BY_KKM = "fiscal.cash_out_refused"
    CASH_OUT_REFUSED_BY_KKM_UNKNOWN = "fiscal.cash_out_refused_unknown"
    # weigh: the quantity typed at the sale screen (kilograms to the gram, whole pieces)
    QUANTITY_PIECES = "quantity.pieces"
    QUANTITY_WEIGHT = "quantity.weight"


# The English of every code, as the CLI prints it and the logs record it.
ENGLISH: dict[Code, str] = {
    Code.BUYER_FIELD_NOT_NEEDED: "{what} is not needed for this sale and is not collected",
    Code.BUYER_FIELD_REQUIRED: "{what} is required for this sale",
    Code.BUYER_ONE_OF_MISSING: "give at least one of: {fields}",
    Code.BUYER_TOO_LONG: "{what} is longer than {n} characters",
    Code.BUYER_NAME_LETTERS: "{what} may hold only letters, spaces and hyphens",
    Code.BUYER_BIRTH_DATE_NOT_DATE: "date of birth is not a date",
    Code.BUYER_BIRTH_DATE_FUTURE: "date of birth is in the future",
    Code.BUYER_BIRTH_DATE_BEFORE_1900: "date of birth is before 1900",
    Code.BUYER_ISSUE_DATE_FUTURE: "ID document issue date is in the future",
    Code.BUYER_ISSUE_DATE_BEFORE_BIRTH: "ID document issue date is before the date of birth",
    Code.BUYER_DOC_TYPE: "ID document type must be one of: {types}",
    Code.BUYER_DOC_NUMBER: "ID document number must be 5 to 20 Latin letters or digits",
    Code.BUYER_NOT_FOUND: "no buyer with id {buyer_id}",
    Code.BUYER_DESTROYED: "buyer {buyer_id} was already destroyed on {day}",
    Code.BUYER_IIN_REGISTERED: (
        "a buyer with this IIN is already registered: find them and use their record"
    ),
    Code.IIN_LENGTH: "IIN must be exactly 12 digits",
    Code.IIN_CHECK_DIGIT: "IIN check digit is wrong: a digit is mistyped",
    Code.IIN_CENTURY_DIGIT: "IIN 7th digit (century and sex) must be 1 to 6",
    Code.IIN_NO_SUCH_DATE: "IIN encodes a date of birth that does not exist",
    Code.IIN_CENTURY_MISMATCH: (
        "IIN century digit does not match the century of the date of birth entered"
    ),
    Code.IIN_BIRTH_DATE_MISMATCH: "IIN date of birth does not match the date of birth entered",
    Code.PHONE_EMPTY: "phone number is empty",
    Code.PHONE_NOT_A_NUMBER: "phone number is not a number",
    Code.PHONE_INVALID: "phone number is not valid",
    Code.PHONE_NOT_KZ: "phone number is not a Kazakhstan number",
    Code.EMAIL_FORM: "e-mail address is not in the form name@domain.kz",
    Code.AMOUNT_NOT_A_NUMBER: "amount is not a number",
    Code.AMOUNT_DECIMALS: "amount has more than two decimals",
    Code.SALE_NO_LINES: "the sale has no lines",
    Code.SALE_LINE_NO_NAME: "line {line} has no name",
    Code.SALE_LINE_QUANTITY: "line {line}: quantity must be 1 to {n}",
    Code.SALE_LINE_PRICE: "line {line}: price is out of range",
    Code.SALE_TOTAL_ZERO: "the sale total is zero",
    Code.SALE_BUYER_REFUSED: (
        "this buyer refused processing in writing; sell without their data (anonymous sale)"
    ),
    Code.SALE_DELIVERY_NEEDS_BUYER: "delivery needs a registered buyer with their consent",
    Code.SALE_NEEDS_BUYER: "a {kind} sale needs a registered buyer with their consent",
    Code.SALE_ANONYMOUS_CONSENT: "an anonymous sale carries no consent",
    Code.SALE_CASH_SHORT: "cash tendered is less than the total",
    Code.SALE_TENDERED_NOT_CASH: "only a cash payment has an amount tendered",
    Code.SALE_CREDIT_TERMS_MISSING: "a {kind} sale needs the bank, product and term",
    Code.SALE_CREDIT_BANK_MISSING: "name the partner bank and its product",
    Code.SALE_DOWN_PAYMENT_TOO_HIGH: "the down payment must be less than the total",
    Code.SALE_TERMS_NOT_CREDIT: "only a credit or installment sale has credit terms",
    Code.SALE_NOT_FOUND: "no sale {sale_id}",
    Code.CREDIT_TERM_RANGE: "term must be 1 to 120 months",
    Code.CREDIT_NOTHING_TO_FINANCE: "nothing to finance after the down payment",
    Code.CREDIT_NOT_FOUND: "no credit arrangement with id {credit_id}",
    Code.CREDIT_CLOSED: "this {kind} is already {status}",
    Code.CREDIT_PAYMENT_RANGE: (
        "the payment must be more than zero and at most what is outstanding"
    ),
    Code.CREDIT_OUTSTANDING: "{kind:a} with {bank} is outstanding ({amount}) until {until}",
    Code.CREDIT_OUTSTANDING_OPEN: "{kind:a} with {bank} is outstanding ({amount})",
    Code.PRODUCT_INCOMPLETE: "a product needs a barcode, a name and a price",
    Code.PRODUCT_EXISTS: "a product with barcode {barcode} exists",
    Code.CONSENT_MISSING_PURPOSES: (
        "the buyer has not consented to: {purposes}; print a consent slip first"
    ),
    Code.CONSENT_STALE_POLICY: (
        "the buyer consented under an older policy version; re-consent to version {label} "
        "is needed before this sale"
    ),
    Code.CONSENT_MISSING_FIELDS: (
        "this sale needs the buyer's {fields}; take a consent with them first"
    ),
    Code.CONSENT_MISSING_ONE_OF: (
        "this sale needs at least one of the buyer's {fields}; take a consent with it first"
    ),
    Code.CONSENT_SLIP_LANGUAGE: "slip language must be one of: {languages}",
    Code.CONSENT_FORM_NUMBER: "give the number of the pre-printed consent form",
    Code.CONSENT_NOT_NEEDED: "this sale needs no personal data, so no consent is taken",
    Code.CONSENT_BUYER_REFUSED: (
        "this buyer has refused processing in writing; no new consent is taken"
    ),
    Code.CONSENT_ALREADY_RECORDED: "this consent slip was already recorded",
    Code.CONSENT_NOT_FOUND: "no consent {consent_id}",
    Code.POLICY_NONE_IN_EFFECT: (
        "no privacy policy version is in effect; import one with `pos policy import`"
    ),
    Code.POLICY_NO_TEXT: "the policy version in effect has no text",
    Code.POLICY_LABEL_FORM: "version must be 1-64 Latin letters, digits, '.', '_' or '-'",
    Code.POLICY_LANGUAGE: "language must be one of: {languages}",
    Code.POLICY_TEXT_EMPTY: "the policy text is empty",
    Code.POLICY_TEXT_TOO_LONG: "the policy text is too long",
    Code.POLICY_ALREADY_IMPORTED: "policy version {label} ({language}) is already imported",
    Code.POLICY_TEXT_DIFFERS: (
        "policy version {label} ({language}) was imported with a different text; "
        "a version's text never changes, so give the new text a new version"
    ),
    Code.POLICY_EFFECTIVE_DIFFERS: "policy version {label} is already in effect from {day}",
    Code.OPERATOR_NAME_MISSING: (
        "the seller's name and BIN are not set, so no consent can be recorded; "
        "set them with `pos settings operator`"
    ),
    Code.OPERATOR_CONTACT_MISSING: (
        "the seller's e-mail and postal address are not set; they are printed on every "
        "consent slip (set them with `pos settings operator`)"
    ),
    Code.BIN_LENGTH: "BIN must be exactly 12 digits",
    Code.BIN_CHECK_DIGIT: "BIN check digit is wrong",
    Code.REQUEST_REFERENCE_MISSING: "give the reference of the buyer's written document",
    Code.REQUEST_REFERENCE_TOO_LONG: "the reference is longer than {n} characters",
    Code.REQUEST_NOT_FOUND: "no request {request_id}",
    Code.REFERENCE_PERSONAL_DATA: (
        "a reference takes a document number and date, not personal data: "
        "remove what looks like an IIN or a phone number"
    ),
    Code.WITHDRAWAL_BLOCKED: (
        "{obligation}; consent to credit cannot be withdrawn until it is repaid"
    ),
    Code.WITHDRAWAL_REFUSED: (
        "{obligation}; consent to credit cannot be withdrawn until it is repaid [{blocker}]"
    ),
    Code.WITHDRAWAL_NOTHING_IN_FORCE: "the buyer has no consent in force to withdraw",
    Code.WITHDRAWAL_NO_PURPOSE: "name at least one purpose, or withdraw all",
    Code.WITHDRAWAL_NOT_IN_FORCE: (
        "the buyer has no consent in force for: {purposes}; nothing was withdrawn"
    ),
    Code.DESTRUCTION_BLOCKED: "{obligation}; the data is needed until it is repaid",
    Code.REFUSAL_ALREADY_RECORDED: "a written refusal is already recorded for this buyer",
    Code.RECTIFY_NOTHING: "nothing to correct",
    Code.RECTIFY_RESTRICTED: (
        "this buyer refused processing in writing; their data is only kept for the obligation"
    ),
    Code.RECTIFY_NOT_COLLECTED: (
        "{fields} is not collected under the buyer's consents; "
        "take a consent for a purpose that needs it"
    ),
    Code.RECTIFY_SAME: "the corrected values are the same as those held",
    Code.RECTIFY_IIN_TAKEN: "another buyer is registered with this IIN",
    Code.DISCLOSURE_RECIPIENT_MISSING: "name the recipient",
    Code.DISCLOSURE_DATA_MISSING: "say which data is transferred",
    Code.DISCLOSURE_BASIS_MISSING: (
        "a transfer to a government body needs the legal basis (law, article, request number)"
    ),
    Code.DISCLOSURE_NO_PURPOSE: "no purpose allows transfers to {recipient}",
    Code.DISCLOSURE_RESTRICTED: (
        "the buyer refused processing in writing; only their outstanding credit is serviced"
    ),
    Code.DISCLOSURE_NO_CONSENT: (
        "the buyer has not consented to '{purpose}', so no data may go to "
        "{recipient:words} recipients"
    ),
    Code.DISCLOSURE_NOT_COVERED: "{categories} is not covered by the '{purpose}' consent",
    # --- the disclosure register (issue 11.9) ---
    Code.DISCLOSURE_RECIPIENT_UNKNOWN: (
        "personal data may go only to these recipients (policy 4.3.2): {allowed}"
    ),
    Code.DISCLOSURE_PERSONAL_TEXT: (
        "a recipient name or legal basis is a company name or a document reference, "
        "not an IIN, a phone number or an e-mail"
    ),
    Code.DISCLOSURE_TEXT_TOO_LONG: "a recipient name or legal basis is longer than {n} characters",
    Code.DISCLOSURE_RANGE: "the start date is after the end date",
    Code.DELIVERY_NOT_DELIVERY: "receipt {receipt} is not a delivery sale",
    Code.DELIVERY_RECIPIENT: "a delivery is handed over only to {allowed}",
    Code.DELIVERY_NO_BUYER: (
        "the buyer of receipt {receipt} is no longer held; nothing can be handed over"
    ),
    Code.DELIVERY_HANDED_OVER: "receipt {receipt} was already handed over to {recipient} on {date}",
    Code.RECEIPT_NOT_FOUND: "no receipt {receipt} at this till",
    Code.RECEIPT_FORM: "{text!r} is not a receipt number (e.g. 42 or ALM-01/1/42)",
    Code.DISCLOSURE_OTHER_BUYER: "receipt {receipt} is another buyer's sale",
    Code.STATS_RANGE: "--from is after --to",
    Code.ROLE_NEEDED: "{action} needs the {role:words} role; you are signed in as {mine:words}",
    Code.PIN_FORM: "PIN must be 4 to 8 digits",
    Code.PIN_TRIVIAL: (
        "this PIN is among the first anyone would try (repeated digits, a run, a year): "
        "choose another"
    ),
    Code.PIN_NEEDED: "a PIN is needed: set POS_STAFF_PIN or run in a terminal to type it",
    Code.PIN_MISMATCH: "the two PINs differ; nothing was created",
    Code.STAFF_NAME_AMBIGUOUS: "more than one staff member has that name: use their id",
    Code.STAFF_LAST_ADMIN: "the store would be left without a store admin who can sign in",
    Code.STAFF_NOT_YOURSELF: "a store admin cannot deactivate their own account",
    Code.STAFF_NOT_NAMED: (
        "say who runs this: POS_STAFF (name or id) and POS_STAFF_PIN, or --staff NAME and "
        "the PIN prompt; the database key alone gives no role"
    ),
    Code.SIGN_IN_LOCKED_ADMIN: "too many wrong PINs: sign-in is locked until a store admin unlocks it",
    Code.STAFF_NAME_EMPTY: "staff name is empty",
    Code.STAFF_NOT_FOUND: "no such staff member",
    Code.SIGN_IN_UNKNOWN: "unknown or inactive staff member",
    Code.SIGN_IN_LOCKED: "too many wrong PINs: try again in {n} min",
    Code.SIGN_IN_WRONG_PIN: "wrong PIN",
    Code.STORAGE_CLASH: (
        "the change clashes with data already stored (it may have been saved already); "
        "nothing was saved"
    ),
    Code.STORAGE_DISK_FULL: "the disk is full: nothing was saved; free space and try again",
    Code.STORAGE_BUSY: "the database is busy in another program: nothing was saved; try again",
    Code.STORAGE_READ_ONLY: "the database file is read-only: nothing was saved",
    Code.STORAGE_FAILED: "the database could not save the change: nothing was saved",
    Code.DB_MISSING: "no till database at {path}: run `pos init` first",
    Code.DB_EXISTS: "a till database already exists at {path}; it was not touched",
    Code.DB_EMPTY: "{file} is empty, not a till database",
    Code.DB_PLAIN: (
        "{file} is a plain, unencrypted SQLite file; the till opens only encrypted databases"
    ),
    Code.DB_TRUNCATED: (
        "{file} is truncated or damaged ({size} bytes is not a whole number of pages)"
    ),
    Code.DB_NEWER: "the database was written by a newer version of the app; update the app",
    Code.DB_FOREIGN_TABLES: "the database holds tables the app did not create; not touching it",
    Code.KEY_WRONG: "cannot open {file}: wrong key, or the file is not a till database",
    Code.DB_PAGES_DAMAGED: (
        "{file} is damaged: {count} page(s) fail their checks ({pages}); the key is right "
        "({good} page(s) open with it); restore it from a backup"
    ),
    Code.DB_INCOMPLETE: (
        "{file} is damaged: every page there opens with this key, but pages the database "
        "needs are missing (the file was cut short?); restore it from a backup"
    ),
    Code.DB_DISK_FULL: "the disk is full; nothing was changed",
    Code.DB_BEING_REKEYED: (
        "the database key is being changed by another program; try again when it is done"
    ),
    Code.KEY_INPUT_ENDED: "no database key was typed (input ended); nothing was opened",
    Code.REKEY_IN_USE: (
        "the database is open in another program (the window or `pos sync`): close it, "
        "then change the key; nothing was changed"
    ),
    Code.KEY_NONE: (
        "no database key: set POS_DB_KEY, keep it in the OS keyring, or run in a terminal "
        "to type it"
    ),
    Code.KEY_TOO_SHORT: "the database key must be at least {n} characters",
    Code.KEY_WEAK: (
        "the database key is too easy to guess: use {n} or more characters, not a usual "
        "password, a number or a keyboard run (or leave the prompt empty for a generated key)"
    ),
    Code.KEY_MISMATCH: "the two keys differ; nothing was changed",
    Code.KEY_SAME: "the new key is the same as the current one",
    Code.REKEY_DISK_FULL: "the disk is full: the key was not changed",
    Code.REKEY_FAILED: "the key could not be changed",
    Code.REKEY_NOT_VERIFIED: "the re-encrypted copy did not verify; the key was not changed",
    Code.SETUP_CODE_FORM: (
        "{what} must be 1-64 Latin letters, digits, '.', '_' or '-', "
        "starting with a letter or digit"
    ),
    Code.SETUP_STORE_NAME_EMPTY: "store name is empty",
    Code.SETUP_NO_IDENTITY: "this database has no till identity; was it made by `pos init`?",
    Code.SETUP_STORE_MISSING: "this till's store or register is missing from the database",
    Code.DEMO_NO_KEY: "set POS_DB_KEY for the demo till (the Makefile does)",
    Code.PRINT_PRINTED: "{what} printed",
    Code.PRINT_PRINTED_PAPER_LOW: "{what} printed; paper is running low",
    Code.PRINT_NOT_PRINTED: "{what} not printed: {reason}",
    Code.PRINT_NOT_PRINTED_QUEUED: "{what} not printed: {reason}; it stays in the print queue",
    Code.PRINT_SLIP_NOT_PRINTED: (
        "{what} not printed: {reason}; reprint it, or use a pre-printed consent form"
    ),
    Code.PRINT_DROPPED: "{what} dropped from the queue: {reason}",
    Code.PRINT_QUEUE_UNREAD: "print queue not read: {reason}",
    Code.PRINT_LAYOUT_FAILED: "unexpected layout failure (see the till log)",
    Code.PRINT_NO_CREDIT: "this sale has no credit or installment to summarise",
    Code.PRINT_LANGUAGE: "document language must be one of: {languages}",
    Code.PRINT_LANGUAGE_INVALID: "document language is not valid",
    Code.PRINT_JOB_NOT_FOUND: "no print job {job_id}",
    Code.PRINT_JOB_NO_RECORD: "the job names no record",
    Code.PRINT_JOB_NOT_WAITING: "print job {job_id} is {status}, not waiting",
    Code.PRINTER_NOT_SET: "no printer is set (settings, or POS_PRINTER)",
    Code.PRINTER_PROFILE_UNKNOWN: (
        "unknown printer profile {profile!r} (see python-escpos's printer database)"
    ),
    Code.PRINTER_PAPER_WIDTH: "paper width must be 58 or 80 mm",
    Code.PRINTER_CODE_PAGE: "code page {name!r} is not one the till can encode",
    Code.PRINTER_NUMBERS: "printer paper width and timeout must be numbers",
    Code.PRINTER_WIDTH: "printer paper width must be 58 or 80 mm",
    Code.PRINTER_TIMEOUT_RANGE: "printer timeout must be between 0 and 120 seconds",
    Code.PRINTER_URL_NO_HOST: "printer URL {url!r} has no host (use tcp://HOST:9100)",
    Code.PRINTER_URL_PORT: "printer URL {url!r} has a port that is not a number",
    Code.PRINTER_URL_USB_IDS: (
        "printer URL {url!r} needs the vendor and product ids in hex (usb://04b8:0202)"
    ),
    Code.PRINTER_URL_NO_DEVICE: (
        "printer URL {url!r} names no serial device (serial:///dev/ttyUSB0?baudrate=9600)"
    ),
    Code.PRINTER_URL_SERIAL_NUMBERS: (
        "printer URL {url!r} has a baudrate or stopbits that is not a number"
    ),
    Code.PRINTER_URL_NO_PRINTER: "printer URL {url!r} names no printer ({scheme}://NAME)",
    Code.PRINTER_URL_NO_FILE: "printer URL {url!r} names no file (file:///path/out.bin)",
    Code.PRINTER_FILE_OUTSIDE: (
        "printer URL {url!r} is outside the print folder {folder} (set POS_PRINT_DIR "
        "or the printer's print folder to write elsewhere)"
    ),
    Code.PRINTER_FILE_NOT_OUTPUT: (
        "printer URL {url!r} names a file that is not a print output; it is left as it is"
    ),
    Code.PRINTER_FOLDER_MISSING: "the print folder {folder} does not exist",
    Code.PRINTER_FOLDER_HOLDS_TILL: (
        "the print folder {folder} holds the till's own files; name a folder of its own"
    ),
    Code.PRINTER_URL_SCHEME: "printer URL {url!r} must start with one of: {schemes}",
    Code.PRINTER_NEEDS_PACKAGE: (
        "{scheme} printing needs the {package} package, which is not installed"
    ),
    Code.PRINTER_CLOSED: "the printer closed the connection",
    Code.PRINTER_PAPER_RAN_OUT: "paper ran out during the job",
    Code.PRINTER_PAPER_OUT: "the printer is out of paper",
    Code.PRINTER_OFFLINE: "the printer is offline (cover open or an error)",
    Code.PRINTER_REFUSED: "connection refused",
    Code.PRINTER_TIMEOUT: "no answer within {seconds:g} s",
    Code.PRINTER_DROPPED: "the connection was closed during the job",
    Code.PRINTER_UNKNOWN_HOST: "unknown printer host",
    Code.PRINTER_OS_ERROR: "{reason}",
    Code.PRINTER_NOT_FOUND: "printer not found",
    Code.PRINTER_FAILED: "printing failed ({error})",
    Code.SYNC_NOT_SET_UP: (
        "head office is not set up on this till: give its address and this store's "
        "credential (`pos init --headoffice URL --token T`)"
    ),
    Code.SYNC_URL_FORM: "the head-office address must look like https://host[:port]",
    Code.SYNC_URL_HTTPS: (
        "the head-office address must use https:// (plain http only to this machine)"
    ),
    Code.SYNC_TLS: "TLS with head office failed ({reason})",
    Code.SYNC_CONNECT_TIMEOUT: "head office did not answer the connection in time",
    Code.SYNC_READ_TIMEOUT: "head office did not answer in time",
    Code.SYNC_DROPPED: "head office dropped the connection mid-answer",
    Code.SYNC_UNREACHABLE: "head office cannot be reached (connection failed or dropped)",
    Code.SYNC_REQUEST_FAILED: "request to head office failed ({error})",
    Code.SYNC_BAD_ANSWER: "head office sent an answer the till does not understand",
    Code.SYNC_HTTP_ERROR: "head office answered {answer}: {reason}",
    Code.SYNC_CREDENTIAL: "head office refused this till's credential (check the token)",
    Code.SYNC_FORBIDDEN: "head office refused: {reason}",
    Code.SYNC_FAILED: "sync failed: {reason}; {n} events wait to be sent",
    Code.RETENTION_BUSY: (
        "a retention run is already under way on this till; try again when it has finished"
    ),
    Code.RECORDED_REASON: "{reason}",
    Code.CLI_NOT_AN_ID: "{text!r} is not a {what} (a UUID)",
    Code.CLI_HEADOFFICE_AND_TOKEN: "give --headoffice and --token together",
    Code.CLI_NO_FILE: "no such file: {path}",
    Code.CLI_NOT_UTF8: "{path} is not UTF-8 text",
    Code.CLI_OPTIONS_MISSING: "give at least one of {options}",
    Code.CLI_CORRECT_NOTHING: "give at least one field to correct, e.g. --phone",
    Code.CLI_IS_FOLDER: "{path} is a folder; give a file name",
    Code.CLI_SEED_NEGATIVE: "--buyers and --sales must not be negative",
    # --- erasure: backups (issue 11, branch erase) ----------------------------------------
    Code.DB_UPGRADE_UNSOUND: (
        "the upgraded database failed `pos check` ({check}); the copy made before the "
        "upgrade is kept as backups/{file}: restore it or call support"
    ),
    # statistics for third parties
    Code.STATS_PERIOD_FORM: (
        "{text!r} is not a period: give a month as YYYY-MM or an ISO week as YYYY-Www "
        "(e.g. 2026-10, 2026-W42)"
    ),
    Code.STATS_NOT_WHOLE_PERIOD: (
        "statistics go out for whole calendar periods only: {first}..{last} is not one "
        "whole month or ISO week; use --period YYYY-MM or YYYY-Www"
    ),
    Code.STATS_PERIOD_NOT_OVER: (
        "{period} is not over until the end of {last}: its figures would still change"
    ),
    Code.STATS_PERIOD_CLASH: (
        "{period} partly overlaps {other}, already exported: the difference of the two "
        "would describe a few days' buyers; export periods of the kind already used"
    ),
    Code.STATS_RECIPIENT_TOO_LONG: "the recipient is too long: at most {n} characters",
    Code.STATS_RECIPIENT_NUMBER: (
        "name the recipient organisation; a long number (an IIN, a BIN or a phone) "
        "does not belong here"
    ),
    # --- registers: incidents, responsible person, processing register (issue 12) -------
    Code.INCIDENT_NOT_FOUND: "no incident {incident} on this till",
    Code.INCIDENT_CLOSED: "incident {incident} is closed; nothing more can be recorded on it",
    Code.INCIDENT_TEXT_EMPTY: "{name} must not be empty",
    Code.INCIDENT_TEXT_TOO_LONG: "{name} is longer than {limit} characters",
    Code.INCIDENT_NOT_A_TIME: (
        "{text!r} is not a time; give ISO 8601 with its offset, e.g. 2026-11-27T15:30+05:00"
    ),
    Code.INCIDENT_IN_FUTURE: "the {name} time is in the future",
    Code.RESPONSIBLE_MISSING: (
        "no person responsible for personal data is set; a store admin sets one with "
        "`pos settings responsible`"
    ),
    Code.RESPONSIBLE_FIELD_EMPTY: "the responsible person's {name} must not be empty",
    Code.REGISTERS_FILE_EXISTS: "{path} already exists; give a new file name",
    # --- roles in every service, reads included (issue 12, branch roles) -------------------
    Code.STAFF_ONLY: (
        "{action} needs a signed-in staff member; the till's own background work shows "
        "no one's data"
    ),
    Code.DIRECTIVE_SYNC_ONLY: (
        "head office's directives are applied only by the till's sync, never on a staff "
        "member's behalf"
    ),
    # --- shifts and cash (issue 13, branch shifts) -------------------------------------
    Code.SHIFT_NONE_OPEN: (
        "no shift is open on this register: open one first (`pos shift open --float T`)"
    ),
    Code.SHIFT_ALREADY_OPEN: "shift {number} is already open on this register",
    Code.SHIFT_EXPIRED: (
        "shift {number} has been open {hours} hours: no more sales or cash moves in it "
        "(fiscal rule); "
        "close it with a Z report and open a new one"
    ),
    Code.SHIFT_AMOUNT_RANGE: "the amount must be between 0 and 100 000 000 tenge",
    Code.CASH_AMOUNT_ZERO: "the amount must be above zero",
    Code.CASH_REASON_EMPTY: "give the reason for the cash move",
    Code.CASH_REASON_TOO_LONG: "the reason is longer than {n} characters",
    Code.CASH_OUT_ABOVE_DRAWER: "that is more cash than the drawer should hold",
    # --- printers that do not answer status queries (issue 13, branch uifix) ---------------
    Code.PRINT_PRINTED_NO_STATUS: (
        "{what} printed; this printer does not answer status queries, so running out of "
        "paper cannot be detected (?status=0 on its URL prints without asking)"
    ),
    Code.PRINTER_STATUS_TIMEOUT: (
        "no answer to the status query within {seconds:g} s; if this printer never answers "
        "status queries, add ?status=0 to its URL to print without asking"
    ),
    Code.PRINTER_UNREACHABLE: "the printer's network cannot be reached (check its cable or Wi-Fi)",
    Code.PRINTER_NO_ACCESS: "the till is not allowed to use the printer's device",
    Code.PRINTER_NO_DEVICE: "the printer's device is not there (unplugged or another port)",
    Code.PRINTER_BUSY: "the printer's device is busy with another program",
    # --- the store's credit banks and products, with their rates (issue 13, uifix) ---------
    Code.CREDIT_LIST_EMPTY: "give at least one partner bank and one bank product",
    Code.CREDIT_LIST_NAME_EMPTY: "a bank or product name is empty",
    Code.CREDIT_LIST_NAME_TOO_LONG: "a bank or product name is longer than {n} characters",
    Code.CREDIT_RATE_RANGE: "the rate of {product} must be a percent from 0 to 100",
    # --- catalog, prices, VAT, weighed goods, discounts (issue 14, branch catalog) -------
    Code.SALE_LINE_WEIGHT: (
        "line {line}: the weight must be in kilograms to the gram, more than 0 and at most {n}"
    ),
    Code.DISCOUNT_INVALID: (
        "the discount must be a percent (0 to 100, e.g. 10%) or an amount in tenge above zero"
    ),
    Code.DISCOUNT_BELOW_ZERO: (
        "the discount {amount} is more than line {line} costs ({base}); a discount never "
        "takes a line below zero"
    ),
    Code.DISCOUNT_RECEIPT_BELOW_ZERO: (
        "the receipt discount {amount} is more than the receipt costs ({base})"
    ),
    Code.DISCOUNT_NEEDS_APPROVAL: (
        "a discount of {share} is above this store's limit of {limit}: a sales manager's "
        "PIN approves it"
    ),
    Code.DISCOUNT_APPROVER_WRONG: "that PIN is not an active sales manager's of this store",
    Code.DISCOUNT_REASON_MISSING: "a discount needs a reason",
    Code.DISCOUNT_REASON_INVALID: (
        "the reason is too long (at most {n} characters) or holds a number that looks "
        "like an IIN or a phone"
    ),
    Code.DISCOUNT_LIMIT_RANGE: "the discount limit must be a percent from 0 to 100",
    Code.CATALOG_BAD_ROWS: "nothing imported: {count} bad rows: {rows}",
    Code.CATALOG_NO_FILE: "cannot read the price list {path}",
    Code.PRODUCT_NOT_FOUND: "no product on sale with barcode or code {barcode}",
    Code.PRODUCT_NOT_ON_SALE_YET: "product {barcode} goes on sale at {at}",
    Code.WEIGHED_LAYOUT_INVALID: (
        "a weighed-goods layout needs 2-digit prefixes and code plus weight digits adding up to 10"
    ),
    # --- split payment, held sales, returns, `pos sale` (issue 13, branch returns) ---------
    Code.PAY_NONE: "give a payment: cash, card or both",
    Code.PAY_NOT_SPLITTABLE: "{kind} is not paid at the till: only cash and card make up a sale",
    Code.PAY_METHOD_TWICE: "{method} is given twice: a sale takes at most one cash and one card",
    Code.PAY_CARD_AMOUNT: (
        "the card amount must be more than zero and no more than the total (cash pays the rest)"
    ),
    Code.PAY_CARD_NOT_TOTAL: "a card-only payment pays the whole total; add cash for the rest",
    Code.PAY_CASH_NOTHING: "the card pays the whole total: leave cash out",
    Code.PAY_REFERENCE_FORM: (
        "the card reference is the terminal's approval code (6 letters or digits) or its "
        "RRN (12 digits)"
    ),
    Code.SALE_LINE_FORM: "{text!r} is not BARCODE or BARCODE:QTY",
    Code.SALE_PAY_FORM: "{text!r} is not cash[:T] or card[:T[:RRN]]",
    Code.SALE_UNKNOWN_BARCODE: "no product with barcode {barcode}",
    Code.HELD_NOT_FOUND: "that held sale is no longer there (resumed or removed)",
    Code.HELD_EMPTY: "an empty sale cannot be held",
    Code.RETURN_NOTHING: "pick at least one line and a quantity to return",
    Code.RETURN_LINE_UNKNOWN: "receipt {receipt} has no line {line}",
    Code.RETURN_TOO_MANY: "line {line}: at most {n} can still be returned",
    Code.RETURN_REASON_MISSING: "give the reason for the return",
    Code.RETURN_REASON_TOO_LONG: "the reason is longer than {n} characters",
    Code.RETURN_LATE: (
        "the sale was {days} days ago: after {limit} days a sales manager's PIN and a "
        "reason are needed"
    ),
    Code.RETURN_OVERRIDE_ROLE: "a late return is approved by a sales manager or a store admin",
    Code.RETURN_OVERRIDE_REASON: "give the reason for accepting a late return",
    Code.RETURN_NOT_FOUND: "no such return",
    Code.RECEIPT_NOT_IN_SHIFT: "receipt {receipt} is not from this shift; reprint it from the CLI",
    Code.RETURN_OVERRIDE_PIN: "no sales manager of this store has that PIN",
    # --- fiscal receipts through a cloud cash register (issue 15, branch fiscal) -----------
    Code.FISCAL_SETTINGS: (
        "the cash register service refused the till's login or rights (error {kkm}); "
        "a store admin checks `pos settings fiscal`"
    ),
    Code.FISCAL_CASHBOX: (
        "the cash register is not found, blocked or not activated (error {kkm}); "
        "no fiscal receipt can be issued"
    ),
    Code.FISCAL_NOT_ENOUGH_CASH: "the cash register has not that much cash (error {kkm})",
    Code.FISCAL_INVALID: (
        "the cash register refused the document (error {kkm}); it is kept and sent again "
        "only after a fix"
    ),
    Code.FISCAL_SHIFT_TOO_LONG: (
        "the cash register's shift is open for more than 24 hours (error {kkm}): close it "
        "with a Z report first"
    ),
    Code.FISCAL_NO_SHIFT: "the cash register has no open shift (error {kkm}): open a shift",
    Code.FISCAL_DUPLICATE: "the cash register already has this document (error {kkm})",
    Code.FISCAL_OFFLINE_TOO_LONG: (
        "the cash register has been offline for more than 72 hours (error {kkm}): no fiscal "
        "sale until it is back online"
    ),
    Code.FISCAL_UNKNOWN_DOCUMENT: "the cash register has no such document (error {kkm})",
    Code.FISCAL_UNREACHABLE: (
        "the cash register service cannot be reached; the documents wait "
        "and are sent when it answers"
    ),
    Code.FISCAL_OTHER: "the cash register refused the document (error {kkm})",
    Code.FISCAL_PROVIDER_UNKNOWN: "{name} is not a fiscal provider; use {allowed}",
    Code.FISCAL_SETTING_MISSING: "the fiscal {name} is not set; a store admin sets it",
    Code.FISCAL_SECRET_MISSING: (
        "the fiscal {name} is not in the OS keyring or the environment ({variable})"
    ),
    # fixes: approver PINs typed at a cashier's till (counted, locked like sign-in)
    Code.APPROVAL_LOCKED: (
        "too many wrong manager PINs: approvals by PIN are locked until {until}; a store "
        "admin can unlock them"
    ),
    Code.APPROVAL_LOCKED_ADMIN: (
        "too many wrong manager PINs: approvals by PIN are locked until a store admin unlocks them"
    ),
    Code.CREDIT_REPAYMENT_METHOD: "a repayment is paid in cash or by card, not {method}",
    # fiscal2: a cash out the cash register refused (8, not enough cash in its box)
    Code.CASH_OUT_REFUSED_BY_KKM: (
        "the cash register refused the cash out: only {in_box} in the box; the cash out "
        "is not counted"
    ),
    Code.CASH_OUT_REFUSED_BY_KKM_UNKNOWN: (
        "the cash register refused the cash out: not enough cash in the box; the cash out "
        "is not counted"
    ),
    # weigh: the quantity typed at the sale screen (kilograms to the gram, whole pieces)
    Code.QUANTITY_PIECES: (
        "{text} is not a number of pieces: this product is sold by the piece, type a whole "
        "number from 1 to {n}"
    ),
    Code.QUANTITY_WEIGHT: (
        "{text} is not a weight: type kilograms to the gram, e.g. 0,750 or 1.25 (more than 0, "
        "at most {n})"
    ),
}
