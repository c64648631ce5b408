"""``safeplan vault create|check|passwd|backup|restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from safeplan.commands.common import EXIT_DAMAGED, EXIT_OK, EXIT_USAGE, CliIO
from safeplan.core.errors import InvalidInput, VaultNotFound
from safeplan.core.i18n import QT_TRANSLATE_NOOP
from safeplan.core.storage import passphrase_policy
from safeplan.core.storage.database import VaultFiles
from safeplan.core.storage.kdf import KdfParams
from safeplan.core.vault.vault import Vault


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("vault", help="create, check, back up or restore a vault")
    actions = parser.add_subparsers(dest="vault_action", required=True)
    create = actions.add_parser("create", help="create a new vault")
    create.add_argument("vault", type=Path)
    create.add_argument("--recovery-code", action="store_true",
                        help="also print a recovery code for a trusted person")
    create.add_argument("--allow-weak-passphrase", action="store_true",
                        help="accept a passphrase that is easy to guess (for scripts only)")
    create.add_argument("--insecure-test-kdf", action="store_true", help=argparse.SUPPRESS)
    check = actions.add_parser("check", help="check encryption, structure and history chain")
    check.add_argument("vault", type=Path)
    passwd = actions.add_parser("passwd", help="change the passphrase (stdin: old, then new)")
    passwd.add_argument("vault", type=Path)
    passwd.add_argument("--allow-weak-passphrase", action="store_true",
                        help="accept a new passphrase that is easy to guess (for scripts only)")
    backup = actions.add_parser("backup", help="encrypted, verified copy into a folder")
    backup.add_argument("vault", type=Path)
    backup.add_argument("dest", type=Path)
    restore = actions.add_parser("restore", help="put a backup back in place of the vault")
    restore.add_argument("backup", type=Path, help="the backup's data file")
    restore.add_argument("vault", type=Path)


def run(args: argparse.Namespace, io: CliIO) -> int:
    action = args.vault_action
    if action == "create":
        passphrase = io.passphrase(io.tr(QT_TRANSLATE_NOOP("cli", "New passphrase: ")))
        if io.stdin.isatty() and io.passphrase(io.tr(QT_TRANSLATE_NOOP("cli", "Repeat it: "))) != passphrase:
            io.warn(io.tr(QT_TRANSLATE_NOOP("cli", "The two passphrases differ. Nothing was created.")))
            return EXIT_USAGE
        if not args.allow_weak_passphrase and not passphrase_policy.acceptable(passphrase):
            return _weak(io)
        kdf = KdfParams.for_tests() if args.insecure_test_kdf else None
        with Vault.create(args.vault, passphrase, kdf=kdf) as vault:
            io.say(io.tr(QT_TRANSLATE_NOOP("cli", "Vault created.")))
            if args.recovery_code:
                io.say(io.tr(QT_TRANSLATE_NOOP("cli", "Recovery code (write it down for a trusted person):")))
                io.say(vault.create_recovery_code())
        return EXIT_OK
    if action == "passwd":
        if not VaultFiles(args.vault).db.exists():
            raise VaultNotFound("no vault at that path")  # before asking for anything
        old = io.passphrase(io.tr(QT_TRANSLATE_NOOP("cli", "Current passphrase: ")), 0)
        new = io.passphrase(io.tr(QT_TRANSLATE_NOOP("cli", "New passphrase: ")), 1)
        if not args.allow_weak_passphrase and not passphrase_policy.acceptable(new):
            return _weak(io)
        Vault.change_passphrase(args.vault, old, new)
        io.say(io.tr(QT_TRANSLATE_NOOP("cli", "Passphrase changed.")))
        return EXIT_OK
    if action == "restore":
        passphrase = io.passphrase(io.tr(QT_TRANSLATE_NOOP("cli", "Passphrase: ")))
        kept = Vault.restore(args.backup, args.vault, passphrase)
        io.say(io.tr(QT_TRANSLATE_NOOP("cli", "Backup restored.")))
        if kept is not None:
            io.say(io.tr(QT_TRANSLATE_NOOP("cli", "The replaced files were kept in: {folder}")).format(
                folder=kept))
        return EXIT_OK
    if action == "backup" and not args.dest.is_dir():
        # Never create DEST: a mistyped USB path (/media/usb vs /media/usb1) would silently put
        # the copy on the (borrowed) laptop's own disk instead of her stick (threat A3).
        raise InvalidInput("this folder does not exist (is the USB stick plugged in?); "
                           "nothing was written", where="DEST", file_name=args.dest.name)
    passphrase = io.passphrase(io.tr(QT_TRANSLATE_NOOP("cli", "Passphrase: ")))
    with Vault.unlock(args.vault, passphrase) as vault:
        if action == "backup":
            copy = vault.backup(args.dest)
            io.say(io.tr(QT_TRANSLATE_NOOP("cli", "Backup written and verified: {path}")).format(path=copy))
            return EXIT_OK
        report = vault.check()
        for note in report.notes:
            io.say(f"  {note}")
        if report.ok:
            io.say(io.tr(QT_TRANSLATE_NOOP("cli", "The vault is intact.")))
            return EXIT_OK
        io.warn(io.tr(QT_TRANSLATE_NOOP("cli", "The vault has problems:")))
        for problem in report.problems:
            io.warn(f"  - {problem}")
        return EXIT_DAMAGED


def _weak(io: CliIO) -> int:
    """The same policy as the app's first run and Settings; scripts may override it."""
    io.warn(io.tr(QT_TRANSLATE_NOOP(
        "cli", "This passphrase is too easy to guess (common words, names, keyboard patterns "
        "and short passphrases are refused). Use several words. Nothing was changed.")))
    io.warn(io.tr(QT_TRANSLATE_NOOP(
        "cli", "A script that must use it anyway can add --allow-weak-passphrase.")))
    return EXIT_USAGE
