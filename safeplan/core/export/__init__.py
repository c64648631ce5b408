"""Court export: chronology PDF, signed manifest, verifier, CSV and evidence bundle.

Importing this package forces safe reportlab settings first (requirement 20), whatever
``~/.reportlab_settings`` or ``RL_*`` variables say.

- ``export_chronology(vault, options, out_pdf, *, csv_path, bundle_path, progress, cancelled)``
  → ``ExportResult`` (paths, export id, hashes, key fingerprint, counts, pages)
- ``preview_pdf(vault, options) -> bytes``: the first pages, in memory, unsigned (GUI preview)
- ``ChronologyOptions`` (options.py), ``verify(path)`` (verify.py)
- manifest name: ``OUT.pdf`` → ``OUT.manifest.json`` (manifest.py)
"""

from safeplan.core.export import reportlab_safety as _safety  # noqa: F401 - applied on import
from safeplan.core.export.chronology import (
    ExportResult,
    export_chronology,
    export_from_source,
    preview_pdf,
)
from safeplan.core.export.manifest import manifest_path_for
from safeplan.core.export.options import ChronologyOptions
from safeplan.core.export.verify import VerifyReport, verify

__all__ = ["ChronologyOptions", "ExportResult", "VerifyReport", "export_chronology",
           "export_from_source", "manifest_path_for", "preview_pdf", "verify"]
