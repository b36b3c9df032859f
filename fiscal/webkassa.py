"""The Webkassa API v4 adapter: every shape of that service lives in this one module.

Shapes follow FISCAL.md (gathered from integrator material, not an official spec). Where
this module has to guess, the guess is named in a comment, so a correction touches one
place. One `requests.Session` per adapter, explicit connect/read timeouts, TLS verified.
Requests for one cashbox go one at a time: the caller (pos.services.fiscal) drains one
queue per cashbox, and this object is not shared between threads.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import zoneinfo
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import requests

from pos.domain.fiscal import (
    FiscalFault,
    FiscalKind,
    FiscalReport,
    FiscalRequest,
    FiscalResult,
    PaymentKind,
    Problem,
    Provider,
    Unit,
    problem_for,
)

log = logging.getLogger(__name__)

AUTHORIZE = "/api/v4/Authorize"
CHECK = "/api/v4/check"
MONEY = "/api/v4/MoneyOperation"
X_REPORT = "/api/v4/XReport"
Z_REPORT = "/api/v4/ZReport"
BY_EXTERNAL = "/api-history/v4/Ticket/GetTicketByExternalCheckNumber"
PRINT_FORMAT = "/api/v4/Ticket/PrintFormat"

OPERATION = {FiscalKind.SALE: 2, FiscalKind.RETURN: 3}
MONEY_OPERATION = {FiscalKind.CASH_IN: 0, FiscalKind.CASH_OUT: 1}
PAYMENT_TYPE = {PaymentKind.CASH: 0, PaymentKind.CARD: 1, PaymentKind.MOBILE: 4}
UNIT_CODE = {Unit.PIECE: 796, Unit.KILOGRAM: 166}
PAPER_80MM, PAPER_58MM = 0, 3
TOKEN_EXPIRED = 2
DOMAIN_UNAVAILABLE = 505
# Guess: FISCAL.md names the header, not its format; taken as a comma-separated host list,
# each a bare host or a full base URL.
ALTERNATIVE_HEADER = "AlternativeDomainNames"
# Guess: RoundType 0 = no rounding (our sums are exact to the tiyn).
ROUND_TYPE = 0
# Guess: section 0 when the store has one department.
SECTION = 0
# Guess: the service writes DateTime as the cashbox's local time "dd.MM.yyyy HH:mm:ss";
# ISO 8601 is read too.
DATE_FORMAT = "%d.%m.%Y %H:%M:%S"


@dataclass(frozen=True, slots=True)
class WebkassaConfig:
    url: str  # https://devkkm.webkassa.kz, https://kkm.webkassa.kz, http://127.0.0.1:1331
    cashbox: str  # CashboxUniqueNumber (the KKM's factory number, ZNK)
    login: str
    # Kept out of repr: a config in a traceback's locals or a log line shows no secret.
    password: str = field(repr=False)
    api_key: str = field(repr=False)
    timezone: str = "Asia/Almaty"
    connect_timeout: float = 3.05
    read_timeout: float = 15.0
    paper_kind: int = PAPER_80MM


def _money(tiyn: int) -> float:
    return round(tiyn / 100, 2)


def _tiyn(value: Any) -> int:
    return round(float(value or 0) * 100)


# Guess: error 8's text names the sum in the box ("... 1234.50 ..."); the first number
# with two decimals is read. None when it names none (the caller asks an X report).
_IN_BOX = re.compile(r"(\d[\d ]*[.,]\d{2})(?!\d)")


def in_box_from(text: str) -> int | None:
    found = _IN_BOX.search(text or "")
    if found is None:
        return None
    return _tiyn(found.group(1).replace(" ", "").replace(",", "."))


def _sum_of(block: dict[str, Any]) -> int:
    # Guess: the operation's money is "Taken"; "Sum", "Total" or "Amount" are read too.
    for key in ("Taken", "Sum", "Total", "Amount"):
        if block.get(key) is not None:
            return _tiyn(block[key])
    return 0


class WebkassaAdapter:
    """The fiscal port over Webkassa API v4 (see pos.domain.fiscal.FiscalPort)."""

    provider = Provider.WEBKASSA

    def __init__(self, config: WebkassaConfig, session: requests.Session | None = None) -> None:
        self.config = config
        self.cashbox = config.cashbox
        self._base = config.url.rstrip("/")
        self._tz = zoneinfo.ZoneInfo(config.timezone)
        self._session = session or requests.Session()
        self._session.verify = True
        self._session.headers.update({"x-api-key": config.api_key})
        self._token: str | None = None
        self._shift_number: int | None = None
        self.calls = 0  # requests made (for the bench and the tests)

    # --- the port ---------------------------------------------------------------------

    def send(self, request: FiscalRequest) -> FiscalResult:
        if request.kind in OPERATION:
            return self._check(request)
        if request.kind in MONEY_OPERATION:
            return self._money(request)
        raise ValueError(f"not a receipt or cash move: {request.kind}")

    def lookup(self, external_id: str) -> FiscalResult | None:
        body: dict[str, Any] = {
            "CashboxUniqueNumber": self.cashbox,
            "ExternalCheckNumber": external_id,
        }
        # Guess: ShiftNumber narrows the search. Asked first with the shift last seen (the
        # document may be in it), then without one, then in the shift before: a document
        # sent just before a Z (or a restart) is found in any of them.
        shifts: list[int | None] = [None]
        if self._shift_number is not None:
            shifts = [self._shift_number, None, max(self._shift_number - 1, 1)]
        data = self._find(body, shifts)
        learnt = self._learn_shift() if data is None and self._shift_number is None else None
        if learnt is not None:
            # After a restart the shift is unknown: the X report names the open one.
            data = self._find(body, [learnt, max(learnt - 1, 1)])
        if data is None:
            return None
        # Guess: the stored receipt comes back with the check answer's field names, at the
        # top of Data or inside one object of it (e.g. "Ticket").
        if "CheckNumber" not in data:
            inner = [v for v in data.values() if isinstance(v, dict) and "CheckNumber" in v]
            data = inner[0] if inner else data
        total = data.get("Total", data.get("Sum", data.get("TotalSum")))
        return self._result(data, total_tiyn=_tiyn(total))

    def _find(self, body: dict[str, Any], shifts: list[int | None]) -> dict[str, Any] | None:
        for shift in dict.fromkeys(shifts):
            asked = dict(body) if shift is None else {**body, "ShiftNumber": shift}
            try:
                return self._call(BY_EXTERNAL, asked)
            except FiscalFault as fault:
                # 19: not in that shift (or never); 9 may mean the service wants a shift.
                if fault.problem not in (Problem.UNKNOWN_DOCUMENT, Problem.INVALID):
                    raise
        return None

    def _learn_shift(self) -> int | None:
        try:
            shift = self.report(FiscalKind.X_REPORT).shift_number
        except FiscalFault as fault:
            if fault.problem is Problem.UNREACHABLE:
                raise
            return None  # no open shift: nothing to narrow the search with
        self._shift_number = shift or None
        return self._shift_number

    def report(self, kind: FiscalKind) -> FiscalReport:
        path = {FiscalKind.X_REPORT: X_REPORT, FiscalKind.Z_REPORT: Z_REPORT}[kind]
        data = self._call(path, {"CashboxUniqueNumber": self.cashbox})
        sell = data.get("Sell") or {}
        back = data.get("ReturnSell") or {}
        by_payment = {
            str(p.get("PaymentType", "")): _tiyn(p.get("Sum"))
            for p in (sell.get("PaymentsByTypesApiModel") or sell.get("Payments") or [])
        }
        return FiscalReport(
            report_number=int(data.get("ReportNumber") or 0),
            shift_number=int(data.get("ShiftNumber") or 0),
            opened_at=self._time(data.get("StartOn")) if data.get("StartOn") else None,
            at=self._time(data.get("ReportOn") or data.get("CloseOn")),
            document_count=int(data.get("DocumentCount") or 0),
            sold_tiyn=_sum_of(sell),
            returned_tiyn=_sum_of(back),
            cash_in_tiyn=_tiyn(data.get("PutMoneySum")),
            cash_out_tiyn=_tiyn(data.get("TakeMoneySum")),
            cash_in_box_tiyn=_tiyn(data.get("SumInCashbox")),
            sales_by_payment=by_payment,
        )

    def print_format(self, external_id: str) -> list[tuple[int, str, int]]:
        """The service's own print form: (type 0 text / 1 image / 2 QR, value, style)."""
        data = self._call(
            PRINT_FORMAT,
            {
                "CashboxUniqueNumber": self.cashbox,
                "ExternalCheckNumber": external_id,
                "PaperKind": self.config.paper_kind,
            },
        )
        lines = sorted(data.get("Lines") or [], key=lambda ln: int(ln.get("Order", 0)))
        return [
            (int(ln.get("Type", 0)), str(ln.get("Value", "")), int(ln.get("Style", 0)))
            for ln in lines
        ]

    def close(self) -> None:
        self._session.close()

    # --- documents ----------------------------------------------------------------------

    def _check(self, request: FiscalRequest) -> FiscalResult:
        body: dict[str, Any] = {
            "CashboxUniqueNumber": self.cashbox,
            "OperationType": OPERATION[request.kind],
            "Positions": [
                {
                    "PositionName": p.name,
                    "PositionCode": p.code,
                    "Count": round(p.quantity_milli / 1000, 3),
                    "Price": _money(p.price_tiyn),
                    "Discount": _money(p.discount_tiyn),
                    "Markup": 0,
                    "TaxType": 100 if p.vat_percent else 0,
                    "TaxPercent": p.vat_percent or 0,
                    "Tax": _money(p.vat_tiyn),
                    "UnitCode": UNIT_CODE[p.unit],
                    "SectionCode": SECTION,
                }
                for p in request.positions
            ],
            "Payments": [
                {"Sum": _money(p.amount_tiyn), "PaymentType": PAYMENT_TYPE[p.kind]}
                for p in request.payments
            ],
            "TicketModifiers": [],
            "Change": _money(request.change_tiyn),
            "RoundType": ROUND_TYPE,
            "ExternalCheckNumber": request.external_id,
        }
        if request.basis is not None:
            b = request.basis
            # Guess: the field names inside ReturnBasisDetails.
            body["ReturnBasisDetails"] = {
                "CheckNumber": b.fiscal_sign,
                "DateTime": b.at.astimezone(self._tz).strftime(DATE_FORMAT),
                "RegistrationNumber": b.registration_number,
                "Total": _money(b.total_tiyn),
                "IsOffline": b.offline,
            }
        if request.customer is not None:
            c = request.customer
            for key, value in (
                ("CustomerXin", c.xin),
                ("CustomerPhone", c.phone),
                ("CustomerEmail", c.email),
            ):
                if value:
                    body[key] = value
        data = self._call(CHECK, body)
        return self._result(data, total_tiyn=request.total_tiyn)

    def _money(self, request: FiscalRequest) -> FiscalResult:
        data = self._call(
            MONEY,
            {
                "CashboxUniqueNumber": self.cashbox,
                "OperationType": MONEY_OPERATION[request.kind],
                "Sum": _money(request.amount_tiyn),
                "ExternalCheckNumber": request.external_id,
            },
        )
        shift = int(data.get("ShiftNumber") or 0)
        self._shift_number = shift or self._shift_number
        return FiscalResult(
            fiscal_sign="",
            registration_number="",
            at=self._time(data.get("DateTime")),
            total_tiyn=request.amount_tiyn,
            offline=bool(data.get("OfflineMode")),
            shift_number=shift,
            factory_number=self.cashbox,
            cash_in_box_tiyn=_tiyn(data.get("Sum")),
        )

    def _result(self, data: dict[str, Any], *, total_tiyn: int) -> FiscalResult:
        cashbox = data.get("Cashbox") or {}
        ofd = cashbox.get("Ofd") or {}
        shift = int(data.get("ShiftNumber") or 0)
        self._shift_number = shift or self._shift_number
        order = data.get("CheckOrderNumber")
        return FiscalResult(
            fiscal_sign=str(data.get("CheckNumber") or ""),
            registration_number=str(cashbox.get("RegistrationNumber") or ""),
            at=self._time(data.get("DateTime")),
            total_tiyn=total_tiyn,
            offline=bool(data.get("OfflineMode") or data.get("CashboxOfflineMode")),
            shift_number=shift,
            ticket_url=str(data.get("TicketUrl") or ""),
            order_number=int(order) if order is not None else None,
            factory_number=str(cashbox.get("UniqueNumber") or self.cashbox),
            ofd_name=str(ofd.get("Name") or ""),
            ofd_host=str(ofd.get("Host") or ""),
        )

    def _time(self, value: Any) -> dt.datetime:
        if not value:
            return dt.datetime.now(dt.UTC)
        text = str(value)
        try:
            local = dt.datetime.strptime(text, DATE_FORMAT).replace(tzinfo=self._tz)
        except ValueError:
            local = dt.datetime.fromisoformat(text)
        if local.tzinfo is None:
            local = local.replace(tzinfo=self._tz)
        return local.astimezone(dt.UTC)

    # --- the wire -----------------------------------------------------------------------

    def _authorize(self) -> str:
        data = self._post(AUTHORIZE, {"Login": self.config.login, "Password": self.config.password})
        token = str(data.get("Token") or "")
        if not token:
            raise FiscalFault(Problem.SETTINGS, 1)
        self._token = token
        return token

    def _call(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        """One authorized call; on error 2 authorize again once and repeat the same call."""
        token = self._token or self._authorize()
        try:
            return self._post(path, {**body, "Token": token})
        except FiscalFault as fault:
            if fault.kkm_code != TOKEN_EXPIRED:
                raise
        return self._post(path, {**body, "Token": self._authorize()})

    def _post(self, path: str, body: dict[str, Any], *, switched: bool = False) -> dict[str, Any]:
        timeouts = (self.config.connect_timeout, self.config.read_timeout)
        self.calls += 1
        try:
            answer = self._session.post(self._base + path, json=body, timeout=timeouts)
        except requests.RequestException as exc:
            # A timeout or a dropped connection: the document may or may not be stored;
            # the caller looks it up by its external number before sending it again.
            log.warning("fiscal call %s: no answer (%s)", path, type(exc).__name__)
            raise FiscalFault(Problem.UNREACHABLE, 0) from None
        errors: list[dict[str, Any]] = []
        data: dict[str, Any] | None = None
        try:
            payload = answer.json()
        except ValueError:
            payload = None
        if isinstance(payload, dict):
            errors = list(payload.get("Errors") or [])
            data = payload.get("Data") if isinstance(payload.get("Data"), dict) else None
        codes = [int(e.get("Code", 0)) for e in errors]
        if answer.status_code == DOMAIN_UNAVAILABLE or DOMAIN_UNAVAILABLE in codes:
            alternative = self._alternative(answer)
            if alternative is None or switched:
                raise FiscalFault(Problem.UNREACHABLE, DOMAIN_UNAVAILABLE)
            log.warning("fiscal host unavailable; switching to its alternative")
            self._base = alternative
            return self._post(path, body, switched=True)
        if errors:
            first = errors[0]
            code = int(first.get("Code", 0))
            # The service's text may echo the document: it goes to `detail`, not the log.
            log.info("fiscal call %s: error %s", path, code)
            text = str(first.get("Text", ""))[:300]
            problem = problem_for(code)
            in_box = in_box_from(text) if problem is Problem.NOT_ENOUGH_CASH else None
            raise FiscalFault(problem, code, text, cash_in_box_tiyn=in_box)
        if answer.status_code >= 500 or data is None:
            log.warning("fiscal call %s: HTTP %s", path, answer.status_code)
            raise FiscalFault(Problem.UNREACHABLE, answer.status_code)
        return data

    def _alternative(self, answer: requests.Response) -> str | None:
        hosts = [h.strip() for h in answer.headers.get(ALTERNATIVE_HEADER, "").split(",")]
        hosts = [h for h in hosts if h]
        if not hosts:
            return None
        host = hosts[0]
        if "://" in host:
            return host.rstrip("/")
        scheme = urlsplit(self._base).scheme or "https"
        return f"{scheme}://{host}"
