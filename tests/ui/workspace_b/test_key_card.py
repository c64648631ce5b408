"""Issue 14.3: Settings shows her key fingerprint (letters and digits, and 5-digit groups) and
saves a printable card through the dialogs seam; what it shows is what verify --key accepts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from safeplan.core.export.keycard import fingerprint_digits, parse_fingerprint
from safeplan.ui.workspace.settings_page import SettingsPage


def test_key_card_shows_the_fingerprint_and_saves_a_card(qtbot: Any, show: Any, make_vault: Any,
                                                         dialogs: Any, tmp_path: Path) -> None:
    import shutil
    import subprocess

    vault = make_vault()
    page = show(SettingsPage(vault, dialogs))
    card = page.key_card
    fingerprint = vault.public_key_fingerprint()
    shown_hex = " ".join(card.hex_value.text().split())
    shown_digits = " ".join(card.digits_value.text().split())
    assert shown_hex == fingerprint
    assert shown_digits == fingerprint_digits(fingerprint)
    assert parse_fingerprint(shown_digits) == fingerprint == parse_fingerprint(shown_hex)
    dialogs.paths.append(tmp_path / "key-card.pdf")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "key-card.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                       text=True).stdout.split())
        assert "  ".join(fingerprint.split()[:4]).split()[0] in text
        assert fingerprint_digits(fingerprint).split()[-1] in text
