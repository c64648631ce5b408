"""``safeplan demo VAULT`` and ``safeplan demo --portable DIR``: a filled-in vault for a first look."""

from __future__ import annotations

import argparse
from pathlib import Path

from safeplan.commands.common import EXIT_OK, EXIT_USAGE, CliIO, cli_language
from safeplan.core import demo
from safeplan.core.i18n import QT_TRANSLATE_NOOP
from safeplan.core.paths import resolve_paths
from safeplan.core.settings import SettingsStore, hash_door_code
from safeplan.core.storage.kdf import KdfParams
from safeplan.core.vault.vault import Vault

DEMO_PASSPHRASE = "demo"  # noqa: S105 - documented demo passphrase, sample data only
DEMO_DOOR_CODE = "1234"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("demo", help="create a vault filled with sample data")
    parser.add_argument("vault", type=Path, nargs="?")
    parser.add_argument("--portable", type=Path, metavar="DIR",
                        help="prepare a portable folder: demo vault + calculator, door code 1234")
    parser.add_argument("--lang", choices=("en", "ru", "be"), default=None)
    parser.add_argument("--insecure-test-kdf", action="store_true", help=argparse.SUPPRESS)


def run(args: argparse.Namespace, io: CliIO) -> int:
    if (args.vault is None) == (args.portable is None):
        io.warn(io.tr(QT_TRANSLATE_NOOP("cli", "Give either a vault path or --portable DIR.")))
        return EXIT_USAGE
    passphrase = DEMO_PASSPHRASE
    if not io.stdin.isatty():
        passphrase = io.stdin_line(0) or DEMO_PASSPHRASE
    lang = args.lang or cli_language()
    vault_path = args.vault
    if args.portable is not None:
        paths = resolve_paths(args.portable)
        paths.ensure()
        vault_path = paths.default_vault
    kdf = KdfParams.for_tests() if args.insecure_test_kdf else None
    with Vault.create(vault_path, passphrase, kdf=kdf) as vault:
        demo.populate(vault.journal, lang)
    if args.portable is not None:
        store = SettingsStore(paths.settings_file)
        settings = store.load()
        from dataclasses import replace

        store.save(replace(settings.with_vault_path(vault_path, paths.root), language=lang,
                           decoy_kind="calculator", door_code_hash=hash_door_code(DEMO_DOOR_CODE),
                           first_run_done=True))
        ready = QT_TRANSLATE_NOOP("cli", "Portable folder ready. Start it with: safeplan --portable {dir}")
        io.say(io.tr(ready).format(dir=args.portable))
        hint = QT_TRANSLATE_NOOP("cli", "Type 1234 then = in the calculator; the passphrase is \"{p}\".")
        io.say(io.tr(hint).format(p=passphrase))
    else:
        io.say(io.tr(QT_TRANSLATE_NOOP("cli", "Demo vault created: {path}")).format(path=vault_path))
    return EXIT_OK
