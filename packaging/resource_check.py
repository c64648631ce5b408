"""Load every bundled resource through the functions the app itself uses.

One list, used in three layouts so each is proven the same way: the development checkout and an
installed wheel (tests/packaging/test_resources.py runs this file), and the frozen bundle (the
launcher's self-test). A module that starts reading a new resource adds a line here, and
tests/packaging/test_resources.py fails until it does (it finds every caller of
``safeplan.core.resources``).
"""

from __future__ import annotations

import json
import sys
from typing import Any

# Modules (dotted names) whose resource look-ups ``check_all`` exercises; the test compares this
# with the modules that actually call resource()/resources_dir()/translations_dir().
EXERCISED_MODULES = (
    "safeplan.core.plan.directory",
    "safeplan.core.export.bundle",
    "safeplan.core.export.glyphs",
    "safeplan.core.export.styles",
    "safeplan.core.plan.guides",
    "safeplan.core.i18n",
    "safeplan.core.plan.plan",
    "safeplan.core.plan.risk",
    "safeplan.core.storage.passphrase_policy",
    "safeplan.ui.i18n",
)
ICON_FILES = ("calculator.svg", "calculator-256.png", "calculator.ico", "calculator.icns")


def check_all(*, with_qt: bool = True) -> dict[str, Any]:
    """Raises on the first resource that does not resolve; returns what was found where."""
    from safeplan.core.export import styles
    from safeplan.core.i18n import LANGUAGES, Catalogue
    from safeplan.core.plan import directory, guides, plan, risk
    from safeplan.core.resources import resource, resources_dir, translations_dir

    report: dict[str, Any] = {
        "resources_dir": str(resources_dir()),
        "translations_dir": str(translations_dir()),
    }
    for lang in LANGUAGES:
        plan.load_templates(lang)
        plan.load_labels(lang)
        risk.load_risk_texts(lang)
        guides.list_guides(lang)
    for name in guides.guide_files():
        resource("guides", name.replace("\\", "/").rsplit("/", 1)[-1])
    report["directory_entries"] = len(directory.load_bundled())
    from safeplan.core.storage import passphrase_policy

    if passphrase_policy.acceptable("gfhjkm123"):  # the word list must have been read
        raise FileNotFoundError("passphrase/common_ru_be.txt was not applied")
    report["passphrase_words"] = True
    styles.register_fonts()
    from safeplan.core.export import bundle, glyphs

    glyphs.register_fallbacks()  # every fallback font file (emoji, Arabic, Hebrew, …) opens
    report["verifier_bytes"] = len(bundle.verifier_html("ru"))
    for icon in ICON_FILES:
        resource("icons", icon)
    for lang in ("ru", "be"):
        report[f"core_catalogue_{lang}"] = len(Catalogue.load(lang).messages)
        for suffix in (".ts", ".qm"):
            path = translations_dir() / f"safeplan_{lang}{suffix}"
            if not path.is_file():
                raise FileNotFoundError(path.name)
    if with_qt:
        report.update(_check_qt_catalogues())
    return report


def _check_qt_catalogues() -> dict[str, Any]:
    """The interface catalogue and Qt's own qtbase catalogue load for Russian."""
    from PySide6.QtCore import QCoreApplication

    from safeplan.ui.i18n import LanguageSwitcher

    app = QCoreApplication.instance() or QCoreApplication(["calculator"])
    switcher = LanguageSwitcher(app)
    switcher.switch("ru")
    found = {
        "ui_ru_exit": QCoreApplication.translate("ShellWindow", "E&xit"),
        "qt_ru_cancel": QCoreApplication.translate("QPlatformTheme", "Cancel"),
    }
    switcher.switch("en")
    return found


if __name__ == "__main__":
    print(json.dumps(check_all(with_qt="--no-qt" not in sys.argv), ensure_ascii=False))
