"""``safeplan verify OUT.pdf`` (or ``OUT.zip``): check an export against its signed manifest.

Needs no passphrase and never reads standard input (a lawyer runs it, perhaps in a script).
Exit 0 only when everything supplied matches; 7 otherwise. The report is in plain words and
leads with the key that signed the export; ``--key FINGERPRINT`` (from her key card) makes a
different signer a failure.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from safeplan.commands.common import EXIT_OK, EXIT_VERIFY_FAILED, CliIO, cli_language


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "verify", help="check a chronology PDF or evidence bundle against its signed manifest")
    parser.add_argument("path", type=Path, metavar="OUT.pdf|OUT.zip|FOLDER",
                        help="the PDF, its .manifest.json, the bundle zip or an unpacked bundle")
    parser.add_argument("--lang", choices=("be", "ru", "en"), default=None,
                        help="language of the report (default: from the environment)")
    parser.add_argument("--key", metavar="FINGERPRINT", default=None,
                        help="the key fingerprint you were given separately (from the key card "
                             "of the person who kept the journal): the export must be signed by "
                             "exactly this key")
    parser.add_argument("--receipt", metavar="CODE", action="append", default=[],
                        help="a receipt code the person who kept the journal sent out earlier: "
                             "says which entries existed when it was made (may be given more "
                             "than once)")


def run(args: argparse.Namespace, io: CliIO) -> int:
    from safeplan.core.export.verify import verify

    report = verify(args.path, args.lang or cli_language(), key=args.key, receipts=args.receipt)
    for line in report.lines():
        io.say(line)
    return EXIT_OK if report.ok else EXIT_VERIFY_FAILED
