"""Where a WhatsApp chat and its media come from: the .txt, or the .zip WhatsApp made.

Issue 14.2 — files the abuser names: a chat line shaped like ``passport.pdf (file attached)`` must
never attach her own ~/Downloads/passport.pdf. Media are attached only

* from the export's own zip (members are read from the zip, never from the disk), or
* from a folder that holds nothing but the export: the chat .txt, the files its lines name, and
  the litter file managers leave (``.DS_Store``, ``Thumbs.db``, ``desktop.ini``). One other file,
  folder or symbolic link in it, and nothing is attached from it (every named file is listed as
  missing, with the reason).

Symbolic links are never followed (``_safe_paths``). A file older than the chat's first message
is flagged (``MediaFile.predates_chat``) so the preview asks before attaching it.

Issue 13.4 — one bad byte imports nothing: the text is decoded with replacement, each bad
sequence is recorded with its byte offset and line. Issue 14.8 — zip bombs: the zip's directory
is checked (``_limits``) before anything is unpacked, and sizes are enforced while reading.
"""

from __future__ import annotations

import hashlib
import os
import stat
import zipfile
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from safeplan.core.errors import InvalidInput, LimitExceeded

from . import _limits
from ._builder import DocumentBuilder, guess_media_type
from ._safe_paths import Inside
from ._time import iso
from ._wa_text import conversation_from_name, norm
from .base import MediaFile, Opener

LITTER = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", "._.DS_Store"})
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError,
               EOFError, OSError, RuntimeError)
_MAX_REPAIR_NOTES = 100
_SCAN_AT_MOST = 20_000


class ChatSource:
    """The chat text (decoded with replacement) and the media the export may attach."""

    def __init__(self, path: Path, builder: DocumentBuilder) -> None:
        self.path = path
        self.b = builder
        self.zip: zipfile.ZipFile | None = None
        self.raw = b""
        self.bad: list[tuple[int, bytes]] = []  # (byte offset, the bad bytes)
        self._members: dict[str, zipfile.ZipInfo] = {}
        self._line_starts: list[int] | None = None
        self.folder_refused = ""  # why files beside a .txt are not attached

    # -- the chat text -----------------------------------------------------------------------
    def read(self) -> tuple[str, str]:
        """(chat text, conversation name)."""
        stem = self.path.stem
        with self.path.open("rb") as fh:
            is_zip = fh.read(4) == b"PK\x03\x04"
        if not is_zip:
            size = self.path.stat().st_size
            if size > _limits.MAX_CHAT_TEXT:
                raise LimitExceeded(
                    f"the chat file is {_limits.mib(size)}; a real WhatsApp chat is at most "
                    f"{_limits.mib(_limits.MAX_CHAT_TEXT)}", limit="chat-size", found=size,
                    maximum=_limits.MAX_CHAT_TEXT, file_name=self.path.name)
            self.raw = self.path.read_bytes()
            return self._decode(), conversation_from_name(stem)
        try:
            self.zip = zipfile.ZipFile(self.path)
            _limits.check_zip(self.zip, self.path.name)
            infos = [i for i in self.zip.infolist() if not i.is_dir()]
            chats = [i for i in infos if i.filename.lower().endswith(".txt") and (
                "whatsapp" in i.filename.lower() or i.filename.endswith("_chat.txt")
                or "чат" in i.filename.lower())]
            if not chats:
                raise InvalidInput("this zip holds no WhatsApp chat", file_name=self.path.name)
            chat = chats[0]
            self.raw = _limits.read_member(self.zip, chat, _limits.MAX_CHAT_TEXT, self.path.name)
        except InvalidInput:
            self.close()
            raise
        except _ZIP_ERRORS as exc:
            self.close()
            raise InvalidInput(f"damaged zip file ({exc})", file_name=self.path.name) from None
        for info in infos:
            if info is not chat:
                self._members.setdefault(PurePosixPath(info.filename).name, info)
        # Android zips hold "WhatsApp Chat with Viktor.txt": WhatsApp's own name for the chat,
        # which survives the zip being renamed on the way ("attachment.zip", "… (1).zip").
        inner = PurePosixPath(chat.filename).stem
        named = conversation_from_name(inner) != norm(inner).strip()
        return self._decode(), conversation_from_name(inner if named else stem)

    def _decode(self) -> str:
        raw = self.raw
        lines = raw.count(b"\n")  # counted in C before anything is split or decoded
        if lines > _limits.MAX_LINES:
            raise LimitExceeded(f"the chat has {lines:,} lines; a real WhatsApp export has at "
                                f"most about 40,000 messages (the limit here is "
                                f"{_limits.MAX_LINES:,} lines)", limit="lines", found=lines,
                                maximum=_limits.MAX_LINES, file_name=self.path.name)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = self._decode_with_replacement(raw)
        return text[1:] if text.startswith("\ufeff") else text

    def _decode_with_replacement(self, raw: bytes) -> str:
        parts: list[str] = []
        pos = 0
        while True:
            try:
                parts.append(raw[pos:].decode("utf-8"))
                break
            except UnicodeDecodeError as exc:
                start, end = pos + exc.start, pos + exc.end
                parts.append(raw[pos:start].decode("utf-8"))
                parts.append("\ufffd")
                self.bad.append((start, raw[start:end]))
                pos = end
        for n, (offset, seq) in enumerate(self.bad):
            if n == _MAX_REPAIR_NOTES:
                self.b.repair("whole file", f"{len(self.bad) - n} more invalid UTF-8 "
                                            "sequence(s) replaced the same way")
                break
            self.b.repair(f"byte {offset} (line {self.line_of(offset)})",
                          f"invalid UTF-8 byte(s) {seq.hex(' ')} replaced with U+FFFD; the "
                          "original bytes are kept in the export file")
        return "".join(parts)

    def line_of(self, offset: int) -> int:
        """1-based line of a byte offset (the decoded text has the same line breaks)."""
        return self.raw.count(b"\n", 0, offset) + 1

    def line_bytes(self, first: int, last: int) -> bytes:
        """The original bytes of 0-based lines ``first``…``last`` (for unreadable items)."""
        if self._line_starts is None:
            starts = [0]
            find = self.raw.find
            at = find(b"\n")
            while at >= 0:
                starts.append(at + 1)
                at = find(b"\n", at + 1)
            self._line_starts = starts
        starts = self._line_starts
        end = starts[last + 1] if last + 1 < len(starts) else len(self.raw)
        return self.raw[starts[first]:end]

    # -- media ---------------------------------------------------------------------------------
    def plan(self, named: set[str]) -> None:
        """Decide, once, whether files beside a .txt may be attached (see the module doc)."""
        if self.zip is not None:
            return
        folder = self.path.parent
        others: list[str] = []
        try:
            with os.scandir(folder) as entries:
                for n, entry in enumerate(entries):
                    if n > _SCAN_AT_MOST:
                        others.append("…")
                        break
                    if entry.name == self.path.name or entry.name in LITTER:
                        continue
                    if entry.is_symlink() or not entry.is_file(follow_symlinks=False) or \
                            entry.name not in named:
                        others.append(entry.name)
        except OSError:
            others.append("(the folder cannot be listed)")
        if others and named:
            self.folder_refused = (
                "not attached: the chat's folder also holds other files, folders or links "
                f"({len(others)}), so files there may not belong to this chat; import the .zip "
                "WhatsApp made, or a folder holding only the chat and its files")
            self.b.summary.warnings.append(
                f"files named by the chat were not taken from its folder: it also holds "
                f"{len(others)} other item(s) (e.g. {others[0]})")

    def attach(self, file_name: str, where: str, first: datetime, first_ts: float
               ) -> list[str]:
        """Attach the named file if the rules allow it; else record it as missing."""
        if self.zip is not None:
            return self._attach_member(file_name, where, first)
        found = Inside(self.path.parent, file_name)
        if found.reason == "not in the export folder":
            self.b.missing(where, "file-not-in-export", file_name)
            return []
        if self.folder_refused or not found.ok:
            reason = self.folder_refused or found.reason
            self.b.missing(where, "file-not-attached", f"{file_name}: {reason}")
            return []
        with found.open() as fh:
            digest = hashlib.sha256()
            size = _limits.count_bounded(fh, found.size, where, self.path.name, digest)
        modified = datetime.fromtimestamp(found.mtime).astimezone()
        return [self._add(file_name, where, found.open, size, digest.hexdigest(), "folder",
                          iso(modified), found.mtime < first_ts)]

    def _attach_member(self, file_name: str, where: str, first: datetime) -> list[str]:
        info = self._members.get(file_name)
        if info is None:
            self.b.missing(where, "file-not-in-export", file_name)
            return []
        if stat.S_ISLNK(info.external_attr >> 16):
            self.b.missing(where, "file-not-attached",
                           f"{file_name}: a symbolic link inside the zip; links are never followed")
            return []
        zf = self.zip
        assert zf is not None
        digest = hashlib.sha256()
        try:
            with zf.open(info) as fh:
                size = _limits.count_bounded(fh, info.file_size, info.filename, self.path.name,
                                             digest)
        except _ZIP_ERRORS as exc:
            raise InvalidInput(f"damaged file in the zip ({exc})", where=info.filename,
                               file_name=self.path.name) from None
        try:
            modified: datetime | None = datetime(*info.date_time)
        except ValueError:
            modified = None
        return [self._add(file_name, where, _zip_opener(zf, info), size, digest.hexdigest(),
                          "zip", modified.isoformat() if modified else None,
                          modified is not None and modified < first.replace(second=0))]

    def _add(self, file_name: str, where: str, opener: Opener, size: int, sha: str,
             origin: str, modified_at: str | None, predates: bool) -> str:
        att_id = self.b.add_attachment(file_name, opener, size=size, sha256=sha,
                                       media_type=guess_media_type(file_name),
                                       extra={"source_location": where})
        self.b.summary.media_files.append(MediaFile(where, file_name, size, sha, att_id, origin,
                                                    modified_at, predates))
        return att_id

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()
            self.zip = None


def _zip_opener(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Opener:
    def opener() -> BinaryIO:
        return zf.open(info)  # type: ignore[return-value]
    return opener
