"""The open journal format (../shared/design/INTERCHANGE.md) — a contract with other tools.

Export writes everything, sensitive notes included (it is a complete backup). Import is all or
nothing: the whole document is validated first and the first problem is named by its JSON path
(``incidents[12].occurred_at``); only then is anything written, in one transaction. Text is kept
byte for byte. Importers of message exports (importers/) produce documents in this same format,
so every way into the vault passes one validator and one writer.

The rooms: ``document_format`` (name, version, lists), ``exporting``, ``validation``,
``importing``; every public name is importable from the package itself.
"""

from safeplan.core.interchange.document_format import FORMAT, LISTS, VERSION, Cancel, Progress
from safeplan.core.interchange.exporting import export_document, item_of, write_json
from safeplan.core.interchange.importing import ImportReport, import_document
from safeplan.core.interchange.validation import load_json, validate_document

__all__ = ["FORMAT", "LISTS", "VERSION", "Cancel", "ImportReport", "Progress", "export_document",
           "import_document", "item_of", "load_json", "validate_document", "write_json"]
