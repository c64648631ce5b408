"""Dated receipts (issue 18, "Dated proof without a server"): a short code of the chain head
kept in the vault; the export carries what is needed to check it; verify says which entries
existed when a code was made; a code that fits no state, or a forged chain, fails."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from safeplan.core.export import ChronologyOptions, export_chronology, verify
from safeplan.core.journal import receipts as rc
from safeplan.core.journal.receipts import ReceiptBook


def test_code_is_short_readable_and_forgiving() -> None:
    code = rc.receipt_code(b"\x01" * 32, 7)
    assert len(code) == 20 and set(code) <= set(rc._ALPHABET)
    shown = rc.grouped(code)
    assert len(shown.split("-")) == 5
    typed = shown.lower().replace("0", "o").replace("1", "l").replace("-", " ")
    assert rc.normalise(typed) == code
    assert rc.normalise("too short") is None
    assert rc.receipt_code(b"\x01" * 32, 8) != code  # the count is part of what is fixed


def _incident(vault: Any, title: str) -> str:
    return vault.journal.save("incident", {"title": title, "occurred_at": "2024-05-01T10:00:00+03:00",
                                           "precision": "minute", "categories": ["threat"]})


def test_receipt_says_which_entries_existed(make_vault: Any, tmp_path: Path) -> None:
    vault = make_vault()
    _incident(vault, "first")
    _incident(vault, "second")
    book = ReceiptBook(vault.journal)
    assert not book.current_is_covered()
    receipt = book.make(datetime(2024, 5, 2, 9, 0).astimezone())
    assert book.current_is_covered() and book.all() == [receipt]
    _incident(vault, "third, written later")
    assert not book.current_is_covered()
    result = export_chronology(vault, ChronologyOptions(), tmp_path / "c.pdf")
    manifest = json.loads(result.manifest_path.read_text())
    chain = manifest["statement"]["chain"]
    assert len(chain["records"]) == 3 and chain["receipts"][0]["code"] == receipt.code
    refs = [ref for _, ref in chain["records"]]
    assert chain["receipts"][0]["covers"] == refs[:2]
    report = verify(result.pdf_path, receipts=[rc.grouped(receipt.code).lower()])
    assert report.ok, report.lines()
    said = next(c.message for c in report.checks if c.code == "RECEIPT_OK")
    assert f": {refs[0]}, {refs[1]} already existed" in said  # and not the third
    assert any(c.code == "RECEIPT_LISTED_OK" for c in report.checks)
    bad = verify(result.pdf_path, receipts=["ABCD-EFGH-JKMN-PQRS-TVWX"])
    assert not bad.ok and any(c.code == "RECEIPT_BAD" for c in bad.checks)
    from tests.core.export.conftest import flat, pdftotext

    assert rc.grouped(receipt.code) in flat(pdftotext(result.pdf_path))


def test_forged_history_does_not_fit_an_earlier_receipt(make_vault: Any, tmp_path: Path) -> None:
    """The defence's scenario: the journal written later cannot match a code sent out earlier."""
    real = make_vault("a/data.db")
    _incident(real, "first")
    code = ReceiptBook(real.journal).make().code
    later = make_vault("b/data.db")
    _incident(later, "first")  # same words, written later: a different chain
    result = export_chronology(later, ChronologyOptions(), tmp_path / "l.pdf")
    report = verify(result.pdf_path, receipts=[code])
    assert not report.ok and any(c.code == "RECEIPT_BAD" for c in report.checks)


def test_cli_receipt_flag(make_vault: Any, tmp_path: Path) -> None:
    vault = make_vault()
    _incident(vault, "first")
    code = ReceiptBook(vault.journal).make().code
    result = export_chronology(vault, ChronologyOptions(lang="en"), tmp_path / "c.pdf")
    run = subprocess.run([sys.executable, "-m", "safeplan", "verify", "--lang", "en", "--receipt",
                          rc.grouped(code), str(result.pdf_path)], capture_output=True, text=True,
                         stdin=subprocess.DEVNULL, timeout=60,
                         cwd=Path(__file__).resolve().parents[3])
    assert run.returncode == 0, run.stdout
    assert f"Receipt {rc.grouped(code)} matches" in run.stdout
