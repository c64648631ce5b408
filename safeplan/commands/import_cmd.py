"""``safeplan import VAULT FILE --format …`` — all or nothing, with a summary."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from safeplan.commands import import_checks
from safeplan.commands.common import EXIT_BAD_INPUT, EXIT_OK, CliIO
from safeplan.core import interchange
from safeplan.core.errors import InvalidInput
from safeplan.core.i18n import QT_TRANSLATE_NOOP
from safeplan.core.vault.vault import Vault

if TYPE_CHECKING:
    from safeplan.core.importers import ImportSummary

KIND_WORDS = {
    "person": QT_TRANSLATE_NOOP("cli", "people"), "incident": QT_TRANSLATE_NOOP("cli", "incidents"),
    "message": QT_TRANSLATE_NOOP("cli", "messages"), "medical": QT_TRANSLATE_NOOP("cli", "medical notes"),
    "attachment": QT_TRANSLATE_NOOP("cli", "attachments"), "legal": QT_TRANSLATE_NOOP("cli", "legal dates"),
    "risk_check": QT_TRANSLATE_NOOP("cli", "danger-sign checks"),
}
FORMATS = ("safeplan-json", "telegram", "whatsapp", "sms-xml", "eml", "image", "auto")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("import", help="import a file into a vault (all or nothing)")
    parser.add_argument("vault", type=Path)
    parser.add_argument("file", type=Path)
    parser.add_argument("--format", choices=FORMATS, default="auto")
    parser.add_argument("--tz", help="time zone for exports without one, e.g. Europe/Minsk")
    parser.add_argument("--keep-gps", action="store_true",
                        help="keep photo locations (left out by default)")
    parser.add_argument("--date-order", type=str.upper, choices=("DMY", "MDY", "YMD"),
                        help="WhatsApp: dmy (day first) or mdy (month first); required when "
                             "every date in the chat could be read either way")
    parser.add_argument("--attach-older-files", action="store_true",
                        help="also attach files older than the chat's first message (left out "
                             "by default: a crafted chat line may name one of your own files)")
    parser.add_argument("--salvage", action="store_true",
                        help="SMS backup cut short: keep its complete records (the damage is noted)")


def run(args: argparse.Namespace, io: CliIO) -> int:
    if args.file.is_dir() and (args.file / "result.json").is_file():
        args.file = args.file / "result.json"  # a Telegram Desktop export folder was given
    if not args.file.exists():
        # a mistyped path is a wrong command-line value, named, before anything is read
        raise InvalidInput("there is no such file", where="FILE", file_name=args.file.name)
    fmt = args.format
    if fmt == "auto":
        fmt = _detect(args.file)
    # Parse and validate before asking for the passphrase: a bad file never touches the vault.
    summary_lines: list[str] = []
    if fmt == "safeplan-json":
        document = interchange.load_json(args.file)
        interchange.validate_document(document, known_uid=lambda _: True)
        passphrase = io.passphrase(io.tr(QT_TRANSLATE_NOOP("cli", "Passphrase: ")))
        with Vault.unlock(args.vault, passphrase) as vault:
            report = interchange.import_document(vault.journal, document,
                                                 base_dir=args.file.parent,
                                                 source_name=args.file.name)
    else:
        from safeplan.core import importers

        try:
            batch = importers.parse_file(args.file, fmt, tz=args.tz, keep_gps=args.keep_gps,
                                         date_order=args.date_order, salvage=args.salvage,
                                         lang=io.catalogue.lang)
        except importers.TimezoneNeeded as exc:
            io.warn(io.tr(QT_TRANSLATE_NOOP("cli", "This file does not say which time zone its times are in. "
                                 "Nothing was imported. Run the command again with --tz, "
                                 "for example --tz Europe/Minsk.")))
            if exc.suggestion:
                suggests = QT_TRANSLATE_NOOP("cli", "The file suggests: {zone}")
                io.warn(io.tr(suggests).format(zone=exc.suggestion))
            return EXIT_BAD_INPUT
        with batch:
            if import_checks.date_order_unsettled(io, batch.summary):
                return EXIT_BAD_INPUT
            files = import_checks.settle_files(io, batch, args.attach_older_files)
            summary_lines = _summary_lines(io, batch.summary) + files
            summary_lines.extend(f"  ! {warning}" for warning in batch.summary.warnings)
            import_checks.check_space(batch, args.vault)
            passphrase = io.passphrase(io.tr(QT_TRANSLATE_NOOP("cli", "Passphrase: ")))
            with Vault.unlock(args.vault, passphrase) as vault:
                report = interchange.import_document(vault.journal, batch.document,
                                                     open_attachment=batch.open_attachment)
    for line in summary_lines:
        io.say(line)
    counts = ", ".join(f"{io.tr(KIND_WORDS.get(kind, kind))}: {n}"
                       for kind, n in sorted(report.added.items()))
    io.say(io.tr(QT_TRANSLATE_NOOP("cli", "Imported — {counts}.")).format(counts=counts or "0"))
    if report.skipped_duplicates:
        io.say(io.tr(QT_TRANSLATE_NOOP("cli", "Already in the vault, skipped: {n}.")).format(
            n=report.skipped_duplicates))
    return EXIT_OK


def _summary_lines(io: CliIO, s: ImportSummary) -> list[str]:
    """The same facts the GUI preview shows: counts, dates, people, time zone, repairs."""
    lines = [
        io.tr(QT_TRANSLATE_NOOP("cli", "{fmt} file {name} (SHA-256 {sha})")).format(
            fmt=s.format, name=s.file_name, sha=s.file_sha256),
        io.tr(QT_TRANSLATE_NOOP("cli", "Messages: {n}, service events: {m}, attachments: {a}")).format(
            n=s.message_count, m=s.service_count, a=s.attachment_count),
    ]
    if s.first_at:
        lines.append(io.tr(QT_TRANSLATE_NOOP("cli", "From {first} to {last}")).format(
            first=s.first_at, last=s.last_at))
    lines.extend(f"  - {p.name} {p.platform_id}".rstrip() for p in s.participants)
    if s.tz:
        lines.append(io.tr(QT_TRANSLATE_NOOP("cli", "Time zone: {tz} ({source})")).format(
            tz=s.tz, source=s.tz_source))
    lines.extend(import_checks.date_order_line(io, s))
    if s.repairs:
        lines.append(io.tr(QT_TRANSLATE_NOOP("cli", "Repairs recorded: {n}")).format(n=len(s.repairs)))
    if s.missing_media:
        lines.append(io.tr(QT_TRANSLATE_NOOP("cli", "Media not in the export: {n}")).format(
            n=len(s.missing_media)))
    if s.unreadable:
        lines.append(io.tr(QT_TRANSLATE_NOOP(
            "cli", "Could not be read (each imported as an entry saying so, original bytes "
            "kept): {n}")).format(n=len(s.unreadable)))
    return lines


def _detect(path: Path) -> str:
    if path.suffix.lower() == ".json":
        head = path.open("rb").read(4096)
        if b"safeplan-journal" in head:
            return "safeplan-json"
    from safeplan.core import importers

    detected: str = importers.detect_format(path)
    return detected
