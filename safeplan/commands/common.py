"""What every subcommand shares: exit codes, the passphrase from stdin, words in the user's language.

Exit codes (documented in the README; scripts rely on them):
0 ok · 1 error · 2 usage · 3 wrong passphrase · 4 vault damaged · 5 bad input file ·
6 vault busy · 7 verification failed · 8 cancelled
"""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass, field
from typing import TextIO

from safeplan.core import errors
from safeplan.core.i18n import QT_TRANSLATE_NOOP, Catalogue

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_WRONG_PASSPHRASE = 3
EXIT_DAMAGED = 4
EXIT_BAD_INPUT = 5
EXIT_BUSY = 6
EXIT_VERIFY_FAILED = 7
EXIT_CANCELLED = 8

CTX = "cli"
# Error kinds → a sentence (translated through the catalogue) and an exit code.
ERROR_WORDS: dict[str, tuple[str, int]] = {
    errors.WrongPassphrase.kind: (QT_TRANSLATE_NOOP(
        "cli", "The passphrase is not right. Nothing was changed."), EXIT_WRONG_PASSPHRASE),
    errors.VaultDamaged.kind: (QT_TRANSLATE_NOOP(
        "cli", "The vault files are damaged or incomplete. Nothing was changed. "
        "If you have a backup, you can restore it."), EXIT_DAMAGED),
    errors.VaultBusy.kind: (QT_TRANSLATE_NOOP(
        "cli", "The vault is open in another window or program. Close it there and try again."),
        EXIT_BUSY),
    errors.VaultExists.kind: (QT_TRANSLATE_NOOP(
        "cli", "A file with that name already exists. Choose another name."), EXIT_ERROR),
    errors.VaultNotFound.kind: (QT_TRANSLATE_NOOP(
        "cli", "There is no vault at that path."), EXIT_ERROR),
    errors.InvalidInput.kind: (QT_TRANSLATE_NOOP(
        "cli", "The file could not be read, so nothing was imported."), EXIT_BAD_INPUT),
    errors.Cancelled.kind: (QT_TRANSLATE_NOOP(
        "cli", "Cancelled. Nothing was written."), EXIT_CANCELLED),
    errors.StorageFull.kind: (QT_TRANSLATE_NOOP(
        "cli", "The disk refused to save (full or read-only). The previous state is kept."),
        EXIT_ERROR),
    errors.VerificationFailed.kind: (QT_TRANSLATE_NOOP(
        "cli", "The export does not match its signed manifest."), EXIT_VERIFY_FAILED),
    errors.EntryNotFound.kind: (QT_TRANSLATE_NOOP("cli", "No such entry."), EXIT_ERROR),
    errors.LimitExceeded.kind: (QT_TRANSLATE_NOOP(
        "cli", "The file goes far beyond what a real export holds, so nothing was imported "
        "(a safety limit against files made to fill the memory or the disk)."), EXIT_BAD_INPUT),
}
# Issue 14.8: the limit a refused file broke, named in words ({found} and {maximum} are numbers).
LIMIT_WORDS: dict[str, str] = {
    "email-size": QT_TRANSLATE_NOOP("cli", "E-mail size: {found} bytes; at most {maximum}."),
    "email-parts": QT_TRANSLATE_NOOP("cli", "Parts in one e-mail: {found}; at most {maximum}."),
    "email-forward-depth": QT_TRANSLATE_NOOP(
        "cli", "Forwarded e-mails inside each other: {found} levels; at most {maximum}."),
    "email-mime-depth": QT_TRANSLATE_NOOP(
        "cli", "Parts of the e-mail nested inside each other: {found} levels; at most {maximum}."),
    "zip-ratio": QT_TRANSLATE_NOOP(
        "cli", "A file in the zip expands {found} times; real export files at most {maximum}."),
    "zip-total": QT_TRANSLATE_NOOP(
        "cli", "The zip expands to {found} bytes; at most {maximum}."),
    "zip-members": QT_TRANSLATE_NOOP("cli", "Files in the zip: {found}; at most {maximum}."),
    "chat-size": QT_TRANSLATE_NOOP("cli", "Chat text: {found} bytes; at most {maximum}."),
    "messages": QT_TRANSLATE_NOOP("cli", "Messages in one chat: {found}; at most {maximum}."),
    "lines": QT_TRANSLATE_NOOP("cli", "Lines of chat text: {found}; at most {maximum}."),
    "json-depth": QT_TRANSLATE_NOOP(
        "cli", "JSON nested more than {maximum} levels deep (real exports: fewer than 10)."),
}


def cli_language(environ: dict[str, str] | os._Environ[str] = os.environ) -> str:
    for name in ("SAFEPLAN_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        for lang in ("be", "ru", "en"):
            if value.lower().startswith(lang):
                return lang
    return "en"


@dataclass
class CliIO:
    """Standard streams plus the catalogue (tests pass their own)."""

    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    catalogue: Catalogue = field(default_factory=lambda: Catalogue.load(cli_language()))
    _lines: list[str] | None = None

    def tr(self, text: str) -> str:
        return self.catalogue.tr(CTX, text)

    def say(self, text: str) -> None:
        print(text, file=self.stdout)

    def warn(self, text: str) -> None:
        print(text, file=self.stderr)

    def stdin_line(self, index: int) -> str | None:
        """Line ``index`` of standard input without its ending (\\n or \\r\\n); spaces kept."""
        if self._lines is None:
            data = self.stdin.buffer.read() if hasattr(self.stdin, "buffer") else self.stdin.read()
            text = data.decode("utf-8") if isinstance(data, bytes) else data
            self._lines = [line[:-1] if line.endswith("\r") else line
                           for line in text.split("\n")]
        return self._lines[index] if index < len(self._lines) else None

    def passphrase(self, prompt: str, index: int = 0) -> str:
        """From stdin's line ``index`` when scripted, otherwise asked without echo."""
        if not self.stdin.isatty():
            line = self.stdin_line(index)
            if line is None or line == "":
                raise errors.WrongPassphrase("no passphrase on standard input")
            return line
        return getpass.getpass(prompt)


# Positional arguments a command may reject as values (``InvalidInput(where="DEST")``); an
# importer's ``where`` such as "DOCTYPE" must stay a bad-file error, so this is a closed list.
POSITIONAL_VALUES = ("DEST", "FILE")


def report_error(io: CliIO, exc: errors.SafePlanError) -> int:
    words, code = ERROR_WORDS.get(exc.kind, (QT_TRANSLATE_NOOP("cli", "Something went wrong."),
                                              EXIT_ERROR))
    if isinstance(exc, errors.InvalidInput) and (exc.where.startswith("--")
                                                 or exc.where in POSITIONAL_VALUES):
        # A command-line value (a date, a zone …, or a positional like DEST), not a file's
        # content: say so, exit as a usage error.
        io.warn(io.tr(QT_TRANSLATE_NOOP("cli", "This value is not valid:")) + f" {exc}")
        return EXIT_USAGE
    io.warn(io.tr(words))
    if isinstance(exc, errors.LimitExceeded):
        limit_words = LIMIT_WORDS.get(exc.limit)
        if limit_words is not None:
            io.warn("  " + io.tr(limit_words).format(found=exc.found, maximum=exc.maximum))
        else:
            io.warn(f"  {exc.limit}: {exc.found} > {exc.maximum}")
    elif isinstance(exc, errors.InvalidInput):
        io.warn(f"  {exc}")
    elif isinstance(exc, errors.VaultDamaged) and exc.details.get("part"):
        io.warn(f"  ({exc.details['part']}: {exc.args[0]})")
    return code
