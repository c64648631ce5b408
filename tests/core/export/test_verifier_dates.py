"""The bundle's HTML verifier and ``safeplan verify`` print times as the PDF does (court-copy
review): the page said «создан 2026-12-07T00:43:47+00:00» where the PDF and the command line say
«07.12.2026 00:43:47 (UTC+00:00)», and both printed a receipt's time raw.

Real bundle from a real vault, real headless Chromium (skipped with a reason without it).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from safeplan.core.export import verify
from tests.core.export.conftest import pdftotext
from tests.core.export.test_html_verifier import (  # noqa: F401 (fixtures)
    _all_files,
    browser,
    bundle_folder,
    run_page,
)

STAMP = {
    "ru": r"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2} \(UTC[+-]\d{2}:\d{2}\)",
    "be": r"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2} \(UTC[+-]\d{2}:\d{2}\)",
    "en": r"\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \(UTC[+-]\d{2}:\d{2}\)",
}
DATED = ("EXPORT", "RECEIPT_LISTED_OK")


@pytest.mark.parametrize("lang", ["ru", "en", "be"])
def test_times_read_as_in_the_pdf(browser: Any, bundle_folder: Any, sample_vault: Any,  # noqa: F811
                                  lang: str) -> None:
    from safeplan.core.journal.receipts import ReceiptBook

    ReceiptBook(sample_vault.journal).make()
    folder, page, _ = bundle_folder(lang)
    report = verify(folder, lang, key=sample_vault.public_key_fingerprint())
    python = {c.code: c.message for c in report.checks if c.code in DATED}
    html = {c["code"]: c["text"] for c in run_page(browser, page, _all_files(folder))["checks"]
            if c["code"] in DATED}
    assert set(python) == set(DATED) == set(html), (python, html)
    for code in DATED:
        assert re.search(STAMP[lang], python[code]), python[code]
        assert not re.search(r"\d{4}-\d{2}-\d{2}T\d", python[code]), python[code]
        # the same time, in the same words' format (the sentence around it is each side's own
        # translation)
        assert re.findall(STAMP[lang], html[code]) == re.findall(STAMP[lang], python[code]), (
            html[code], python[code])


@pytest.mark.parametrize(("lang", "letter"), [("ru", "Е"), ("be", "Е"), ("en", "E")])
def test_exhibit_numbers_read_as_in_the_pdf(browser: Any, bundle_folder: Any,  # noqa: F811
                                            sample_vault: Any, lang: str, letter: str) -> None:
    """The ru/be PDF prints exhibits with a Cyrillic «Е-0001» (so a search in the document's
    alphabet finds them); the reports said Latin «E-0001», so a lawyer who searched the PDF for
    the exhibit the report named found nothing."""
    from safeplan.core.export.labels import Labels

    folder, page, result = bundle_folder(lang)
    assert Labels(lang).ref("E-0001") == f"{letter}-0001"
    assert f"{letter}-0001" in " ".join(pdftotext(result.pdf_path).split())
    report = verify(folder, lang)
    python = [c.message for c in report.checks if c.code.startswith("EXHIBIT_")]
    html = [c["text"] for c in run_page(browser, page, _all_files(folder))["checks"]
            if c["code"].startswith("EXHIBIT_")]
    assert python and len(html) == len(python)
    for line in python + html:
        assert re.search(rf"(?<![\w-]){letter}-\d{{4}}\b", line), line
        other = "E" if letter == "Е" else "Е"
        assert not re.search(rf"(?<![\w-]){other}-\d{{4}}\b", line), line
