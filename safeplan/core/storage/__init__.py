"""Encrypted files on disk: key derivation, key slots, the key header, attachment blobs, the
sealed attempt log, the process lock, the database schema and how SQLCipher is opened.

Knows nothing of entries or the UI. Only ``safeplan.core``'s base modules sit below it.
"""
