"""Typed errors raised by the core.

The core never formats words for people: each error carries a ``kind`` (stable, used by the CLI's
exit codes and by ``ui/strings.py`` to choose a translated sentence) and plain ``details``. The
``str()`` of an error is an English fallback for logs and tests; it never contains journal text.
"""

from __future__ import annotations


class SafePlanError(Exception):
    """Base of every error the core raises on purpose."""

    kind = "error"

    def __init__(self, message: str = "", **details: object) -> None:
        super().__init__(message or self.kind)
        self.details = details


class WrongPassphrase(SafePlanError):
    """No key slot opened with the passphrase given."""

    kind = "wrong-passphrase"


class VaultDamaged(SafePlanError):
    """A vault file is missing, truncated, or fails authentication or an integrity check."""

    kind = "vault-damaged"


class VaultBusy(SafePlanError):
    """Another process holds the vault open."""

    kind = "vault-busy"


class VaultExists(SafePlanError):
    """Refused to create a vault over an existing file."""

    kind = "vault-exists"


class VaultNotFound(SafePlanError):
    """The vault path does not exist."""

    kind = "vault-not-found"


class VaultLocked(SafePlanError):
    """An operation needed an unlocked vault."""

    kind = "vault-locked"


class InvalidInput(SafePlanError):
    """An input file (open format, message export, image …) is malformed.

    ``where`` names the first problem: a JSON path such as ``incidents[12].occurred_at``, a line
    number, or an XML element; ``file_name`` is the base name only (never a full path).
    """

    kind = "invalid-input"

    def __init__(self, message: str, *, where: str = "", file_name: str = "") -> None:
        super().__init__(message, where=where, file_name=file_name)
        self.where = where
        self.file_name = file_name

    def __str__(self) -> str:
        parts = [p for p in (self.file_name, self.where) if p]
        prefix = ": ".join(parts)
        return f"{prefix}: {self.args[0]}" if prefix else str(self.args[0])


class LimitExceeded(InvalidInput):
    """A file goes far beyond what any real export looks like (issue 14.8: nested forwards,
    expanding zips): refused before it can exhaust memory or disk. ``limit`` is a stable name
    (``email-size``, ``email-forward-depth`` …) the CLI and GUI turn into words; ``found`` and
    ``maximum`` are the numbers to show."""

    kind = "limit-exceeded"

    def __init__(self, message: str, *, limit: str, found: int, maximum: int, where: str = "",
                 file_name: str = "") -> None:
        super().__init__(message, where=where, file_name=file_name)
        self.limit, self.found, self.maximum = limit, found, maximum
        self.details.update(limit=limit, found=found, maximum=maximum)


class EntryNotFound(SafePlanError):
    """No entry with that id."""

    kind = "entry-not-found"


class Cancelled(SafePlanError):
    """Long work was cancelled; nothing was written."""

    kind = "cancelled"


class StorageFull(SafePlanError):
    """The disk refused a write (full or read-only); the previous state is intact."""

    kind = "storage-full"


class VerificationFailed(SafePlanError):
    """An export's manifest, signature or hashes do not match."""

    kind = "verification-failed"
