"""``safeplan import VAULT FILE --format …`` — all or nothing, with a summary."""

from __future__ import annotations

import argparse
from pathlib import Path

from safeplan.commands.common import EXIT_OK, CliIO
from safeplan.core import interchange
from safeplan.core.i18n import QT_TRANSLATE_NOOP
from safeplan.core.vault import Vault

N_ = QT_TRANSLATE_NOOP
FORMATS = ("safeplan-json", "telegram", "whatsapp", "sms-xml", "eml", "image", "auto")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("import", help="import a file into a vault (all or nothing)")
    parser.add_argument("vault", type=Path)
    parser.add_argument("file", type=Path)
    parser.add_argument("--format", choices=FORMATS, default="auto")
    parser.add_argument("--tz", help="time zone for exports without one, e.g. Europe/Minsk")
    parser.add_argument("--keep-gps", action="store_true",
                        help="keep photo locations (left out by default)")


def run(args: argparse.Namespace, io: CliIO) -> int:
    fmt = args.format
    if fmt == "auto":
        fmt = _detect(args.file)
    # Parse and validate before asking for the passphrase: a bad file never touches the vault.
    if fmt == "safeplan-json":
        document = interchange.load_json(args.file)
        interchange.validate_document(document, known_uid=lambda _: True)
        opener = None
        summary_lines: list[str] = []
    else:
        from safeplan.core import importers

        batch = importers.parse_file(args.file, fmt, tz=args.tz, keep_gps=args.keep_gps)
        document, opener = batch.document, batch.open_attachment
        summary_lines = batch.summary.lines() if hasattr(batch.summary, "lines") else []
    passphrase = io.passphrase(io.tr(N_("cli", "Passphrase: ")))
    with Vault.unlock(args.vault, passphrase) as vault:
        report = interchange.import_document(vault.journal, document, base_dir=args.file.parent,
                                             open_attachment=opener)
    for line in summary_lines:
        io.say(line)
    io.say(io.tr(N_("cli", "Imported: {counts}.")).format(
        counts=", ".join(f"{n} {kind}" for kind, n in sorted(report.added.items())) or "0"))
    if report.skipped_duplicates:
        io.say(io.tr(N_("cli", "Already in the vault, skipped: {n}.")).format(
            n=report.skipped_duplicates))
    return EXIT_OK


def _detect(path: Path) -> str:
    if path.suffix.lower() == ".json":
        head = path.open("rb").read(4096)
        if b"safeplan-journal" in head:
            return "safeplan-json"
    from safeplan.core import importers

    detected: str = importers.detect_format(path)
    return detected
