"""Read a till's SQLCipher file as an adversary holding the key would: every page decrypted.

SQLCipher 4 defaults (what the till writes): the passphrase goes through PBKDF2-HMAC-SHA512
(256,000 rounds) with the 16-byte salt that opens the file; each 4096-byte page is
AES-256-CBC, its last 80 bytes the IV (16) and the HMAC (64); page 1 keeps the salt in
its first 16 bytes. The WAL holds whole pages the same way, each after a 24-byte frame
header. Decrypting by hand, not through SQLite, shows what SQLite would not: freed pages,
deleted cells, old page images in WAL frames that a checkpoint has not yet overwritten.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
SALT = 16
IV = 16
RESERVE = 80  # IV + HMAC-SHA512
KDF_ROUNDS = 256_000
WAL_HEADER = 32
FRAME_HEADER = 24


def derive_key(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, KDF_ROUNDS, 32)


def _decrypt_page(raw: bytes, key: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    iv = raw[PAGE - RESERVE : PAGE - RESERVE + IV]
    body = raw[start : PAGE - RESERVE]
    plain = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return plain.update(body) + plain.finalize()


def _pages(blob: bytes, key: bytes) -> Iterator[bytes]:
    for n in range(len(blob) // PAGE):
        raw = blob[n * PAGE : (n + 1) * PAGE]
        yield _decrypt_page(raw, key, first=n == 0)


def decrypted_file(path: Path, passphrase: str) -> bytes:
    """Every page of the database file, decrypted, concatenated (free pages included)."""
    blob = path.read_bytes()
    key = derive_key(passphrase, blob[:SALT])
    return b"".join(_pages(blob, key))


def decrypted_wal(path: Path, passphrase: str) -> bytes:
    """Every frame of the database's WAL (current or stale), decrypted; b"" when none."""
    wal = Path(f"{path}-wal")
    if not wal.exists() or wal.stat().st_size <= WAL_HEADER:
        return b""
    key = derive_key(passphrase, path.read_bytes()[:SALT])
    blob = wal.read_bytes()
    out = []
    at = WAL_HEADER
    while at + FRAME_HEADER + PAGE <= len(blob):
        page_no = int.from_bytes(blob[at : at + 4], "big")
        raw = blob[at + FRAME_HEADER : at + FRAME_HEADER + PAGE]
        out.append(_decrypt_page(raw, key, first=page_no == 1))
        at += FRAME_HEADER + PAGE
    return b"".join(out)


def decrypted_bytes(path: Path, passphrase: str) -> bytes:
    """The file and its WAL, decrypted: everything a key holder can read from disk."""
    return decrypted_file(path, passphrase) + decrypted_wal(path, passphrase)


def needles(values: Iterable[str]) -> list[bytes]:
    """How a value can sit in a page: its UTF-8, as a JSON payload escapes it (`\\u0410`),
    and a phone also without its `+`."""
    out: list[bytes] = []
    for v in values:
        out.append(v.encode())
        escaped = json.dumps(v)[1:-1].encode()
        if escaped != out[-1]:
            out.append(escaped)
        if v.startswith("+"):
            out.append(v[1:].encode())
    return out


def count_found(blob: bytes, values: Iterable[str]) -> int:
    """How many of `values` occur in `blob` (a count: the values stay out of test output)."""
    return sum(1 for n in needles(values) if n in blob)
