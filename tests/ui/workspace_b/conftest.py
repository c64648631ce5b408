"""Fixtures for the workspace B pages: a stubbed dialogs seam and real vaults with demo content."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6


class StubDialogs:
    """Stands in for safeplan.ui.dialogs.Dialogs: answers from queues, records what was shown."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.confirms: list[str] = []
        self.confirm_answer = True
        self.choices: list[tuple[str, str, list[str]]] = []
        self.choose_answers: list[str | None] = []
        self.paths: list[Path | None] = []
        self.files: list[Path | None] = []

    def confirm(self, parent: Any, title: str, text: str, **_: Any) -> bool:
        self.confirms.append(title)
        return self.confirm_answer

    def choose(self, parent: Any, title: str, text: str, choices: Any) -> str | None:
        self.choices.append((title, text, [label for _, label in choices]))
        return self.choose_answers.pop(0) if self.choose_answers else None

    def show_error(self, parent: Any, text: str, *, title: str = "") -> None:
        self.errors.append(text)

    def show_info(self, parent: Any, text: str, *, title: str = "") -> None:
        self.infos.append(text)

    def choose_path(self, parent: Any, title: str, **_: Any) -> Path | None:
        return self.paths.pop(0) if self.paths else None

    def choose_existing_file(self, parent: Any, title: str, **_: Any) -> Path | None:
        return self.files.pop(0) if self.files else None


@pytest.fixture
def dialogs() -> StubDialogs:
    return StubDialogs()


@pytest.fixture
def demo_vault(make_vault: Callable[..., Any]) -> Any:
    from safeplan.core import demo

    vault = make_vault()
    demo.populate(vault.journal, "en")
    return vault


@pytest.fixture
def show(qtbot: Any) -> Iterator[Callable[[Any], Any]]:
    """Show a page at the size of a 1366×768 laptop screen.

    The pages are kept alive here until the test is over and then deleted explicitly: a
    top-level page left to Python's cycle collector can be deleted in the middle of a paint
    event (a crash inside QPainter). In the app every page has a Qt parent.
    """
    pages: list[Any] = []

    def factory(widget: Any) -> Any:
        pages.append(widget)
        widget.resize(1366, 720)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    yield factory
    for widget in pages:
        widget.hide()
        wait = getattr(widget, "wait_for_work", None)
        if wait is not None and shiboken6.isValid(widget):
            wait()  # a thread still returning from run() must end before its parent goes
        if shiboken6.isValid(widget):
            shiboken6.delete(widget)  # now, between events, not whenever the collector runs
    pages.clear()


@pytest.fixture
def language(qapp: Any) -> Iterator[Callable[[str], str]]:
    """Switch the interface language inside a test (``language("ru")``); restored after it."""
    from safeplan.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    yield switcher.switch
    switcher.uninstall()
