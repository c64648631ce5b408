"""``python -m safeplan``, the ``safeplan`` command and the bundle's launcher: the app, or the tool.

The app (no command) takes a short road to the decoy (issue 17.2). ``safeplan.cli`` builds the
scriptable tool: argparse, every command and, through them, the journal, the vault, SQLCipher
and the import and export code — ~90 ms on a 2-core machine, measured, all before the calculator
could even start, and none of it needed by the calculator. So the arguments are looked at first,
plainly: only the forms that can mean nothing but "the app" (none, or ``--portable DIR``; either
with ``--screen-reader``) take the short road; everything else (a command, ``--help``, an
abbreviation, a mistake) goes to ``safeplan.cli``, which parses it exactly as before.
tests/ui/test_decoy_imports.py starts the app through :func:`main` and fails if the tool's modules
are loaded before the decoy shows.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

SCREEN_READER_FLAG = "--screen-reader"


def app_arguments(argv: Sequence[str]) -> tuple[bool, Path | None]:
    """(True, portable folder or None) when ``argv`` can only mean "start the app"; else
    (False, None) and the full parser decides. Anything unusual is left to it: an empty or
    dash-led folder, a repeated option, ``--portable`` abbreviated (argparse accepts that)."""
    args = list(argv)
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--portable":
        folder = args[1]
    elif len(args) == 1 and args[0].startswith("--portable="):
        folder = args[0].removeprefix("--portable=")
    else:
        return False, None
    if not folder or folder.startswith("-"):
        return False, None
    return True, Path(folder)


def main(argv: Sequence[str] | None = None) -> int:
    """Start the app, or hand the arguments to the tool (safeplan.cli.main)."""
    args = list(sys.argv[1:] if argv is None else argv)
    # --screen-reader (Orca on Linux: keep the accessibility bus) goes with either app form
    screen_reader = SCREEN_READER_FLAG in args
    is_app, portable = app_arguments([arg for arg in args if arg != SCREEN_READER_FLAG])
    if not is_app:
        from safeplan.cli import main as cli_main

        return cli_main(args)
    import gc

    # Nearly everything the start makes (some 20,000 tracked objects: modules, classes, Qt's
    # wrappers) lives as long as the program; the collector's passes over them were ~4 ms of
    # CPU before the decoy could show (issue 17.2). Off for the start only: run_gui turns it on again with the
    # decoy's first frame (or two seconds after the start, whatever happens).
    gc.disable()
    prepare_process()
    return start_app(portable, screen_reader=screen_reader)


def prepare_process() -> None:
    """What every start does first, the app's or the tool's (safeplan.cli.main calls it too)."""
    import logging
    import os

    sys.dont_write_bytecode = True  # requirement 13: no __pycache__ written next to the program
    logging.basicConfig(level=logging.DEBUG if os.environ.get("SAFEPLAN_DEBUG") else logging.WARNING,
                        stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")


def start_app(portable: Path | None, *, screen_reader: bool) -> int:
    """Run the desktop app (both roads: the short one above and safeplan.cli's)."""
    if screen_reader:
        import os

        from safeplan.core.portable import SCREEN_READER_VARIABLE

        os.environ[SCREEN_READER_VARIABLE] = "1"  # read by core/portable.py before Qt starts
    from safeplan.app import run_gui

    return run_gui(portable)

if __name__ == "__main__":
    sys.exit(main())
