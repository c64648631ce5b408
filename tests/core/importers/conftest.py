"""Shared helpers for the importer tests: sample paths and message look-ups."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SAMPLES


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


def all_sample_files() -> list[Path]:
    if not SAMPLES.is_dir():
        return []
    return sorted(p for p in SAMPLES.rglob("*") if p.is_file() and p.name not in
                  ("SOURCES.md", ".gitattributes"))
