"""Threat A1: nothing visible in decoy mode names the program or its purpose, in any language."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from safeplan.app import configure_application
from tests.ui.conftest import type_door_code, unlock

# Purpose words in English, Russian and Belarusian (stems, matched case-insensitively).
BANNED = (
    "safeplan", "safe plan", "safety", "abuse", "journal", "vault", "evidence", "incident",
    "violence", "passphrase", "decoy", "duress",
    "безопас", "насили", "журнал", "дневник", "доказ", "сейф", "пароль", "инцидент",
    "бяспек", "гвалт", "дзённік", "доказ", "інцыдэнт",
)


def visible_strings(window: QWidget) -> list[str]:
    found = [window.windowTitle(), window.windowIconText(), window.accessibleName(),
             window.toolTip(), window.statusTip(), window.whatsThis()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        found += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip(),
                  widget.statusTip(), widget.whatsThis(), widget.windowTitle()]
        for getter in ("text", "placeholderText", "title", "toPlainText"):
            value = getattr(widget, getter, None)
            if callable(value):
                try:
                    result = value()
                except TypeError:
                    continue
                if isinstance(result, str):
                    found.append(result)
    return [s for s in found if s]


def assert_neutral(strings: list[str]) -> None:
    joined = "\n".join(strings).lower()
    for word in BANNED:
        assert word not in joined, f"{word!r} visible in decoy mode"


@pytest.mark.parametrize("lang", ["en", "ru", "be"])
@pytest.mark.parametrize("kind", ["calculator", "notes"])
def test_decoy_reveals_nothing(qtbot: Any, build: Any, prepared: Any, lang: str,
                               kind: str) -> None:
    prepared(decoy_kind=kind)
    shell = build()
    shell.language.switch(lang)
    strings = visible_strings(shell.window)
    assert strings  # the check looked at something
    assert_neutral(strings)
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [shell.window]


@pytest.mark.parametrize("lang", ["en", "ru", "be"])
def test_after_quick_exit_nothing_reveals(qtbot: Any, build: Any, prepared: Any,
                                          lang: str) -> None:
    prepared()
    shell = build()
    shell.language.switch(lang)
    unlock(qtbot, shell)
    assert "SafePlan" in " ".join(visible_strings(shell.window))  # inside: the real name
    shell.session.quick_exit()
    qtbot.waitUntil(lambda: shell.session.vault is None)
    assert_neutral(visible_strings(shell.window))
    # Even typing the code and sitting on the passphrase screen keeps the title neutral.
    type_door_code(shell)
    # A Russian or Belarusian desktop's own calculator is titled in its language; an English
    # title there would itself stand out.
    assert shell.window.windowTitle() == {"en": "Calculator", "ru": "Калькулятор",
                                          "be": "Калькулятар"}[lang]


def test_application_identity_is_neutral(qapp: Any) -> None:
    before = (qapp.applicationName(), qapp.organizationName(), qapp.desktopFileName())
    try:
        configure_application(qapp)
        assert qapp.applicationName() == "Calculator"
        assert qapp.organizationName() == ""
        assert qapp.desktopFileName() == "calculator"
        # The drawn icon follows the decoy's first frame: tests/ui/test_decoy_imports.py.
    finally:
        qapp.setApplicationName(before[0])
        qapp.setOrganizationName(before[1])
        qapp.setDesktopFileName(before[2])


def test_wrong_passphrase_message_is_neutral(qtbot: Any, ready_shell: Any) -> None:
    """The unlock screen may be seen over a shoulder: it names nothing either."""
    shell = ready_shell
    type_door_code(shell)
    unlock(qtbot, shell, "nope nope")
    strings = [s for s in visible_strings(shell.window) if "passphrase" not in s.lower()]
    assert_neutral(strings)
