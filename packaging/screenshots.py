"""Screenshots for the gallery: the workspace and the incident editor in be, ru, en and pseudo.

``python packaging/screenshots.py [--out DIR] [--all]`` — renders offscreen (no display needed)
with demo data in a scratch folder that is deleted afterwards; ``--all`` grabs every screen of
the tour (tests/accessibility/screens.py) too, for reviewing a translation. Nothing is read from
or written to a real journal.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(__file__).resolve().parent / "screenshots"
LANGS = ("en", "ru", "be", "pseudo")
# Screen name in the tour → file name in the gallery.
GALLERY = {"workspace/incidents": "workspace", "workspace/timeline": "timeline",
           "incident_editor/existing": "incident-editor"}


def _file_name(screen: str) -> str:
    return screen.replace("/", "-").replace("_", "-").lower()


def grab_language(app: object, lang: str, out: Path, every: bool) -> list[Path]:
    from tests.accessibility.screens import all_screens, prepare_journal_folder, shell_screens
    from tests.i18n.pseudo import PseudoTranslator

    scratch = Path(tempfile.mkdtemp(prefix="shots-"))
    translator = PseudoTranslator() if lang == "pseudo" else None
    if translator is not None:
        app.installTranslator(translator)  # type: ignore[attr-defined]
    written = []
    try:
        data_lang = "en" if lang == "pseudo" else lang
        screens = (all_screens(app, scratch, data_lang) if every
                   else shell_screens(app, prepare_journal_folder(scratch / "ready", data_lang)))
        for screen in screens:
            name = GALLERY.get(screen.name)
            if name is None and not every:
                continue
            target = out / f"{lang}-{name or _file_name(screen.name)}.png"
            if not screen.window.grab().save(str(target), "PNG"):
                raise SystemExit(f"cannot write {target}")
            written.append(target)
    finally:
        if translator is not None:
            app.removeTranslator(translator)  # type: ignore[attr-defined]
        shutil.rmtree(scratch, ignore_errors=True)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--all", action="store_true", help="every screen, not just the gallery")
    parser.add_argument("--lang", choices=LANGS, action="append", help="only these languages")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["calculator"])
    args.out.mkdir(parents=True, exist_ok=True)
    for lang in args.lang or LANGS:
        for path in grab_language(app, lang, args.out, args.all):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
