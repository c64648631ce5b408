"""Volunteer hand-over on a borrowed laptop: copy to her USB stick, prove it opens, leave nothing.

UX.md "Volunteer hand-over" and threat A3 (the next user of a loaned laptop). The steps, each its
own method so the wizard can show progress and a test can check each one:

1. ``save_to_usb`` — an encrypted backup of the open vault into a folder on her stick
   (``vault.backup``, which verifies row counts, blobs and the chain head on the copy).
2. ``verify_copy`` — the copy is unlocked with the passphrase she types, its entries counted and its
   hash chain checked, then locked again. Nothing is removed unless this succeeded.
3. ``remove_from_laptop`` — the vault is locked, and every file SafePlan wrote under the laptop's
   data folder is deleted (listed first, so the volunteer can see what and where).
4. ``leftovers`` — what is still there (empty at the end).

Files are unlinked, not "shredded": on SSDs and journaling file systems overwriting cannot be
promised, and every vault file was encrypted anyway. The interface says so honestly.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safeplan.core.errors import SafePlanError
from safeplan.core.journal.search import Query

log = logging.getLogger(__name__)


class HandoverRefused(SafePlanError):
    """A step would be unsafe (e.g. the USB folder lies inside the folder to be emptied)."""

    kind = "handover-refused"


@dataclass(frozen=True)
class WrittenFile:
    """One thing SafePlan wrote: shown to the volunteer as ``relative`` under ``root``."""

    path: Path
    relative: str
    size: int
    is_dir: bool


@dataclass(frozen=True)
class CopyReport:
    ok: bool
    entries: int
    expected_entries: int
    chain_ok: bool
    chain_head_matches: bool


def list_written(root: Path) -> list[WrittenFile]:
    """Everything under ``root`` (files and folders), deepest paths last; empty if it is gone."""
    if not root.exists():
        return []
    found = []
    for path in sorted(root.rglob("*")):
        is_dir = path.is_dir() and not path.is_symlink()
        size = 0 if is_dir else path.lstat().st_size
        found.append(WrittenFile(path, str(path.relative_to(root)), size, is_dir))
    return found


def _is_inside(child: Path, parent: Path) -> bool:
    try:
        child.resolve().relative_to(parent.resolve())
    except ValueError:
        return False
    return True


class Handover:
    """Hand-over of one vault from ``laptop_root`` (the app's data folder there) to a USB folder."""

    def __init__(self, laptop_root: Path, usb_dir: Path) -> None:
        self.laptop_root = Path(laptop_root)
        self.usb_dir = Path(usb_dir)
        root = self.laptop_root.resolve()
        # Refuse anything that is not clearly the app's own folder: emptying the wrong folder
        # would destroy someone's files, and emptying the stick would destroy her evidence.
        if root == Path(root.anchor) or root == Path.home().resolve() or len(root.parts) < 3:
            raise HandoverRefused("the laptop folder is not an app data folder")
        if _is_inside(self.usb_dir, root) or _is_inside(root, self.usb_dir):
            raise HandoverRefused("the USB folder and the laptop folder overlap")
        self.expected_entries: int | None = None
        self.expected_head: str | None = None
        self.copy_path: Path | None = None
        self.verified = False

    def vault_is_on_laptop(self, vault: Any) -> bool:
        return _is_inside(Path(vault.path), self.laptop_root)

    def save_to_usb(self, vault: Any) -> Path:
        """Step 1: an encrypted, verified backup of the open vault on the stick."""
        if not self.usb_dir.is_dir():
            raise HandoverRefused("the USB folder does not exist")
        journal = vault.journal
        self.expected_entries = journal.count(Query())
        self.expected_head = journal.chain_head()
        self.copy_path = Path(vault.backup(self.usb_dir))
        self.verified = False
        return self.copy_path

    def verify_copy(self, passphrase: str) -> CopyReport:
        """Step 2: the copy opens with her passphrase and holds the same, unbroken journal.

        Raises WrongPassphrase / VaultDamaged from the unlock unchanged (the wizard words them)."""
        from safeplan.core.vault.vault import Vault

        if self.copy_path is None:
            raise HandoverRefused("no copy has been made yet")
        copy = Vault.unlock(self.copy_path, passphrase)
        try:
            entries = copy.journal.count(Query())
            chain = copy.journal.verify_chain()
            head = copy.journal.chain_head()
        finally:
            copy.lock()
        report = CopyReport(
            ok=chain.ok and entries == self.expected_entries and head == self.expected_head,
            entries=entries, expected_entries=self.expected_entries or 0, chain_ok=chain.ok,
            chain_head_matches=head == self.expected_head)
        self.verified = report.ok
        return report

    def planned_removals(self) -> list[WrittenFile]:
        """What step 3 will delete (shown before it runs)."""
        return list_written(self.laptop_root)

    def remove_from_laptop(self, vault: Any | None) -> list[WrittenFile]:
        """Step 3: lock the vault and delete everything under the laptop folder, the folder too.

        Only after a verified copy: otherwise her evidence could exist nowhere."""
        if not self.verified:
            raise HandoverRefused("the copy on the USB stick has not been verified")
        if vault is not None and vault.is_open:
            vault.lock()
        removed = list_written(self.laptop_root)
        if self.laptop_root.exists():
            for item in reversed(removed):  # files before their folders
                if item.is_dir:
                    item.path.rmdir()
                else:
                    item.path.unlink()
            self.laptop_root.rmdir()
            parent = self.laptop_root.parent
            if os.name == "posix":
                fd = os.open(parent, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
        log.info("hand-over removed %d items from the laptop folder", len(removed))
        return removed

    def leftovers(self) -> list[WrittenFile]:
        """Step 4: what is still on the laptop (empty when the hand-over is complete)."""
        return list_written(self.laptop_root)


def free_space(path: Path) -> int:
    """Bytes free on the drive holding ``path`` (the wizard warns when the stick is too small)."""
    return shutil.disk_usage(path).free


def vault_size(vault: Any) -> int:
    """Bytes the vault's files take (database, header, blobs)."""
    db = Path(vault.path)
    total = 0
    for path in db.parent.glob(db.name + "*"):
        if path.is_dir():
            total += sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        elif path.is_file():
            total += path.stat().st_size
    return total
