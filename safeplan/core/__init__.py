"""SafePlan's Qt-free core. Nothing under this package imports PySide6 (a test proves it).

Rooms, lowest first. A module may import from its own room and from rooms below it, never from
a room above, and no import circle exists (tests/core/test_layout_rules.py fails on either):

0. base modules here: ``errors`` (typed errors with a stable ``kind``), ``i18n``, ``resources``
   (where bundled files are found), ``paths`` (where files are written), ``atomic``,
   ``portable``, ``settings`` (the app's own, non-secret settings file)
1. ``storage/``   encrypted files on disk: ``kdf``, ``keyslots`` (the key header), ``blobs``
   (chunked AES-256-GCM attachments), ``attempts``, ``vault_lock``, ``schema``, ``database``
2. ``journal/``   ``model`` (kinds and fields = INTERCHANGE.md names), ``chain``, ``journal``
   (saves, revisions, trash) with ``journal_reading``, ``journal_attachments``,
   ``journal_citations`` (permanent message numbers, rule in ``citations``) and
   ``journal_records`` (drafts, settings), ``search``, ``message_order`` (transcript order)
3. ``vault/``     ``vault.Vault`` (create / unlock / lock), ``vault_slots``, ``maintenance``
   (check, verified backup, restore)
4. ``plan/``      ``plan``, ``risk``, ``legal``, ``directory``, ``guides``, ``handover``,
   ``prosecution_draft``
5. ``interchange/`` the open JSON format: ``exporting``, ``validation``, all-or-nothing ``importing``
6. ``importers/`` (message exports → the open format) and ``export/`` (court PDF, manifest,
   verify, CSV, bundle)
7. ``demo``       sample journals for a first look

Entries are plain dicts whose keys are the open format's field names; references between
entries (``perpetrator_ids``, ``attachment_ids`` …) hold entry ids (``uid``).
"""
