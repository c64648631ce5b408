"""Error kinds from the core turned into calm, plain sentences (STYLE.md 5, UX principle 4).

The core raises typed errors with a stable ``kind``; only here do they become words, in the
interface language. Sentences say what happened and what to do next, never blame, and never
contain a path, a name or journal text (requirement 15).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from safeplan.core.errors import InvalidInput, LimitExceeded, SafePlanError


class ErrorText(QObject):
    """``ErrorText().message(error)`` → a translated sentence for people."""

    def message(self, error: BaseException) -> str:
        kind = getattr(error, "kind", "")
        if kind == "wrong-passphrase":
            return self.tr(
                "That passphrase did not open it. Check the keyboard language and Caps Lock, "
                "then try again."
            )
        if kind == "vault-damaged":
            return self.tr(
                "The saved data could not be read; it may be damaged. If you have a backup, "
                "you can restore it from there."
            )
        if kind == "vault-busy":
            return self.tr("It is already open in another window. Close that window first.")
        if kind == "vault-exists":
            return self.tr("There is already saved data in that place. Choose another folder.")
        if kind == "vault-not-found":
            return self.tr(
                "The saved data was not found. If it is on a USB stick, plug the stick in "
                "and try again."
            )
        if kind == "vault-locked":
            return self.tr("It was locked. Open it again to continue.")
        if kind == "limit-exceeded" and isinstance(error, LimitExceeded):
            return self.tr(
                "This file was not imported: it goes far beyond what a real export holds "
                "({limit}). Nothing was changed."
            ).format(limit=self._limit(error))
        if kind == "invalid-input" and isinstance(error, InvalidInput):
            where = error.where or error.file_name
            if where:
                return self.tr("This file could not be read (problem at {where}).").format(
                    where=where
                )
            return self.tr("This file could not be read.")
        if kind == "cancelled":
            return self.tr("Stopped. Nothing was changed.")
        if kind == "storage-full":
            return self.tr(
                "The disk is full or cannot be written to. Nothing was lost; free some space "
                "and try again."
            )
        if kind == "entry-not-found":
            return self.tr("That entry no longer exists.")
        if kind == "verification-failed":
            return self.tr("The check failed: the files do not match what was signed.")
        if isinstance(error, SafePlanError):
            return self.tr("Something went wrong. Nothing was changed.")
        if isinstance(error, OSError):
            return self.tr("The file or folder could not be used. Check that it is still there.")
        return self.tr("Something went wrong. Nothing was changed.")

    def _limit(self, error: LimitExceeded) -> str:
        """The limit a refused file broke, in words (issue 14.8)."""
        found, maximum = error.found, error.maximum
        if error.limit == "email-size":
            return self.tr("{found} MB in one e-mail; at most {maximum} MB").format(
                found=found >> 20, maximum=maximum >> 20)
        if error.limit == "email-parts":
            return self.tr("{found} parts in one e-mail; at most {maximum}").format(
                found=found, maximum=maximum)
        if error.limit == "email-forward-depth":
            return self.tr("forwarded e-mails {found} levels deep; at most {maximum}").format(
                found=found, maximum=maximum)
        if error.limit == "email-mime-depth":
            return self.tr("e-mail parts {found} levels deep; at most {maximum}").format(
                found=found, maximum=maximum)
        if error.limit == "zip-ratio":
            return self.tr("a file in the zip expands {found} times; real export files at "
                           "most {maximum} times").format(found=found, maximum=maximum)
        if error.limit == "zip-total":
            return self.tr("the zip expands to {found} MB; at most {maximum} MB").format(
                found=found >> 20, maximum=maximum >> 20)
        if error.limit == "zip-members":
            return self.tr("{found} files in the zip; at most {maximum}").format(
                found=found, maximum=maximum)
        if error.limit == "chat-size":
            return self.tr("{found} MB of chat text; at most {maximum} MB").format(
                found=found >> 20, maximum=maximum >> 20)
        if error.limit == "messages":
            return self.tr("{found} messages in one chat; at most {maximum}").format(
                found=found, maximum=maximum)
        if error.limit == "lines":
            return self.tr("{found} lines of chat text; at most {maximum}").format(
                found=found, maximum=maximum)
        if error.limit == "json-depth":
            return self.tr("nested more than {maximum} levels deep; real exports fewer than "
                           "10").format(maximum=maximum)
        return f"{error.limit}: {found} > {maximum}"
