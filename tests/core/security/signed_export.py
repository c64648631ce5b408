"""A signed export made by hand, without drawing a PDF: the real manifest code signs a statement,
and the "PDF" is bytes carrying the statement marker the real PDF's metadata carries. ``verify``
reads files, never PDF structure, so its every check can be tried in milliseconds (the mutation
audit runs these per planted bug; rendering a real PDF per bug did not finish)."""

from __future__ import annotations

import base64
import hashlib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from safeplan.core.export import manifest as mf
from safeplan.core.export.check_text import SIGNATURE_SUFFIX, SIGNED_SUFFIX
from safeplan.core.journal import receipts as rc

# the 32-byte private key seed of a test signer (not a real person's key)
SEED = bytes(range(32))


def signer(seed: bytes = SEED) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(seed)


def record_hashes(count: int) -> list[bytes]:
    return [hashlib.sha256(f"revision {i}".encode()).digest() for i in range(count)]


@dataclass
class Made:
    folder: Path
    pdf: Path
    manifest: dict[str, Any]
    key: Ed25519PrivateKey
    exhibits: dict[str, bytes] = field(default_factory=dict)

    @property
    def manifest_path(self) -> Path:
        return mf.manifest_path_for(self.pdf)

    def rewrite_manifest(self, resign: bool = False) -> None:
        if resign:
            del self.manifest["signature"]
            signature = self.key.sign(mf.signed_part(self.manifest))
            self.manifest["signature"] = {"algorithm": "Ed25519",
                                          "value_base64": base64.b64encode(signature).decode()}
        self.manifest_path.write_bytes(mf.manifest_bytes(self.manifest))

    def restate(self) -> None:
        """After an edit of the statement: a consistent export again, as a holder of the key
        would make it (statement hash, the PDF's marker, the PDF's hash, the signature)."""
        old = self.manifest["statement_sha256"]
        new = mf.Statement(self.manifest["statement"]).sha256
        data = self.pdf.read_bytes().replace(old.encode(), new.encode())
        self.pdf.write_bytes(data)
        self.manifest["statement_sha256"] = new
        self.manifest["pdf"].update(sha256=mf.sha256_hex(data), size=len(data))
        self.rewrite_manifest(resign=True)
        for suffix in (SIGNED_SUFFIX, SIGNATURE_SUFFIX):
            (self.folder / ("out" + suffix)).unlink(missing_ok=True)

    def zip(self, path: Path) -> Path:
        with zipfile.ZipFile(path, "w") as archive:
            for item in sorted(self.folder.rglob("*")):
                if item.is_file():
                    archive.write(item, item.relative_to(self.folder).as_posix())
        return path


def make(folder: Path, *, exhibits: dict[str, bytes] | None = None,
         chain_records: int | None = None, refs: dict[int, str] | None = None,
         receipts: list[dict[str, Any]] | None = None, pdf_body: bytes = b"",
         signature_files: bool = True, key: Ed25519PrivateKey | None = None) -> Made:
    """``exhibits``: number → bytes (written to ``exhibits/``); ``chain_records``: how many
    revisions the journal had, ``refs``: revision index → the export's reference of its entry."""
    folder.mkdir(parents=True, exist_ok=True)
    key = key or signer()
    exhibits = exhibits or {}
    listed = []
    for number, data in exhibits.items():
        listed.append({"number": number, "file_name": f"photo {number}.jpg",
                       "sha256": mf.sha256_hex(data), "size": len(data),
                       "bundle_path": mf.exhibit_bundle_name(number, f"photo {number}.jpg"),
                       "readable": True})
    chain = None
    head = rc.GENESIS.hex()
    if chain_records is not None:
        hashes = record_hashes(chain_records)
        uids = [f"u{i}" for i in range(chain_records)]
        chain = mf.chain_statement([(h.hex(), u) for h, u in zip(hashes, uids, strict=True)],
                                   {f"u{i}": ref for i, ref in (refs or {}).items()},
                                   receipts or [])
        all_heads = rc.heads(hashes)
        head = (all_heads[-1] if all_heads else rc.GENESIS).hex()
    statement = mf.make_statement(
        export_id="EXP-1", created_at="2026-11-25T13:41:31+00:00", chain_head=head,
        options={"lang": "en"}, counts={"entries": 3}, exhibits=listed,
        key_raw=mf.public_raw(key), pdf_file_name="out.pdf", chain=chain)
    pdf_bytes = (b"%PDF-1.4\n" + pdf_body + b"\n/Keywords (statement-sha256:"
                 + statement.sha256.encode() + b")\n%%EOF\n")
    manifest = mf.sign_manifest(statement, pdf_bytes, "out.pdf", key)
    pdf = folder / "out.pdf"
    pdf.write_bytes(pdf_bytes)
    mf.manifest_path_for(pdf).write_bytes(mf.manifest_bytes(manifest))
    if signature_files:
        (folder / ("out" + SIGNED_SUFFIX)).write_bytes(mf.signed_part(manifest))
        (folder / ("out" + SIGNATURE_SUFFIX)).write_bytes(
            base64.b64decode(manifest["signature"]["value_base64"]))
    for item, data in zip(listed, exhibits.values(), strict=True):
        target = folder / item["bundle_path"]
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(data)
    return Made(folder, pdf, manifest, key, exhibits)


def said_in_full(report: Any) -> None:
    """Every message names its values: none left out ("{name}") or lost ("None")."""
    for check in report.checks:
        assert "{" not in check.message and "None" not in check.message, check.message


def codes(report: Any) -> list[str]:
    said_in_full(report)
    return [c.code for c in report.checks]


def failed(report: Any) -> list[str]:
    said_in_full(report)
    return [c.code for c in report.checks if c.ok is False]


def marks(report: Any) -> list[tuple[str, bool | None]]:
    """(code, ok) of every check: True matches, False a problem, None information only."""
    said_in_full(report)
    return [(c.code, c.ok) for c in report.checks]
