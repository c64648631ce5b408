"""Each exhibit's original read once for its hash, and the pictures' display copies made in
worker threads while the pages before the exhibits are laid out (issue 17.1).

The hashes go into the signed statement, which must be complete before the layout starts (the
PDF carries its hash), so the originals are read and hashed first. Making the display copies
(decoding up to 12 MP photos) is most of the time this takes, and it is only needed when the
exhibit pages are made, thousands of pages later: ``DisplayCopies.step`` (called between
flowables, on the thread that owns the journal) reads the next picture again and hands it to a
worker; ``finish`` waits for the rest before the exhibits are laid out. Pillow releases the GIL,
and the workers leave one core to the layout (one worker on two cores), so the pictures cost the
layout almost nothing. At most a few originals are held at a time.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from safeplan.core.errors import SafePlanError
from safeplan.core.export import images, location_strip
from safeplan.core.export import manifest as mf
from safeplan.core.export.context import ExhibitFile
from safeplan.core.export.data import ChronologyData, Exhibit
from safeplan.core.export.source import ExportSource

Progress = Callable[[int, int], None]
_log = logging.getLogger(__name__)
_UNREADABLE = (SafePlanError, KeyError, OSError, ValueError)


class DisplayCopies:
    """The display copies still to make, made a few at a time in worker threads."""

    def __init__(self, source: ExportSource, files: dict[str, ExhibitFile],
                 uids: list[str]) -> None:
        self._source = source
        self._files = files
        self._todo = deque(uids)
        # one core is left to the layout (the export's own time): on two cores a second worker
        # took turns with the layout thread, and one worker has made the pictures long before
        # the exhibit pages are reached
        self._workers = max(1, min(4, (os.cpu_count() or 2) - 1))
        self._pending: deque[tuple[str, Future[tuple[bytes, int, int] | None]]] = deque()
        self._pool: ThreadPoolExecutor | None = None

    def _harvest(self) -> None:
        uid, future = self._pending.popleft()
        self._files[uid].display = future.result()

    def step(self) -> None:
        """Collect finished copies and start the next ones (cheap when the workers are busy)."""
        while self._pending and self._pending[0][1].done():
            self._harvest()
        while self._todo and len(self._pending) < self._workers * 2:
            uid = self._todo.popleft()
            try:
                raw = self._source.read_attachment(uid)
            except _UNREADABLE:  # read a moment ago: a placeholder rather than a failed export
                _log.warning("an exhibit could not be read again for its picture")
                continue
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=self._workers)
            self._pending.append((uid, self._pool.submit(images.display_copy, raw)))
            del raw

    def finish(self) -> None:
        """Every display copy made (before the exhibit pages are). The layout waits meanwhile,
        so this thread makes pictures too (a short export with many photos)."""
        while self._todo or self._pending:
            self.step()
            if self._todo:
                self._make_here(self._todo.popleft())
            elif self._pending:
                self._harvest()
        self.close()

    def _make_here(self, uid: str) -> None:
        try:
            raw = self._source.read_attachment(uid)
        except _UNREADABLE:
            _log.warning("an exhibit could not be read again for its picture")
            return
        self._files[uid].display = images.display_copy(raw)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def read_exhibits(source: ExportSource, data: ChronologyData, progress: Progress | None,
                  check: Callable[[], None]) -> tuple[dict[str, ExhibitFile],
                                                      list[dict[str, Any]], DisplayCopies]:
    """Hash and size of each original (read once, never held whole for long), the manifest's
    records, and the display copies still to make."""
    files: dict[str, ExhibitFile] = {}
    records: list[dict[str, Any]] = []
    pictures: list[str] = []
    total = len(data.exhibits)
    for ex in data.exhibits:
        check()
        c = ex.content
        picture = images.is_image(c.get("media_type"), c.get("file_name")) and int(
            c.get("size") or 0) <= images.MAX_PICTURE_BYTES
        try:
            if picture:
                raw = source.read_attachment(ex.uid)
                files[ex.uid] = ExhibitFile(mf.sha256_hex(raw), len(raw), True)
                location_strip.note_copy(files[ex.uid], raw, c, data.options)
                pictures.append(ex.uid)
                del raw
            else:  # videos, documents, huge files: hashed as a stream, never held whole
                files[ex.uid] = _stream_hash(source, ex.uid, check)
                location_strip.note_copy(files[ex.uid], None, c, data.options)
        except _UNREADABLE:  # one bad blob: placeholder
            _log.warning("an exhibit could not be read from the journal")
            files[ex.uid] = ExhibitFile(str(c.get("sha256") or ""), int(c.get("size") or 0),
                                        False)
        records.append(_record(ex, files[ex.uid]))
        if progress is not None:
            progress(len(records), total + 1)
    return files, records, DisplayCopies(source, files, pictures)


def _stream_hash(source: ExportSource, uid: str, check: Callable[[], None]) -> ExhibitFile:
    digest, size = hashlib.sha256(), 0
    for chunk in source.iter_attachment(uid):
        check()
        digest.update(chunk)
        size += len(chunk)
    return ExhibitFile(digest.hexdigest(), size, True)


def _record(ex: Exhibit, found: ExhibitFile) -> dict[str, Any]:
    c = ex.content
    record: dict[str, Any] = {
        "uid": ex.uid, "number": ex.number, "file_name": str(c.get("file_name") or ""),
        "media_type": str(c.get("media_type") or ""), "size": found.size,
        "sha256": found.sha256, "bundle_path": mf.exhibit_bundle_name(
            ex.number, str(c.get("file_name") or "")), "readable": found.readable}
    if c.get("sha256") and c.get("sha256") != found.sha256:
        record["recorded_sha256"] = c.get("sha256")
    location_strip.apply_to_record(record, found)  # a photo: the copy shipped, both hashes kept
    return record
