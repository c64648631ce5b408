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
import json.encoder
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

GENESIS = bytes(32)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# One encoder for every record: ``json.dumps`` with these options builds a new encoder per call,
# a measurable share of inserting 100,000 messages (issue 17.4). Same options, same bytes.
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                              allow_nan=False)
# Its C core, built once (``JSONEncoder.encode`` builds one per call, with Python wrappers around
# it: ~20 % of the encoding). Arguments as ``JSONEncoder.iterencode`` passes them for the options
# above, except that it keeps no table of open containers (the circular-reference check): a
# circular value, which no JSON text or editor can produce, hits the recursion limit and is
# then handed to the encoder above, which refuses it as before. None when the C accelerator
# is missing: the encoder above then.
def _c_canonical() -> Any:
    make = getattr(json.encoder, "c_make_encoder", None)
    try:
        return None if make is None else make(
            None, _CANONICAL.default, json.encoder.encode_basestring, None, ":", ",", True, False,
            False)
    except TypeError:  # another Python's signature: the encoder above serves
        return None


_C_CANONICAL = _c_canonical()


def canonical_json(value: Any) -> bytes:
    """Deterministic UTF-8 JSON: sorted keys, no spaces, text kept exactly (never normalised).

    Lone surrogates (possible in hostile or damaged input) are written as ``\\udXXX`` escapes so
    the bytes stay valid UTF-8 and still decode to the very same string.
    """
    if _C_CANONICAL is None:
        text = _CANONICAL.encode(value)
    else:
        try:
            text = "".join(_C_CANONICAL(value, 0))
        except RecursionError:  # too deep, or containing itself: the encoder above says which
            text = _CANONICAL.encode(value)  # (RecursionError or ValueError, as it always did)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # rare: only then pay for the substitution
        return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text).encode("utf-8")


def has_no_lone_surrogate(canonical: bytes) -> bool:
    """True when ``canonical`` (from :func:`canonical_json`) shows that no string in the value
    held a lone surrogate: those are the only ``\\udXXX`` escapes it writes. (A literal
    backslash-u in the text may make this False too; callers then just check each string.)"""
    return b"\\ud" not in canonical


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
    # ISO times), then a presence byte and the canonical content; hashed in one call (one call per
    # revision saved: 100,000 for an import).
    if content is None:
        return _sha256(f"{uid}\x00{kind}\x00{seq}\x00{action}\x00{recorded_at}\x00\x00"
                       .encode()).digest()
    return _sha256(f"{uid}\x00{kind}\x00{seq}\x00{action}\x00{recorded_at}\x00\x01"
                   .encode() + content).digest()


def link(previous: bytes, record: bytes) -> bytes:
    return _sha256(previous + record).digest()


_sha256 = hashlib.sha256


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
    if kind == "citations":  # the hidden entry holding the message numbers (citations.py)
        return "the record of message numbers"
    return f"entry {ref} (a {kind}, id {uid})" if ref else f"a {kind} (id {uid})"


def name_entry(report: ChainReport, name: str) -> ChainReport:
    if not name:
        return report
    return ChainReport(report.ok, report.checked, report.purged, report.first_broken,
                       f"{name}: {report.message}")


# Each entry's columns against what its revisions say, in SQL (one pass with index look-ups:
# the vault check of 110,000 entries stays well under a second). The first reason found is
# reported; NULL-safe comparisons (IS NOT) so a NULLed column is caught too.
_ENTRY_CHECK = """
SELECT e.uid, e.kind, e.ref, CASE
  WHEN f.id IS NULL THEN 'it has no revision in the chain'
  WHEN e.recorded_at IS NOT f.recorded_at THEN 'its recorded time does not match its first revision'
  WHEN e.rev_id IS NOT l.id OR e.revision_count IS NOT l.seq
    THEN 'it does not show its newest revision'
  WHEN e.updated_at IS NOT (SELECT recorded_at FROM revisions WHERE entry_id = e.id
                            AND action != 'purge' ORDER BY seq DESC LIMIT 1)
    THEN 'its time of last change does not match the chain'
  WHEN e.deleted_at IS NOT (SELECT CASE action WHEN 'delete' THEN recorded_at END FROM revisions
                            WHERE entry_id = e.id AND action IN ('delete', 'restore')
                            ORDER BY seq DESC LIMIT 1)
    THEN 'its trash state does not match the chain'
  WHEN e.purged IS NOT EXISTS (SELECT 1 FROM revisions WHERE entry_id = e.id AND action = 'purge')
    THEN 'its purge state does not match the chain'
  END AS why
FROM entries e
LEFT JOIN revisions f ON f.entry_id = e.id AND f.seq = 1
LEFT JOIN revisions l ON l.entry_id = e.id
  AND l.seq = (SELECT max(seq) FROM revisions WHERE entry_id = e.id)
WHERE why IS NOT NULL
ORDER BY e.id LIMIT 1
"""


def verify_entries(conn: Any, chained: ChainReport) -> ChainReport:
    """Check the ``entries`` table against the (already verified) revisions.

    Lists and exports read the first recorded time, the last change, the trash state, the
    current revision and the permanent reference from ``entries``; none of those columns is
    hashed itself, so each must equal what the chain says, or an edit of the database could
    change a printed date or number with the chain still green (issue 12, item 6). References
    are recomputed from the chain's create revisions (storage.schema.References).
    """
    from safeplan.core.storage.schema import REF_SERIES, References

    def broken(uid: object, kind: object, ref: object, why: str) -> ChainReport:
        return ChainReport(False, chained.checked, chained.purged, f"entry {uid}",
                           f"{entry_name(str(uid), str(kind), ref)}: {why}")

    row = conn.execute(_ENTRY_CHECK).fetchone()
    if row is not None:
        return broken(row[0], row[1], row[2], str(row[3]))
    kinds = ", ".join(f"'{k}'" for k in REF_SERIES)  # fixed words, not user data
    refs = References()
    for uid, kind, at, ref in conn.execute(
            "SELECT e.uid, e.kind, r.recorded_at, e.ref FROM revisions r JOIN entries e"  # noqa: S608
            f" ON e.id = r.entry_id WHERE r.seq = 1 AND e.kind IN ({kinds}) ORDER BY r.id"):
        if (ref or None) != refs.next(str(kind), str(at)):
            return broken(uid, kind, ref, "its reference number does not match the chain")
    stray = conn.execute("SELECT uid, kind, ref FROM entries WHERE ref IS NOT NULL"  # noqa: S608
                         f" AND kind NOT IN ({kinds}, 'message') ORDER BY id LIMIT 1").fetchone()
    if stray is not None:
        return broken(stray[0], stray[1], stray[2],
                      "its reference number does not match the chain")
    # Message citations ("C3.0012") are bound by the chain's numbering records (citations.py).
    from safeplan.core.journal.citations import verify

    wrong = verify(conn)
    if wrong is not None:
        return broken(*wrong)
    return chained
