"""The fiscal port the till's settings name, with its secrets from the keyring or env.

The password and API key are never stored in the database: POS_FISCAL_PASSWORD and
POS_FISCAL_API_KEY, else the OS keyring (service "kz-pos-fiscal", user "<cashbox>:password"
and "<cashbox>:api_key"). They are never logged.
"""

from __future__ import annotations

import os
import threading

from pos.domain.errors import Code, Refused
from pos.domain.fiscal import FiscalPort, Provider
from pos.services import fiscal as fiscal_service
from pos.services.context import ServiceContext
from pos.services.lookups import store_info

KEYRING_SERVICE = "kz-pos-fiscal"
SECRETS = {"password": "POS_FISCAL_PASSWORD", "api_key": "POS_FISCAL_API_KEY"}


def secret(cashbox: str, name: str) -> str | None:
    value = os.environ.get(SECRETS[name])
    if value:
        return value
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, f"{cashbox}:{name}")
    except Exception:  # any backend failure means "no keyring here"
        return None


def store_secret(cashbox: str, name: str, value: str) -> bool:
    """Keep a secret in the OS keyring; False where there is none."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, f"{cashbox}:{name}", value)
        return True
    except Exception:
        return False


def open_port(ctx: ServiceContext) -> FiscalPort:
    """The adapter for this till's fiscal setting (training unless a store admin set one)."""
    cfg = fiscal_service.read_config(ctx)
    provider = Provider(cfg.get("provider", Provider.TRAINING.value))
    if provider is Provider.TRAINING:
        from fiscal.training import TrainingAdapter

        return TrainingAdapter()
    from fiscal.webkassa import WebkassaAdapter, WebkassaConfig

    cashbox = str(cfg.get("cashbox", ""))
    values = {}
    for name, variable in SECRETS.items():
        value = secret(cashbox, name)
        if not value:
            raise Refused(Code.FISCAL_SECRET_MISSING, name=name, variable=variable)
        values[name] = value
    with ctx.db.read_session() as session:
        timezone = store_info(session, ctx.actor).timezone
    return WebkassaAdapter(
        WebkassaConfig(
            url=str(cfg["url"]),
            cashbox=cashbox,
            login=str(cfg["login"]),
            password=values["password"],
            api_key=values["api_key"],
            timezone=timezone,
        )
    )


class FiscalLink:
    """One open port per till process, reused across drains (one login, one session) and
    reopened when the setting changes. Used from one lane at a time (the printer lane in
    the window), so the cashbox's requests stay one at a time."""

    def __init__(self) -> None:
        self._port: FiscalPort | None = None
        self._key: tuple[str, ...] | None = None
        self._lock = threading.Lock()

    def port(self, ctx: ServiceContext) -> FiscalPort:
        cfg = fiscal_service.read_config(ctx)
        key = tuple(str(cfg.get(k, "")) for k in ("provider", "url", "cashbox", "login"))
        if self._port is None or key != self._key:
            if self._port is not None:
                self._port.close()
            self._port = open_port(ctx)
            self._key = key
        return self._port

    def send_waiting(
        self, ctx: ServiceContext, *, budget_s: float | None = None
    ) -> fiscal_service.DrainReport:
        """Send this register's waiting documents (blocks: never on the GUI thread); with
        `budget_s`, stop after that long (the rest waits for the background retry)."""
        with self._lock:
            if not fiscal_service.waiting_count(ctx):
                return fiscal_service.DrainReport()
            return fiscal_service.drain(ctx, self.port(ctx), budget_s=budget_s)

    def close(self) -> None:
        with self._lock:
            if self._port is not None:
                self._port.close()
                self._port = None
