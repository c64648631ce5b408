"""Hostile text (threat A5): reportlab markup and the CVE-2023-33733 colour payload, links and
images pointing at the network and at local files, huge unbroken strings, RTL and combining
marks, NUL and control characters. Plus a guard that records every file opened and every
socket touched while an export runs (``sys.addaudithook``; hooks cannot be removed, so one is
installed once and records only inside ``watch()``)."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# A payload file this would create if reportlab evaluated the colour expression.
PWNED = "hostile_payload_ran"

CVE_2023_33733 = (
    "<para><font color=\"[ [ getattr(pow,Word('__globals__'))['os'].system('touch "
    + PWNED + "') for Word in [orgTypeFun('Word', (str,), { 'mutated': 1, 'startswith': "
    "lambda self, x: False, '__eq__': lambda self,x: self.mutate() and self.mutated < 0 and "
    "str(self) == x, 'mutate': lambda self: {setattr(self, 'mutated', self.mutated - 1)}, "
    "'__hash__': lambda self: hash(str(self)) })] ] for orgTypeFun in [type(type(1))] ] and "
    "'red'\">exploit</font></para>")

MARKUP = [
    '<font color="red" size="40">RED-MARKUP</font>',
    '<img src="file:///etc/passwd" width="100" height="100"/>',
    '<img src="http://198.51.100.7/track.png"/>',
    "<unichar name='LATIN SMALL LETTER A'/><unichar code=0x41/>",
    "<a href='http://example.invalid/x'>LINK-TEXT</a> <link href='file:///etc/shadow'>L2</link>",
    "<para autoLeading='max'><b>bold?</b><i>it</i><u>u</u><strike>s</strike><super>2</super>",
    "&amp; &lt;b&gt; &#x41; &nbsp; &bogus; & < > \" '",
    "<![CDATA[ x ]]> <!-- comment --> <?xml version='1.0'?> <!DOCTYPE x [<!ENTITY e SYSTEM "
    "'file:///etc/passwd'>]>&e;",
    "<seq id='x'/><seqreset/><onDraw name='x'/><br/><span style='x'>",
    CVE_2023_33733,
]
UNICODE = [
    "\u202eRTL override\u202c \u2067isolate\u2069 שלום עולם مرحبا بالعالم",
    "e\u0301\u0301\u0301 Z\u0334\u0321\u031b\u0353\u0319a\u0337l\u0336g\u0338o\u0335",
    "nul\x00 bell\x07 esc\x1b[31m del\x7f vt\x0b ff\x0c bs\x08 cr\r lone\ud800 end",
    "\ufeffBOM zero\u200bwidth\u200djoiner \ufffe\uffff \U0010fffd 🏳️‍🌈 👩🏽‍⚕️",
    "ў і ё Ў І Ё — «цытата» „лапкі“",
]
UNBROKEN = "H" * 120_000
TEN_MB = ("A long account without end. " * 380_000)[:10 * 1024 * 1024]


def corpus() -> list[str]:
    return [*MARKUP, *UNICODE, UNBROKEN]


class Recorder:
    active: list[tuple[str, str]] | None = None


def _hook(event: str, args: tuple[Any, ...]) -> None:
    recorded = Recorder.active
    if recorded is None:
        return
    if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
        recorded.append(("open", os.fsdecode(args[0])))
    elif event.startswith("socket.") or event in ("urllib.Request", "http.client.connect"):
        recorded.append((event, repr(args)[:200]))


_installed = False


@contextlib.contextmanager
def watch() -> Iterator[list[tuple[str, str]]]:
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
    events: list[tuple[str, str]] = []
    Recorder.active = events
    try:
        yield events
    finally:
        Recorder.active = None


def program_folders() -> list[Path]:
    """Where the program and its libraries legitimately read from (code, fonts, translations,
    time-zone data) — never the user's files."""
    import sysconfig

    repo = Path(__file__).resolve().parents[2]
    roots = {Path(sys.prefix), Path(sys.base_prefix), Path(sys.exec_prefix),
             repo / "safeplan", repo / "resources", repo / "translations",
             Path("/usr/share/zoneinfo"), Path("/usr/lib/python3/dist-packages")}
    for name in ("stdlib", "platstdlib", "purelib", "platlib"):
        roots.add(Path(sysconfig.get_paths()[name]))
    return [r.resolve() for r in roots]


def outside(events: list[tuple[str, str]], allowed: list[Path]) -> list[str]:
    bad = []
    roots = [*allowed, *program_folders()]
    for kind, detail in events:
        if kind != "open":
            bad.append(f"{kind}: {detail}")
            continue
        path = Path(detail)
        if not path.is_absolute():
            path = Path.cwd() / path
        resolved = path.resolve()
        if not any(resolved == r or r in resolved.parents for r in roots):
            bad.append(f"open: {detail}")
    return bad
