from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from safeplan.core.errors import WrongPassphrase
from safeplan.core.export.plan_pdf import write_plan_pdf
from safeplan.core.journal.search import Query
from safeplan.core.plan.directory import load_bundled
from safeplan.core.plan.handover import Handover, HandoverRefused
from safeplan.core.plan.plan import SafetyPlan
from safeplan.core.storage.kdf import KdfParams
from safeplan.core.vault.vault import Vault


@pytest.fixture
def laptop(tmp_path: Path):
    root = tmp_path / "laptop" / "calc-data"
    (root / "store").mkdir(parents=True)
    (root / "cache").mkdir()
    (root / "settings.ini").write_text("[general]\n", encoding="utf-8")
    usb = tmp_path / "usb"
    usb.mkdir()
    vault = Vault.create(root / "store" / "data.db", "correct horse", kdf=KdfParams.for_tests())
    vault.journal.save("incident", {"title": "first"})
    vault.journal.add_attachment(b"photo bytes", "p.jpg", "image/jpeg")
    yield root, usb, vault
    vault.lock()


def test_handover_leaves_nothing_and_the_copy_opens(laptop) -> None:
    root, usb, vault = laptop
    handover = Handover(root, usb)
    assert handover.vault_is_on_laptop(vault)
    copy = handover.save_to_usb(vault)
    assert copy.is_file() and usb in copy.parents
    with pytest.raises(HandoverRefused):
        handover.remove_from_laptop(vault)  # not verified yet
    report = handover.verify_copy("correct horse")
    assert report.ok and report.entries == report.expected_entries == 2
    planned = {w.relative for w in handover.planned_removals()}
    assert {"settings.ini", "store/data.db", "store/data.db-h"} <= planned
    removed = handover.remove_from_laptop(vault)
    assert {w.relative for w in removed} == planned
    assert not vault.is_open
    assert handover.leftovers() == [] and not root.exists()
    again = Vault.unlock(copy, "correct horse")
    try:
        assert again.journal.count(Query()) == 2
        att = again.journal.list(Query(kinds=("attachment",)))[0]
        assert again.journal.read_attachment(att.uid) == b"photo bytes"
    finally:
        again.lock()


def test_wrong_passphrase_removes_nothing(laptop) -> None:
    root, usb, vault = laptop
    handover = Handover(root, usb)
    handover.save_to_usb(vault)
    with pytest.raises(WrongPassphrase):
        handover.verify_copy("wrong")
    with pytest.raises(HandoverRefused):
        handover.remove_from_laptop(vault)
    assert (root / "store" / "data.db").is_file() and vault.is_open


def test_refuses_overlapping_or_unsafe_folders(tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.mkdir()
    with pytest.raises(HandoverRefused):
        Handover(root, root / "usb")
    with pytest.raises(HandoverRefused):
        Handover(Path.home(), tmp_path / "usb")
    with pytest.raises(HandoverRefused):
        Handover(Path("/"), tmp_path / "usb")


def test_plan_pdf_fonts_embedded_text_escaped(tmp_path: Path) -> None:
    plan = SafetyPlan.new("be")
    plan.sections["warning_signs"].items[0].done = True
    plan.sections["warning_signs"].notes = '<font color="red">x</font> & <img src="/etc/passwd"/>'
    plan.add_item("safe_people", "Сяброўка Ірына: код «ўсё добра»")
    plan.mark_reviewed(datetime(2026, 11, 1, tzinfo=UTC))
    out = write_plan_pdf(plan, "be", tmp_path / "plan.pdf",
                         printed_at=datetime(2026, 11, 25, tzinfo=UTC),
                         help_entries=[e for e in load_bundled() if e.country == "BY"])
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line.split("TrueType", 1)[1] for line in fonts)
    assert not any("Helvetica" in line for line in fonts)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Мой план бяспекі" in text and "Трывожныя прыкметы" in text
    assert '<font color="red">x</font> & <img src="/etc/passwd"/>' in text
    assert "Сяброўка Ірына" in text
    assert "8 801 100 8 801" in text and "01.11.2026" in text
    subprocess.run(["qpdf", "--check", str(out)], capture_output=True, check=True)


def test_plan_pdf_has_no_blank_pages(tmp_path: Path) -> None:
    from pypdf import PdfReader

    for lang in ("en", "ru", "be"):
        plan = SafetyPlan.new(lang)
        out = write_plan_pdf(plan, lang, tmp_path / f"{lang}.pdf",
                             printed_at=datetime(2026, 11, 25, tzinfo=UTC),
                             help_entries=[e for e in load_bundled() if e.country == "PL"])
        pages = PdfReader(str(out)).pages
        assert len(pages) >= 2
        for page in pages:
            assert len(page.extract_text().strip()) > 20
