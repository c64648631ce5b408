"""``safeplan export VAULT --json OUT.json`` (the complete open-format backup)."""

from __future__ import annotations

import argparse
from pathlib import Path

from safeplan.commands.common import EXIT_OK, EXIT_USAGE, CliIO
from safeplan.core import interchange
from safeplan.core.i18n import QT_TRANSLATE_NOOP
from safeplan.core.vault import Vault

N_ = QT_TRANSLATE_NOOP


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("export", help="export the journal (open JSON format)")
    parser.add_argument("vault", type=Path)
    parser.add_argument("--json", type=Path, metavar="OUT.json",
                        help="everything, sensitive notes and attachments included")


def run(args: argparse.Namespace, io: CliIO) -> int:
    if args.json is None:
        io.warn(io.tr(N_("cli", "Say what to write, e.g. --json OUT.json.")))
        return EXIT_USAGE
    passphrase = io.passphrase(io.tr(N_("cli", "Passphrase: ")))
    with Vault.unlock(args.vault, passphrase) as vault:
        interchange.write_json(vault.journal, args.json)
    io.say(io.tr(N_("cli", "Written: {path}")).format(path=args.json))
    return EXIT_OK
