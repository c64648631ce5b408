"""``export_chronology``: the one entry point the CLI and the GUI call for a court export.

Order of work (each step checks ``cancelled()``; nothing is written until the end, and then every
file appears by rename, so a cancel or a failure leaves no partial files):

1. read the journal (open-format document, revision times, chain head) and select/number it;
2. read each exhibit once from the encrypted store: hash it, make its display copy in memory;
3. fix the manifest statement (export id, chain head, options, exhibit hashes, public key);
4. render the PDF, whose integrity page prints the statement's SHA-256 and the key fingerprint;
5. sign the manifest (PDF hash + statement) with the vault's Ed25519 key;
6. write PDF, manifest, optional CSV and bundle beside their targets, then rename into place.

With SOURCE_DATE_EPOCH set, the export id is derived from the content and options (not random)
and every timestamp comes from that variable, so the same vault and options give identical bytes.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from safeplan.core.errors import Cancelled, InvalidInput, StorageFull
from safeplan.core.export import location_strip
from safeplan.core.export import manifest as mf
from safeplan.core.export.bundle import write_bundle
from safeplan.core.export.chronology_pdf import ChronologyExporter
from safeplan.core.export.context import ExportMeta
from safeplan.core.export.csv_export import csv_bytes
from safeplan.core.export.data import ChronologyData, build
from safeplan.core.export.exhibit_files import read_exhibits
from safeplan.core.export.labels import Labels
from safeplan.core.export.lazy_story import collector_for_layout
from safeplan.core.export.legal_facts import legal_facts
from safeplan.core.export.options import ChronologyOptions
from safeplan.core.export.source import ExportSource, VaultSource

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
PROGRESS_SCALE = 1000
_log = logging.getLogger(__name__)


@dataclass
class ExportResult:
    export_id: str
    pdf_path: Path
    manifest_path: Path
    pdf_sha256: str
    statement_sha256: str
    key_fingerprint: str
    entries: int
    messages: int
    exhibits: int
    pages: int = 0
    csv_path: Path | None = None
    bundle_path: Path | None = None
    unreadable_exhibits: list[str] = field(default_factory=list)


def export_chronology(vault: Any, options: ChronologyOptions, out_pdf: Path, *,
                      csv_path: Path | None = None, bundle_path: Path | None = None,
                      progress: Progress | None = None,
                      cancelled: Cancel | None = None,
                      pages: Callable[[int], None] | None = None) -> ExportResult:
    """Export the unlocked ``vault``'s chronology to ``out_pdf`` (+ manifest, CSV, bundle).
    ``pages(n)`` is told the number of pages laid out so far while the PDF is made."""
    return export_from_source(VaultSource(vault), vault.signing_key(), options, out_pdf,
                              csv_path=csv_path, bundle_path=bundle_path, progress=progress,
                              cancelled=cancelled, pages=pages)


def preview_pdf(vault: Any, options: ChronologyOptions, *, max_entries: int = 12,
                max_messages: int = 40, max_exhibits: int = 4, progress: Progress | None = None,
                cancelled: Cancel | None = None) -> bytes:
    """The first pages of the chronology as PDF bytes, for the Export page's preview.

    Nothing is written or signed: the bytes stay in memory (requirement 4) and the integrity page
    says "PREVIEW" instead of an export id. Only the first entries, messages and exhibits are laid
    out, so the preview is quick even for a large journal.
    """
    source = VaultSource(vault)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled("preview cancelled")

    document = source.document()
    data = build(document, options, source.revision_times, _deletions(source))
    legal = legal_facts(document, data)
    data.entries = data.entries[:max_entries]
    budget = max_messages
    for conv in data.conversations:
        conv.messages = conv.messages[:max(budget, 0)]
        budget -= len(conv.messages)
    data.conversations = [c for c in data.conversations if c.messages]
    data.exhibits = data.exhibits[:max_exhibits]
    files, _, pictures = read_exhibits(source, data, progress, check)
    pictures.finish()
    key_raw = mf.public_raw(vault.signing_key())
    meta = ExportMeta("PREVIEW", _created_at(), source.chain_head(), "—",
                      mf.key_fingerprint(key_raw), "chronology.pdf",
                      "chronology" + mf.MANIFEST_SUFFIX, files)
    return ChronologyExporter(data, meta, legal).render(None, cancelled)


def _deletions(source: ExportSource) -> list[dict[str, Any]]:
    """Trashed entries for the amendment appendix (a source without a trash has none)."""
    deleted = getattr(source, "deletions", None)
    return list(deleted()) if callable(deleted) else []


def _created_at() -> datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), UTC)
        except (ValueError, OverflowError, OSError):
            raise InvalidInput("SOURCE_DATE_EPOCH must be a number of seconds",
                               where="SOURCE_DATE_EPOCH") from None
    return datetime.now(UTC).replace(microsecond=0)


def _export_id(document: dict[str, Any], options: ChronologyOptions, chain_head: str,
               key_raw: bytes) -> str:
    if os.environ.get("SOURCE_DATE_EPOCH", "").strip():
        stable = {k: v for k, v in document.items() if k != "exported_at"}
        digest = hashlib.sha256(mf.canonical([stable, options.to_json(), chain_head,
                                              key_raw.hex()])).digest()
    else:
        digest = secrets.token_bytes(16)
    code = base64.b32encode(digest).decode()[:16]
    return "SP-" + "-".join(code[i:i + 4] for i in range(0, 16, 4))


def _check_target(path: Path, where: str) -> None:
    if not path.parent.is_dir():
        raise InvalidInput("the folder for this file does not exist", where=where,
                           file_name=path.name)
    if path.is_dir():
        raise InvalidInput("a folder has this name", where=where, file_name=path.name)


def export_from_source(source: ExportSource, key: Ed25519PrivateKey, options: ChronologyOptions,
                       out_pdf: Path, *, csv_path: Path | None = None,
                       bundle_path: Path | None = None, progress: Progress | None = None,
                       cancelled: Cancel | None = None,
                       pages: Callable[[int], None] | None = None) -> ExportResult:
    """The export itself, from any ``ExportSource`` (see the module docstring for the steps).

    Raises InvalidInput for unusable output paths before reading anything, Cancelled when
    ``cancelled()`` turns true (nothing is left on disk), and the source's own errors.
    Issue 17.1: no full cycle collection runs while the journal is read, the data built and the
    document laid out (each walked every entry read so far: six for 10,000 entries, none of
    which found anything) — ``collector_for_layout`` from the start, not only for the layout.
    """
    with collector_for_layout():
        return _export(source, key, options, out_pdf, csv_path=csv_path,
                       bundle_path=bundle_path, progress=progress, cancelled=cancelled,
                       pages=pages)


def _export(source: ExportSource, key: Ed25519PrivateKey, options: ChronologyOptions,
            out_pdf: Path, *, csv_path: Path | None, bundle_path: Path | None,
            progress: Progress | None, cancelled: Cancel | None,
            pages: Callable[[int], None] | None) -> ExportResult:
    out_pdf = Path(out_pdf)
    manifest_path = mf.manifest_path_for(out_pdf)
    targets = [(Path(p), w) for p, w in ((out_pdf, "pdf"), (manifest_path, "pdf"),
                                          (csv_path, "csv"), (bundle_path, "bundle"))
               if p is not None]
    for path, where in targets:
        _check_target(path, where)
    resolved = [path.resolve() for path, _ in targets]
    if len(set(resolved)) != len(resolved):
        raise InvalidInput("two outputs would be written to the same file", where="csv",
                           file_name=out_pdf.name)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled("export cancelled")

    check()
    document = source.document()
    chain_head = source.chain_head()
    data = build(document, options, source.revision_times, _deletions(source))
    data.with_bundle = bundle_path is not None  # "original in the bundle" only if one is made
    key_raw = mf.public_raw(key)
    created = _created_at()
    export_id = _export_id(document, options, chain_head, key_raw)
    # One steady 0…1000 scale for the GUI's progress bar: pictures take the first part (when
    # there are any), layout the rest, writing the files the last step. Never goes backwards.
    share = 400 if data.exhibits else 0

    def exhibit_progress(done: int, total: int) -> None:
        if progress is not None:
            progress(share * done // max(total, 1), PROGRESS_SCALE)

    files, records, pictures = read_exhibits(source, data, exhibit_progress, check)
    statement = mf.make_statement(
        export_id=export_id, created_at=created.isoformat(), chain_head=chain_head,
        options=options.to_json(), counts={"entries": len(data.entries),
                                           "messages": data.count("message"),
                                           "exhibits": len(data.exhibits)},
        exhibits=[{k: v for k, v in r.items() if k != "uid"} for r in records],
        key_raw=key_raw, pdf_file_name=out_pdf.name, chain=_chain(source, data))
    meta = ExportMeta(export_id, created, chain_head, statement.sha256,
                      mf.key_fingerprint(key_raw), out_pdf.name, manifest_path.name, files)
    meta.receipts = list((statement.data.get("chain") or {}).get("receipts") or [])

    def render_progress(done: int, total: int) -> None:
        if progress is not None:
            progress(share + (PROGRESS_SCALE - 10 - share) * done // max(total, 1),
                     PROGRESS_SCALE)
        if pages is not None:
            pages(exporter.pages_laid_out)

    exporter = ChronologyExporter(data, meta, legal_facts(document, data))
    try:  # the pictures are made in worker threads while the pages before them are laid out
        pdf = exporter.render(render_progress, cancelled, between=pictures.step,
                              before_exhibits=pictures.finish)
    finally:
        pictures.close()
    check()
    manifest = mf.sign_manifest(statement, pdf, out_pdf.name, key)
    manifest_raw = mf.manifest_bytes(manifest)
    outputs: list[tuple[Path, Callable[[Any], None]]] = [
        (out_pdf, lambda h: h.write(pdf)), (manifest_path, lambda h: h.write(manifest_raw))]
    if csv_path is not None:
        table = csv_bytes(data)
        outputs.append((Path(csv_path), lambda h: h.write(table)))
    if bundle_path is not None:
        bundle = Path(bundle_path)
        labels = Labels(options.lang)
        outputs.append((bundle, lambda h: write_bundle(
            h, created=created, pdf_name=out_pdf.name, pdf_bytes=pdf,
            manifest_name=manifest_path.name, manifest_bytes=manifest_raw,
            bundle_name=bundle.name, exhibits=[r for r in records if files[r["uid"]].readable
                                               and r.get("shipped") != location_strip.WITHHELD],
            exhibit_bytes=lambda r: location_strip.bundle_bytes(r, source.read_attachment),
            chunks=source.iter_attachment, labels=labels, export_id=export_id,
            fingerprint=meta.key_fingerprint, cancelled=cancelled)))
    _write_all(outputs)
    if progress is not None:
        progress(PROGRESS_SCALE, PROGRESS_SCALE)
    _log.info("chronology export written")
    return ExportResult(
        export_id=export_id, pdf_path=out_pdf, manifest_path=manifest_path,
        pdf_sha256=manifest["pdf"]["sha256"], statement_sha256=statement.sha256,
        key_fingerprint=meta.key_fingerprint, entries=len(data.entries),
        messages=data.count("message"), exhibits=len(data.exhibits), pages=exporter.pages,
        csv_path=Path(csv_path) if csv_path else None,
        bundle_path=Path(bundle_path) if bundle_path else None,
        unreadable_exhibits=[r["number"] for r in records if not files[r["uid"]].readable])


def _chain(source: ExportSource, data: ChronologyData) -> dict[str, Any] | None:
    """Revision hashes and her receipts for the manifest (a source without a journal: None)."""
    records = getattr(source, "revision_records", None)
    if not callable(records):
        return None
    refs = {e.uid: e.number for e in data.entries}
    refs.update({ex.uid: ex.number for ex in data.exhibits})
    refs.update({m.uid: m.citation for c in data.conversations for m in c.messages})
    receipts = getattr(source, "receipts", None)
    return mf.chain_statement(records(), refs, receipts() if callable(receipts) else [])


def _write_all(outputs: list[tuple[Path, Callable[[Any], None]]]) -> None:
    """Write every file beside its target, then rename all; on any failure remove the parts."""
    parts: list[tuple[Path, Path]] = []
    try:
        for target, writer in outputs:
            part = target.with_name(f".{target.name}.part")
            parts.append((part, target))
            fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                         0o600)
            with os.fdopen(fd, "wb") as handle:
                writer(handle)
                handle.flush()
                os.fsync(handle.fileno())
        for part, target in parts:
            os.replace(part, target)
    except BaseException as exc:
        for part, _ in parts:
            part.unlink(missing_ok=True)
        if isinstance(exc, OSError):  # a full or failing stick: typed, in words, nothing left
            raise StorageFull(f"the export could not be written: {exc.strerror}") from exc
        raise
