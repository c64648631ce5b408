"""The README's commands keep a clone clean: what they create is ignored by git, and CI runs the
README's test command verbatim."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_the_demo_recipe_writes_into_an_ignored_folder() -> None:
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("needs git and a git checkout (run from a clone)")
    folders = set(re.findall(r"safeplan demo --portable ([\w./~-]+)", README))
    folders |= set(re.findall(r"safeplan --portable ([\w./~-]+)", README))
    assert folders, "the README no longer shows the demo recipe"
    for folder in folders:
        probe = f"{folder.rstrip('/')}/data.db"
        done = subprocess.run(["git", "check-ignore", "-q", probe], cwd=REPO)
        assert done.returncode == 0, f"{folder} would show up as untracked files in git status"


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    command = re.search(r"\*\*Run the whole test suite\*\*\s+```sh\n(.+?)\n```", README, re.S)
    assert command is not None
    assert command.group(1).strip() in (REPO / ".ci" / "run").read_text(encoding="utf-8")
