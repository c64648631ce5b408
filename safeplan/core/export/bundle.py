"""The evidence bundle: one zip with the PDF, the signed manifest, the original exhibit files under
their exhibit numbers and a short README in the export language on how to check it all.

Originals are streamed from the encrypted store straight into the zip (never a plaintext temp
file, requirement 4) and re-hashed on the way: if a file's bytes differ from the SHA-256 the
manifest records, the bundle is refused rather than shipped inconsistent. Entry order, dates and
permissions are fixed, so with SOURCE_DATE_EPOCH the zip is byte-identical too.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import IO, Any

from safeplan.core.errors import Cancelled, VaultDamaged
from safeplan.core.export.labels import Labels
from safeplan.core.i18n import QT_TRANSLATE_NOOP

README_NAME = "README.txt"


class R:
    TITLE = QT_TRANSLATE_NOOP("ChronologyPdf", "Evidence bundle {export_id}")
    BODY = QT_TRANSLATE_NOOP(
        "ChronologyPdf",
        "This bundle contains:\n"
        "- {pdf}: the chronology (open it with any PDF viewer);\n"
        "- {manifest}: the signed manifest with the SHA-256 of the PDF and of every exhibit;\n"
        "- the folder \"exhibits\": the original files, named by exhibit number (E1, E2 …).\n\n"
        "How to check that nothing was changed:\n"
        "1. With SafePlan: safeplan verify {bundle} (or unpack the bundle and run "
        "safeplan verify {pdf}). No password is needed.\n"
        "2. By hand: compute the SHA-256 of each file (sha256sum on Linux and macOS, "
        "certutil -hashfile FILE SHA256 on Windows) and compare it with the manifest and with "
        "the list of exhibits in the PDF.\n"
        "3. Compare the signing key fingerprint {fingerprint} with the one printed on the "
        "integrity page of the PDF and with the one the person who made it gave you.\n")


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
                 cancelled: Callable[[], bool] | None = None) -> None:
    """Write the zip to ``target``; ``exhibits`` are the manifest statement's exhibit records
    with an extra ``uid`` key naming the attachment to read."""
    when = (max(created.year, 1980), created.month, created.day, created.hour, created.minute,
            created.second)
    readme = labels(R.TITLE, export_id=export_id) + "\n\n" + labels(
        R.BODY, pdf=pdf_name, manifest=manifest_name, bundle=bundle_name,
        fingerprint=fingerprint)
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr(_info(README_NAME, when, True), readme.replace("\n", "\r\n").encode())
        archive.writestr(_info(pdf_name, when, True), pdf_bytes)
        archive.writestr(_info(manifest_name, when, True), manifest_bytes)
        for item in exhibits:
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
