"""``safeplan`` — the desktop app with no arguments; a scriptable tool with a subcommand.

No traceback ever reaches a person: typed core errors become a sentence in their language and a
documented exit code (commands/common.py); anything unexpected becomes one calm line, and the
details go to the log only when SAFEPLAN_DEBUG is set (the log never holds journal text).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from safeplan.commands.terminal import QuietTerminal


def _started_as_command() -> bool:
    name = Path(sys.argv[0]).name.lower() if sys.argv and sys.argv[0] else ""
    return name in ("safeplan", "safeplan.exe", "__main__.py") and len(sys.argv) > 1


# Echo off before the slow imports below: a passphrase typed while the program starts must not
# stand on the screen (commands/terminal.py). Only when run as the program with a subcommand.
_EARLY = QuietTerminal()
if _started_as_command():
    import atexit

    _EARLY.start()
    atexit.register(_EARLY.stop)  # also after a usage error or --help (argparse exits)

from safeplan.commands import common, demo_cmd, export_cmd, import_cmd, vault_cmd  # noqa: E402
from safeplan.core.errors import SafePlanError  # noqa: E402

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
    parser.add_argument("--screen-reader", action="store_true",
                        help="Linux: let a screen reader (Orca) read the app; only the "
                             "accessibility bus is kept, other D-Bus connections stay closed")
    sub = parser.add_subparsers(dest="command")
    for module in {**_COMMANDS, **_optional_commands()}.values():
        module.register(sub)  # type: ignore[attr-defined]
    return parser


def _quiet_library_warnings() -> None:
    """Libraries' warnings (Pillow's, for instance) name the install path and mean nothing to
    her (issue 14.9): they go to the debug log (SAFEPLAN_DEBUG), never to the terminal."""
    import warnings

    def to_debug_log(message: Warning | str, category: type[Warning], *_args: object,
                     **_kwargs: object) -> None:
        logging.getLogger("safeplan.warnings").debug("%s: %s", category.__name__, message)

    warnings.showwarning = to_debug_log


def main(argv: Sequence[str] | None = None, io: common.CliIO | None = None) -> int:
    from safeplan.__main__ import prepare_process, start_app

    prepare_process()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        _EARLY.stop(discard_typeahead=False)
        return start_app(args.portable, screen_reader=args.screen_reader)
    io = io or common.CliIO()
    _quiet_library_warnings()
    quiet = _EARLY if _EARLY.active else QuietTerminal(io.stdin)
    quiet.start()
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
    finally:
        quiet.stop()
