"""Keep a passphrase typed before its prompt off the screen (issue 15).

A terminal echoes what is typed as it is typed. ``getpass`` turns echo off only when it prompts,
so a passphrase typed while the program was still starting stood on the screen in clear. The
CLI turns echo off as soon as it starts (when standard input is a terminal) and turns it back on
when it ends. Anything typed but never read is then thrown away, so a passphrase typed for a
prompt that never came is not run by the shell as a command (and kept in its history).

Only the standard library, so ``safeplan/cli.py`` can call it before its heavy imports.
"""

from __future__ import annotations

import contextlib
import sys
from typing import Any, TextIO


class QuietTerminal:
    """Echo off from ``start()`` to ``stop()``; a no-op when the stream is not a terminal."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream if stream is not None else sys.stdin
        self._saved: list[Any] | None = None
        self._fd = -1

    def start(self) -> None:
        if self._saved is not None:
            return
        try:
            import termios

            if not self._stream.isatty():
                return
            self._fd = self._stream.fileno()
            saved = termios.tcgetattr(self._fd)
            quiet = termios.tcgetattr(self._fd)
            quiet[3] &= ~termios.ECHO  # lflags: no echo; line editing (ICANON) stays
            termios.tcsetattr(self._fd, termios.TCSANOW, quiet)
            self._saved = saved
        except (ImportError, OSError, ValueError, AttributeError):
            self._saved = None  # Windows, or a stream without a file descriptor

    @property
    def active(self) -> bool:
        return self._saved is not None

    def stop(self, *, discard_typeahead: bool = True) -> None:
        if self._saved is None:
            return
        import termios

        with contextlib.suppress(OSError):
            if discard_typeahead:
                termios.tcflush(self._fd, termios.TCIFLUSH)
            termios.tcsetattr(self._fd, termios.TCSANOW, self._saved)
        self._saved = None
