"""Interface language: our catalogue plus Qt's own, switchable at run time (UX principle 9).

``make qm`` compiles ``translations/safeplan_<lang>.ts`` to ``.qm``; when a compiled file is
missing (a fresh checkout), the ``.ts`` XML is read straight into memory by :class:`TsTranslator`
— nothing is written to disk. Qt's ``qtbase_<lang>.qm`` translates the widget dialogs' own
buttons. Installing a translator sends ``LanguageChange`` to every widget; ours retranslate in
``changeEvent``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from safeplan.core.resources import translations_dir

# One date format per language in date fields (issue 15; the PDFs' rule is core.i18n.format_day):
# day, month name, year in English, day first with dots elsewhere. entry_list_model.date_pattern
# hands these out; a language switch re-applies them to the fields already built.
ENGLISH_DATE = "d MMM yyyy"
DAY_FIRST_DATE = "dd.MM.yyyy"


def date_pattern_for(locale: QLocale) -> str:
    return ENGLISH_DATE if locale.language() == QLocale.Language.English else DAY_FIRST_DATE


def _relocalise_date_fields() -> None:
    """Date fields already on screen take the new language's format and month names (their
    format was set from the old language when they were built)."""
    from PySide6.QtWidgets import QApplication, QDateTimeEdit

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    locale = QLocale()
    pattern = date_pattern_for(locale)
    for widget in app.allWidgets():
        if not isinstance(widget, QDateTimeEdit):
            continue
        widget.setLocale(locale)
        shown = widget.displayFormat()
        for old in (ENGLISH_DATE, DAY_FIRST_DATE):
            if shown.startswith(old) and old != pattern:
                widget.setDisplayFormat(pattern + shown[len(old):])
                break

log = logging.getLogger(__name__)

# Native names: a frightened reader finds her own language without reading a foreign one.
LANGUAGES = {"be": "Беларуская", "ru": "Русский", "en": "English"}
DEFAULT_LANGUAGE = "en"


def system_language() -> str:
    """The first UI language of the system that we have, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def _plural_index(lang: str, n: int) -> int:
    """CLDR plural form index as Qt Linguist orders them for our languages."""
    if lang in ("ru", "be", "uk"):
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    if lang == "pl":
        if n == 1:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


class TsTranslator(QTranslator):
    """Reads a Qt Linguist ``.ts`` file into memory (used when no ``.qm`` was compiled)."""

    def __init__(self, ts_file: Path, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._messages: dict[tuple[str, str], list[str]] = {}
        # Imported here: with compiled .qm files (the normal case) the decoy starts without
        # the XML parser (issue 17.2).
        import xml.etree.ElementTree as ET

        root = ET.parse(ts_file).getroot()  # noqa: S314 — bundled file, shipped with the program
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None or translation is None:
                    continue
                if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if not forms:
                    forms = [translation.text or ""]
                if any(forms):
                    self._messages[(name, source)] = forms

    @property
    def message_count(self) -> int:
        return len(self._messages)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        forms = self._messages.get((context, source))
        if not forms:
            # The source text itself: an empty string would blank the text out, and returning
            # None from this override corrupts PySide's reference counts. Qt asks the
            # most recently installed translator first, so ours is installed before Qt's own.
            return source
        if n >= 0 and len(forms) > 1:
            return forms[min(_plural_index(self._lang, n), len(forms) - 1)]
        return forms[0]


class LanguageSwitcher(QObject):
    """Installs the translators for one language and replaces them on a switch."""

    def __init__(self, app: QCoreApplication, directory: Path | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._directory = directory
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE
        self._previous_locale = QLocale()
        self._switched = False  # the first switch (at start) has no date fields to follow it

    def _dir(self) -> Path | None:
        if self._directory is not None:
            return self._directory
        try:
            return translations_dir()
        except FileNotFoundError:
            return None

    def switch(self, lang: str) -> str:
        """Use ``lang`` (falls back to English); returns the language now in use."""
        if lang not in LANGUAGES:
            lang = DEFAULT_LANGUAGE
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = lang
        QLocale.setDefault(QLocale(lang))
        ours = self._load_ours(lang)  # English too: its .ts may carry plural forms
        if ours is not None:
            self._install(ours)
        if lang != "en":
            qt = QTranslator(self)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            # Qt ships no Belarusian catalogue: ours sits beside our own .ts files.
            if qt.load(f"qtbase_{lang}", qt_dir) or self._load_bundled_qtbase(qt, lang):
                self._install(qt)
        if self._switched:
            _relocalise_date_fields()
        self._switched = True
        return lang

    @staticmethod
    def _load_bundled_qtbase(translator: QTranslator, lang: str) -> bool:
        try:
            folder = translations_dir()
        except FileNotFoundError:
            return False
        return translator.load(f"qtbase_{lang}", str(folder))

    def uninstall(self) -> None:
        """Remove our translators and restore the default locale (shell torn down)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(self._previous_locale)

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)

    def _load_ours(self, lang: str) -> QTranslator | None:
        folder = self._dir()
        if folder is None:
            return None
        compiled = QTranslator(self)
        if (folder / f"safeplan_{lang}.qm").is_file() and compiled.load(
            f"safeplan_{lang}.qm", str(folder)
        ):
            return compiled
        source = folder / f"safeplan_{lang}.ts"
        if source.is_file():
            from xml.etree.ElementTree import ParseError

            try:
                return TsTranslator(source, lang, self)
            except ParseError:
                log.warning("translation file unreadable")
        return None
