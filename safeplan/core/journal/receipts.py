"""Dated receipts of the journal's state, without a server (issue 18, "Dated proof").

The hash chain proves no entry changed after the chain head was fixed, but nothing outside the
laptop fixes the head in time. A receipt is a short code of the head at one moment — 20
characters of Crockford base32 (no I, L, O, U; read aloud in five groups of four) — that she
sends to someone outside (her lawyer, a friend, herself by e-mail) whose message carries its own
date. The app sends nothing; it keeps each receipt with its time in the vault.

    code = Crockford32(SHA-256("safeplan-receipt-v1" 0x00 COUNT 0x00 HEAD))[:20]

COUNT is the number of revisions in the chain at that moment and HEAD the 32-byte chain hash
after them (journal/chain.py). An export carries every revision's record hash (no content) with
the export's reference for the entries it prints, so ``safeplan verify`` and the bundle's
verify.html recompute each head, find the state a code was made from, and say which entries
already existed then. 100 bits of hash: a code cannot be made to fit a journal written later.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from safeplan.core.journal.chain import GENESIS, link

CODE_LENGTH = 20
SETTING = "receipts"
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DOMAIN = b"safeplan-receipt-v1\x00"


def _crockford(data: bytes, length: int) -> str:
    bits = "".join(f"{byte:08b}" for byte in data)
    return "".join(_ALPHABET[int(bits[i:i + 5].ljust(5, "0"), 2)]
                   for i in range(0, len(bits), 5))[:length]


def receipt_code(head: bytes, count: int) -> str:
    """The 20-character code of the chain state after ``count`` revisions ending in ``head``."""
    digest = hashlib.sha256(_DOMAIN + str(count).encode() + b"\x00" + head).digest()
    return _crockford(digest, CODE_LENGTH)


def grouped(code: str) -> str:
    """``ABCD-EFGH-…``: five groups of four, for reading aloud and typing back."""
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def normalise(typed: str) -> str | None:
    """What a person typed or read back → the bare code; None when it cannot be one.
    Crockford's rules: case ignored, O read as 0, I and L as 1; spaces and dashes ignored."""
    text = re.sub(r"[\s\-]", "", typed.upper()).replace("O", "0")
    text = text.replace("I", "1").replace("L", "1")
    return text if re.fullmatch(f"[{_ALPHABET}]{{{CODE_LENGTH}}}", text) else None


def heads(record_hashes: Iterable[bytes]) -> list[bytes]:
    """The chain head after each revision (index i: after i+1 revisions)."""
    out, head = [], GENESIS
    for record in record_hashes:
        head = link(head, record)
        out.append(head)
    return out


@dataclass(frozen=True)
class Receipt:
    code: str
    made_at: str
    count: int

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "made_at": self.made_at, "count": self.count}


class ReceiptBook:
    """The receipts kept in the vault (the journal's encrypted settings table)."""

    def __init__(self, journal: Any) -> None:
        self._journal = journal

    def all(self) -> list[Receipt]:
        stored = self._journal.get_setting(SETTING, []) or []
        return [Receipt(str(r["code"]), str(r["made_at"]), int(r["count"]))
                for r in stored if isinstance(r, dict) and {"code", "made_at", "count"} <= set(r)]

    def make(self, now: datetime | None = None) -> Receipt:
        """A receipt of the chain as it is now (kept; nothing is sent)."""
        records = self._journal.revision_records()
        head = bytes.fromhex(self._journal.chain_head())
        made_at = (now or datetime.now().astimezone()).isoformat(timespec="seconds")
        receipt = Receipt(receipt_code(head, len(records)), made_at, len(records))
        self._journal.set_setting(SETTING, [r.to_json() for r in [*self.all(), receipt]])
        return receipt

    def current_is_covered(self) -> bool:
        """Whether the newest receipt covers every revision (no suggestion needed)."""
        receipts = self.all()
        return bool(receipts) and receipts[-1].count == len(self._journal.revision_records())


def find(code: str, record_hashes: Sequence[bytes]) -> int | None:
    """How many revisions the chain had when ``code`` was made, or None if no state fits."""
    for index, head in enumerate(heads(record_hashes)):
        if receipt_code(head, index + 1) == code:
            return index + 1
    return None
