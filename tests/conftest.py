"""Shared test set-up: offscreen Qt, a private home per test, the shared sample folder.

Every test gets its own empty HOME/XDG/TMPDIR (so nothing a test does can touch the real user's
folders, and no-trace checks start from empty), and Qt renders offscreen with no display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fixtures import ENABLE, collection_dir

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.dont_write_bytecode = True

REPO = Path(__file__).resolve().parents[1]
# The shared real exports: $SAFEPLAN_SAMPLES or ../shared (one rule for every test; see
# tests/fixtures/__init__.py, which also finds corpus/ and the project's own fixtures).
SAMPLES = collection_dir("samples")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--long", action="store_true", default=False,
                     help="run the long forms of the reliability suites")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--long"):
        return
    skip = pytest.mark.skip(reason="long form: run with --long")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory,
                 monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("home")
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        target = home if name == "HOME" else home / name.lower()
        monkeypatch.setenv(name, str(target))
    monkeypatch.setenv("SAFEPLAN_LANG", "en")
    yield home


@pytest.fixture
def samples() -> Path:
    if not SAMPLES.is_dir():
        pytest.skip(f"shared sample exports not found at {SAMPLES}: {ENABLE}")
    return SAMPLES


@pytest.fixture
def make_vault(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Create real SQLCipher vaults with cheap test KDF parameters; all are locked at the end."""
    from safeplan.core.storage.kdf import KdfParams
    from safeplan.core.vault.vault import Vault

    opened: list[Vault] = []

    def factory(name: str = "vault/data.db", passphrase: str = "correct horse") -> Vault:
        vault = Vault.create(tmp_path / name, passphrase, kdf=KdfParams.for_tests())
        opened.append(vault)
        return vault

    yield factory
    for vault in opened:
        vault.lock()
