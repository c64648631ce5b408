"""What every importer hands back: an open-format document, a summary for the preview, the bytes.

Requirement (issue 6): a preview before anything is committed — counts, date range, participants,
which side is probably the survivor, the date pattern and zone used, every repair made to the file
and every piece of media the export left out. The document itself is plain data in the open format
(INTERCHANGE.md) so ``interchange.import_document`` can validate and commit it all-or-nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from types import TracebackType
from typing import Any, BinaryIO

from safeplan.core.errors import InvalidInput

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
Opener = Callable[[], BinaryIO]


class TimezoneNeeded(InvalidInput):
    """The file holds local wall-clock times without a zone and no zone was given.

    The GUI asks the survivor; the CLI tells her to pass ``--tz``. ``suggestion`` is a hint found in
    the file itself (e.g. the offset between Telegram's ``date`` and ``date_unixtime``), never applied
    silently because an offset seen on one day need not hold on another (DST, moves).
    """

    # kind stays "invalid-input" (CLI exit 5, "nothing was imported"); callers tell this case
    # apart with isinstance() to ask for the zone (GUI) or point at --tz (CLI).

    def __init__(self, message: str, *, where: str = "", file_name: str = "",
                 suggestion: str = "") -> None:
        super().__init__(message, where=where, file_name=file_name)
        self.suggestion = suggestion


@dataclass
class Participant:
    """One sender as the export shows them; ``key`` is what ``set_survivor``/``link_person`` take."""

    key: str
    name: str
    platform_id: str = ""
    message_count: int = 0
    is_survivor: bool = False


@dataclass
class Repair:
    """A change made to be able to read the file (rule 4: repairs are recorded, never silent)."""

    where: str
    what: str


@dataclass
class MissingMedia:
    """Rule 5: absence is a fact — media the export omitted, with where and what it said."""

    where: str
    kind: str
    detail: str = ""


@dataclass
class MediaFile:
    """A file the export references and the import will attach (shown before anything is saved).

    ``origin``: ``zip`` (inside the export's own zip) or ``folder`` (beside the export in a folder
    that holds nothing else). ``predates_chat``: its modification time is earlier than the first
    message — possibly a file of hers that a crafted chat line names; ask before attaching.
    """

    where: str
    file_name: str
    size: int
    sha256: str
    attachment_id: str
    origin: str
    modified_at: str | None = None
    predates_chat: bool = False


@dataclass
class Unreadable:
    """Issue 13.4: one item of the export that could not be read, imported as an entry of its own.

    ``where`` is its place in the file (``mms[3].parts[2]``, ``line 41``); ``item`` and ``reason``
    are the English words the journal entry was written from; ``message_id`` is the document id of
    that entry and ``attachment_id`` the attachment holding the original bytes (None when the file
    held no bytes for it at all).
    """

    where: str
    item: str
    reason: str
    message_id: str
    attachment_id: str | None = None


@dataclass
class ImportSummary:
    format: str
    file_name: str
    file_sha256: str
    file_size: int
    conversations: list[str] = field(default_factory=list)
    available_conversations: dict[str, int] = field(default_factory=dict)  # Telegram: all chats
    message_count: int = 0
    service_count: int = 0
    attachment_count: int = 0
    first_at: str | None = None
    last_at: str | None = None
    participants: list[Participant] = field(default_factory=list)
    survivor_key: str | None = None
    survivor_reason: str = ""
    date_pattern: str = ""
    # WhatsApp (issue 13.6): DMY/MDY/YMD, how it was decided ("file", "user", "guess" = every
    # date ≤ 12, to be confirmed), and two headers to show her in both readings
    # ({"text": "05.03.24, 21:05", "DMY": "2024-03-05T21:05", "MDY": "2024-05-03T21:05"}).
    date_order: str = ""
    date_order_source: str = ""
    date_order_examples: list[dict[str, str]] = field(default_factory=list)
    tz: str | None = None
    tz_source: str = ""
    tz_known: bool = True
    direction_from_file: bool = False
    repairs: list[Repair] = field(default_factory=list)
    missing_media: list[MissingMedia] = field(default_factory=list)
    # Issue 14.2: every file from outside the export file to be attached, shown in the preview.
    media_files: list[MediaFile] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Items imported as "could not be read" entries (not counted in message_count).
    unreadable: list[Unreadable] = field(default_factory=list)

    @property
    def unreadable_count(self) -> int:
        return len(self.unreadable)

    def participant(self, key: str) -> Participant:
        for p in self.participants:
            if p.key == key:
                return p
        raise KeyError(key)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able form (CLI prints it; the repair log goes into export bundles)."""
        return asdict(self)


class ImportBatch:
    """A parsed export: ``document`` (open format), ``summary``, and streamed attachment bytes."""

    def __init__(self, document: dict[str, Any], summary: ImportSummary,
                 openers: dict[str, Opener], on_close: Callable[[], None] | None = None) -> None:
        self.document = document
        self.summary = summary
        self._openers = openers
        self._on_close = on_close

    def open_attachment(self, attachment_id: str) -> BinaryIO:
        """Original bytes of one attachment, streamed from the export file, folder or zip."""
        try:
            opener = self._openers[attachment_id]
        except KeyError:
            raise InvalidInput("no such attachment in this import",
                               where=f"attachments[{attachment_id}]",
                               file_name=self.summary.file_name) from None
        return opener()

    def leave_out_files(self, attachment_ids: set[str], reason: str) -> None:
        """She chose not to attach these files (issue 14.2): drop them, list them as missing."""
        s = self.summary
        kept = [f for f in s.media_files if f.attachment_id not in attachment_ids]
        for f in s.media_files:
            if f.attachment_id in attachment_ids:
                missing = MissingMedia(f.where, "not-attached", f"{f.file_name}: {reason}")
                s.missing_media.append(missing)
                log = self.document.get("import_summary", {}).get("missing_media")
                if isinstance(log, list):
                    log.append([missing.where, missing.kind, missing.detail])
        s.media_files = kept
        atts = self.document.get("attachments", [])
        self.document["attachments"] = [a for a in atts if a.get("id") not in attachment_ids]
        s.attachment_count -= len(atts) - len(self.document["attachments"])
        for msg in self.document.get("messages", []):
            ids = msg.get("attachment_ids")
            if ids and any(i in attachment_ids for i in ids):
                msg["attachment_ids"] = [i for i in ids if i not in attachment_ids]
                if not msg["attachment_ids"]:
                    del msg["attachment_ids"]
        for att_id in attachment_ids:
            self._openers.pop(att_id, None)

    def set_survivor(self, participant_key: str | None) -> None:
        """The survivor confirmed which side is hers: recompute every message's direction."""
        if participant_key is not None:
            self.summary.participant(participant_key)  # KeyError for an unknown key
        self.summary.survivor_key = participant_key
        self.summary.survivor_reason = "confirmed by user" if participant_key else ""
        for p in self.summary.participants:
            p.is_survivor = p.key == participant_key
        if participant_key is None or self.summary.direction_from_file:
            return  # e.g. SMS backups: the phone itself recorded sent/received
        for msg in self.document.get("messages", []):
            key = participant_key_of(msg)
            if key:
                msg["direction"] = "outgoing" if key == participant_key else "incoming"

    def link_person(self, participant_key: str, person: dict[str, Any]) -> str:
        """Add ``person`` (open-format fields) to the document and point the sender's messages at it."""
        self.summary.participant(participant_key)
        people = self.document.setdefault("people", [])
        pid = f"p{len(people) + 1}"
        people.append({**person, "id": pid})
        for msg in self.document.get("messages", []):
            if participant_key_of(msg) == participant_key:
                msg["person_id"] = pid
        return pid

    def close(self) -> None:
        if self._on_close is not None:
            self._on_close()
            self._on_close = None

    def __enter__(self) -> ImportBatch:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def participant_key_of(msg: dict[str, Any]) -> str:
    """Platform id / number / address when known (stable), else the display name."""
    return str(msg.get("sender_id") or msg.get("sender") or "")
