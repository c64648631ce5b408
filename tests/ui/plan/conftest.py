"""Fixtures for the plan pages: a real vault and a recording stand-in for the Dialogs seam."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

PASSPHRASE = "blue tea at aunt olga's"


class RecordingDialogs:
    """Same methods as safeplan.ui.dialogs.Dialogs; answers are set by the test."""

    def __init__(self) -> None:
        self.confirm_answer = True
        self.path: Path | None = None
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.confirms: list[str] = []

    def confirm(self, parent: Any, title: str, text: str, **_: Any) -> bool:
        self.confirms.append(text)
        return self.confirm_answer

    def show_error(self, parent: Any, text: str, **_: Any) -> None:
        self.errors.append(text)

    def show_info(self, parent: Any, text: str, **_: Any) -> None:
        self.infos.append(text)

    def choose_path(self, parent: Any, title: str, **_: Any) -> Path | None:
        return self.path

    def choose_existing_file(self, parent: Any, title: str, **_: Any) -> Path | None:
        return self.path


@pytest.fixture
def dialogs() -> RecordingDialogs:
    return RecordingDialogs()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "store" / "data.db"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Any]:
    from safeplan.core.storage.kdf import KdfParams
    from safeplan.core.vault.vault import Vault

    vault_path.parent.mkdir(parents=True)
    v = Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.for_tests())
    yield v
    v.lock()


@pytest.fixture(autouse=True)
def english_catalogue(qapp: Any) -> Iterator[None]:
    """The plan pages in English as the app shows them — with the English catalogue's plural
    forms ("2 days", "1 entry imported"), not the source texts' "day(s)" — whatever catalogue an
    earlier test left installed."""
    from safeplan.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    switcher.switch("en")
    yield
    switcher.uninstall()
