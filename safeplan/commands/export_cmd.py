"""``safeplan export VAULT`` — the open-format backup (``--json``) and the court chronology
(``--pdf`` with its signed manifest, optional ``--csv`` and ``--bundle``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from safeplan.commands.common import EXIT_OK, EXIT_USAGE, CliIO
from safeplan.core import interchange
from safeplan.core.errors import InvalidInput
from safeplan.core.i18n import QT_TRANSLATE_NOOP
from safeplan.core.vault.vault import Vault


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export", help="export the journal (open JSON format) or a court-ready PDF chronology")
    parser.add_argument("vault", type=Path)
    parser.add_argument("--json", type=Path, metavar="OUT.json",
                        help="everything, sensitive notes and attachments included")
    pdf = parser.add_argument_group("court chronology")
    pdf.add_argument("--pdf", type=Path, metavar="OUT.pdf",
                     help="the chronology PDF; its signed manifest OUT.manifest.json goes beside it")
    pdf.add_argument("--lang", choices=("be", "ru", "en"), default="en",
                     help="language of the PDF, CSV and README (default en)")
    pdf.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first date to include")
    pdf.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last date to include")
    pdf.add_argument("--include-sensitive", action="store_true",
                     help="include medical notes marked sensitive (left out by default)")
    pdf.add_argument("--include-working-notes", action="store_true",
                     help="a working copy for you and your lawyer: also print evidence still "
                          "needed, tags and private entries (left out of the court copy by "
                          "default)")
    pdf.add_argument("--paper", choices=("a4", "letter"), default="a4")
    pdf.add_argument("--bundle", type=Path, metavar="OUT.zip",
                     help="also write a zip with the PDF, manifest, original files and a README")
    pdf.add_argument("--csv", type=Path, metavar="OUT.csv",
                     help="also write the chronology as CSV (UTF-8 with BOM)")
    pdf.add_argument("--case-ref", default="", metavar="TEXT", help="case reference for the header")
    pdf.add_argument("--concerning", default="", metavar="TEXT",
                     help="whom the chronology concerns (cover page)")
    pdf.add_argument("--initials", default="", metavar="PERSON,...",
                     help="people (id or exact name) whose names are printed as initials")
    pdf.add_argument("--people", default="", metavar="PERSON,...",
                     help="only incidents and messages involving these people (id or exact name)")
    pdf.add_argument("--forms", default="", metavar="FORM,...",
                     help="only these forms of abuse, e.g. physical,threat")
    pdf.add_argument("--no-addresses", action="store_true",
                     help="leave out addresses (locations), also from photos in the bundle")
    pdf.add_argument("--witness-contacts", action="store_true",
                     help="print how to reach the witnesses in the list of witnesses to summon "
                          "(left out by default: the other side receives the document)")
    pdf.add_argument("--signatory", default="", metavar="TEXT",
                     help="your name or initials under the statement of truth (else a blank line)")
    pdf.add_argument("--place", default="", metavar="TEXT",
                     help="the place printed beside the signature (else a blank line)")
    pdf.add_argument("--original-photos", action="store_true",
                     help="put the original photos in the bundle WITH their location and device "
                          "data (by default the bundle gets copies without them)")


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _people(vault: Vault, value: str, where: str) -> tuple[str, ...]:
    """Person ids from ids or exact names given on the command line."""
    from safeplan.core.journal.search import Query

    wanted = _split(value)
    if not wanted:
        return ()
    people = vault.journal.list(Query(kinds=("person",)))
    by_name = {str(p.content.get("name") or "").strip().casefold(): p.uid for p in people}
    uids = {p.uid for p in people}
    found = []
    for token in wanted:
        if token in uids:
            found.append(token)
        elif token.casefold() in by_name:
            found.append(by_name[token.casefold()])
        else:
            raise InvalidInput("no person with this id or name", where=where)
    return tuple(found)


def _chronology(args: argparse.Namespace, vault: Vault, io: CliIO) -> None:
    from safeplan.core.export import ChronologyOptions, export_chronology

    options = ChronologyOptions(
        lang=args.lang,
        date_from=ChronologyOptions.parse_date(args.date_from, "--from") if args.date_from else None,
        date_to=ChronologyOptions.parse_date(args.date_to, "--to") if args.date_to else None,
        categories=tuple(_split(args.forms)), people=_people(vault, args.people, "--people"),
        include_sensitive=args.include_sensitive,
        include_working_notes=args.include_working_notes,
        initials=_people(vault, args.initials, "--initials"),
        leave_out_addresses=args.no_addresses, original_photos=args.original_photos,
        paper=args.paper, case_ref=args.case_ref,
        concerning=args.concerning, witness_contacts=args.witness_contacts,
        signatory=args.signatory.strip(), place=args.place.strip())
    progress = on_pages = None
    if hasattr(io.stderr, "isatty") and io.stderr.isatty():
        # A percentage and the pages laid out so far, on a terminal only (issue 17.1: a long
        # export of years of records is no silent wait).
        state = {"percent": 0, "pages": 0}
        line = io.tr(QT_TRANSLATE_NOOP("cli", "{percent} % · page {pages}"))

        def show() -> None:
            text = line.format(percent=f"{state['percent']:3d}", pages=state["pages"])
            print(f"\r{text}", end="", file=io.stderr, flush=True)

        def progress(done: int, total: int) -> None:
            state["percent"] = 100 * done // max(total, 1)
            show()

        def on_pages(count: int) -> None:
            if count != state["pages"]:
                state["pages"] = count
                show()

    result = export_chronology(vault, options, args.pdf, csv_path=args.csv,
                               bundle_path=args.bundle, progress=progress, pages=on_pages)
    if progress is not None:
        print(file=io.stderr)
    for path in (result.pdf_path, result.manifest_path, result.csv_path, result.bundle_path):
        if path is not None:
            io.say(io.tr(QT_TRANSLATE_NOOP("cli", "Written: {path}")).format(path=path))
    io.say(io.tr(QT_TRANSLATE_NOOP("cli", "Export ID: {export_id}")).format(
        export_id=result.export_id))
    io.say(io.tr(QT_TRANSLATE_NOOP("cli", "Pages: {pages}")).format(pages=result.pages))
    io.say(io.tr(QT_TRANSLATE_NOOP("cli", "Signing key fingerprint: {fingerprint}")).format(
        fingerprint=result.key_fingerprint))
    if result.unreadable_exhibits:
        io.warn(io.tr(QT_TRANSLATE_NOOP(
            "cli", "These exhibits could not be read and are shown as missing: {numbers}"))
            .format(numbers=", ".join(result.unreadable_exhibits)))


def _check_output(path: Path | None, option: str) -> None:
    """A missing folder or a folder in place of the output file is a wrong command-line value:
    say so before the passphrase is asked, instead of "the file could not be read, so nothing was
    imported" (an export imports nothing) or "the disk refused to save" (it did not)."""
    if path is None:
        return
    if path.is_dir():
        raise InvalidInput("this is a folder; give a file name inside it", where=option,
                           file_name=path.name)
    if not path.parent.is_dir():
        raise InvalidInput("the folder for this file does not exist", where=option,
                           file_name=path.name)


def run(args: argparse.Namespace, io: CliIO) -> int:
    if args.json is None and args.pdf is None:
        io.warn(io.tr(QT_TRANSLATE_NOOP(
            "cli", "Say what to write, e.g. --json OUT.json or --pdf OUT.pdf.")))
        return EXIT_USAGE
    if args.pdf is None and (args.bundle is not None or args.csv is not None):
        io.warn(io.tr(QT_TRANSLATE_NOOP("cli", "--bundle and --csv go with --pdf OUT.pdf.")))
        return EXIT_USAGE
    for option in ("json", "pdf", "csv", "bundle"):
        _check_output(getattr(args, option), f"--{option}")
    passphrase = io.passphrase(io.tr(QT_TRANSLATE_NOOP("cli", "Passphrase: ")))
    with Vault.unlock(args.vault, passphrase) as vault:
        if args.json is not None:
            interchange.write_json(vault.journal, args.json)
            io.say(io.tr(QT_TRANSLATE_NOOP("cli", "Written: {path}")).format(path=args.json))
        if args.pdf is not None:
            _chronology(args, vault, io)
    return EXIT_OK
