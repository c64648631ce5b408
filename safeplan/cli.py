"""``safeplan`` — the desktop app with no arguments; a scriptable tool with a subcommand.

No traceback ever reaches a person: typed core errors become a sentence in their language and a
documented exit code (commands/common.py); anything unexpected becomes one calm line, and the
details go to the log only when SAFEPLAN_DEBUG is set (the log never holds journal text).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from safeplan.commands import common, demo_cmd, export_cmd, import_cmd, vault_cmd
from safeplan.core.errors import SafePlanError

_COMMANDS = {"vault": vault_cmd, "import": import_cmd, "export": export_cmd, "demo": demo_cmd}


def _optional_commands() -> dict[str, object]:
    found: dict[str, object] = {}
    try:
        from safeplan.commands import verify_cmd  # type: ignore[attr-defined,unused-ignore]

        found["verify"] = verify_cmd
    except ImportError:
        pass
    return found


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="safeplan",
        description="Encrypted evidence journal and safety plan. Without a command: the app.")
    parser.add_argument("--portable", type=Path, metavar="DIR",
                        help="keep every file (vault, settings, caches) inside DIR")
    sub = parser.add_subparsers(dest="command")
    for module in {**_COMMANDS, **_optional_commands()}.values():
        module.register(sub)  # type: ignore[attr-defined]
    return parser


def main(argv: Sequence[str] | None = None, io: common.CliIO | None = None) -> int:
    sys.dont_write_bytecode = True  # requirement 13: no __pycache__ written next to the program
    logging.basicConfig(level=logging.DEBUG if os.environ.get("SAFEPLAN_DEBUG") else logging.WARNING,
                        stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from safeplan.app import run_gui

        return run_gui(args.portable)
    io = io or common.CliIO()
    module = {**_COMMANDS, **_optional_commands()}[args.command]
    try:
        code: int = module.run(args, io)  # type: ignore[attr-defined]
        return code
    except SafePlanError as exc:
        return common.report_error(io, exc)
    except (KeyboardInterrupt, EOFError):  # Ctrl+C, or Ctrl+D at a passphrase prompt
        io.warn(io.tr(common.ERROR_WORDS["cancelled"][0]))
        return common.EXIT_CANCELLED
    except OSError as exc:
        io.warn(io.tr(common.QT_TRANSLATE_NOOP("cli", "A file could not be read or written:"))
                + f" {exc.strerror or exc}")
        return common.EXIT_ERROR
    except Exception as exc:  # the last line of defence: never a traceback for a person
        import sqlcipher3

        if isinstance(exc, sqlcipher3.DatabaseError):
            io.warn(io.tr(common.ERROR_WORDS["vault-damaged"][0]))
            return common.EXIT_DAMAGED
        logging.getLogger(__name__).debug("unexpected error", exc_info=True)
        io.warn(io.tr(common.QT_TRANSLATE_NOOP(
            "cli", "Something unexpected went wrong. Nothing was lost; please try again.")))
        return common.EXIT_ERROR
