"""Canonical content and the revision hash chain (requirement 17, threat A4).

Each revision's ``record_hash`` is SHA-256 over the canonical JSON of its record (entry id, kind,
sequence number, action, recorded time and content); its ``chain_hash`` is
SHA-256(previous chain_hash ‖ record_hash). One chain runs through every revision of the vault,
so the head (printed in every export) commits to the whole history. When the trash is emptied the
content is removed but ``record_hash`` stays, so the chain still verifies and the verifier can say
how many revisions were purged rather than pretending they never existed.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

GENESIS = bytes(32)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def canonical_json(value: Any) -> bytes:
    """Deterministic UTF-8 JSON: sorted keys, no spaces, text kept exactly (never normalised).

    Lone surrogates (possible in hostile or damaged input) are written as ``\\udXXX`` escapes so
    the bytes stay valid UTF-8 and still decode to the very same string.
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # rare: only then pay for the substitution
        return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text).encode("utf-8")


def without_lone_surrogates(text: str) -> str:
    """For places that need plain Unicode (the search index): lone surrogates → U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub("\ufffd", text)
    return text


def record_hash(uid: str, kind: str, seq: int, action: str, recorded_at: str,
                content: bytes | None) -> bytes:
    # Fields joined with NUL (none of them can contain one: ids are hex, the rest fixed words and
    # ISO times), then a presence byte and the canonical content.
    head = "\x00".join((uid, kind, str(seq), action, recorded_at)).encode("utf-8")
    digest = hashlib.sha256(head + b"\x00")
    digest.update(b"\x00" if content is None else b"\x01" + content)
    return digest.digest()


def link(previous: bytes, record: bytes) -> bytes:
    return hashlib.sha256(previous + record).digest()


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    purged: int
    first_broken: str | None
    message: str


def stored_bytes(content: bytes | str) -> bytes:
    """Stored content as bytes. We write BLOBs, but a row edited outside the program may hold
    TEXT: the verifier must then report a broken link, not crash (requirement 5)."""
    return content.encode("utf-8", "surrogatepass") if isinstance(content, str) else bytes(content)


def _broken(checked: int, purged: int, rev_id: int, kind: str, at: str, why: str) -> ChainReport:
    return ChainReport(False, checked, purged, f"revision {rev_id}",
                       f"revision {rev_id} (a {kind} saved {at}): {why}")


def verify_rows(rows: Iterable[tuple[Any, ...]], head: bytes) -> ChainReport:
    """Walk revisions in id order: (id, uid, kind, seq, action, recorded_at, content,
    record_hash, chain_hash). Purged revisions (content NULL) are checked by their kept hash."""
    previous = GENESIS
    checked = purged = 0
    for rev_id, uid, kind, seq, action, at, content, stored_record, stored_chain in rows:
        checked += 1
        if content is None:
            purged += 1
            record = bytes(stored_record)
        else:
            record = record_hash(uid, kind, seq, action, at, stored_bytes(content))
            if record != bytes(stored_record):
                return _broken(checked, purged, rev_id, kind, at, "its content was changed")
        expected = link(previous, record)
        if expected != bytes(stored_chain):
            return _broken(checked, purged, rev_id, kind, at, "the chain link does not match")
        previous = expected
    if previous != head:
        return ChainReport(False, checked, purged, "head",
                           "the newest revision is missing from the chain")
    return ChainReport(True, checked, purged, None, f"all {checked} revisions verified")


def entry_name(uid: str, kind: str, ref: object) -> str:
    """How a report names an entry: its permanent reference when it has one, and its id."""
    return f"entry {ref} (a {kind}, id {uid})" if ref else f"a {kind} (id {uid})"


def name_entry(report: ChainReport, name: str) -> ChainReport:
    if not name:
        return report
    return ChainReport(report.ok, report.checked, report.purged, report.first_broken,
                       f"{name}: {report.message}")


def verify_entries(entries: Iterable[tuple[Any, ...]], revisions: Iterable[tuple[Any, ...]],
                   chained: ChainReport) -> ChainReport:
    """Check the ``entries`` table against the (already verified) revisions.

    Lists and exports read the first recorded time, the last change, the trash state, the
    current revision and the permanent reference from ``entries``; none of those columns is
    hashed itself, so each must equal what the chain says, or an edit of the database could
    change a printed date or number with the chain still green (issue 12, item 6).
    entries: (id, uid, kind, rev_id, revision_count, recorded_at, updated_at, deleted_at, purged,
    ref); revisions: (entry_id, id, seq, action, recorded_at) in chain order.
    """
    from safeplan.core.storage.schema import References

    rows = {int(r[0]): r for r in entries}
    refs = References()
    expected_ref: dict[int, str | None] = {}
    first: dict[int, str] = {}
    last: dict[int, tuple[int, int, str]] = {}
    changed: dict[int, str] = {}
    trashed: dict[int, str | None] = {}
    purged: set[int] = set()
    for entry_id, rev_id, seq, action, at in revisions:
        row = rows.get(int(entry_id))
        if row is None:
            return ChainReport(False, chained.checked, chained.purged, f"revision {rev_id}",
                               f"revision {rev_id} belongs to no entry")
        if seq == 1:
            first[entry_id] = str(at)
            expected_ref[entry_id] = refs.next(str(row[2]), str(at))
        last[entry_id] = (int(rev_id), int(seq), str(action))
        if action == "delete":
            trashed[entry_id] = str(at)
        elif action == "restore":
            trashed[entry_id] = None
        if action == "purge":
            purged.add(entry_id)
        else:
            changed[entry_id] = str(at)
    for entry_id, row in rows.items():
        _, uid, kind, rev_id, count, recorded, updated, deleted, is_purged, ref = row
        why = ""
        if entry_id not in last:
            why = "it has no revision in the chain"
        elif str(recorded) != first.get(entry_id):
            why = "its recorded time does not match its first revision"
        elif (int(rev_id), int(count)) != last[entry_id][:2]:
            why = "it does not show its newest revision"
        elif str(updated) != changed.get(entry_id, str(updated)):
            why = "its time of last change does not match the chain"
        elif (deleted or None) != trashed.get(entry_id):
            why = "its trash state does not match the chain"
        elif bool(is_purged) != (entry_id in purged):
            why = "its purge state does not match the chain"
        elif (ref or None) != expected_ref.get(entry_id):
            why = "its reference number does not match the chain"
        if why:
            return ChainReport(False, chained.checked, chained.purged, f"entry {uid}",
                               f"{entry_name(str(uid), str(kind), ref)}: {why}")
    return chained
