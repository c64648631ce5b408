"""Where SafePlan keeps its files: a per-user data folder, or one portable folder.

Threat model A3 (a loaned laptop) and requirement 13: in portable mode *everything* the program
writes — vault, settings, Qt caches, temp files, logs — lives under one folder the survivor
carries away. ``AppPaths`` is built once by the composition root (``app.py`` / ``cli.py``) and
passed down; nothing else decides where files go.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

# A file with this name beside the program (or the frozen bundle) turns portable mode on.
PORTABLE_MARKER = "portable.txt"
# Neutral names: a folder listing must not say what the program is for.
_APP_DIR_NAME = "calc-data"
VAULT_FILE_NAME = "data.db"


@dataclass(frozen=True)
class AppPaths:
    """Every folder SafePlan may write to."""

    root: Path
    portable: bool

    @property
    def vault_dir(self) -> Path:
        return self.root / "store"  # neutral: a folder listing must not say "vault"

    @property
    def default_vault(self) -> Path:
        return self.vault_dir / VAULT_FILE_NAME

    @property
    def settings_file(self) -> Path:
        """Pre-unlock settings (INI, explicit path — never the registry or native format)."""
        return self.root / "settings.ini"

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    @property
    def temp_dir(self) -> Path:
        return self.root / "tmp"

    def ensure(self) -> None:
        """Create the folders with owner-only permissions (0700)."""
        for folder in (self.root, self.vault_dir, self.cache_dir, self.temp_dir):
            make_private_dir(folder)


def make_private_dir(folder: Path) -> None:
    """mkdir -p with mode 0700 on every folder created, and 0700 enforced on the leaf."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, 0o700)


def program_dir() -> Path:
    """The folder holding the program: the frozen bundle's folder, or the checkout root."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def default_data_root(environ: dict[str, str] | None = None) -> Path:
    """The per-user data folder for this OS (no vendor or purpose in the name)."""
    env = os.environ if environ is None else environ
    if sys.platform == "win32":
        base = env.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / _APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / _APP_DIR_NAME
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / _APP_DIR_NAME


def resolve_paths(portable_dir: Path | None = None, environ: dict[str, str] | None = None) -> AppPaths:
    """Portable when asked, or when the marker file sits beside the program; otherwise per-user."""
    if portable_dir is not None:
        return AppPaths(root=portable_dir.resolve(), portable=True)
    marker = program_dir() / PORTABLE_MARKER
    if marker.is_file():
        return AppPaths(root=program_dir() / "data", portable=True)
    return AppPaths(root=default_data_root(environ), portable=False)
