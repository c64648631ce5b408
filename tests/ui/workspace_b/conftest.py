"""Fixtures for the workspace B pages: a stubbed dialogs seam and real vaults with demo content."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


class StubDialogs:
    """Stands in for safeplan.ui.dialogs.Dialogs: answers from queues, records what was shown."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.confirms: list[str] = []
        self.confirm_answer = True
        self.paths: list[Path | None] = []
        self.files: list[Path | None] = []

    def confirm(self, parent: Any, title: str, text: str, **_: Any) -> bool:
        self.confirms.append(title)
        return self.confirm_answer

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
def show(qtbot: Any) -> Callable[[Any], Any]:
    """Add a page to qtbot, size it like a 1366×768 laptop screen, and show it."""

    def factory(widget: Any) -> Any:
        qtbot.addWidget(widget)
        widget.resize(1366, 720)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return factory
