"""Per-buyer data keys and blind indexes, kept apart from head office's database.

Why a separate file. Each buyer's personal values at head office are encrypted under a
key of that buyer's own; destroying the buyer deletes the key, so every copy of the
ciphertexts (PostgreSQL dead tuples, WAL, base backups, the SQLite file and its WAL, old
event rows) stops opening without any vacuum. That only holds if deleting the key really
removes it. A key table inside the same PostgreSQL database would not do: a deleted row
stays as a dead tuple until vacuum, and in the WAL and every base backup for good. So the
keys live in a small SQLite file of their own (`HEADOFFICE_KEYSTORE`, default
`HEADOFFICE_HOME/keystore.db`) with `secure_delete` on (a deleted row's bytes are
zeroed in its page) and WAL mode whose log is truncated (`wal_checkpoint(TRUNCATE)`)
after every deletion, so no page image of a deleted key stays in either file.

The file holds only keys wrapped (AES-GCM) by the head-office master key
(`HEADOFFICE_DATA_KEY`, with the master key's id for rotation): a copy of it alone opens
nothing. The IIN and phone blind indexes live here too, not in the database, for the same
reason: an HMAC of a destroyed buyer's IIN left in a dead tuple would let whoever holds the
index key confirm the IIN by trying the small IIN space.

Order of writes, since the two stores share no transaction: a new key is committed here
before the data encrypted under it commits there (a key left over by a rolled-back
transaction is reused by the retry); a key is deleted here only after the destruction or
the re-encryption has committed there (a crash in between leaves an extra key, which
`reshred` deletes at start-up). Backups of this file: see README ("Head office key store").
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from headoffice.crypto import NONCE_BYTES, CryptoError, FieldCipher

KEYSTORE_FILE = "keystore.db"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS buyer_keys (
    key_id TEXT PRIMARY KEY,
    store_pk INTEGER NOT NULL,
    buyer_id TEXT NOT NULL,
    master_id TEXT NOT NULL,
    wrapped BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS buyer_keys_buyer ON buyer_keys (store_pk, buyer_id);
CREATE TABLE IF NOT EXISTS blind_index (
    store_pk INTEGER NOT NULL,
    buyer_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    digest TEXT NOT NULL,
    PRIMARY KEY (store_pk, buyer_id, kind)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS blind_index_digest ON blind_index (kind, digest);
"""
BATCH = 500

BuyerRef = tuple[int, uuid.UUID]


def new_buyer_key_id() -> str:
    """A random public name for a buyer key ("b" + 20 hex digits; fits crypto's key id)."""
    return "b" + os.urandom(10).hex()


def _wrap_context(store_pk: int, buyer_id: uuid.UUID, key_id: str) -> bytes:
    return f"buyer-key|{store_pk}|{buyer_id}|{key_id}".encode()


@dataclass(frozen=True)
class StoredKey:
    key_id: str
    store_pk: int
    buyer_id: uuid.UUID
    master_id: str
    wrapped: bytes


@dataclass
class KeyStore:
    """The key store file; one connection, serialised by a lock (its work is tiny)."""

    path: Path
    _conn: sqlite3.Connection | None = field(default=None, init=False, repr=False)
    _lock: threading.RLock = field(default_factory=threading.RLock, init=False, repr=False)

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self.path.exists():
                # Only the service's user reads it (SQLite gives its WAL the same mode).
                os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
            conn = sqlite3.connect(
                str(self.path), timeout=30, isolation_level=None, check_same_thread=False
            )
            for pragma in (
                "secure_delete = ON",  # a deleted key's bytes are zeroed, not left in free space
                "journal_mode = WAL",
                "synchronous = FULL",  # a key is on disk before data encrypted under it commits
                "busy_timeout = 30000",
            ):
                conn.execute(f"PRAGMA {pragma}")
            conn.executescript(_SCHEMA)
            self._conn = conn
        return self._conn

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def checkpoint(self) -> None:
        """Fold the WAL into the file and cut it to zero bytes: no old page image stays."""
        with self._lock:
            self._connection().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()

    # --- keys ----------------------------------------------------------------------------

    def add_keys(self, keys: Sequence[StoredKey], now: dt.datetime) -> None:
        if not keys:
            return
        with self._tx() as conn:
            conn.executemany(
                "INSERT INTO buyer_keys (key_id, store_pk, buyer_id, master_id, wrapped, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (k.key_id, k.store_pk, str(k.buyer_id), k.master_id, k.wrapped, now.isoformat())
                    for k in keys
                ],
            )

    def key(self, key_id: str) -> StoredKey | None:
        with self._lock:
            row = (
                self._connection()
                .execute(
                    "SELECT key_id, store_pk, buyer_id, master_id, wrapped FROM buyer_keys"
                    " WHERE key_id = ?",
                    (key_id,),
                )
                .fetchone()
            )
        return _stored(row) if row else None

    def keys_of(self, buyers: Iterable[BuyerRef]) -> dict[BuyerRef, list[StoredKey]]:
        """Every key held for these buyers (newest first)."""
        wanted = list(dict.fromkeys(buyers))
        out: dict[BuyerRef, list[StoredKey]] = {}
        with self._lock:
            conn = self._connection()
            for i in range(0, len(wanted), BATCH):
                chunk = wanted[i : i + BATCH]
                where = " OR ".join(["(store_pk = ? AND buyer_id = ?)"] * len(chunk))
                params = [v for s, b in chunk for v in (s, str(b))]
                for row in conn.execute(
                    "SELECT key_id, store_pk, buyer_id, master_id, wrapped FROM buyer_keys"
                    f" WHERE {where} ORDER BY created_at DESC, rowid DESC",
                    params,
                ):
                    k = _stored(row)
                    out.setdefault((k.store_pk, k.buyer_id), []).append(k)
        return out

    def delete_keys(self, key_ids: Iterable[str]) -> int:
        return self.shred(key_ids=key_ids)

    def forget_buyers(self, buyers: Iterable[BuyerRef], *, checkpoint: bool = True) -> int:
        """Delete every key and blind index of these buyers; returns how many keys went."""
        return self.shred(buyers=buyers, checkpoint=checkpoint)

    def shred(
        self,
        *,
        buyers: Iterable[BuyerRef] = (),
        key_ids: Iterable[str] = (),
        indexes: Iterable[tuple[int, uuid.UUID, str]] = (),
        checkpoint: bool = True,
    ) -> int:
        """In one transaction: delete every key and index of `buyers`, the keys `key_ids`,
        the index entries `indexes`; then truncate the WAL. Returns how many keys went."""
        wanted = [(s, str(b)) for s, b in dict.fromkeys(buyers)]
        ids = [(k,) for k in dict.fromkeys(key_ids)]
        drop = [(s, str(b), k) for s, b, k in dict.fromkeys(indexes)]
        if not (wanted or ids or drop):
            return 0
        with self._tx() as conn:
            n = 0
            for ref in wanted:
                n += conn.execute(
                    "DELETE FROM buyer_keys WHERE store_pk = ? AND buyer_id = ?", ref
                ).rowcount
            conn.executemany("DELETE FROM blind_index WHERE store_pk = ? AND buyer_id = ?", wanted)
            for key in ids:
                n += conn.execute("DELETE FROM buyer_keys WHERE key_id = ?", key).rowcount
            conn.executemany(
                "DELETE FROM blind_index WHERE store_pk = ? AND buyer_id = ? AND kind = ?", drop
            )
        if checkpoint:
            self.checkpoint()
        return n

    def rewrap(self, keys: Sequence[StoredKey]) -> None:
        with self._tx() as conn:
            conn.executemany(
                "UPDATE buyer_keys SET master_id = ?, wrapped = ? WHERE key_id = ?",
                [(k.master_id, k.wrapped, k.key_id) for k in keys],
            )
        self.checkpoint()  # the old wrapping goes from the WAL too

    def all_keys(self, after: str = "", limit: int = BATCH) -> list[StoredKey]:
        with self._lock:
            rows = (
                self._connection()
                .execute(
                    "SELECT key_id, store_pk, buyer_id, master_id, wrapped FROM buyer_keys"
                    " WHERE key_id > ? ORDER BY key_id LIMIT ?",
                    (after, limit),
                )
                .fetchall()
            )
        return [_stored(r) for r in rows]

    def buyers_with_several_keys(self) -> list[BuyerRef]:
        with self._lock:
            rows = (
                self._connection()
                .execute(
                    "SELECT store_pk, buyer_id FROM buyer_keys GROUP BY store_pk, buyer_id"
                    " HAVING count(*) > 1"
                )
                .fetchall()
            )
        return [(int(s), uuid.UUID(b)) for s, b in rows]

    def count_keys(self) -> int:
        with self._lock:
            return int(self._connection().execute("SELECT count(*) FROM buyer_keys").fetchone()[0])

    # --- blind indexes -------------------------------------------------------------------

    def set_indexes(self, entries: Sequence[tuple[int, uuid.UUID, str, str | None]]) -> bool:
        """Set (or with None, delete) index entries; True if any was deleted."""
        if not entries:
            return False
        put = [(s, str(b), k, d) for s, b, k, d in entries if d is not None]
        drop = [(s, str(b), k) for s, b, k, d in entries if d is None]
        with self._tx() as conn:
            conn.executemany(
                "INSERT INTO blind_index (store_pk, buyer_id, kind, digest) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (store_pk, buyer_id, kind) DO UPDATE SET digest = excluded.digest",
                put,
            )
            dropped = sum(
                conn.execute(
                    "DELETE FROM blind_index WHERE store_pk = ? AND buyer_id = ? AND kind = ?", d
                ).rowcount
                for d in drop
            )
        return dropped > 0

    def indexes_of(self, store_pk: int, buyer_id: uuid.UUID) -> dict[str, str]:
        with self._lock:
            rows = (
                self._connection()
                .execute(
                    "SELECT kind, digest FROM blind_index WHERE store_pk = ? AND buyer_id = ?",
                    (store_pk, str(buyer_id)),
                )
                .fetchall()
            )
        return {k: d for k, d in rows}

    def holders(self, kind: str, digest: str, *, without: str | None = None) -> list[BuyerRef]:
        """The buyers indexed under this digest (optionally: only those lacking `without`)."""
        query = "SELECT b.store_pk, b.buyer_id FROM blind_index b WHERE b.kind = ? AND b.digest = ?"
        params: list[object] = [kind, digest]
        if without:
            query += (
                " AND NOT EXISTS (SELECT 1 FROM blind_index o WHERE o.store_pk = b.store_pk"
                " AND o.buyer_id = b.buyer_id AND o.kind = ?)"
            )
            params.append(without)
        with self._lock:
            rows = self._connection().execute(query, params).fetchall()
        return [(int(s), uuid.UUID(b)) for s, b in rows]

    def raw_files(self) -> list[Path]:
        return [p for p in (self.path, Path(f"{self.path}-wal")) if p.exists()]


def _stored(row: Sequence[Any]) -> StoredKey:
    key_id, store_pk, buyer_id, master_id, wrapped = row
    return StoredKey(
        str(key_id), int(store_pk), uuid.UUID(buyer_id), str(master_id), bytes(wrapped)
    )


# --- wrapping -----------------------------------------------------------------------------


def wrap(
    master: FieldCipher, store_pk: int, buyer_id: uuid.UUID, key_id: str, key: bytes
) -> StoredKey:
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(master.keys[master.current_id]).encrypt(
        nonce, key, _wrap_context(store_pk, buyer_id, key_id)
    )
    return StoredKey(key_id, store_pk, buyer_id, master.current_id, nonce + sealed)


def unwrap(master: FieldCipher, stored: StoredKey) -> bytes:
    key = master.keys.get(stored.master_id)
    if key is None:
        raise CryptoError(f"no master key with id {stored.master_id} is configured")
    try:
        return AESGCM(key).decrypt(
            stored.wrapped[:NONCE_BYTES],
            stored.wrapped[NONCE_BYTES:],
            _wrap_context(stored.store_pk, stored.buyer_id, stored.key_id),
        )
    except InvalidTag:
        raise CryptoError("a buyer key does not open with its master key") from None


# --- one operation's view ------------------------------------------------------------------


@dataclass
class KeyRing:
    """The buyer keys one request or command uses: unwrapped on demand, new ones written
    to the key store before the data commits (`before_commit`), retired and destroyed ones
    deleted after it (`after_commit`)."""

    master: FieldCipher
    store: KeyStore
    now: dt.datetime
    _current: dict[BuyerRef, FieldCipher] = field(default_factory=dict, init=False)
    _by_id: dict[str, FieldCipher] = field(default_factory=dict, init=False)
    _new: list[StoredKey] = field(default_factory=list, init=False)
    _retire: set[str] = field(default_factory=set, init=False)
    _destroy: set[BuyerRef] = field(default_factory=set, init=False)
    _index_put: dict[tuple[int, uuid.UUID, str], str | None] = field(
        default_factory=dict, init=False
    )

    def preload(self, buyers: Iterable[BuyerRef]) -> None:
        """Unwrap in one query the current keys of the buyers a batch touches."""
        wanted = [b for b in dict.fromkeys(buyers) if b not in self._current]
        if not wanted:
            return
        found = self.store.keys_of(wanted)
        for ref, keys in found.items():
            self._current[ref] = self._open(keys[0])

    def _open(self, stored: StoredKey) -> FieldCipher:
        cipher = self._by_id.get(stored.key_id)
        if cipher is None:
            raw = unwrap(self.master, stored)
            cipher = self._by_id[stored.key_id] = FieldCipher(stored.key_id, {stored.key_id: raw})
        return cipher

    def cipher_for(self, store_pk: int, buyer_id: uuid.UUID) -> FieldCipher:
        """The buyer's current key, made (and kept for `before_commit`) if they have none."""
        ref = (store_pk, buyer_id)
        if ref in self._destroy:
            raise CryptoError("this buyer's key was destroyed")
        cipher = self._current.get(ref)
        if cipher is None:
            self.preload([ref])
            cipher = self._current.get(ref)
        if cipher is None:
            cipher = self._make(store_pk, buyer_id)
        return cipher

    def _make(self, store_pk: int, buyer_id: uuid.UUID) -> FieldCipher:
        key_id, raw = new_buyer_key_id(), os.urandom(32)
        self._new.append(wrap(self.master, store_pk, buyer_id, key_id, raw))
        cipher = self._by_id[key_id] = self._current[(store_pk, buyer_id)] = FieldCipher(
            key_id, {key_id: raw}
        )
        return cipher

    def rekey(self, store_pk: int, buyer_id: uuid.UUID) -> FieldCipher:
        """A fresh key for the buyer; every key they had is deleted after the commit, so
        what the caller does not re-encrypt under the fresh key stops opening."""
        ref = (store_pk, buyer_id)
        self._retire.update(k.key_id for k in self.store.keys_of([ref]).get(ref, []))
        self._retire.update(k.key_id for k in self._new if (k.store_pk, k.buyer_id) == ref)
        self._new = [k for k in self._new if (k.store_pk, k.buyer_id) != ref]
        return self._make(store_pk, buyer_id)

    def destroy(self, store_pk: int, buyer_id: uuid.UUID) -> None:
        """Every key and blind index of the buyer goes after the commit."""
        ref = (store_pk, buyer_id)
        self._destroy.add(ref)
        self._current.pop(ref, None)
        self._new = [k for k in self._new if (k.store_pk, k.buyer_id) != ref]
        for key in [k for k in self._index_put if k[:2] == ref]:
            del self._index_put[key]

    def set_index(self, store_pk: int, buyer_id: uuid.UUID, kind: str, digest: str | None) -> None:
        self._index_put[(store_pk, buyer_id, kind)] = digest

    def decrypt(self, token: str, context: str) -> str:
        """Open a ciphertext under a buyer key or (written before 0002) the master key."""
        kid = self.master.key_id(token)
        if kid in self.master.keys:
            return self.master.decrypt(token, context)
        cipher = self._by_id.get(kid)
        if cipher is None:
            stored = self.store.key(kid)
            if stored is None or (stored.store_pk, stored.buyer_id) in self._destroy:
                raise CryptoError("the key of this value was destroyed")
            cipher = self._open(stored)
        return cipher.decrypt(token, context)

    def write_indexes(self) -> None:
        """Write the index entries set so far (deletions wait for `after_commit`)."""
        puts = [(s, b, k, d) for (s, b, k), d in self._index_put.items() if d is not None]
        self.store.set_indexes(puts)
        for s, b, k, _ in puts:
            del self._index_put[(s, b, k)]

    def before_commit(self) -> None:
        """Write the new keys and index entries first: data committed next opens."""
        self.store.add_keys(self._new, self.now)
        self._new = []
        self.write_indexes()

    @property
    def shreds(self) -> bool:
        """Whether `after_commit` will delete anything (the caller checkpoints too)."""
        return bool(
            self._retire or self._destroy or any(d is None for d in self._index_put.values())
        )

    def after_commit(self) -> bool:
        """Delete retired keys, destroyed buyers' keys and indexes, erased indexes; then
        truncate the key store's WAL. True if anything was deleted."""
        shredded = self.shreds
        if shredded:
            self.store.shred(
                buyers=self._destroy,
                key_ids=self._retire - self._live(),
                indexes=[k for k, d in self._index_put.items() if d is None],
            )
        for kid in self._retire:
            self._by_id.pop(kid, None)
        self._retire.clear()
        self._destroy.clear()
        self._index_put.clear()
        return shredded

    def _live(self) -> set[str]:
        return {c.current_id for c in self._current.values()}
