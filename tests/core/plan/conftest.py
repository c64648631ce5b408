from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from safeplan.core.storage.kdf import KdfParams
from safeplan.core.vault.vault import Vault


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "v.db", "pw", kdf=KdfParams.for_tests())
    yield v
    v.lock()
