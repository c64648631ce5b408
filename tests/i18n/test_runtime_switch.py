"""Switching the language at run time re-translates every screen, with no restart (issue 8).

The tour opens every screen in English, switches the running app to Russian, then Belarusian,
and looks for a visible label, button, tab or list row still showing an English source text that
has a finished translation — a widget that missed the ``LanguageChange`` event.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QTabBar, QWidget

from tests.accessibility.known_issues import unexpected
from tests.accessibility.screens import all_screens, settle
from tests.i18n.catalogue import read_ts, ts_path

# Shown in their own language on purpose (the language chooser), never translated.
NATIVE_NAMES = {"English", "Русский", "Беларуская"}


def _translated_sources(lang: str) -> set[str]:
    """English texts that every context translates (differently), so seeing one on screen after
    a switch means a widget was not re-translated."""
    finished: set[str] = set()
    pending: set[str] = set()
    for m in read_ts(ts_path(lang)):
        if not m.active or m.numerus or "{" in m.source or "%" in m.source:
            continue
        text = m.source.replace("&", "")
        done = m.kind == "" and bool(m.forms[0]) and m.forms[0].replace("&", "") != text
        (finished if done else pending).add(text)
    return {t for t in finished - pending if len(t) > 3} - NATIVE_NAMES


def _visible_texts(window: QWidget) -> list[tuple[str, str]]:
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name, widget.text().replace("&", "")))
        elif isinstance(widget, QTabBar):
            found.extend((name, widget.tabText(i).replace("&", "")) for i in range(widget.count()))
        elif isinstance(widget, QListWidget):
            found.extend((name, widget.item(i).text()) for i in range(widget.count()))
    return found


@pytest.fixture(scope="module")
def stale(qapp: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    scratch = tmp_path_factory.mktemp("switch")
    sources = {lang: _translated_sources(lang) for lang in ("ru", "be")}
    missed: dict[str, list[str]] = {}
    with pytest.MonkeyPatch.context() as patch:
        for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            patch.setenv(name, str(scratch / "home" / name.lower()))
        for screen in all_screens(qapp, scratch / "tour"):
            language = screen.shell.language
            try:
                for lang in ("ru", "be"):
                    language.switch(lang)
                    settle(qapp)
                    for widget, text in _visible_texts(screen.window):
                        if text in sources[lang]:
                            missed.setdefault(f"{screen.name} [{lang}]", []).append(
                                f"{widget}: {text[:50]!r}")
            finally:
                language.switch("en")
                settle(qapp)
    return missed


def test_switching_language_retranslates_every_screen(stale: dict[str, list[str]]) -> None:
    stale = unexpected("runtime_switch", stale)
    assert not stale, "still in English after switching language at run time:\n" + "\n".join(
        f"  {screen}: " + "; ".join(sorted(set(items))[:6]) for screen, items in stale.items())


def test_switch_check_knows_translated_words() -> None:
    assert "Calculator" in _translated_sources("ru") or "Exit now" in _translated_sources("ru") \
        or len(_translated_sources("ru")) > 100
