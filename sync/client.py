"""The till's HTTP client for head office: one `requests.Session`, explicit timeouts, TLS.

Certificates are always verified (against the system store, or only the CA bundle given,
so the till trusts nothing but head office); an optional client certificate identifies
the till at the TLS layer as well. Failures are classified: `Transient` ones (network,
timeouts, 5xx, 429) are worth retrying, `Permanent` ones (401, 403, 422...) are not.
"""

from __future__ import annotations

import ipaddress
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import requests
from pydantic import BaseModel, ValidationError

from protocol.wire import (
    API_PREFIX,
    AckRequest,
    AckResponse,
    DirectiveAck,
    DirectivePage,
    PushResponse,
)

M = TypeVar("M", bound=BaseModel)
USER_AGENT = "kz-pos-till/1"
_LOOPBACK_NAMES = ("localhost",)


class SyncError(Exception):
    """Head office could not be reached or refused; the message is one line for the operator."""


class Transient(SyncError):
    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Permanent(SyncError):
    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class ClientConfig:
    url: str
    token: str
    store_code: str
    ca_bundle: str | None = None
    client_cert: str | None = None
    client_key: str | None = None
    connect_timeout: float = 5.0
    read_timeout: float = 60.0


def check_url(url: str) -> str:
    """The base URL, refusing plain http except to this machine (tests, a local head office)."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise Permanent("the head-office address must look like https://host[:port]")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise Permanent(
            "the head-office address must use https:// (plain http only to this machine)"
        )
    return url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class HeadOfficeClient:
    """Push, pull and acknowledge over one keep-alive session."""

    def __init__(self, config: ClientConfig, session: requests.Session | None = None) -> None:
        self.config = config
        self.base = check_url(config.url)
        self.session = session or requests.Session()
        # Passed with every request, not only set on the session: requests lets
        # REQUESTS_CA_BUNDLE override a session's own `verify`, and a till configured to
        # trust only head office's CA must not be widened by the environment.
        self.verify: str | bool = config.ca_bundle or True
        self.cert: str | tuple[str, str] | None = None
        if config.client_cert:
            self.cert = (
                (config.client_cert, config.client_key) if config.client_key else config.client_cert
            )
        self.session.headers.update(
            {
                "Authorization": f"Bearer {config.token}",
                "User-Agent": USER_AGENT,
                "Accept": "application/json",
            }
        )
        self.timeout = (config.connect_timeout, config.read_timeout)
        self.store_path = f"{self.base}{API_PREFIX}/stores/{quote(config.store_code, safe='')}"

    def close(self) -> None:
        self.session.close()

    def push(self, events: list[dict[str, Any]]) -> PushResponse:
        """Send one batch (already JSON-ready dicts); head office answers each event."""
        body = json.dumps({"events": events}, ensure_ascii=False, separators=(",", ":"))
        return self.push_body(body.encode("utf-8"))

    def push_body(self, body: bytes) -> PushResponse:
        """Send one batch already serialised as a PushRequest body."""
        return self._call("POST", "/events", PushResponse, data=body)

    def pull(self, register_id: uuid.UUID, after: int, limit: int = 100) -> DirectivePage:
        params = {"register_id": str(register_id), "after": after, "limit": limit}
        return self._call("GET", "/directives", DirectivePage, params=params)

    def ack(self, acks: list[DirectiveAck]) -> AckResponse:
        body = AckRequest(acks=acks).model_dump_json()
        return self._call("POST", "/directives/acks", AckResponse, data=body.encode("utf-8"))

    def _call(self, method: str, path: str, model: type[M], **kwargs: Any) -> M:
        headers = {"Content-Type": "application/json"} if "data" in kwargs else None
        try:
            response = self.session.request(
                method,
                self.store_path + path,
                timeout=self.timeout,
                headers=headers,
                verify=self.verify,
                cert=self.cert,
                **kwargs,
            )
        except requests.exceptions.SSLError as exc:
            raise Transient(f"TLS with head office failed ({_tls_reason(exc)})") from None
        except requests.exceptions.ConnectTimeout:
            raise Transient("head office did not answer the connection in time") from None
        except requests.exceptions.ReadTimeout:
            raise Transient("head office did not answer in time") from None
        except requests.exceptions.ChunkedEncodingError:
            raise Transient("head office dropped the connection mid-answer") from None
        except requests.exceptions.ConnectionError:
            raise Transient(
                "head office cannot be reached (connection failed or dropped)"
            ) from None
        except requests.exceptions.RequestException as exc:
            raise Transient(f"request to head office failed ({type(exc).__name__})") from None
        return self._parse(response, model)

    def _parse(self, response: requests.Response, model: type[M]) -> M:
        status = response.status_code
        if status == 200:
            try:
                return model.model_validate_json(response.content)
            except ValidationError:
                raise Transient("head office sent an answer the till does not understand") from None
        reason = _detail(response)
        if status in {408, 429} or status >= 500:
            raise Transient(f"head office answered {status}: {reason}", _retry_after(response))
        if status == 401:
            raise Permanent("head office refused this till's credential (check the token)", status)
        if status == 403:
            raise Permanent(f"head office refused: {reason}", status)
        raise Permanent(f"head office answered {status}: {reason}", status)


def _tls_reason(exc: Exception) -> str:
    """The OpenSSL reason inside requests' long message, e.g. 'certificate verify failed'."""
    found = re.search(r"\[SSL: [A-Z0-9_]+\] ([^(']+)", str(exc))
    if found:
        return found.group(1).strip()
    return "handshake failed"


def _detail(response: requests.Response) -> str:
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    text = detail if isinstance(detail, str) else (response.reason or "no reason given")
    return " ".join(text.split())[:200]


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After")
    try:
        return max(0.0, min(float(value), 300.0)) if value else None
    except ValueError:
        return None
