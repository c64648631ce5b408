"""Settings needed before unlock, kept outside the vault in one INI file at an explicit path.

Only what the decoy and the unlock screen need lives here, and none of it names the program's
purpose (threat A2: someone who images the disk reads this file). The INI keys are deliberately
neutral ("mode", "memory", "data_file"): a calculator that keeps a language, a mode and a memory
hash looks like any calculator. The door code is stored only as a salted slow hash, never as
plaintext. Everything else lives encrypted inside the vault.

Requirement 13: an INI file with an explicit path — never the registry or a platform-native store —
so portable mode keeps it on the stick. Written atomically (temp file + fsync + rename), mode 0600.
"""

from __future__ import annotations

import configparser
import logging
import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
DECOY_KINDS = ("calculator", "notes")
# The auto-lock choices offered in the UI; 0 means "only when minimised" (requirement 7).
AUTOLOCK_CHOICES_SECONDS = (0, 60, 300, 900, 3600)
DEFAULT_AUTOLOCK_SECONDS = 300

_SECTION = "calculator"
# dataclass field → neutral INI key (threat A2: the file must not describe what the app hides).
_KEYS = {
    "schema_version": "format",
    "language": "language",
    "decoy_kind": "mode",
    "door_code_hash": "memory",
    "autolock_seconds": "idle_seconds",
    "lock_on_minimise": "pause_on_minimise",
    "quit_on_exit": "close_on_exit",
    "first_run_done": "initialised",
    "vault_path": "data_file",
}

# Door codes are short digit strings, so the hash only keeps them from sitting in plaintext; it
# cannot stop a determined brute force (documented limit). PBKDF2 keeps "=" presses responsive.
_DOOR_ITERATIONS = 120_000


def hash_door_code(code: str, *, salt: bytes | None = None) -> str:
    """``pbkdf2$<iterations>$<salt hex>$<hash hex>`` for a door code (digits)."""
    # hashlib/hmac/secrets are imported when a door code is used, not when the settings are
    # read: loading OpenSSL's hashes is ~5 ms before the decoy can show (issue 17.2).
    import hashlib
    import secrets

    salt = secrets.token_bytes(16) if salt is None else salt
    digest = hashlib.pbkdf2_hmac("sha256", code.encode("utf-8"), salt, _DOOR_ITERATIONS)
    return f"pbkdf2${_DOOR_ITERATIONS}${salt.hex()}${digest.hex()}"


def door_code_matches(code: str, stored: str) -> bool:
    """True when ``code`` hashes to ``stored``; False for an empty or malformed stored value."""
    import hashlib
    import hmac

    try:
        scheme, iterations, salt_hex, digest_hex = stored.split("$")
        if scheme != "pbkdf2":
            return False
        digest = hashlib.pbkdf2_hmac(
            "sha256", code.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations)
        )
    except ValueError:
        return False
    return hmac.compare_digest(digest.hex(), digest_hex)


def valid_door_code(code: str) -> bool:
    """Door codes are 4–12 digits: typeable on a calculator, not a plausible everyday sum."""
    return code.isascii() and code.isdigit() and 4 <= len(code) <= 12


@dataclass(frozen=True)
class Settings:
    """Pre-unlock settings. Units live in the names (STYLE.md: ``autolock_seconds``)."""

    schema_version: int = SCHEMA_VERSION
    language: str = ""  # "" = follow the system
    decoy_kind: str = "calculator"
    door_code_hash: str = ""
    autolock_seconds: int = DEFAULT_AUTOLOCK_SECONDS  # 0 = lock only when minimised
    lock_on_minimise: bool = True
    quit_on_exit: bool = False
    first_run_done: bool = False
    vault_path: str = ""  # relative to the data root when inside it (a stick changes mount point)

    def resolved_vault_path(self, root: Path, default: Path) -> Path:
        """The vault file: the stored path (relative paths are under ``root``) or ``default``."""
        if not self.vault_path:
            return default
        stored = Path(self.vault_path)
        return stored if stored.is_absolute() else root / stored

    def with_vault_path(self, vault: Path, root: Path, default: Path | None = None) -> Settings:
        """Store ``vault`` relative to ``root`` when it lies inside it (portable sticks move).

        The default location is stored as "" so the file names no folder at all.
        """
        if default is not None and vault.resolve() == default.resolve():
            return replace(self, vault_path="")
        try:
            value = str(vault.resolve().relative_to(root.resolve()))
        except ValueError:
            value = str(vault.resolve())
        return replace(self, vault_path=value)


def migrate(raw: dict[str, str]) -> dict[str, str]:
    """Bring raw INI values up to ``SCHEMA_VERSION``. Version 1 is the first; older is unknown."""
    version = int(raw.get("schema_version", "1") or "1")
    if version > SCHEMA_VERSION:
        # A newer program wrote this file; keep the values we understand.
        log.warning("settings written by a newer version; unknown keys ignored")
    raw["schema_version"] = str(SCHEMA_VERSION)
    return raw


def _parse(raw: dict[str, str]) -> Settings:
    defaults = Settings()
    values: dict[str, object] = {}
    for field in fields(Settings):
        text = raw.get(field.name)
        if text is None:
            continue
        default = getattr(defaults, field.name)
        try:
            if isinstance(default, bool):
                values[field.name] = text.strip().lower() in ("1", "true", "yes", "on")
            elif isinstance(default, int):
                values[field.name] = int(text)
            else:
                values[field.name] = text
        except ValueError:
            log.warning("ignored an unreadable settings value")
    settings = replace(defaults, **values)  # type: ignore[arg-type]
    if settings.decoy_kind not in DECOY_KINDS:
        settings = replace(settings, decoy_kind="calculator")
    if settings.autolock_seconds < 0:
        settings = replace(settings, autolock_seconds=DEFAULT_AUTOLOCK_SECONDS)
    return settings


class SettingsStore:
    """Loads and saves :class:`Settings` at one explicit INI path."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> Settings:
        """The stored settings, or defaults when the file is missing or unreadable."""
        parser = configparser.ConfigParser(interpolation=None)
        try:
            with self.path.open(encoding="utf-8") as handle:
                parser.read_file(handle)
        except FileNotFoundError:
            return Settings()
        except (OSError, configparser.Error, UnicodeDecodeError):
            log.warning("settings file unreadable; using defaults")
            return Settings()
        if not parser.has_section(_SECTION):
            return Settings()
        section = parser[_SECTION]
        raw = {name: section[key] for name, key in _KEYS.items() if key in section}
        return _parse(migrate(raw))

    def save(self, settings: Settings) -> None:
        """Write atomically with owner-only permissions."""
        parser = configparser.ConfigParser(interpolation=None)
        parser[_SECTION] = {
            _KEYS[field.name]: _format(getattr(settings, field.name)) for field in fields(Settings)
        }
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temp = self.path.with_name(self.path.name + ".new")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            parser.write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, self.path)


def _format(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
