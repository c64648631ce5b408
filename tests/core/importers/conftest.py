"""Shared helpers for the importer tests: sample paths and message look-ups."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.fixtures import real_files


@pytest.fixture
def sample(samples: Path):  # type: ignore[no-untyped-def]
    def get(folder: str, name: str) -> Path:
        path = samples / folder / name
        assert path.is_file(), path
        return path
    return get


def by_location(document: dict[str, Any], location: str) -> dict[str, Any]:
    matches = [m for m in document["messages"] if m["source"]["location"] == location]
    assert len(matches) == 1, location
    return matches[0]


def all_sample_files() -> list[Any]:
    """Every shared sample as a pytest param (one visible skip naming how to enable them when
    the shared folder is absent, instead of an empty parameter set)."""
    return real_files("samples")
