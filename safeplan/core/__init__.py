"""SafePlan's Qt-free core. Nothing under this package imports PySide6 (a test proves it).

Where things live:

- ``vault.Vault``         create / unlock / lock / backup / restore / change passphrase / check
- ``keyslots``            the vault header: Argon2id parameters, salt, wrapped data keys
- ``kdf``                 Argon2id parameters and calibration
- ``blobs.BlobStore``     chunked AES-256-GCM attachment store (streams; nothing plaintext on disk)
- ``schema``              tables, FTS5, migrations by ``PRAGMA user_version``
- ``journal.Journal``     entries of every kind, revisions in one hash chain, trash, drafts
- ``model``               the kinds and their fields (the names of ../shared/design/INTERCHANGE.md)
- ``search.Query``        list/search filters (FTS5, dates, categories, people, attachments)
- ``interchange``         the open JSON format: export, validate all-or-nothing, import
- ``importers/``          message exports → an ``ImportBatch`` in the open format
- ``export/``             court PDF, manifest, verify, CSV, bundle
- ``paths``/``resources`` where files are written / where bundled files are found
- ``errors``              typed errors with a stable ``kind``

Entries are plain dicts whose keys are the open format's field names; references between
entries (``perpetrator_ids``, ``attachment_ids`` …) hold entry ids (``uid``).
"""
