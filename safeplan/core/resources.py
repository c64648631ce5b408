"""Find bundled resources (fonts, help directory, templates) and translations in every layout.

Layouts: a development checkout (``resources/`` beside ``safeplan/``), an installed wheel
(``safeplan/_data/resources`` — copied in by the build), and a frozen PyInstaller bundle
(``sys._MEIPASS``). One function per folder so a test can prove every referenced asset resolves.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _candidates(name: str) -> list[Path]:
    here = Path(__file__).resolve()
    found = [
        here.parents[2] / name,  # checkout: <root>/resources
        here.parents[1] / "_data" / name,  # wheel: safeplan/_data/resources
    ]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.insert(0, Path(bundle) / name)
    return found


def _first_existing(name: str) -> Path:
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"resource folder {name!r} not found")


def resources_dir() -> Path:
    return _first_existing("resources")


def translations_dir() -> Path:
    return _first_existing("translations")


def resource(*parts: str) -> Path:
    """Path of one bundled file, e.g. ``resource("fonts", "PTSans-Regular.ttf")``."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError("/".join(parts))
    return path
