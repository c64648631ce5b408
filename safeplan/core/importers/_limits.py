"""Limits against hostile export files (issue 14.8), set from what real exports look like.

A 162 KB WhatsApp zip expanded to 2.2 million messages (4.2 GB of memory, 2.8 GB of vault); a
2 MB media zip wrote 2 GiB. Real exports are nothing like that:

* WhatsApp exports at most 40,000 messages without media and 10,000 with media (its own cap), and
  its chat text compresses about 3–8 : 1. Photos, videos and voice notes are already compressed
  (about 1 : 1).
* A Telegram result.json nests about 8 levels deep (chats → list → chat → messages → message →
  text → entity); a SafePlan journal file about 6.

Every limit below is far above the real figure, so no genuine export is refused, and each refusal
names the limit (``errors.LimitExceeded.limit``) in words a person can act on.
"""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from safeplan.core.errors import InvalidInput, LimitExceeded, StorageFull

MAX_MESSAGES = 200_000           # 5 × WhatsApp's own 40,000-message export cap
# Telegram whole-account exports are real at millions of messages, but each message read into
# an import costs about 2.3 KB (benchmark: 231 MB for 100,000): one import holds at most this
# many; she chooses fewer chats for the rest (skipped chats are read, never built).
MAX_BUILT_MESSAGES = 500_000
MAX_LINES = 1_500_000            # lines of chat text (multi-line messages included)
MAX_CHAT_TEXT = 64 << 20         # WhatsApp chat text: 40,000 messages are about 6 MB
ZIP_MAX_MEMBERS = 20_000         # WhatsApp: at most 10,000 media files beside the chat
ZIP_MAX_TOTAL = 4 << 30          # everything a zip may expand to
ZIP_MAX_RATIO = 100              # real members: text ≤ 10 : 1, media ≈ 1 : 1
ZIP_RATIO_FROM = 1 << 20         # tiny members may compress better; they cannot hurt
# JSON nesting: the C decoder stops at the interpreter's recursion limit (about 1,000 levels);
# real files nest fewer than 10 (Telegram ≈ 8, SafePlan journal ≈ 6).
MAX_JSON_DEPTH = 1000
DISK_MARGIN = 64 << 20           # left free after an import (the vault needs room to work)
_CHUNK = 1 << 20


def mib(n: int) -> str:
    return f"{n / (1 << 20):,.0f} MB" if n < (1 << 30) else f"{n / (1 << 30):,.1f} GB"


def check_zip(zf: zipfile.ZipFile, file_name: str) -> None:
    """Member count, total expanded size and compression ratio, from the zip's directory —
    checked before a single byte is unpacked (the sizes are enforced again while reading)."""
    infos = zf.infolist()
    if len(infos) > ZIP_MAX_MEMBERS:
        raise LimitExceeded(f"the zip holds {len(infos):,} files; a real export holds at most "
                            f"{ZIP_MAX_MEMBERS:,}", limit="zip-members", found=len(infos),
                            maximum=ZIP_MAX_MEMBERS, file_name=file_name)
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > ZIP_RATIO_FROM and \
                info.file_size > ZIP_MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise LimitExceeded(
                f"{info.filename} would expand {ratio:,} times (to {mib(info.file_size)}); real "
                f"export files expand at most {ZIP_MAX_RATIO} times", limit="zip-ratio",
                found=ratio, maximum=ZIP_MAX_RATIO, where=info.filename, file_name=file_name)
    if total > ZIP_MAX_TOTAL:
        raise LimitExceeded(f"the zip would expand to {mib(total)}; the limit is "
                            f"{mib(ZIP_MAX_TOTAL)}", limit="zip-total", found=total,
                            maximum=ZIP_MAX_TOTAL, file_name=file_name)


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, file_name: str) -> bytes:
    """A member's bytes, never more than ``limit`` nor more than its directory entry declared."""
    if info.file_size > limit:
        raise LimitExceeded(f"{info.filename} is {mib(info.file_size)}; a real chat is at most "
                            f"{mib(limit)}", limit="chat-size", found=info.file_size,
                            maximum=limit, where=info.filename, file_name=file_name)
    with zf.open(info) as fh:
        data = fh.read(min(limit, info.file_size) + 1)
    if len(data) > info.file_size:
        raise InvalidInput("damaged zip file (a file is longer than the zip says)",
                           where=info.filename, file_name=file_name)
    return data


def count_bounded(fh: IO[bytes], declared: int, where: str, file_name: str,
                  digest: Any) -> int:
    """Feed ``fh`` to ``digest``; stop with an error once it runs past its declared size."""
    size = 0
    while chunk := fh.read(_CHUNK):
        size += len(chunk)
        if size > declared:
            raise InvalidInput("damaged zip file (a file is longer than the zip says)",
                               where=where, file_name=file_name)
        digest.update(chunk)
    return size


def check_message_count(count: int, file_name: str) -> None:
    if count > MAX_MESSAGES:
        raise LimitExceeded(f"the file holds {count:,} messages; a real WhatsApp export holds "
                            f"at most 40,000 (the limit here is {MAX_MESSAGES:,})",
                            limit="messages", found=count, maximum=MAX_MESSAGES,
                            file_name=file_name)


def check_built_messages(count: int, file_name: str) -> None:
    if count > MAX_BUILT_MESSAGES:
        raise LimitExceeded(f"more than {MAX_BUILT_MESSAGES:,} messages in one import; choose "
                            "fewer chats and import the others separately",
                            limit="messages", found=count, maximum=MAX_BUILT_MESSAGES,
                            file_name=file_name)


def depth_error(file_name: str, where: str = "$") -> LimitExceeded:
    return LimitExceeded(f"the JSON is nested deeper than about {MAX_JSON_DEPTH:,} levels (a "
                         "real export nests fewer than 10); it was not read", limit="json-depth",
                         found=MAX_JSON_DEPTH + 1, maximum=MAX_JSON_DEPTH, where=where,
                         file_name=file_name)


def bytes_to_write(attachments: Iterable[dict[str, Any]], messages: int) -> int:
    """What an import will write: every attachment (the vault keeps each once, encrypted) and
    about 2 KB per message with its revision and indexes."""
    return sum(int(a.get("size") or 0) for a in attachments) + 2048 * messages


def check_free_space(document: dict[str, Any], folder: Path) -> None:
    """Refuse before writing when the vault's disk cannot hold the import (issue 14.8): the
    disk is full, not the file hostile, so this is StorageFull ("free some space")."""
    need = bytes_to_write(document.get("attachments") or [], len(document.get("messages") or []))
    probe = Path(folder)
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    free = shutil.disk_usage(probe).free
    if need + DISK_MARGIN > free:
        raise StorageFull(f"the import needs about {mib(need + DISK_MARGIN)} of free disk "
                          f"space; only {mib(free)} is free", needed=need + DISK_MARGIN,
                          free=free)
