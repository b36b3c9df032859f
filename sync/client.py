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

from pos.domain.errors import Code, Param, PosError
from protocol.wire import (
    API_PREFIX,
    AckRequest,
    AckResponse,
    AnchorRequest,
    AnchorResponse,
    DirectiveAck,
    DirectivePage,
    PushResponse,
)

M = TypeVar("M", bound=BaseModel)
USER_AGENT = "kz-pos-till/1"
_LOOPBACK_NAMES = ("localhost",)


class SyncError(PosError):
    """Head office could not be reached or refused; the code says which, for the operator."""


class Transient(SyncError):
    """Worth retrying: the network, a timeout, head office busy or failing (5xx, 429)."""

    def __init__(self, code: Code, *, retry_after: float | None = None, **params: Param) -> None:
        super().__init__(code, field=None, **params)
        self.retry_after = retry_after


class Permanent(SyncError):
    """Not worth retrying as it is: a refusal (401, 403, 422...) or a bad address."""

    def __init__(self, code: Code, *, status: int | None = None, **params: Param) -> None:
        super().__init__(code, field=None, **params)
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
        raise Permanent(Code.SYNC_URL_FORM)
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise Permanent(Code.SYNC_URL_HTTPS)
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

    def anchor(self, body: AnchorRequest) -> AnchorResponse:
        """Send the register's audit head; head office anchors it or says it went back."""
        data = body.model_dump_json().encode("utf-8")
        return self._call("POST", "/audit-anchors", AnchorResponse, data=data)

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
            raise Transient(Code.SYNC_TLS, reason=_tls_reason(exc)) from None
        except requests.exceptions.ConnectTimeout:
            raise Transient(Code.SYNC_CONNECT_TIMEOUT) from None
        except requests.exceptions.ReadTimeout:
            raise Transient(Code.SYNC_READ_TIMEOUT) from None
        except requests.exceptions.ChunkedEncodingError:
            raise Transient(Code.SYNC_DROPPED) from None
        except requests.exceptions.ConnectionError:
            raise Transient(Code.SYNC_UNREACHABLE) from None
        except requests.exceptions.RequestException as exc:
            raise Transient(Code.SYNC_REQUEST_FAILED, error=type(exc).__name__) from None
        return self._parse(response, model)

    def _parse(self, response: requests.Response, model: type[M]) -> M:
        status = response.status_code
        if status == 200:
            try:
                return model.model_validate_json(response.content)
            except ValidationError:
                raise Transient(Code.SYNC_BAD_ANSWER) from None
        # Head office's own words (English), kept as they came: they name no person.
        reason = _detail(response)
        if status in {408, 429} or status >= 500:
            raise Transient(
                Code.SYNC_HTTP_ERROR,
                retry_after=_retry_after(response),
                answer=status,
                reason=reason,
            )
        if status == 401:
            raise Permanent(Code.SYNC_CREDENTIAL, status=status)
        if status == 403:
            raise Permanent(Code.SYNC_FORBIDDEN, status=status, reason=reason)
        raise Permanent(Code.SYNC_HTTP_ERROR, status=status, answer=status, reason=reason)


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
