"""A local stand-in for the Webkassa API v4 on 127.0.0.1 (ephemeral port), for tests and bench.

It follows FISCAL.md's shapes and rules; it is a stand-in, not a fiscal emulator. Every
rule FISCAL.md leaves open is marked "Guess:" below. Faults are switched on per call:
`kkm.fault("slow", seconds=2)`, `kkm.fault("drop")` (the receipt is stored, then the
connection is cut before the answer), `kkm.fault("5xx")`, and `kkm.primary_down = True`
(every call on the primary host answers 505 naming the alternative host).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import secrets
import socket
import threading
import time
import zoneinfo
from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

TZ = zoneinfo.ZoneInfo("Asia/Almaty")
LOGIN, PASSWORD, API_KEY = "cashier@shop.kz", "fiscal-test-pass", "test-api-key"
CASHBOX = "SWK00012345"
REGISTRATION = "010101234567"
OFD_HOST = "consumer.oofd.kz"  # Guess: the OFD consumer host put in ticket URLs
DATE_FORMAT = "%d.%m.%Y %H:%M:%S"


class _Error(Exception):
    def __init__(self, code: int, text: str) -> None:
        self.code, self.text = code, text


@dataclass
class Receipt:
    external: str
    kind: str  # "check" or "money"
    data: dict[str, Any]
    shift: int
    op: int  # check: 2 sale, 3 return; money: 0 in, 1 out


@dataclass
class KkmState:
    now_offset: dt.timedelta = dt.timedelta()
    tokens: set[str] = field(default_factory=set)
    shift_number: int = 0
    shift_opened_at: dt.datetime | None = None
    # Guess: the first document after a Z opens the next shift (Webkassa has no open call
    # in FISCAL.md's table). With `auto_open` off, a document with no open shift gets 13.
    auto_open: bool = True
    # Guess (a variant FISCAL.md allows): the history lookup finds a receipt only in the
    # shift named by ShiftNumber; without one it answers 9.
    lookup_needs_shift: bool = False
    offline_since: dt.datetime | None = None
    cash_tiyn: int = 0
    receipts: dict[str, Receipt] = field(default_factory=dict)
    order_in_shift: int = 0
    shift_docs: list[Receipt] = field(default_factory=list)
    z_count: int = 0
    calls: Counter[str] = field(default_factory=Counter)
    checks_posted: Counter[str] = field(default_factory=Counter)  # per external number
    bodies: dict[str, dict[str, Any]] = field(default_factory=dict)  # last check body sent
    faults: list[tuple[str, float, str]] = field(default_factory=list)
    lock: threading.RLock = field(default_factory=threading.RLock)

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC) + self.now_offset


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    def do_POST(self) -> None:
        standin = self.server.standin
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        if self.server.primary and standin.primary_down:
            alt = f"127.0.0.1:{standin.alt_port}"
            self._answer(505, {"Errors": [{"Code": 505, "Text": "domain unavailable"}]}, alt)
            return
        fault, arg = standin.take_fault(self.path)
        if fault == "5xx":
            self._answer(502, None)
            return
        if self.headers.get("x-api-key") != API_KEY:
            self._answer(200, {"Errors": [{"Code": 3, "Text": "bad api key"}]})
            return
        try:
            body = json.loads(raw or b"{}")
            data = standin.handle(self.path, body)
            payload: dict[str, Any] = {"Data": data}
        except _Error as e:
            payload = {"Errors": [{"Code": e.code, "Text": e.text}]}
        if fault == "drop":
            # The receipt is stored; the answer is lost with the connection.
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        if fault == "slow":
            time.sleep(arg)
        self._answer(200, payload)

    def _answer(self, status: int, payload: Any, alternative: str | None = None) -> None:
        body = json.dumps(payload or {}, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if alternative:
            self.send_header("AlternativeDomainNames", alternative)
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    # Handler threads are joined at close (after their connections are cut), so a test
    # ends with no thread of the stand-in left running.
    daemon_threads = False
    block_on_close = True

    def __init__(self, standin: KkmStandin, primary: bool) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.standin = standin
        self.primary = primary
        self.open: set[socket.socket] = set()
        self.open_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.open_lock:
            self.open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.open_lock:
            self.open.discard(request)
        super().shutdown_request(request)

    def cut_connections(self) -> None:
        with self.open_lock:
            for sock in list(self.open):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


class KkmStandin:
    """Two hosts sharing one cashbox: the primary and its alternative (for 505)."""

    def __init__(self) -> None:
        self.state = KkmState()
        self.primary_down = False
        self._servers = [_Server(self, True), _Server(self, False)]
        self.port = self._servers[0].server_address[1]
        self.alt_port = self._servers[1].server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._threads = [
            threading.Thread(target=s.serve_forever, name="kkm-standin", daemon=True)
            for s in self._servers
        ]

    def __enter__(self) -> KkmStandin:
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        for s in self._servers:
            s.shutdown()
            s.cut_connections()  # keep-alive connections a client left open
            s.server_close()  # joins the handler threads

    # --- switches for tests -----------------------------------------------------------

    def fault(
        self, kind: str, seconds: float = 0.0, times: int = 1, path: str = "/api/v4/check"
    ) -> None:
        """The next `times` calls to `path` meet this fault (one each)."""
        with self.state.lock:
            self.state.faults.extend([(kind, seconds, path)] * times)

    def take_fault(self, path: str) -> tuple[str | None, float]:
        with self.state.lock:
            for i, (kind, seconds, where) in enumerate(self.state.faults):
                if where == path:
                    del self.state.faults[i]
                    return kind, seconds
            return None, 0.0

    def expire_tokens(self) -> None:
        with self.state.lock:
            self.state.tokens.clear()

    def advance(self, hours: float) -> None:
        with self.state.lock:
            self.state.now_offset += dt.timedelta(hours=hours)

    def go_offline(self) -> None:
        with self.state.lock:
            self.state.offline_since = self.state.now()

    def go_online(self) -> None:
        with self.state.lock:
            self.state.offline_since = None

    def fiscal_receipts(self) -> list[Receipt]:
        with self.state.lock:
            return [r for r in self.state.receipts.values() if r.kind == "check"]

    # --- the API ------------------------------------------------------------------------

    def handle(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        s = self.state
        with s.lock:
            s.calls[path] += 1
            if path == "/api/v4/Authorize":
                if body.get("Login") != LOGIN or body.get("Password") != PASSWORD:
                    raise _Error(1, "bad login or password")
                # Guess (FISCAL.md: valid until the next Authorize): an earlier token dies.
                token = secrets.token_hex(16)
                s.tokens = {token}
                return {"Token": token}
            if body.get("Token") not in s.tokens:
                raise _Error(2, "token expired")
            if body.get("CashboxUniqueNumber") != CASHBOX:
                raise _Error(6, "cashbox not found")
            if path == "/api/v4/check":
                return self._check(body)
            if path == "/api/v4/MoneyOperation":
                return self._money_operation(body)
            if path == "/api-history/v4/Ticket/GetTicketByExternalCheckNumber":
                if s.lookup_needs_shift and body.get("ShiftNumber") is None:
                    raise _Error(9, "ShiftNumber is required")
                r = s.receipts.get(str(body.get("ExternalCheckNumber")))
                if r is None or (s.lookup_needs_shift and body["ShiftNumber"] != r.shift):
                    raise _Error(19, "no receipt with this external number")
                return r.data
            if path == "/api/v4/XReport":
                return self._report(close=False)
            if path == "/api/v4/ZReport":
                return self._report(close=True)
            if path == "/api/v4/Ticket/PrintFormat":
                r = s.receipts.get(str(body.get("ExternalCheckNumber")))
                if r is None:
                    raise _Error(19, "no receipt with this external number")
                return {"Lines": self._print_form(r)}
            raise _Error(9, f"unknown call {path}")

    def _shift_for_document(self) -> None:
        s = self.state
        now = s.now()
        if s.offline_since is not None and now - s.offline_since > dt.timedelta(hours=72):
            raise _Error(18, "offline for more than 72 hours")
        if s.shift_opened_at is None:
            if not s.auto_open:
                raise _Error(13, "no open shift")
            s.shift_number += 1
            s.shift_opened_at = now
            s.order_in_shift = 0
            s.shift_docs = []
        elif now - s.shift_opened_at > dt.timedelta(hours=24):
            raise _Error(11, "shift longer than 24 hours")

    def _check(self, body: dict[str, Any]) -> dict[str, Any]:
        s = self.state
        external = str(body.get("ExternalCheckNumber") or "")
        s.checks_posted[external] += 1
        s.bodies[external] = body
        if not external:
            raise _Error(9, "ExternalCheckNumber is required")
        if external in s.receipts:
            raise _Error(14, "duplicate ExternalCheckNumber")
        op = body.get("OperationType")
        if op not in (2, 3):
            raise _Error(9, "OperationType must be 2 or 3")
        positions = body.get("Positions") or []
        if not positions:
            raise _Error(9, "no positions")
        total = 0
        taxes = 0
        for p in positions:
            # Guess: a line is Count x Price rounded half up to the tiyn, less Discount.
            gross = (Decimal(str(p["Count"])) * Decimal(str(p["Price"])) * 100).quantize(
                Decimal(1), rounding=ROUND_HALF_UP
            )
            line = int(gross) - round(float(p.get("Discount", 0)) * 100)
            total += line
            if p.get("TaxType") == 100:
                rate = float(p["TaxPercent"])
                expected = round(line * rate / (100 + rate))
                if abs(round(float(p["Tax"]) * 100) - expected) > 1:
                    raise _Error(9, "Tax does not match the line")
                taxes += expected
            if p.get("UnitCode") not in (796, 166):
                raise _Error(9, "unknown UnitCode")
        if any(p.get("TaxType") == 100 for p in positions) and taxes <= 0:
            raise _Error(9, "the sum of taxes must be positive")
        payments = body.get("Payments") or []
        kinds = [p["PaymentType"] for p in payments]
        if len(set(kinds)) != len(kinds) or not set(kinds) <= {0, 1, 4}:
            raise _Error(9, "each payment type at most once")
        paid = sum(round(float(p["Sum"]) * 100) for p in payments)
        change = round(float(body.get("Change") or 0) * 100)
        if paid - change != total:
            raise _Error(9, "payments do not cover the total")
        if op == 3:
            basis = body.get("ReturnBasisDetails")
            original = self._by_sign(basis)
            if original is None:
                raise _Error(9, "a return needs ReturnBasisDetails of a stored sale")
        self._shift_for_document()
        s.order_in_shift += 1
        sign = str(secrets.randbelow(10**10)).zfill(10)
        now = s.now()
        offline = s.offline_since is not None
        data = {
            "CheckNumber": sign,
            "DateTime": now.astimezone(TZ).strftime(DATE_FORMAT),
            "OfflineMode": offline,
            "CashboxOfflineMode": offline,
            "Cashbox": {
                "UniqueNumber": CASHBOX,
                "RegistrationNumber": REGISTRATION,
                "IdentityNumber": "1234",
                "Address": "Алматы, пр. Абая 1",
                "Ofd": {"Name": "АО «Казахтелеком»", "Host": OFD_HOST, "Code": 1},
            },
            "CheckOrderNumber": s.order_in_shift,
            "ShiftNumber": s.shift_number,
            "EmployeeName": LOGIN,
            "TicketUrl": (
                f"http://{OFD_HOST}?i={sign}&f={REGISTRATION}&s={total / 100:.2f}"
                f"&t={now.astimezone(TZ).strftime('%Y%m%dT%H%M%S')}"
            ),
            "TicketPrintFormat": [],
            # Guess: the history lookup answers with the check's own fields and a Total.
            "Total": round(total / 100, 2),
        }
        receipt = Receipt(external, "check", data, s.shift_number, op)
        s.receipts[external] = receipt
        s.shift_docs.append(receipt)
        cash = sum(round(float(p["Sum"]) * 100) for p in payments if p["PaymentType"] == 0) - change
        s.cash_tiyn += cash if op == 2 else -cash
        return data

    def _by_sign(self, basis: Any) -> Receipt | None:
        if not isinstance(basis, dict):
            return None
        for r in self.state.receipts.values():
            same_sign = r.data.get("CheckNumber") == basis.get("CheckNumber")
            same_kkm = r.data.get("Cashbox", {}).get("RegistrationNumber") == basis.get(
                "RegistrationNumber"
            )
            if r.kind == "check" and same_sign and same_kkm:
                return r
        return None

    def _money_operation(self, body: dict[str, Any]) -> dict[str, Any]:
        s = self.state
        external = str(body.get("ExternalCheckNumber") or "")
        if external and external in s.receipts:
            raise _Error(14, "duplicate ExternalCheckNumber")
        amount = round(float(body.get("Sum") or 0) * 100)
        if amount <= 0 or body.get("OperationType") not in (0, 1):
            raise _Error(9, "bad money operation")
        if body["OperationType"] == 1 and amount > s.cash_tiyn:
            raise _Error(8, f"not enough cash: {s.cash_tiyn / 100:.2f} in the box")
        self._shift_for_document()
        s.cash_tiyn += amount if body["OperationType"] == 0 else -amount
        data = {
            "OfflineMode": s.offline_since is not None,
            "ShiftNumber": s.shift_number,
            "DateTime": s.now().astimezone(TZ).strftime(DATE_FORMAT),
            "Sum": round(s.cash_tiyn / 100, 2),
        }
        if external:
            total = round(amount / 100, 2)
            receipt = Receipt(
                external, "money", {**data, "Total": total}, s.shift_number, body["OperationType"]
            )
            s.receipts[external] = receipt
            s.shift_docs.append(receipt)
        return data

    def _report(self, close: bool) -> dict[str, Any]:
        s = self.state
        if s.shift_opened_at is None:
            raise _Error(12, "the shift is closed")
        checks = [r for r in s.shift_docs if r.kind == "check"]
        sold = sum(r.data["Total"] for r in checks if not _is_return(r))
        back = sum(r.data["Total"] for r in checks if _is_return(r))
        put = sum(r.data["Total"] for r in s.shift_docs if r.kind == "money" and r.op == 0)
        take = sum(r.data["Total"] for r in s.shift_docs if r.kind == "money" and r.op == 1)
        now = s.now().astimezone(TZ).strftime(DATE_FORMAT)
        s.z_count += close
        data = {
            "ReportNumber": s.z_count if close else 0,
            "ShiftNumber": s.shift_number,
            "StartOn": s.shift_opened_at.astimezone(TZ).strftime(DATE_FORMAT),
            "ReportOn": now,
            "CloseOn": now if close else None,
            "DocumentCount": len(s.shift_docs),
            "PutMoneySum": round(put, 2),
            "TakeMoneySum": round(take, 2),
            "SumInCashbox": round(s.cash_tiyn / 100, 2),
            "Sell": {"Taken": round(sold, 2), "Count": len(checks)},
            "ReturnSell": {"Taken": round(back, 2)},
        }
        if close:
            s.shift_opened_at = None
        return data

    def _print_form(self, r: Receipt) -> list[dict[str, Any]]:
        d = r.data
        lines = [
            "ФИСКАЛДЫҚ ЧЕК / ФИСКАЛЬНЫЙ ЧЕК",
            f"ФП / ФП: {d.get('CheckNumber', '')}",
            f"РНМ / РНМ: {REGISTRATION}",
        ]
        out = [{"Order": i, "Type": 0, "Value": v, "Style": 0} for i, v in enumerate(lines)]
        out.append({"Order": len(out), "Type": 2, "Value": d.get("TicketUrl", ""), "Style": 0})
        return out


def _is_return(r: Receipt) -> bool:
    return r.op == 3
