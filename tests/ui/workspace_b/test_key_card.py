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


def test_card_pdf_embeds_its_fonts_and_prints_cyrillic(tmp_path: Path) -> None:
    import shutil
    import subprocess

    import pytest

    from safeplan.core.export.keycard import card_pdf

    if not shutil.which("pdffonts") or not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdffonts, pdftotext) are needed to read the card back")
    pdf = tmp_path / "card.pdf"
    pdf.write_bytes(card_pdf("221A C977 2BCB 7312 35ED B4F1 0C9A 77E2",
                             ["Картка ключа", "Адбітак для юрыста.", "Адбітак:", "Лічбамі:", "—"]))
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), fonts  # every font embedded
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Картка ключа" in text and "08730" in text
