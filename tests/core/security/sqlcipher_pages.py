"""Read a SQLCipher 4 file's pages in plaintext with the raw key, as an examiner holding the key
would: to prove that text deleted from the journal is gone from the file, not merely unlinked.

SQLCipher 4 defaults (which requirement 2 says we keep): 4096-byte pages, AES-256-CBC with the raw
key, a 16-byte IV and a 64-byte HMAC-SHA512 at the end of each page; page 1 starts with the
16-byte salt. Only decryption is done here (the HMAC is not needed to read).
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 16 + 64
SALT = 16


def plaintext_pages(path: Path, key: bytes) -> bytes:
    raw = path.read_bytes()
    out = bytearray()
    for start in range(0, len(raw) - PAGE + 1, PAGE):
        page = raw[start:start + PAGE]
        offset = SALT if start == 0 else 0
        iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
        body = page[offset:PAGE - RESERVE]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += decryptor.update(body) + decryptor.finalize()
    return bytes(out)
