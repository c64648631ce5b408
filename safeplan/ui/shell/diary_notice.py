"""The failed-attempt notice above the diary (issue 14.4, requirement 10).

The duress journal must tell her about wrong passphrases exactly as the real journal does — the
same counts from the same record, the same warning colours and button — but without the
program's name, which would give the diary away to someone forcing her to open it.
"""

from __future__ import annotations

from safeplan.ui.shell.journal_host import AccessNotice


class DiaryAccessNotice(AccessNotice):
    """The failed-attempt notice of the diary: the same counts, colours and button as the real
    journal's, worded for a diary (the program's name would give the journal away)."""

    def wording(self) -> dict[str, str]:
        return {
            "tampered": self.tr(
                "Since you last opened the diary, someone deleted or replaced the record of "
                "wrong passphrases. Someone may have tried to get in and hide it."),
            "failures": self.tr(
                "Failed attempts to open the diary since you last opened it: %n.", "",
                self.failures),
            "first": self.tr("Nobody has tried to open the diary with a wrong passphrase."),
            "nobody": self.tr(
                "Nobody tried to open the diary with a wrong passphrase since your last visit."),
        }
