"""QA regression: in portable mode the hand-over's "folder on this laptop" was inside the portable
folder (XDG_DATA_HOME had been redirected there), so the laptop itself was never checked."""

from __future__ import annotations

from pathlib import Path

from safeplan.core import portable
from safeplan.core.paths import default_data_root
from safeplan.ui.plan.handover_wizard import default_laptop_root


def test_portable_mode_checks_the_laptops_own_folder(tmp_path: Path, monkeypatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    stick = tmp_path / "stick"
    # the variables portable mode really sets (prepare_environment itself would also harden
    # this test process: umask, process name)
    env = {"HOME": str(home), **{name: str(stick / sub)
                                 for name, sub in portable._REDIRECTS.items()}}
    root = default_laptop_root(env)
    assert stick not in root.parents and root != stick
    assert root == default_data_root({"HOME": str(home)})
    assert home in root.parents


def test_installed_mode_keeps_the_users_data_folder(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "data")}
    assert default_laptop_root(env) == default_data_root(env)
