"""Where an export reads its journal from.

``VaultSource`` is the real one: the open-format document (``interchange.export_document`` without
attachment bytes), revision times from ``journal.history`` and attachment bytes read one at a
time from the encrypted blob store (never written to disk). ``DocumentSource`` serves an
already-loaded open-format document (e.g. one read from a ``safeplan-journal`` JSON file with
``data_base64`` attachments).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterator, Mapping
from typing import Any, Protocol


class ExportSource(Protocol):
    def document(self) -> dict[str, Any]: ...

    def revision_times(self, uid: str) -> list[str]:
        """recorded_at of every saved version of the entry, oldest first."""
        ...

    def read_attachment(self, uid: str) -> bytes: ...

    def iter_attachment(self, uid: str) -> Iterator[bytes]:
        """The original bytes in chunks (large videos never sit in memory whole)."""
        ...

    def chain_head(self) -> str: ...


class VaultSource:
    """Reads an unlocked vault."""

    def __init__(self, vault: Any) -> None:
        self._vault = vault
        self._journal = vault.journal

    def document(self) -> dict[str, Any]:
        from safeplan.core.interchange import export_document

        return export_document(self._journal, include_data=False)

    def revision_times(self, uid: str) -> list[str]:
        times: list[str] = []
        for revision in self._journal.history(uid):
            # Only saves change what was written; moving to and from the trash is no amendment.
            if getattr(revision, "action", "") not in ("create", "update"):
                continue
            times.append(str(revision.recorded_at))
        return times

    def revision_records(self) -> list[tuple[str, str]]:
        """(record hash, entry uid) of every revision, for dated receipts (receipts.py)."""
        return list(self._journal.revision_records())

    def receipts(self) -> list[dict[str, Any]]:
        from safeplan.core.journal.receipts import ReceiptBook

        return [r.to_json() for r in ReceiptBook(self._journal).all()]

    def deletions(self) -> list[dict[str, Any]]:
        """Entries in the trash with their permanent reference, time of deletion and last
        content (issue 12.7: the amendment appendix lists them as deleted, with the time)."""
        from safeplan.core.journal.search import Query

        out = []
        for entry in self._journal.list(Query(kinds=("incident", "medical", "legal"),
                                              in_trash=True)):
            out.append({"id": entry.uid, "kind": entry.kind, "ref": entry.ref,
                        "deleted_at": entry.updated_at, "content": entry.content})
        return out

    def read_attachment(self, uid: str) -> bytes:
        return bytes(self._journal.read_attachment(uid))

    def iter_attachment(self, uid: str) -> Iterator[bytes]:
        return iter(self._journal.iter_attachment(uid))

    def chain_head(self) -> str:
        return str(self._journal.chain_head())


class DocumentSource:
    """An open-format document held in memory; attachment bytes from ``data_base64``."""

    def __init__(self, document: Mapping[str, Any], chain_head: str = "") -> None:
        self._document = dict(document)
        self._chain_head = chain_head or hashlib.sha256(b"").hexdigest()

    def document(self) -> dict[str, Any]:
        return self._document

    def revision_times(self, uid: str) -> list[str]:
        # Earlier versions listed in the document's ``revisions`` are read by data.Entry itself.
        for kind in ("incidents", "messages", "medical", "legal"):
            for item in self._document.get(kind) or []:
                if isinstance(item, Mapping) and item.get("id") == uid:
                    return [str(item["recorded_at"])] if item.get("recorded_at") else []
        return []

    def read_attachment(self, uid: str) -> bytes:
        for item in self._document.get("attachments") or []:
            if isinstance(item, Mapping) and item.get("id") == uid:
                try:
                    return base64.b64decode(str(item.get("data_base64") or ""), validate=True)
                except (binascii.Error, ValueError):
                    raise KeyError(uid) from None
        raise KeyError(uid)

    def iter_attachment(self, uid: str) -> Iterator[bytes]:
        data = self.read_attachment(uid)
        for start in range(0, max(len(data), 1), 1 << 20):
            yield data[start:start + (1 << 20)]

    def chain_head(self) -> str:
        return self._chain_head
