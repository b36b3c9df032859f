"""Head office's settings from the environment (BRIEF section 8)."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from headoffice.crypto import BlindIndex, CryptoError, FieldCipher, decode_key
from headoffice.keystore import KEYSTORE_FILE, KeyRing, KeyStore

APP_NAME = "kz-pos-headoffice"
DB_FILE = "headoffice.db"
ENV_HOME = "HEADOFFICE_HOME"
ENV_URL = "HEADOFFICE_DATABASE_URL"
ENV_DATA_KEY = "HEADOFFICE_DATA_KEY"
ENV_OLD_DATA_KEYS = "HEADOFFICE_OLD_DATA_KEYS"
ENV_INDEX_KEY = "HEADOFFICE_INDEX_KEY"
ENV_KEYSTORE = "HEADOFFICE_KEYSTORE"


class ConfigError(Exception):
    """Head office cannot start as configured; the message says what to set."""


@dataclass(frozen=True)
class Keys:
    """The master key(s) (wrapping every buyer's own key; they also open values written
    before per-buyer keys), the blind-index key, and the key store of buyer keys."""

    cipher: FieldCipher
    blind: BlindIndex
    store: KeyStore

    def ring(self, now: dt.datetime) -> KeyRing:
        return KeyRing(self.cipher, self.store, now)


def home() -> Path:
    chosen = os.environ.get(ENV_HOME) or platformdirs.user_data_path(APP_NAME, False)
    return Path(chosen).expanduser().resolve()


def database_url() -> str:
    """HEADOFFICE_DATABASE_URL (PostgreSQL through psycopg 3), else an SQLite file under HEADOFFICE_HOME."""
    url = os.environ.get(ENV_URL, "").strip()
    if not url:
        folder = home()
        folder.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{folder / DB_FILE}"
    return normalise_url(url)


def normalise_url(url: str) -> str:
    for prefix in ("postgresql://", "postgres://", "postgresql+psycopg2://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    if url.startswith(("postgresql+psycopg://", "sqlite://")):
        return url
    raise ConfigError(f"{ENV_URL} must be a postgresql:// or sqlite:// URL")


def keystore_path() -> Path:
    """HEADOFFICE_KEYSTORE, else keystore.db under HEADOFFICE_HOME (see headoffice.keystore)."""
    chosen = os.environ.get(ENV_KEYSTORE, "").strip()
    return Path(chosen).expanduser().resolve() if chosen else home() / KEYSTORE_FILE


def load_keys() -> Keys:
    """The data key (with retired ones for reading) and the blind-index key."""
    data = os.environ.get(ENV_DATA_KEY, "").strip()
    index = os.environ.get(ENV_INDEX_KEY, "").strip()
    hint = "; make one with `pos-headoffice gen-key`"
    if not data:
        raise ConfigError(
            f"{ENV_DATA_KEY} is not set: head office encrypts personal data with it{hint}"
        )
    if not index:
        raise ConfigError(f"{ENV_INDEX_KEY} is not set: IIN and phone lookups need it{hint}")
    try:
        current = decode_key(data, ENV_DATA_KEY)
        old = [
            decode_key(part, ENV_OLD_DATA_KEYS)
            for part in os.environ.get(ENV_OLD_DATA_KEYS, "").split(",")
            if part.strip()
        ]
        index_key = decode_key(index, ENV_INDEX_KEY)
    except CryptoError as exc:
        raise ConfigError(str(exc)) from None
    if index_key == current:
        raise ConfigError(f"{ENV_INDEX_KEY} must differ from {ENV_DATA_KEY}")
    return Keys(
        FieldCipher.from_keys(current, old), BlindIndex(index_key), KeyStore(keystore_path())
    )
