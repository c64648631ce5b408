"""Attachments: original files (photos, screenshots, documents) stored encrypted as blobs, each
with an "attachment" entry in the journal that records its name, type, size and SHA-256.

The SHA-256 is taken from the bytes as they arrive, so the hash in the chain is the hash of the
original (requirement: originals are hashed at import and never altered).
"""

from __future__ import annotations

import builtins
import mimetypes
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager
from typing import Any, BinaryIO

from safeplan.core.errors import EntryNotFound, InvalidInput
from safeplan.core.storage.blobs import BlobStore


class JournalAttachments:
    """Mixed into Journal, which provides the connection, transactions and ``save_many``."""

    _conn: Any
    _blobs: BlobStore
    _new_blobs: builtins.list[str]
    transaction: Callable[[], AbstractContextManager[None]]
    save_many: Callable[..., builtins.list[str]]
    _current: Callable[..., tuple[int, int]]

    def add_attachment(self, data: bytes | BinaryIO, file_name: str,
                       media_type: str | None = None, *, taken_at: str | None = None,
                       caption: str = "", cancelled: Callable[[], bool] | None = None,
                       extra: Mapping[str, Any] | None = None, uid: str | None = None,
                       expected_sha256: str | None = None) -> str:
        """Store an original file encrypted; its SHA-256 is taken from the bytes as they arrive.

        ``expected_sha256`` (from an import) must match what arrived, or nothing is stored.
        """
        with self.transaction():
            stored = self._blobs.put(data, cancelled=cancelled)
            self._new_blobs.append(stored.blob_id)
            if expected_sha256 and expected_sha256.lower() != stored.sha256:
                raise InvalidInput("the file's SHA-256 does not match the one recorded for it")
            content = {**(extra or {}), "file_name": file_name,
                       "media_type": media_type or _guess_type(file_name),
                       "size": stored.size, "sha256": stored.sha256, "taken_at": taken_at,
                       "caption": caption}
            # as_new: created under the given uid, or a new one when none is given.
            uid = self.save_many([("attachment", content, uid)], as_new=True)[0]
            entry_id, _ = self._current(uid)
            self._conn.execute("INSERT INTO blobs(entry_id, blob_id, sha256, size)"
                               " VALUES (?,?,?,?)", (entry_id, stored.blob_id, stored.sha256,
                                                     stored.size))
        return uid

    def attachment_by_sha256(self, sha256: str) -> str | None:
        """The uid of a stored attachment with these original bytes (for import de-duplication)."""
        row = self._conn.execute(
            "SELECT e.uid FROM blobs b JOIN entries e ON e.id = b.entry_id WHERE b.sha256=?"
            " AND e.deleted_at IS NULL AND e.purged=0", (sha256.lower(),)).fetchone()
        return str(row[0]) if row else None

    def _blob_of(self, uid: str) -> str:
        row = self._conn.execute(
            "SELECT b.blob_id FROM blobs b JOIN entries e ON e.id = b.entry_id WHERE e.uid=?",
            (uid,)).fetchone()
        if row is None:
            raise EntryNotFound("no such attachment")
        return str(row[0])

    def iter_attachment(self, uid: str) -> Iterator[bytes]:
        return self._blobs.iter_chunks(self._blob_of(uid))

    def read_attachment(self, uid: str) -> bytes:
        return self._blobs.read(self._blob_of(uid))

    def attachment_blobs(self) -> builtins.list[tuple[str, str, str]]:
        """(uid, blob id, sha256) of every stored attachment — for checks and backups."""
        return [(str(u), str(b), str(s)) for u, b, s in self._conn.execute(
            "SELECT e.uid, b.blob_id, b.sha256 FROM blobs b JOIN entries e ON e.id=b.entry_id")]


def _guess_type(file_name: str) -> str:
    # A private table: mimetypes.guess_type() would read the host's /etc/mime.types.
    guessed = mimetypes.MimeTypes().guess_type(file_name, strict=False)[0]
    return guessed or "application/octet-stream"
