"""An adversary against head office's crypto-shredding: every key head office holds, every
byte it keeps (database file and WAL, PostgreSQL pages with their dead tuples, WAL
segments, an old copy), and AES-GCM opened as CTR so that no encryption context (the
associated data) has to be guessed: a value opens if any held key decrypts its bytes."""

from __future__ import annotations

import base64
import binascii
import json
import re
import shutil
import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import text

from headoffice.keystore import unwrap
from tests.support.headoffice import HeadOffice

TOKEN = re.compile(rb"enc:v1:([A-Za-z0-9_-]{1,32}):([A-Za-z0-9+/]{24,}={0,2})")
NONCE, TAG = 12, 16


def held_keys(ho: HeadOffice) -> list[bytes]:
    """Every key head office holds: master key(s), the index key, every buyer key left."""
    keys = [*ho.keys.cipher.keys.values(), ho.keys.blind.key]
    after = ""
    while batch := ho.keys.store.all_keys(after):
        keys.extend(unwrap(ho.keys.cipher, k) for k in batch)
        after = batch[-1].key_id
    return keys


def open_any(token_body: bytes, keys: Iterable[bytes]) -> list[bytes]:
    """What each key makes of a ciphertext, read as AES-CTR (GCM without its tag check)."""
    try:
        blob = base64.b64decode(token_body + b"=" * (-len(token_body) % 4))
    except (binascii.Error, ValueError):
        return []
    if len(blob) <= NONCE + TAG:
        return []
    nonce, body = blob[:NONCE], blob[NONCE:-TAG]
    out = []
    for key in keys:
        dec = Cipher(algorithms.AES(key), modes.CTR(nonce + b"\x00\x00\x00\x02")).decryptor()
        out.append(dec.update(body) + dec.finalize())
    return out


@dataclass
class Loot:
    """Raw bytes found, and every plaintext any held key got out of them."""

    raw: list[bytes] = field(default_factory=list)
    opened: list[bytes] = field(default_factory=list)
    tokens: int = 0

    def add_raw(self, data: bytes) -> None:
        self.raw.append(data)

    def crack(self, keys: list[bytes]) -> None:
        seen: set[bytes] = set()
        for blob in self.raw:
            for m in TOKEN.finditer(blob):
                body = m.group(2)
                if body in seen:
                    continue
                seen.add(body)
                self.opened.extend(open_any(body, keys))
        self.tokens = len(seen)

    def opens(self, value: str) -> bool:
        needle = value.encode()
        return any(needle in p for p in self.opened)

    def holds(self, value: str) -> bool:
        """In the clear: as UTF-8, or as JSON writes it with non-ASCII escaped."""
        needles = {value.encode(), json.dumps(value)[1:-1].encode()}
        return any(n in b for b in self.raw for n in needles)


# --- where the bytes are ------------------------------------------------------------------


def sqlite_files(ho: HeadOffice) -> list[Path]:
    path = Path(str(ho.db.engine.url.database))
    return [p for p in (path, Path(f"{path}-wal")) if p.exists()]


def copy_sqlite(ho: HeadOffice, folder: Path) -> list[Path]:
    """A file-level copy of the database and its WAL as they are (a backup)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for p in sqlite_files(ho):
        shutil.copy2(p, folder / p.name)
        out.append(folder / p.name)
    return out


def pg_dsn(ho: HeadOffice) -> str:
    return ho.db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


def wal_position(ho: HeadOffice) -> str:
    with ho.db.engine.connect() as conn:
        return str(conn.execute(text("SELECT pg_current_wal_lsn()")).scalar_one())


class Snapshot:
    """A REPEATABLE READ transaction opened now: later it still reads the row versions of
    now, which the deletes and updates in between turned into dead tuples."""

    def __init__(self, ho: HeadOffice) -> None:
        self.conn = psycopg.connect(pg_dsn(ho))
        self.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
        self.conn.execute("SELECT count(*) FROM events").fetchone()  # takes the snapshot

    def read(self) -> bytes:
        parts = []
        for table in ("buyer_records", "events", "directives", "officer_audit"):
            for (row,) in self.conn.execute(f"SELECT to_jsonb(t)::text FROM {table} t"):
                parts.append(row)
        return "\n".join(parts).encode()

    def close(self) -> None:
        self.conn.rollback()
        self.conn.close()


def pg_pages(ho: HeadOffice) -> list[bytes]:
    """Every page of every head-office table, live and dead tuples alike (pageinspect),
    and each TOAST value reassembled from its chunks, dead ones too."""
    out: list[bytes] = []
    with psycopg.connect(pg_dsn(ho), autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS pageinspect")
        rels = conn.execute(
            "SELECT c.oid::regclass::text, t.oid::regclass::text FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " LEFT JOIN pg_class t ON t.oid = c.reltoastrelid"
            " WHERE n.nspname = 'public' AND c.relkind = 'r'"
        ).fetchall()
        for heap, toast in rels:
            out.extend(_raw_pages(conn, heap))
            if toast:
                out.extend(_toast_values(conn, toast))
    return out


def _raw_pages(conn: psycopg.Connection, rel: str) -> list[bytes]:
    blocks = conn.execute("SELECT pg_relation_size(%s::regclass) / 8192", (rel,)).fetchone()
    assert blocks is not None
    return [
        bytes(conn.execute("SELECT get_raw_page(%s, %s)", (rel, b)).fetchone()[0])  # type: ignore[index]
        for b in range(int(blocks[0]))
    ]


def _toast_values(conn: psycopg.Connection, rel: str) -> list[bytes]:
    blocks = conn.execute("SELECT pg_relation_size(%s::regclass) / 8192", (rel,)).fetchone()
    assert blocks is not None
    chunks: dict[int, list[tuple[int, bytes]]] = {}
    for b in range(int(blocks[0])):
        for (data,) in conn.execute(
            "SELECT t_data FROM heap_page_items(get_raw_page(%s, %s)) WHERE t_data IS NOT NULL",
            (rel, b),
        ):
            raw = bytes(data)
            chunk_id, seq = struct.unpack_from("<Ii", raw, 0)
            body = raw[8:]
            body = body[1:] if body[0] & 0x01 else body[4:]  # 1-byte or 4-byte varlena header
            chunks.setdefault(chunk_id, []).append((seq, body))
    return [b"".join(b for _, b in sorted(parts)) for parts in chunks.values()]


def pg_wal_since(ho: HeadOffice, lsn: str) -> list[bytes]:
    """The WAL segments written since `lsn` (the whole cluster's: others' bytes open with
    none of our keys)."""
    with psycopg.connect(pg_dsn(ho), autocommit=True) as conn:
        first, last = conn.execute(
            "SELECT pg_walfile_name(%s::pg_lsn), pg_walfile_name(pg_current_wal_lsn())", (lsn,)
        ).fetchone() or ("", "")
        names = [
            n
            for (n,) in conn.execute("SELECT name FROM pg_ls_waldir() ORDER BY name")
            if len(n) == 24 and first <= n <= last
        ]
        return [
            bytes(conn.execute("SELECT pg_read_binary_file(%s)", (f"pg_wal/{n}",)).fetchone()[0])  # type: ignore[index]
            for n in names
        ]
