"""The fiscal port the till's settings name, with its secrets from the keyring or env.

The password and API key are never stored in the database: POS_FISCAL_PASSWORD and
POS_FISCAL_API_KEY, else the OS keyring (service "kz-pos-fiscal", user "<cashbox>:password"
and "<cashbox>:api_key"). They are never logged.
"""

from __future__ import annotations

import os

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
