"""The signed manifest written beside every chronology PDF (requirement 18, threat model A4).

Name: ``OUT.pdf`` → ``OUT.manifest.json`` in the same folder (``manifest_path_for``).

Layout and why (a PDF cannot contain its own hash, so the two are bound in both directions):

* ``statement`` is fixed *before* the PDF is drawn: export id, creation time, the journal's chain
  head, the options used, the counts, every exhibit's SHA-256 and size with its file name inside
  a bundle, and the Ed25519 public key. ``statement_sha256`` — the SHA-256 of its canonical JSON —
  and the key fingerprint are printed on the PDF's integrity page and in its metadata keywords.
* ``pdf`` (file name, SHA-256, size) is added after the PDF is rendered.
* ``signature`` is Ed25519 over the canonical JSON of ``{"statement", "statement_sha256", "pdf"}``
  with the vault's own key (kept inside the encrypted vault).

So the signed manifest vouches for the exact PDF bytes and exhibits, and the printed PDF names the
manifest statement it belongs to; swapping either side is detected by ``verify``. The signature
proves the files come from whoever holds that vault key; the fingerprint printed in the PDF lets a
reader compare it with one the survivor gave them separately (a forger can make a new key).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

MANIFEST_FORMAT = "safeplan-export-manifest"
MANIFEST_VERSION = 1
MANIFEST_SUFFIX = ".manifest.json"
BUNDLE_EXHIBIT_DIR = "exhibits"


def manifest_path_for(pdf_path: Path) -> Path:
    """``OUT.pdf`` → ``OUT.manifest.json`` beside it."""
    return pdf_path.with_name(pdf_path.stem + MANIFEST_SUFFIX)


def canonical(value: Any) -> bytes:
    """Deterministic UTF-8 JSON (sorted keys, no spaces): the bytes hashed and signed."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8", "surrogatepass")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def key_fingerprint(public_raw: bytes) -> str:
    """Same format as ``Vault.public_key_fingerprint()``: first 128 bits of SHA-256, grouped."""
    digest = hashlib.sha256(public_raw).hexdigest().upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def public_raw(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def exhibit_bundle_name(number: str, file_name: str) -> str:
    """``exhibits/E3-photo.jpg``: the exhibit number first, a safe base name after it."""
    base = Path(str(file_name).replace("\\", "/")).name or "file"
    safe = "".join(ch if ch.isalnum() or ch in "._- " else "_" for ch in base).strip(" .")
    safe = safe or "file"
    if len(safe) > 120:  # shorten the name, keep the extension so the file still opens
        stem, dot, ext = safe.rpartition(".")
        keep = dot + ext if stem and 0 < len(ext) <= 10 else ""
        safe = safe[:120 - len(keep)].rstrip(" .") + keep
    return f"{BUNDLE_EXHIBIT_DIR}/{number}-{safe}"


@dataclass(frozen=True)
class Statement:
    data: dict[str, Any]

    @property
    def sha256(self) -> str:
        return sha256_hex(canonical(self.data))


def make_statement(*, export_id: str, created_at: str, chain_head: str, options: dict[str, Any],
                   counts: dict[str, int], exhibits: list[dict[str, Any]], key_raw: bytes,
                   pdf_file_name: str, chain: dict[str, Any] | None = None) -> Statement:
    data = {
        "format": MANIFEST_FORMAT, "version": MANIFEST_VERSION, "export_id": export_id,
        "created_at": created_at, "chain_head": chain_head, "options": options,
        "counts": counts, "exhibits": exhibits, "pdf_file_name": pdf_file_name,
        "public_key": {"algorithm": "Ed25519", "raw_base64": base64.b64encode(key_raw).decode(),
                       "fingerprint": key_fingerprint(key_raw)},
    }
    if chain is not None:
        data["chain"] = chain
    return Statement(data)


def chain_statement(records: list[tuple[str, str]], refs: dict[str, str],
                    receipts: list[dict[str, Any]]) -> dict[str, Any]:
    """What dated receipts need (journal/receipts.py): every revision's record hash in chain
    order — no content — with the export's reference where the revision belongs to an entry this
    export prints, and the receipts she made, each with the references it covers."""
    rows: list[list[Any]] = [[record, refs.get(uid)] for record, uid in records]
    listed = []
    for receipt in receipts:
        count = int(receipt.get("count") or 0)
        if 0 < count <= len(rows):
            covered = list(dict.fromkeys(ref for _, ref in rows[:count] if ref))
            listed.append({"code": str(receipt.get("code")), "made_at": str(receipt.get("made_at")),
                           "count": count, "covers": covered})
    return {"records": rows, "receipts": listed}


def signed_part(manifest: dict[str, Any]) -> bytes:
    return canonical({"statement": manifest.get("statement"),
                      "statement_sha256": manifest.get("statement_sha256"),
                      "pdf": manifest.get("pdf")})


def sign_manifest(statement: Statement, pdf_bytes: bytes, pdf_file_name: str,
                  key: Ed25519PrivateKey) -> dict[str, Any]:
    manifest: dict[str, Any] = {
        "statement": statement.data, "statement_sha256": statement.sha256,
        "pdf": {"file_name": pdf_file_name, "sha256": sha256_hex(pdf_bytes),
                "size": len(pdf_bytes)},
    }
    manifest["signature"] = {"algorithm": "Ed25519",
                             "value_base64": base64.b64encode(key.sign(signed_part(manifest)))
                             .decode()}
    return manifest


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    """What is written to disk: readable JSON (the signature covers the canonical form).

    A lone surrogate (a damaged or hostile file name from an import) is written as a ``\\udXXX``
    escape: the file stays valid UTF-8 and reads back to the very string that was signed.
    """
    text = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    return re.sub("[\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", text).encode()


def signature_valid(manifest: dict[str, Any]) -> bool:
    try:
        raw = base64.b64decode(manifest["statement"]["public_key"]["raw_base64"], validate=True)
        signature = base64.b64decode(manifest["signature"]["value_base64"], validate=True)
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, signed_part(manifest))
    except (KeyError, TypeError, ValueError, InvalidSignature):
        return False
    return True
