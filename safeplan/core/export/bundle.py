"""The evidence bundle: one zip with the PDF, the signed manifest, what a lawyer needs to check
the signature by hand or in a browser, the exhibit files under their exhibit numbers and a short
README in the export language.

Besides the readable manifest the bundle carries ``OUT.signed.json`` (the exact bytes the
Ed25519 signature covers), ``OUT.sig`` (the raw signature) and ``signing-key.pem`` (the public
key), so ``openssl pkeyutl -verify`` works with nothing else (check_text.py prints the commands),
and ``verify.html``, the offline verifier (verifier/verify.html), opened in the export's language.

Exhibits are streamed from the encrypted store straight into the zip (never a plaintext temp
file, requirement 4) and re-hashed on the way: if a file's bytes differ from the SHA-256 the
manifest records, the bundle is refused rather than shipped inconsistent. Entry order, dates and
permissions are fixed, so with SOURCE_DATE_EPOCH the zip is byte-identical too.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zipfile
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import IO, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from safeplan.core.errors import Cancelled, VaultDamaged
from safeplan.core.export import check_text
from safeplan.core.export.labels import Labels
from safeplan.core.export.manifest import signed_part
from safeplan.core.resources import resource

README_NAME = "README.txt"


def verifier_html(lang: str) -> bytes:
    """The offline verifier page (resources/verifier/verify.html), set to open in ``lang`` (it
    carries be, ru and en). Its Content-Security-Policy allows exactly its own inline script, by
    hash, computed here so the page can never drift from its policy."""
    page = resource("verifier", "verify.html").read_text(encoding="utf-8")
    script = re.search(r"<script>(.*)</script>", page, re.S)
    if script is None:
        raise FileNotFoundError("verifier/verify.html has no script")
    digest = base64.b64encode(hashlib.sha256(script.group(1).encode()).digest()).decode()
    page = page.replace("'sha256-SCRIPT_HASH'", f"'sha256-{digest}'", 1)
    safe = lang if lang in ("be", "ru", "en") else "en"
    return page.replace('<html lang="en"', f'<html lang="{safe}"', 1).encode("utf-8")


def signature_files(manifest: dict[str, Any]) -> tuple[bytes, bytes, bytes]:
    """(signed bytes, raw signature, public key PEM) for a by-hand check with OpenSSL."""
    signature = base64.b64decode(manifest["signature"]["value_base64"])
    raw_key = base64.b64decode(manifest["statement"]["public_key"]["raw_base64"])
    pem = Ed25519PublicKey.from_public_bytes(raw_key).public_bytes(
        Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    return signed_part(manifest), signature, pem


def _info(name: str, when: tuple[int, int, int, int, int, int], compress: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=when)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o600 << 16
    info.create_system = 3  # fixed, whatever OS made it (no host detail, reproducible)
    return info


def write_bundle(target: IO[bytes], *, created: datetime, pdf_name: str, pdf_bytes: bytes,
                 manifest_name: str, manifest_bytes: bytes, bundle_name: str,
                 exhibits: list[dict[str, Any]], chunks: Callable[[str], Iterator[bytes]],
                 labels: Labels,
                 export_id: str, fingerprint: str,
                 cancelled: Callable[[], bool] | None = None,
                 exhibit_bytes: Callable[[dict[str, Any]], bytes | None] | None = None) -> None:
    """Write the zip to ``target``; ``exhibits`` are the manifest statement's exhibit records
    with an extra ``uid`` key naming the attachment to read. ``exhibit_bytes`` may supply the
    bytes to ship for a record (e.g. a photo copy without location data); None streams the
    original from the journal."""
    del fingerprint  # printed in the PDF; the README tells the lawyer to compare it separately
    when = (max(created.year, 1980), created.month, created.day, created.hour, created.minute,
            created.second)
    manifest = json.loads(manifest_bytes)
    signed, signature, pem = signature_files(manifest)
    readme = check_text.readme(labels, export_id=export_id, pdf=pdf_name, manifest=manifest_name,
                               bundle=bundle_name)
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr(_info(README_NAME, when, True), readme.replace("\n", "\r\n").encode())
        archive.writestr(_info(check_text.VERIFIER_FILE, when, True),
                         verifier_html(labels.lang))
        archive.writestr(_info(pdf_name, when, True), pdf_bytes)
        archive.writestr(_info(manifest_name, when, True), manifest_bytes)
        archive.writestr(_info(check_text.signed_name(pdf_name), when, True), signed)
        archive.writestr(_info(check_text.signature_name(pdf_name), when, False), signature)
        archive.writestr(_info(check_text.KEY_FILE, when, True), pem)
        for item in exhibits:
            shipped = exhibit_bytes(item) if exhibit_bytes is not None else None
            if shipped is not None:
                if hashlib.sha256(shipped).hexdigest() != item["sha256"]:
                    raise VaultDamaged("an exhibit copy does not match its recorded hash")
                archive.writestr(_info(item["bundle_path"], when, False), shipped)
                continue
            info = _info(item["bundle_path"], when, False)
            info.file_size = int(item["size"])
            digest = hashlib.sha256()
            with archive.open(info, "w", force_zip64=info.file_size >= 1 << 31) as member:
                for chunk in chunks(item["uid"]):  # streamed: videos never sit in memory whole
                    if cancelled is not None and cancelled():
                        raise Cancelled("export cancelled")
                    digest.update(chunk)
                    member.write(chunk)
            if digest.hexdigest() != item["sha256"]:
                # the journal changed under us, or storage is damaged: never ship a mismatch
                raise VaultDamaged("an exhibit changed while the bundle was written")
